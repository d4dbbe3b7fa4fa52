import { and, desc, eq } from 'drizzle-orm';
import type { ApiTokenSummary } from '../../../domain/contracts/api-tokens.ts';
import { apiTokens, users } from '../../db/schema/index.ts';
import type { Database } from '../../platform/db.ts';

const summaryColumns = {
  id: apiTokens.id,
  name: apiTokens.name,
  userId: users.id,
  userName: users.name,
  userEmail: users.email,
  createdAt: apiTokens.createdAt,
  lastUsedAt: apiTokens.lastUsedAt,
  revokedAt: apiTokens.revokedAt,
};

type SummaryRow = {
  id: string;
  name: string;
  userId: string;
  userName: string;
  userEmail: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

const toSummary = (r: SummaryRow): ApiTokenSummary => ({
  id: r.id,
  name: r.name,
  createdBy: { userId: r.userId, name: r.userName, email: r.userEmail },
  createdAt: r.createdAt.toISOString(),
  lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
  revokedAt: r.revokedAt?.toISOString() ?? null,
});

/** The organisation's tokens, live ones first, newest first. */
export async function listTokens(db: Database, organisationId: string): Promise<ApiTokenSummary[]> {
  const rows = await db
    .select(summaryColumns)
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.organisationId, organisationId))
    .orderBy(apiTokens.revokedAt, desc(apiTokens.createdAt), apiTokens.id);
  return rows.map(toSummary);
}

export async function findToken(db: Database, organisationId: string, id: string): Promise<ApiTokenSummary | null> {
  const [row] = await db
    .select(summaryColumns)
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.organisationId, organisationId), eq(apiTokens.id, id)));
  return row ? toSummary(row) : null;
}

export async function insertToken(
  db: Database,
  input: { organisationId: string; name: string; tokenHash: string; userId: string; createdAt: Date },
): Promise<string> {
  const [row] = await db.insert(apiTokens).values(input).returning({ id: apiTokens.id });
  if (!row) throw new Error('token not stored');
  return row.id;
}

export async function markRevoked(db: Database, organisationId: string, id: string, at: Date): Promise<void> {
  await db
    .update(apiTokens)
    .set({ revokedAt: at })
    .where(and(eq(apiTokens.organisationId, organisationId), eq(apiTokens.id, id)));
}
