import { z } from 'zod';
import { allRoles, organisationKinds } from '../roles.ts';

/** The Administrators page (ORG-2, ROL-7): the admins of the signed-in user's own organisation. */

const administrator = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  /** Invited admins have not signed in yet. */
  status: z.enum(['active', 'invited']),
  roles: z.array(z.enum(allRoles)),
  /** Partners: whether the admin sees every customer (ROL-2) or only assigned ones; null elsewhere. */
  seesAllCustomers: z.boolean().nullable(),
  /** Partners: customers the admin is assigned to (DET-4); null elsewhere. */
  assignedCustomers: z.number().nullable(),
  lastSignInAt: z.string().nullable(),
  isMe: z.boolean(),
});
export type Administrator = z.infer<typeof administrator>;

export const administratorsResponse = z.object({
  organisation: z.object({ id: z.string(), name: z.string(), kind: z.enum(organisationKinds) }),
  /** Whether the caller may invite, change roles and remove (the organisation's full administrators). */
  mayManage: z.boolean(),
  /** The roles of the organisation's kind, in display order. */
  assignableRoles: z.array(z.enum(allRoles)),
  items: z.array(administrator),
});
export type AdministratorsResponse = z.infer<typeof administratorsResponse>;

const roleList = z
  .array(z.enum(allRoles))
  .min(1, 'Choose at least one role')
  .max(allRoles.length)
  .refine((roles) => new Set(roles).size === roles.length, 'A role is listed twice');

export const inviteAdministratorRequest = z.strictObject({
  email: z.string().trim().toLowerCase().email().max(254),
  name: z.string().trim().min(1).max(120),
  roles: roleList,
});
export type InviteAdministratorRequest = z.infer<typeof inviteAdministratorRequest>;

export const updateAdministratorRolesRequest = z.strictObject({ roles: roleList });

export const administratorParams = z.object({ userId: z.uuid() });
