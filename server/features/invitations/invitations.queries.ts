import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { customerAdminRoles, fullAdminRoleOf, type OrganisationKind } from '../../../domain/roles.ts';
import { accountLinks, auditLog, organisations, roleAssignments, trials, users } from '../../db/schema/index.ts';
import type { Database } from '../../platform/db.ts';
import { sha256 } from '../../platform/sessions.ts';

/** SQL of the public invitation page (issue #10): the link's people and organisation, accepting, renewal. */

export const RENEWAL_REQUESTED = 'invitation.renewal_requested';

/** The invitee (user and organisation) and the inviter of an invitation link. */
export async function invitationPeople(
  db: Database,
  link: { userId: string | null; organisationId: string | null; createdByUserId: string | null },
) {
  if (!link.userId || !link.organisationId) return null;
  const [invitee] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      status: users.status,
      organisationId: organisations.id,
      organisationName: organisations.name,
      organisationKind: organisations.kind,
      organisationStatus: organisations.status,
    })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(users.organisationId, link.organisationId), eq(users.id, link.userId)));
  if (!invitee) return null;
  const [inviter] = link.createdByUserId
    ? await db
        .select({
          id: users.id,
          name: users.name,
          email: users.email,
          status: users.status,
          organisationId: organisations.id,
          organisationName: organisations.name,
        })
        .from(users)
        .innerJoin(organisations, eq(organisations.id, users.organisationId))
        .where(eq(users.id, link.createdByUserId))
    : [];
  return { invitee, inviter: inviter ?? null };
}

/** Whether someone asked for a new link in place of this one (once per link, recorded in the audit log). */
export async function renewalRequested(db: Database, token: string): Promise<boolean> {
  const [row] = await db
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.action, RENEWAL_REQUESTED),
        eq(auditLog.targetType, 'account_link'),
        eq(auditLog.targetId, sha256(token)),
      ),
    )
    .limit(1);
  return Boolean(row);
}

/** Holds the link's row until the transaction ends: two renewal requests of one link run one after the other. */
export async function lockLink(tx: Database, token: string): Promise<void> {
  await tx
    .select({ tokenHash: accountLinks.tokenHash })
    .from(accountLinks)
    .where(eq(accountLinks.tokenHash, sha256(token)))
    .for('update');
}

/** The invited user becomes active with the chosen password and name. */
export async function activateInvitedUser(
  tx: Database,
  user: { organisationId: string; id: string },
  chosen: { name: string; passwordHash: string },
  now: Date,
): Promise<boolean> {
  const updated = await tx
    .update(users)
    .set({ ...chosen, status: 'active', passwordChangedAt: now })
    .where(and(eq(users.organisationId, user.organisationId), eq(users.id, user.id), eq(users.status, 'invited')))
    .returning({ id: users.id });
  return updated.length === 1;
}

/** The organisation's active full administrators' addresses (who hears of a renewal request without an inviter). */
export async function fullAdministratorEmails(db: Database, organisationId: string, kind: OrganisationKind) {
  const role = fullAdminRoleOf(kind);
  if (!role) return [];
  const rows = await db
    .selectDistinct({ email: users.email })
    .from(users)
    .innerJoin(
      roleAssignments,
      and(eq(roleAssignments.organisationId, users.organisationId), eq(roleAssignments.userId, users.id)),
    )
    .where(and(eq(users.organisationId, organisationId), eq(roleAssignments.role, role), eq(users.status, 'active')));
  return rows.map((r) => r.email);
}

/** A customer administrator's first stop: the customer has a trial waiting for consent or for its setup. */
export async function hasTrialWaitingForCustomer(db: Database, organisationId: string, userId: string) {
  const [admin] = await db
    .select({ role: roleAssignments.role })
    .from(roleAssignments)
    .where(
      and(
        eq(roleAssignments.organisationId, organisationId),
        eq(roleAssignments.userId, userId),
        inArray(roleAssignments.role, [...customerAdminRoles]),
      ),
    )
    .limit(1);
  if (!admin) return false;
  const [trial] = await db
    .select({ id: trials.id })
    .from(trials)
    .where(
      and(
        eq(trials.customerId, organisationId),
        inArray(trials.state, ['pending_consent', 'pending_provisioning_details']),
      ),
    )
    .orderBy(asc(trials.createdAt))
    .limit(1);
  return Boolean(trial);
}

/** Invited (not yet active) users of the organisation among these addresses, by lowercased address. */
export async function invitedUsersAmong(db: Database, organisationId: string, addresses: readonly string[]) {
  if (addresses.length === 0) return [];
  return db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .where(
      and(
        eq(users.organisationId, organisationId),
        eq(users.status, 'invited'),
        inArray(
          sql`lower(${users.email})`,
          addresses.map((a) => a.toLowerCase()),
        ),
      ),
    );
}
