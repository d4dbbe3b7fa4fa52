import type { SupportCase, SupportCaseSummary } from '../../../domain/contracts/resources.ts';
import { type HelpdeskProduct, type SupportCaseStatus, supportCaseReference } from '../../../domain/resources.ts';
import type { CaseDetailRow, CaseRow, selectCaseEvents } from './support-cases.queries.ts';

/** A stored helpdesk case as the contract sends it. */

export function toSupportCaseSummary(row: CaseRow): SupportCaseSummary {
  return {
    id: row.id,
    reference: supportCaseReference(row.number),
    product: row.product as HelpdeskProduct,
    subject: row.subject,
    status: row.status as SupportCaseStatus,
    partner: { id: row.partnerId, name: row.partnerName },
    requester: { name: row.requesterName, email: row.requesterEmail },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    closedAt: row.closedAt?.toISOString() ?? null,
  };
}

export function toSupportCase(row: CaseDetailRow, events: Awaited<ReturnType<typeof selectCaseEvents>>): SupportCase {
  return {
    ...toSupportCaseSummary(row),
    description: row.body,
    events: events.map((e) => ({
      id: e.id,
      kind: e.kind as 'answer' | 'closed',
      body: e.body,
      author: { name: e.authorName },
      createdAt: e.createdAt.toISOString(),
    })),
  };
}
