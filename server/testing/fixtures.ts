import { hash } from '@node-rs/argon2';
import type { OrganisationKind, PartnerTier, Role } from '../../domain/roles.ts';
import {
  customerAdminAssignments,
  organisations,
  partnerCustomers,
  roleAssignments,
  users,
} from '../db/schema/index.ts';
import type { Database } from '../platform/db.ts';

export const TEST_PASSWORD = 'correct horse battery staple';
const testPasswordHash = hash(TEST_PASSWORD);
const createdAt = new Date('2026-01-01T00:00:00Z');

let sequence = 0;
const next = () => ++sequence;

export async function createOrganisation(
  db: Database,
  input: { kind: OrganisationKind; name?: string; partnerTier?: PartnerTier; distributorId?: string },
) {
  const [row] = await db
    .insert(organisations)
    .values({
      kind: input.kind,
      name: input.name ?? `${input.kind} ${next()}`,
      partnerTier: input.partnerTier ?? (input.kind === 'partner' ? 'tier1' : null),
      distributorId: input.distributorId ?? null,
      createdAt,
    })
    .returning();
  if (!row) throw new Error('organisation not created');
  return row;
}

export async function createUser(db: Database, input: { organisationId: string; roles: Role[]; email?: string }) {
  const email = input.email ?? `user${next()}@test.example`;
  const [row] = await db
    .insert(users)
    .values({
      organisationId: input.organisationId,
      email,
      name: email,
      passwordHash: await testPasswordHash,
      createdAt,
    })
    .returning();
  if (!row) throw new Error('user not created');
  for (const role of input.roles) {
    await db.insert(roleAssignments).values({ organisationId: input.organisationId, userId: row.id, role, createdAt });
  }
  return row;
}

/** Links a customer to a partner as owner (created by `createdByUserId`), optionally assigning a partner admin. */
export async function linkCustomer(
  db: Database,
  input: { partnerId: string; customerId: string; createdByUserId?: string; assignedUserId?: string },
) {
  await db.insert(partnerCustomers).values({
    partnerId: input.partnerId,
    customerId: input.customerId,
    relationship: 'owner',
    createdByUserId: input.createdByUserId ?? null,
    createdAt,
  });
  if (input.assignedUserId) {
    await db.insert(customerAdminAssignments).values({
      partnerId: input.partnerId,
      customerId: input.customerId,
      userId: input.assignedUserId,
      createdAt,
    });
  }
}
