import { type Actor, isVendorOperator } from '../../../domain/roles.ts';
import type { CaseScope } from './support-cases.queries.ts';

/** RES-2: operators see every case; a partner user only the cases they asked. */
export const caseScopeOf = (actor: Actor): CaseScope =>
  isVendorOperator(actor)
    ? { kind: 'all' }
    : { kind: 'requester', partnerId: actor.organisationId, userId: actor.userId };

/** Where the requester reads a case: the Resources & help page, with the case open. */
export const caseLink = (publicUrl: string, id: string) => `${publicUrl.replace(/\/$/, '')}/resources?case=${id}`;
