import {
  type Actor,
  can,
  customerRoles,
  type OrganisationKind,
  partnerRoles,
  type Role,
  vendorRoles,
} from '../../../domain/roles.ts';
import { ensure } from '../../platform/access.ts';
import { AppError, badRequest } from '../../platform/errors.ts';

/** Who manages an organisation's administrators, and which roles exist there (ORG-2, ROL-7). */

/** The roles an organisation of this kind hands out. */
export function rolesOfKind(kind: OrganisationKind): readonly Role[] {
  if (kind === 'partner') return partnerRoles;
  if (kind === 'customer') return customerRoles;
  if (kind === 'vendor') return vendorRoles;
  return [];
}

/** Every administrator of the organisation sees the list; a customer's plain users hold no role and do not. */
export const mayReadAdministrators = (actor: Actor) => actor.roles.length > 0;

/** Only the roles of the actor's own kind of organisation count (a vendor operator manages the vendor's). */
export const mayManageAdministrators = (actor: Actor) => {
  const ownKind = rolesOfKind(actor.organisationKind);
  return can({ roles: actor.roles.filter((r) => ownKind.includes(r)) }, 'manageAdministrators');
};

export function ensureManager(actor: Actor) {
  ensure(mayManageAdministrators(actor), 'Only full administrators manage administrators.');
}

/** Roles must be of the organisation's kind (partner roles for partners, customer roles for customers). */
export function ensureRolesOfKind(kind: OrganisationKind, roles: readonly Role[]) {
  const allowed = rolesOfKind(kind);
  const foreign = roles.filter((r) => !allowed.includes(r));
  if (foreign.length > 0) {
    throw badRequest('roles', `These roles do not exist in a ${kind} organisation: ${foreign.join(', ')}.`);
  }
}

/**
 * Nobody takes away their own full-administrator role, and an organisation never loses its last active full
 * administrator (it could not manage itself any more).
 */
export function ensureFullAdminKept(input: {
  actor: Actor;
  targetUserId: string;
  losesFullAdmin: boolean;
  otherActiveFullAdmins: number;
}) {
  if (!input.losesFullAdmin) return;
  if (input.otherActiveFullAdmins === 0) {
    throw new AppError(
      409,
      'last_full_administrator',
      'The organisation needs at least one full administrator. Make someone else full administrator first.',
      'roles',
    );
  }
  if (input.targetUserId === input.actor.userId) {
    throw new AppError(
      409,
      'own_full_administrator_role',
      'You cannot take away your own full-administrator role. Ask another full administrator.',
      'roles',
    );
  }
}
