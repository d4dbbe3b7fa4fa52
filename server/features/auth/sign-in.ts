import { hash, verify } from '@node-rs/argon2';
import { eq, sql } from 'drizzle-orm';
import type { Clock } from '../../../domain/clock.ts';
import { organisations, users } from '../../db/schema/index.ts';
import type { Database } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import type { SessionStore } from '../../platform/sessions.ts';

// Verified when the e-mail is unknown, so a wrong address takes as long as a wrong password.
const decoyHash = hash('decoy-password-never-valid');

const invalidCredentials = () =>
  new AppError(401, 'invalid_credentials', 'The e-mail address or password is not correct.');

/** Checks e-mail and password (argon2id) and opens a session (REL-5). */
export async function signIn(
  deps: { db: Database; clock: Clock; sessions: SessionStore },
  input: { email: string; password: string },
): Promise<{ userId: string; token: string; csrfToken: string }> {
  const [user] = await deps.db
    .select({
      id: users.id,
      organisationId: users.organisationId,
      passwordHash: users.passwordHash,
      status: users.status,
      kind: organisations.kind,
    })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(sql`lower(${users.email})`, input.email.toLowerCase()));
  const valid = await verify(user?.passwordHash ?? (await decoyHash), input.password);
  if (!user?.passwordHash || !valid || user.status !== 'active') throw invalidCredentials();
  const now = deps.clock.now();
  await deps.db.update(users).set({ lastSignInAt: now }).where(eq(users.id, user.id));
  const session = await deps.sessions.create(user.id, user.organisationId);
  return { userId: user.id, ...session };
}
