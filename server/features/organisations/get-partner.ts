import type { PartnerDetail } from '../../../domain/contracts/partners.ts';
import type { Actor } from '../../../domain/roles.ts';
import type { Database } from '../../platform/db.ts';
import { notFound } from '../../platform/errors.ts';
import { administratorsOf } from './administrators.queries.ts';
import { toPartnerListItem } from './list-partners.ts';
import { ensureVendorOperator } from './organisations.policy.ts';
import { findPartner } from './partners.queries.ts';

/** A partner as the vendor sees it (ROL-5): its details, counts and administrators, suspended or not. */
export async function getPartner(deps: { db: Database }, actor: Actor, id: string): Promise<PartnerDetail> {
  ensureVendorOperator(actor);
  const row = await findPartner(deps.db, id);
  if (!row) throw notFound('The partner');
  const administrators = await administratorsOf(deps.db, id);
  return {
    ...toPartnerListItem(row),
    dataRegion: row.dataRegion,
    createdAt: row.createdAt.toISOString(),
    tier2Partners: row.tier2Partners,
    administrators: administrators.map((admin) => ({
      id: admin.id,
      name: admin.name,
      email: admin.email,
      roles: admin.roles,
      status: admin.status === 'invited' ? 'invited' : 'active',
      lastSignInAt: admin.lastSignInAt?.toISOString() ?? null,
    })),
  };
}
