import type { AdministratorsResponse } from '../../../domain/contracts/administrators.ts';
import { type Actor, can } from '../../../domain/roles.ts';
import { ensure } from '../../platform/access.ts';
import type { Database } from '../../platform/db.ts';
import { notFound } from '../../platform/errors.ts';
import { mayManageAdministrators, mayReadAdministrators, rolesOfKind } from './administrators.policy.ts';
import { administratorsOf } from './administrators.queries.ts';
import { findVisibleOrganisation } from './organisations.queries.ts';

/** ORG-2: the administrators of the caller's organisation, with roles and whether they see all customers. */
export async function listAdministrators(deps: { db: Database }, actor: Actor): Promise<AdministratorsResponse> {
  ensure(mayReadAdministrators(actor), 'Only administrators see the administrators of the organisation.');
  const organisation = await findVisibleOrganisation(deps.db, actor, actor.organisationId);
  if (!organisation) throw notFound('The organisation');
  const isPartner = organisation.kind === 'partner';
  const rows = await administratorsOf(deps.db, organisation.id);
  return {
    organisation: { id: organisation.id, name: organisation.name, kind: organisation.kind },
    mayManage: mayManageAdministrators(actor),
    assignableRoles: [...rolesOfKind(organisation.kind)],
    items: rows.map((row) => ({
      id: row.id,
      name: row.name,
      email: row.email,
      status: row.status === 'invited' ? 'invited' : 'active',
      roles: row.roles,
      seesAllCustomers: isPartner ? can(row, 'seeAllPartnerCustomers') : null,
      assignedCustomers: isPartner ? row.assignedCustomers : null,
      lastSignInAt: row.lastSignInAt?.toISOString() ?? null,
      isMe: row.id === actor.userId,
    })),
  };
}
