import { eq, sql } from 'drizzle-orm';
import type { Actor, OrganisationKind, PartnerTier, Role } from '../../domain/roles.ts';
import { allRoles } from '../../domain/roles.ts';
import { organisations, roleAssignments, users } from '../db/schema/index.ts';
import type { Database } from './db.ts';
import { AppError, forbidden, unauthorized } from './errors.ts';

export interface ActorProfile {
  actor: Actor;
  user: { id: string; email: string; name: string; locale: string };
  organisation: { id: string; name: string; kind: OrganisationKind; partnerTier: PartnerTier | null; timeZone: string };
}

/** The columns an actor is built from: its user, organisation and roles (joined on `users`). */
export const actorProfileColumns = {
  userId: users.id,
  email: users.email,
  name: users.name,
  locale: users.locale,
  status: users.status,
  organisationId: organisations.id,
  organisationName: organisations.name,
  kind: organisations.kind,
  partnerTier: organisations.partnerTier,
  timeZone: organisations.timeZone,
  organisationStatus: organisations.status,
  roles: sql<string[]>`array(select ${roleAssignments.role}::text from ${roleAssignments}
    where ${roleAssignments.organisationId} = ${users.organisationId} and ${roleAssignments.userId} = ${users.id})`,
};

interface ActorProfileRow {
  userId: string;
  email: string;
  name: string;
  locale: string;
  status: string;
  organisationId: string;
  organisationName: string;
  kind: OrganisationKind;
  partnerTier: PartnerTier | null;
  timeZone: string;
  organisationStatus: 'active' | 'suspended';
  roles: string[];
}

/** Issue #10: a suspended partner's users are refused wherever they come from (sign-in, session, API token). */
export const organisationSuspended = () =>
  new AppError(
    401,
    'organisation_suspended',
    'Your organisation is suspended, so you cannot sign in. Ask the vendor to reactivate it.',
  );

/**
 * The profile of a row selected with `actorProfileColumns`; null for a disabled user and for every user of a
 * suspended organisation (so no request acts for them, however it is authenticated).
 */
export function toActorProfile(row: ActorProfileRow | undefined): ActorProfile | null {
  if (row?.status !== 'active' || row.organisationStatus !== 'active') return null;
  const roles = row.roles.filter((r): r is Role => (allRoles as readonly string[]).includes(r));
  return {
    actor: {
      userId: row.userId,
      organisationId: row.organisationId,
      organisationKind: row.kind,
      partnerTier: row.partnerTier,
      roles,
    },
    user: { id: row.userId, email: row.email, name: row.name, locale: row.locale },
    organisation: {
      id: row.organisationId,
      name: row.organisationName,
      kind: row.kind,
      partnerTier: row.partnerTier,
      timeZone: row.timeZone,
    },
  };
}

/** Why an active user's row gives no actor: its organisation is suspended (null otherwise). */
export const refusalOf = (row: ActorProfileRow | undefined): AppError | null =>
  row?.status === 'active' && row.organisationStatus === 'suspended' ? organisationSuspended() : null;

/** The actor of a user (null if disabled, suspended or gone) and, for a suspended organisation's user, the refusal. */
export async function loadActorProfileOrRefusal(
  db: Database,
  userId: string,
): Promise<{ profile: ActorProfile | null; refusal: AppError | null }> {
  const [row] = await db
    .select(actorProfileColumns)
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(users.id, userId));
  return { profile: toActorProfile(row), refusal: refusalOf(row) };
}

/** Builds the Actor of a signed-in user from the database in one statement. Null if disabled, suspended or gone. */
export async function loadActorProfile(db: Database, userId: string): Promise<ActorProfile | null> {
  return (await loadActorProfileOrRefusal(db, userId)).profile;
}

/** The signed-in actor, or 401. */
export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw unauthorized();
  return actor;
}

/** Asserts a policy rule; a known object the actor may not change is a 403 (ARCHITECTURE.md, Errors). */
export function ensure(allowed: boolean, message?: string): void {
  if (!allowed) throw forbidden(message);
}
