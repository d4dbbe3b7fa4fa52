import { type Actor, can, isVendorOperator } from '../../../domain/roles.ts';
import { ensure } from '../../platform/access.ts';

/** RES-1: everybody signed in reads resources; only vendor operators write them or see retired ones. */
export function ensureMayManageResources(actor: Actor) {
  ensure(can(actor, 'manageResources'), 'Only vendor operators change resources.');
}

export function ensureMaySeeRetiredResources(actor: Actor) {
  ensure(can(actor, 'manageResources'), 'Only vendor operators see retired resources.');
}

/** RES-2: partner users ask the partner helpdesk; vendor operators answer and close its cases. */
export function ensureMayAskHelpdesk(actor: Actor) {
  ensure(actor.organisationKind === 'partner' && can(actor, 'askHelpdesk'), 'Only partner users ask the helpdesk.');
}

export function ensureMayAnswerHelpdesk(actor: Actor) {
  ensure(isVendorOperator(actor), 'Only vendor operators answer helpdesk cases.');
}

/** Operators read every case; a partner user reads the cases they asked; nobody else reads any. */
export function ensureMayReadSupportCases(actor: Actor) {
  ensure(
    isVendorOperator(actor) || (actor.organisationKind === 'partner' && can(actor, 'askHelpdesk')),
    'Only vendor operators and partner users read helpdesk cases.',
  );
}
