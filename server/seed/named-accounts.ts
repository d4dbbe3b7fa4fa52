import type { Role } from '../../domain/roles.ts';
import type { NamedCustomer } from './customer-rows.ts';

/**
 * The demo accounts of ARCHITECTURE.md. Every generated data set (small, M, L) has them, so that a demo,
 * an end-to-end test or a benchmark can sign in: on M and L, Partner One is the partner with the most
 * customers (PERF-1's "partner with 10,000 customers").
 */

export const demoPassword = 'demo-password';

export interface DemoAccount {
  email: string;
  organisation: string;
  /** Null for a plain licensed user. */
  role: Role | null;
}

export const demoAccounts: readonly DemoAccount[] = [
  { email: 'operator@vendor.demo', organisation: 'Vendor', role: 'vendor_operator' },
  { email: 'full@partner1.demo', organisation: 'Partner One', role: 'partner_full_admin' },
  { email: 'admin@partner1.demo', organisation: 'Partner One', role: 'partner_admin' },
  { email: 'readonly@partner1.demo', organisation: 'Partner One', role: 'partner_read_only_admin' },
  { email: 'sales@partner1.demo', organisation: 'Partner One', role: 'sales_admin' },
  { email: 'salesfull@partner1.demo', organisation: 'Partner One', role: 'sales_full_admin' },
  { email: 'full@partner2.demo', organisation: 'Partner Two', role: 'partner_full_admin' },
  { email: 'full@distributor.demo', organisation: 'Distributor', role: 'partner_full_admin' },
  { email: 'full@partner-t2.demo', organisation: 'Partner Tier Two', role: 'partner_full_admin' },
  { email: 'admin@customer1.demo', organisation: 'Customer One', role: 'customer_full_admin' },
  { email: 'user@customer1.demo', organisation: 'Customer One', role: null },
];

export const vendorName = 'Vendor';

/** Partners 0–3 of every data set, in this order. */
export const namedPartners = [
  {
    name: 'Partner One',
    tier: 'tier1',
    distributorIndex: null,
    countryCode: 'DK',
    admins: {
      full: 'full@partner1.demo',
      admin: 'admin@partner1.demo',
      readOnly: 'readonly@partner1.demo',
      sales: 'sales@partner1.demo',
      salesFull: 'salesfull@partner1.demo',
    },
  },
  {
    name: 'Partner Two',
    tier: 'tier1',
    distributorIndex: null,
    countryCode: 'NO',
    admins: { full: 'full@partner2.demo' },
  },
  {
    name: 'Distributor',
    tier: 'distributor',
    distributorIndex: null,
    countryCode: 'DE',
    admins: { full: 'full@distributor.demo' },
  },
  {
    name: 'Partner Tier Two',
    tier: 'tier2',
    distributorIndex: 2,
    countryCode: 'HU',
    admins: { full: 'full@partner-t2.demo' },
  },
] as const;

export const customerOne: NamedCustomer = {
  name: 'Customer One',
  domain: 'customer1.demo',
  admin: { email: 'admin@customer1.demo', name: 'Astrid Lund' },
  users: [{ email: 'user@customer1.demo', name: 'Jonas Berg' }],
};
