import { randomUUID } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { and, eq, sql } from 'drizzle-orm';
import type { Clock } from '../../../domain/clock.ts';
import { customerAdminRoles } from '../../../domain/roles.ts';
import { adminSignIns, organisations, roleAssignments, users } from '../../db/schema/index.ts';
import { organisationSuspended } from '../../platform/access.ts';
import type { Database } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import type { SessionOrigin, SessionStore } from '../../platform/sessions.ts';
import { refreshCustomerListEntries } from '../customers/refresh-customer-list.ts';
import { singleSignOnRequired } from '../single-sign-on/single-sign-on.policy.ts';
import { createSignInChallenge, type IssuedChallenge } from './two-factor-sign-in.ts';

// Verified when the e-mail is unknown, so a wrong address takes as long as a wrong password.
const decoyHash = hash('decoy-password-never-valid');

async function holdsCustomerAdminRole(db: Database, organisationId: string, userId: string): Promise<boolean> {
  const roles = await db
    .select({ role: roleAssignments.role })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.organisationId, organisationId), eq(roleAssignments.userId, userId)));
  return roles.some((r) => (customerAdminRoles as readonly string[]).includes(r.role));
}

const invalidCredentials = () =>
  new AppError(401, 'invalid_credentials', 'The e-mail address or password is not correct.');

type SignInDeps = { db: Database; clock: Clock; sessions: SessionStore };
export type OpenedSession = { userId: string; token: string; csrfToken: string };
/** The password was right, but a second factor (or enrolling one) comes first: no session yet. */
export type ChallengedSignIn = { userId: string; challenge: IssuedChallenge };

/**
 * Checks e-mail and password (argon2id) and opens a session (REL-5); for a user with two-factor sign-in, or one
 * whose organisation requires it, a sign-in challenge instead (issue #10, auth/two-factor-sign-in.ts).
 */
export async function signIn(
  deps: SignInDeps,
  input: { email: string; password: string },
  origin: SessionOrigin = { method: 'password' },
): Promise<OpenedSession | ChallengedSignIn> {
  const [user] = await deps.db
    .select({
      id: users.id,
      organisationId: users.organisationId,
      passwordHash: users.passwordHash,
      status: users.status,
      kind: organisations.kind,
      organisationStatus: organisations.status,
      totpEnabledAt: users.totpEnabledAt,
      requireTwoFactor: organisations.requireTwoFactor,
    })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(sql`lower(${users.email})`, input.email.toLowerCase()));
  const valid = await verify(user?.passwordHash ?? (await decoyHash), input.password);
  if (!user?.passwordHash || !valid || user.status !== 'active') throw invalidCredentials();
  // Only once the password is right, so the answer tells nothing to someone who does not know it (issue #10).
  if (user.organisationStatus === 'suspended') throw organisationSuspended();
  if (await singleSignOnRequired(deps.db, user.organisationId, user.id, input.email)) {
    throw new AppError(401, 'sso_required', 'Your organisation signs in with single sign-on.');
  }
  if (user.totpEnabledAt || user.requireTwoFactor) {
    const kind = user.totpEnabledAt ? 'verify' : 'enrol';
    return { userId: user.id, challenge: await createSignInChallenge(deps, user, kind) };
  }
  return openSession(deps, user, origin);
}

/** The bookkeeping of a successful sign-in, and the session: after the password, or after the second factor. */
export async function openSession(
  deps: SignInDeps,
  user: { id: string; organisationId: string; kind: string },
  origin: SessionOrigin,
): Promise<OpenedSession> {
  await deps.db.transaction(async (tx) => noteSignIn(tx, deps.clock, user));
  const session = await deps.sessions.create(user.id, user.organisationId, origin);
  return { userId: user.id, ...session };
}

/** What every sign-in records, by password or single sign-on (in the caller's transaction). */
export async function noteSignIn(
  tx: Database,
  clock: Clock,
  user: { id: string; organisationId: string; kind: string },
): Promise<void> {
  const now = clock.now();
  await tx.update(users).set({ lastSignInAt: now }).where(eq(users.id, user.id));
  if (user.kind === 'customer' && (await holdsCustomerAdminRole(tx, user.organisationId, user.id))) {
    // A customer administrator's console sign-in ends "No recent activity" (CUS-2).
    await tx.insert(adminSignIns).values({
      customerId: user.organisationId,
      id: randomUUID(),
      userId: user.id,
      signedInAt: now,
      ingestedAt: now,
    });
    await refreshCustomerListEntries(tx, [user.organisationId]);
  }
}
