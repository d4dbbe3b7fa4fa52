import { z } from 'zod';
import { badRequest } from '../../platform/errors.ts';

/**
 * The list's keyset cursor, opaque to clients: the sort it belongs to and the last row's position in it
 * (sort value, name key, customer id, partner id). Paging by position, not OFFSET, keeps a deep page as cheap
 * as the first and never skips or repeats a row when rows are added in between.
 */
export interface ListPosition {
  sort: string;
  value: string | number | null;
  nameKey: string;
  customerId: string;
  partnerId: string;
}

const position = z.object({
  sort: z.string(),
  value: z.union([z.string(), z.number(), z.null()]),
  nameKey: z.string(),
  customerId: z.uuid(),
  partnerId: z.uuid(),
});

export const encodeCursor = (p: ListPosition) => Buffer.from(JSON.stringify(p)).toString('base64url');

/** The position in `cursor`, which must belong to `sort`; a 400 naming `cursor` otherwise. */
export function decodeCursor(cursor: string, sort: string): ListPosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badRequest('cursor', 'The cursor is not valid.');
  }
  const result = position.safeParse(parsed);
  if (!result.success) throw badRequest('cursor', 'The cursor is not valid.');
  if (result.data.sort !== sort) throw badRequest('cursor', 'The cursor belongs to another sort order.');
  return result.data;
}
