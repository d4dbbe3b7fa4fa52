import { sql } from 'drizzle-orm';
import type { ResourceType } from '../../../domain/resources.ts';
import { type Database, rowsOf } from '../../platform/db.ts';

export interface SuggestedResourceRow {
  id: string;
  title: string;
  summary: string;
  type: ResourceType;
  products: string[];
  language: string;
}

export async function selectReaderLocale(db: Database, userId: string): Promise<string> {
  const [row] = rowsOf<{ locale: string }>(await db.execute(sql`select locale from users where id = ${userId}::uuid`));
  return row?.locale ?? 'en';
}

/**
 * Resources of `types` for `product` or for no product, not retired, in `language` or English: the reader's language first,
 * then the product's own before the general ones, the newest first.
 */
export async function selectSuggestedResources(
  db: Database,
  input: { types: readonly ResourceType[]; product: string | null; language: string; limit: number },
): Promise<SuggestedResourceRow[]> {
  const types = `{${input.types.join(',')}}`;
  const general = sql`cardinality(products) = 0`;
  const product = input.product ? sql`(products @> array[${input.product}]::text[] or ${general})` : general;
  return rowsOf<SuggestedResourceRow>(
    await db.execute(sql`select id::text, title, summary, type, products, language from resources
      where retired_at is null and type = any(${types}::text[]) and ${product} and language in (${input.language}, 'en')
      order by (language = ${input.language}) desc, (cardinality(products) > 0) desc, updated_at desc, id
      limit ${input.limit}`),
  );
}
