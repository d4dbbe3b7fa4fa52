import { sql } from 'drizzle-orm';
import { type Database, rowsOf } from './db.ts';

/**
 * The audit log's hash chain (REL-5). The audit_log_chain trigger (migration 0010) gives every row its place in its
 * organisation's chain (chain_seq), its predecessor's hash (prev_hash) and hash = SHA-256 over its content, place
 * and prev_hash. One chain per organisation, written under a per-organisation advisory lock held to commit, keeps
 * concurrent transactions from forking a chain while writers of different organisations never wait on each other.
 * This finds the first row that was edited, inserted or is missing. Deleting an organisation's newest rows leaves
 * a shorter chain that still verifies: compare the reported heads with ones recorded earlier to see that.
 */
interface ChainRow {
  organisationId: string;
  id: number;
  chainSeq: number;
  prevHash: string | null;
  hash: string;
  /** The hash the row's current content gives. */
  contentHash: string;
}

type ChainBreakKind = 'edited' | 'inserted' | 'missing' | 'broken';

interface ChainBreak {
  organisationId: string;
  id: number;
  kind: ChainBreakKind;
  message: string;
}

const follows = (row: ChainRow, before: ChainRow | undefined) =>
  row.chainSeq === (before ? before.chainSeq + 1 : 1) && row.prevHash === (before?.hash ?? null);

/** The first break in one organisation's rows, given in id order. */
function findChainBreak(rows: readonly ChainRow[]): ChainBreak | null {
  for (const [i, row] of rows.entries()) {
    const previous = rows[i - 1];
    const found = (kind: ChainBreakKind, at: ChainRow, message: string): ChainBreak => ({
      organisationId: at.organisationId,
      id: at.id,
      kind,
      message,
    });
    if (row.hash !== row.contentHash) {
      // If the next row links past this one, this one was slipped in; otherwise its content was changed.
      const next = rows[i + 1];
      return next && follows(next, previous)
        ? found('inserted', row, `row ${row.id} is not part of the chain: it was inserted`)
        : found('edited', row, `row ${row.id} no longer matches its hash: its content was changed`);
    }
    if (follows(row, previous)) continue;
    if (previous && follows(row, rows[i - 2])) {
      return found('inserted', previous, `row ${previous.id} is not part of the chain: it was inserted`);
    }
    const expectedSeq = previous ? previous.chainSeq + 1 : 1;
    if (row.chainSeq > expectedSeq) {
      const gap = row.chainSeq - expectedSeq;
      return found('missing', row, `${gap} row${gap === 1 ? ' is' : 's are'} missing before row ${row.id}`);
    }
    return found('broken', row, `row ${row.id} does not follow the row before it: one of them was changed or inserted`);
  }
  return null;
}

export interface ChainReport {
  rows: number;
  organisations: number;
  firstBreak: ChainBreak | null;
  /** Each organisation's newest row: its place and hash, to record and compare later. */
  heads: { organisationId: string; chainSeq: number; hash: string }[];
}

const PAGE = 5_000;

/** Reads the whole log in (organisation, id) order, page by page, and checks each organisation's chain. */
export async function verifyAuditChain(db: Database): Promise<ChainReport> {
  const report: ChainReport = { rows: 0, organisations: 0, firstBreak: null, heads: [] };
  let chain: ChainRow[] = [];
  const close = () => {
    const head = chain.at(-1);
    if (!head) return;
    report.organisations++;
    report.heads.push({ organisationId: head.organisationId, chainSeq: head.chainSeq, hash: head.hash });
    report.firstBreak ??= findChainBreak(chain);
    chain = [];
  };
  let after: { organisationId: string; id: number } | null = null;
  for (;;) {
    const page: ChainRow[] = rowsOf<ChainRow>(
      await db.execute(sql`
        select organisation_id as "organisationId", id::float8 as id, chain_seq::float8 as "chainSeq",
               prev_hash as "prevHash", hash, audit_log_row_hash(a) as "contentHash"
        from audit_log a
        ${after ? sql`where (organisation_id, id) > (${after.organisationId}::uuid, ${after.id})` : sql``}
        order by organisation_id, id
        limit ${PAGE}`),
    );
    for (const row of page) {
      if (chain[0] && chain[0].organisationId !== row.organisationId) close();
      chain.push(row);
    }
    report.rows += page.length;
    const last = page.at(-1);
    if (!last || page.length < PAGE) break;
    after = { organisationId: last.organisationId, id: last.id };
  }
  close();
  return report;
}
