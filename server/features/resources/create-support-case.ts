import type { Clock } from '../../../domain/clock.ts';
import type { CreateSupportCaseRequest, SupportCase } from '../../../domain/contracts/resources.ts';
import { supportCaseReference } from '../../../domain/resources.ts';
import type { Actor } from '../../../domain/roles.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Config } from '../../platform/config.ts';
import type { Database } from '../../platform/db.ts';
import { enqueueEmails } from '../../platform/mail/outbox.ts';
import { ensureMayAskHelpdesk } from './resources.policy.ts';
import { supportCaseEmail } from './support-case-emails.ts';
import { caseLink, caseScopeOf } from './support-case-scope.ts';
import { toSupportCase } from './support-case-views.ts';
import { insertCase, selectCase } from './support-cases.queries.ts';

/**
 * RES-2: a partner user asks the partner helpdesk about Calling or Contact Center. The case waits in the
 * operators' queue; the requester gets a confirmation with its reference.
 */
export async function createSupportCase(
  deps: { db: Database; clock: Clock; config: Pick<Config, 'publicUrl'> },
  actor: Actor,
  input: CreateSupportCaseRequest,
): Promise<SupportCase> {
  ensureMayAskHelpdesk(actor);
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const { id } = await insertCase(tx, {
      partnerId: actor.organisationId,
      product: input.product,
      subject: input.subject,
      body: input.description,
      status: 'open',
      createdByUserId: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    const row = await selectCase(tx, caseScopeOf(actor), id);
    if (!row) throw new Error('the new helpdesk case is not readable');
    const created = toSupportCase(row, []);
    await recordAudit(tx, deps.clock, actor, {
      organisationId: actor.organisationId,
      action: 'support_case.created',
      targetType: 'support_case',
      targetId: id,
      after: { reference: created.reference, product: created.product, subject: created.subject, status: 'open' },
    });
    await enqueueEmails(tx, deps.clock, [
      supportCaseEmail('received', {
        partnerId: actor.organisationId,
        to: row.requesterEmail,
        locale: row.requesterLocale,
        requesterName: row.requesterName,
        reference: supportCaseReference(row.number),
        subject: row.subject,
        product: created.product,
        link: caseLink(deps.config.publicUrl, id),
      }),
    ]);
    return created;
  });
}
