import type { Clock } from '../../../domain/clock.ts';
import type { ResourceType } from '../../../domain/resources.ts';
import type { Actor } from '../../../domain/roles.ts';
import type { Database } from '../../platform/db.ts';
import {
  type SuggestedResourceRow,
  selectReaderLocale,
  selectSuggestedResources,
} from './resource-suggestions.queries.ts';

/**
 * Items of the resources library suggested for a situation (INS-5 next steps): resources of the given kinds,
 * for the product or for none, in the reader's language with English as fallback. Reading the library is open
 * to everybody signed in, so no further check is needed here.
 */
export async function suggestResources(
  deps: { db: Database; clock: Clock },
  input: { actor: Actor; types: readonly ResourceType[]; product: string | null; limit?: number },
): Promise<SuggestedResourceRow[]> {
  const language = await selectReaderLocale(deps.db, input.actor.userId);
  return selectSuggestedResources(deps.db, {
    types: input.types,
    product: input.product,
    language,
    limit: input.limit ?? 3,
  });
}
