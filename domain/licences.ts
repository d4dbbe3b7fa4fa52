/** Licence figures over a customer's services (CUS-7). */

export interface ServiceLicences {
  /** Licences of live subscriptions. */
  bought: number;
  /** Licences of ongoing, consented trials. */
  trial: number;
  assigned: number;
}

/** The console's overview figure: licences assigned out of every licence the customer holds, bought or on trial. */
export function licenceTotals(services: readonly ServiceLicences[]): { total: number; assigned: number } {
  let total = 0;
  let assigned = 0;
  for (const service of services) {
    total += service.bought + service.trial;
    assigned += service.assigned;
  }
  return { total, assigned };
}
