import type { SetupGroup, SupportGroupRequest } from '../../../domain/contracts/activity.ts';
import type { Actor } from '../../../domain/roles.ts';
import { supportGroups } from '../../db/schema/index.ts';
import { recordAudit } from '../../platform/audit.ts';
import { type Database, isUniqueViolation } from '../../platform/db.ts';
import { AppError, badRequest, notFound } from '../../platform/errors.ts';
import type { ActivityDeps } from './activity-scope.ts';
import { requireSetupCustomer } from './get-support-setup.ts';
import { checkedUsers } from './setup-workspaces.ts';
import {
  findNamedRow,
  groupMembersAndRequests,
  insertNamedRow,
  renameNamedRow,
  replaceGroupMembersAndRequests,
  rowNameTaken,
  unknownRequests,
} from './support-setup.queries.ts';

/** ACT-2: a vendor operator creates and edits support groups: their members see the requests given to the group. */

const nameTaken = () => new AppError(409, 'conflict', 'The customer already has a support group of this name.', 'name');

async function checkedRequests(db: Database, customerId: string, ids: readonly string[]) {
  const unique = [...new Set(ids)].sort();
  const unknown = await unknownRequests(db, customerId, unique);
  if (unknown.length > 0)
    throw badRequest('requestIds', `Not support requests of this customer: ${unknown.join(', ')}.`);
  return unique;
}

export async function createSupportGroup(
  deps: ActivityDeps,
  actor: Actor,
  customerId: string,
  input: SupportGroupRequest,
): Promise<SetupGroup> {
  await requireSetupCustomer(deps.db, actor, customerId);
  try {
    return await deps.db.transaction(async (tx) => {
      if (await rowNameTaken(tx, supportGroups, customerId, input.name, null)) throw nameTaken();
      const memberIds = await checkedUsers(tx, customerId, input.memberIds, 'memberIds');
      const requestIds = await checkedRequests(tx, customerId, input.requestIds);
      const id = await insertNamedRow(tx, supportGroups, customerId, input.name);
      await replaceGroupMembersAndRequests(tx, customerId, id, { memberIds, requestIds });
      const created = { id, name: input.name, memberIds, requestIds };
      await recordAudit(tx, deps.clock, actor, {
        organisationId: customerId,
        action: 'support_setup.group_created',
        targetType: 'support_group',
        targetId: id,
        after: created,
      });
      return created;
    });
  } catch (error) {
    throw isUniqueViolation(error) ? nameTaken() : error;
  }
}

export async function editSupportGroup(
  deps: ActivityDeps,
  actor: Actor,
  customerId: string,
  groupId: string,
  input: SupportGroupRequest,
): Promise<SetupGroup> {
  await requireSetupCustomer(deps.db, actor, customerId);
  try {
    return await deps.db.transaction(async (tx) => {
      const group = await findNamedRow(tx, supportGroups, customerId, groupId);
      if (!group) throw notFound('The support group');
      if (await rowNameTaken(tx, supportGroups, customerId, input.name, groupId)) throw nameTaken();
      const memberIds = await checkedUsers(tx, customerId, input.memberIds, 'memberIds');
      const requestIds = await checkedRequests(tx, customerId, input.requestIds);
      const before = { ...group, ...(await groupMembersAndRequests(tx, customerId, groupId)) };
      await renameNamedRow(tx, supportGroups, customerId, groupId, input.name);
      await replaceGroupMembersAndRequests(tx, customerId, groupId, { memberIds, requestIds });
      const after = { id: groupId, name: input.name, memberIds, requestIds };
      await recordAudit(tx, deps.clock, actor, {
        organisationId: customerId,
        action: 'support_setup.group_updated',
        targetType: 'support_group',
        targetId: groupId,
        before,
        after,
      });
      return after;
    });
  } catch (error) {
    throw isUniqueViolation(error) ? nameTaken() : error;
  }
}
