import { seesEveryWorkspace } from '../../../domain/activity.ts';
import type { Clock } from '../../../domain/clock.ts';
import type { Actor } from '../../../domain/roles.ts';
import type { Database } from '../../platform/db.ts';
import { notFound } from '../../platform/errors.ts';
import { findAgreement, workspacesOf } from './activity.queries.ts';

/** What every Customer activity use case starts from: the workspaces the actor sees, and today. */

export type ActivityDeps = { db: Database; clock: Clock };

/** The calendar day of the business clock (agreements and packages are dated in days). */
export const todayOf = (clock: Clock) => clock.now().toISOString().slice(0, 10);

/** ACT-3: the workspaces the actor may see. */
export const visibleWorkspaces = (db: Database, actor: Actor) =>
  workspacesOf(db, actor.organisationId, seesEveryWorkspace(actor.roles) ? null : actor.userId);

/** The workspace, if the actor may see it; another customer's or an unseen one reads as 404. */
export async function requireWorkspace(db: Database, actor: Actor, workspaceId: string) {
  const workspace = (await visibleWorkspaces(db, actor)).find((w) => w.id === workspaceId);
  if (!workspace) throw notFound('The workspace');
  return workspace;
}

/** The agreement, if it is the actor's customer's and in a workspace the actor sees. */
export async function requireAgreement(db: Database, actor: Actor, agreementId: string) {
  const agreement = await findAgreement(db, actor.organisationId, agreementId);
  if (!agreement) throw notFound('The agreement');
  const workspaces = await visibleWorkspaces(db, actor);
  if (!workspaces.some((w) => w.id === agreement.workspaceId)) throw notFound('The agreement');
  return agreement;
}
