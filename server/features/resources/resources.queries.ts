import { and, asc, count, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Locale } from '../../../domain/contracts/common.ts';
import { searchConfigurations } from '../../../domain/resources.ts';
import { resourceSearchConfiguration, resources, services } from '../../db/schema/index.ts';
import type { Database } from '../../platform/db.ts';

/** SQL of the resources library (RES-1): a small reference table, searched with PostgreSQL full-text search. */

export interface ResourceFilters {
  q?: string;
  types?: readonly string[];
  products?: readonly string[];
  languages?: readonly string[];
  featured?: boolean;
  quickLink?: boolean;
  includeRetired: boolean;
}

/**
 * Each resource matches the words parsed with its own language's configuration: one branch per language, each
 * a constant tsquery, so the GIN index on `search` serves every branch.
 */
function matches(q: string): SQL {
  const branches = (Object.entries(searchConfigurations) as [Locale, string][]).map(
    ([language, configuration]) =>
      sql`(${resources.language} = ${language} and ${resources.search} @@ websearch_to_tsquery(${configuration}::regconfig, ${q}))`,
  );
  return sql`(${sql.join(branches, sql` or `)})`;
}

/** How well a resource matches, rounded so that it can be a stable keyset position. */
const rankOf = (q: string) =>
  sql<string>`round(ts_rank(${resources.search}, websearch_to_tsquery(${resourceSearchConfiguration}, ${q}))::numeric, 6)`;

function filtersWhere(f: ResourceFilters): SQL | undefined {
  return and(
    f.includeRetired ? undefined : isNull(resources.retiredAt),
    f.q ? matches(f.q) : undefined,
    f.types?.length ? inArray(resources.type, [...f.types]) : undefined,
    f.languages?.length ? inArray(resources.language, [...f.languages]) : undefined,
    f.products?.length
      ? sql`${resources.products} && array[${sql.join(
          f.products.map((p) => sql`${p}`),
          sql`, `,
        )}]::text[]`
      : undefined,
    f.featured === undefined ? undefined : eq(resources.featured, f.featured),
    f.quickLink === undefined ? undefined : eq(resources.quickLink, f.quickLink),
  );
}

const summaryColumns = {
  id: resources.id,
  title: resources.title,
  summary: resources.summary,
  url: resources.url,
  type: resources.type,
  products: resources.products,
  language: resources.language,
  featured: resources.featured,
  quickLink: resources.quickLink,
  updatedAt: resources.updatedAt,
  retiredAt: resources.retiredAt,
};

/** A page position: after this rank (searching) or this update time (browsing), then this id. */
export type ResourcePosition = { rank: string; id: string } | { updatedAt: Date; id: string };

/**
 * One page of matching resources, one row more than `limit` so the caller knows whether more follow: best
 * match first when searching, most recently updated first otherwise.
 */
export async function selectResourcePage(
  db: Database,
  filters: ResourceFilters,
  page: { after?: ResourcePosition; limit: number },
) {
  const { q } = filters;
  const after = page.after;
  if (q) {
    const rank = rankOf(q);
    const position =
      after && 'rank' in after
        ? sql`(${rank} < ${after.rank}::numeric or (${rank} = ${after.rank}::numeric and ${resources.id} > ${after.id}))`
        : undefined;
    return db
      .select({ ...summaryColumns, rank })
      .from(resources)
      .where(and(filtersWhere(filters), position))
      .orderBy(desc(rank), asc(resources.id))
      .limit(page.limit + 1);
  }
  const position =
    after && 'updatedAt' in after
      ? sql`(${resources.updatedAt} < ${after.updatedAt} or (${resources.updatedAt} = ${after.updatedAt} and ${resources.id} > ${after.id}))`
      : undefined;
  return db
    .select({ ...summaryColumns, rank: sql<string | null>`null` })
    .from(resources)
    .where(and(filtersWhere(filters), position))
    .orderBy(desc(resources.updatedAt), asc(resources.id))
    .limit(page.limit + 1);
}

export type ResourceRow = Awaited<ReturnType<typeof selectResourcePage>>[number];

export async function countResources(db: Database, filters: ResourceFilters): Promise<number> {
  const [row] = await db.select({ n: count() }).from(resources).where(filtersWhere(filters));
  return Number(row?.n ?? 0);
}

const detailColumns = { ...summaryColumns, body: resources.body };

export async function selectResource(db: Database, id: string, options: { forUpdate?: boolean } = {}) {
  const query = db.select(detailColumns).from(resources).where(eq(resources.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

export type ResourceDetailRow = NonNullable<Awaited<ReturnType<typeof selectResource>>>;

export type ResourceValues = Omit<typeof resources.$inferInsert, 'id' | 'search'>;

export async function insertResource(db: Database, values: ResourceValues): Promise<ResourceDetailRow> {
  const [row] = await db.insert(resources).values(values).returning(detailColumns);
  if (!row) throw new Error('resource not inserted');
  return row;
}

export async function updateResource(
  db: Database,
  id: string,
  patch: Partial<ResourceValues>,
): Promise<ResourceDetailRow> {
  const [row] = await db.update(resources).set(patch).where(eq(resources.id, id)).returning(detailColumns);
  if (!row) throw new Error('resource not updated');
  return row;
}

/** The ids among `ids` that the catalogue does not know. */
export async function unknownProducts(db: Database, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const known = await db
    .select({ id: services.id })
    .from(services)
    .where(inArray(services.id, [...ids]));
  const knownIds = new Set(known.map((s) => s.id));
  return ids.filter((id) => !knownIds.has(id));
}
