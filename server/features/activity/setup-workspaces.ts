import type { SetupWorkspace, WorkspaceRequest } from '../../../domain/contracts/activity.ts';
import type { Actor } from '../../../domain/roles.ts';
import { workspaces } from '../../db/schema/index.ts';
import { recordAudit } from '../../platform/audit.ts';
import { type Database, isUniqueViolation } from '../../platform/db.ts';
import { AppError, badRequest, notFound } from '../../platform/errors.ts';
import type { ActivityDeps } from './activity-scope.ts';
import { requireSetupCustomer } from './get-support-setup.ts';
import {
  findNamedRow,
  insertNamedRow,
  membersOfWorkspace,
  renameNamedRow,
  replaceWorkspaceMembers,
  rowNameTaken,
  unknownUsers,
} from './support-setup.queries.ts';

/** ACT-3: a vendor operator creates and edits a customer's workspaces and who belongs to them. */

const nameTaken = () => new AppError(409, 'conflict', 'The customer already has a workspace of this name.', 'name');

/** The ids once each, and every one a user of the customer (else a 400 naming `field`). */
export async function checkedUsers(db: Database, customerId: string, ids: readonly string[], field: string) {
  const unique = [...new Set(ids)].sort();
  const unknown = await unknownUsers(db, customerId, unique);
  if (unknown.length > 0) throw badRequest(field, `Not users of this customer: ${unknown.join(', ')}.`);
  return unique;
}

export async function createWorkspace(
  deps: ActivityDeps,
  actor: Actor,
  customerId: string,
  input: WorkspaceRequest,
): Promise<SetupWorkspace> {
  await requireSetupCustomer(deps.db, actor, customerId);
  try {
    return await deps.db.transaction(async (tx) => {
      if (await rowNameTaken(tx, workspaces, customerId, input.name, null)) throw nameTaken();
      const memberIds = await checkedUsers(tx, customerId, input.memberIds, 'memberIds');
      const id = await insertNamedRow(tx, workspaces, customerId, input.name);
      await replaceWorkspaceMembers(tx, customerId, id, memberIds);
      const created = { id, name: input.name, memberIds };
      await recordAudit(tx, deps.clock, actor, {
        organisationId: customerId,
        action: 'support_setup.workspace_created',
        targetType: 'workspace',
        targetId: id,
        after: created,
      });
      return created;
    });
  } catch (error) {
    throw isUniqueViolation(error) ? nameTaken() : error;
  }
}

export async function editWorkspace(
  deps: ActivityDeps,
  actor: Actor,
  customerId: string,
  workspaceId: string,
  input: WorkspaceRequest,
): Promise<SetupWorkspace> {
  await requireSetupCustomer(deps.db, actor, customerId);
  try {
    return await deps.db.transaction(async (tx) => {
      const workspace = await findNamedRow(tx, workspaces, customerId, workspaceId);
      if (!workspace) throw notFound('The workspace');
      if (await rowNameTaken(tx, workspaces, customerId, input.name, workspaceId)) throw nameTaken();
      const memberIds = await checkedUsers(tx, customerId, input.memberIds, 'memberIds');
      const before = { ...workspace, memberIds: await membersOfWorkspace(tx, customerId, workspaceId) };
      await renameNamedRow(tx, workspaces, customerId, workspaceId, input.name);
      await replaceWorkspaceMembers(tx, customerId, workspaceId, memberIds);
      const after = { id: workspaceId, name: input.name, memberIds };
      await recordAudit(tx, deps.clock, actor, {
        organisationId: customerId,
        action: 'support_setup.workspace_updated',
        targetType: 'workspace',
        targetId: workspaceId,
        before,
        after,
      });
      return after;
    });
  } catch (error) {
    throw isUniqueViolation(error) ? nameTaken() : error;
  }
}
