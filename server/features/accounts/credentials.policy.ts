import type { Actor } from '../../../domain/roles.ts';
import { can } from '../../../domain/roles.ts';
import { ensure } from '../../platform/access.ts';

/** Issue #10: a partner's or the vendor's full administrators decide whether everyone must use two-factor sign-in. */
export function ensureMayRequireTwoFactor(actor: Actor): void {
  ensure(can(actor, 'requireTwoFactor'), 'Only full administrators change the sign-in rules.');
}

export function ensureMayReadSecurityPolicy(actor: Actor): void {
  ensure(actor.organisationKind === 'partner' || actor.organisationKind === 'vendor');
}
