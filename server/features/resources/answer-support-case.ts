import type { Clock } from '../../../domain/clock.ts';
import type { SupportCase } from '../../../domain/contracts/resources.ts';
import {
  type HelpdeskProduct,
  nextSupportCaseStatus,
  type SupportCaseAction,
  type SupportCaseStatus,
  supportCaseReference,
} from '../../../domain/resources.ts';
import type { Actor } from '../../../domain/roles.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Config } from '../../platform/config.ts';
import type { Database } from '../../platform/db.ts';
import { conflict, notFound } from '../../platform/errors.ts';
import { enqueueEmails } from '../../platform/mail/outbox.ts';
import { ensureMayAnswerHelpdesk } from './resources.policy.ts';
import { supportCaseEmail } from './support-case-emails.ts';
import { caseLink, caseScopeOf } from './support-case-scope.ts';
import { toSupportCase } from './support-case-views.ts';
import { insertCaseEvent, selectCase, selectCaseEvents, updateCaseStatus } from './support-cases.queries.ts';

type Deps = { db: Database; clock: Clock; config: Pick<Config, 'publicUrl'> };

/** RES-2: a vendor operator answers a case; it waits for the partner then, and the requester is e-mailed. */
export const answerSupportCase = (deps: Deps, actor: Actor, id: string, input: { body: string }) =>
  changeCase(deps, actor, id, 'answer', input.body);

/** RES-2: a vendor operator closes a case (with a note, if any); the requester is e-mailed. */
export const closeSupportCase = (deps: Deps, actor: Actor, id: string, input: { note?: string }) =>
  changeCase(deps, actor, id, 'close', input.note || null);

async function changeCase(
  deps: Deps,
  actor: Actor,
  id: string,
  action: SupportCaseAction,
  text: string | null,
): Promise<SupportCase> {
  ensureMayAnswerHelpdesk(actor);
  return deps.db.transaction(async (tx) => {
    const row = await selectCase(tx, caseScopeOf(actor), id, { forUpdate: true });
    if (!row) throw notFound('The helpdesk case');
    const next = nextSupportCaseStatus(row.status as SupportCaseStatus, action);
    if ('refused' in next) throw conflict('The case is closed already.');
    const now = deps.clock.now();
    const key = { partnerId: row.partnerId, id: row.id };
    await insertCaseEvent(tx, {
      partnerId: row.partnerId,
      requestId: row.id,
      kind: action === 'answer' ? 'answer' : 'closed',
      body: text,
      authorUserId: actor.userId,
      createdAt: now,
    });
    await updateCaseStatus(tx, key, {
      status: next.status,
      updatedAt: now,
      ...(action === 'close' ? { closedAt: now } : {}),
    });
    await recordAudit(tx, deps.clock, actor, {
      organisationId: row.partnerId,
      action: action === 'answer' ? 'support_case.answered' : 'support_case.closed',
      targetType: 'support_case',
      targetId: row.id,
      before: { status: row.status },
      after: { status: next.status, text },
    });
    await enqueueEmails(tx, deps.clock, [
      supportCaseEmail(action === 'answer' ? 'answered' : 'closed', {
        partnerId: row.partnerId,
        to: row.requesterEmail,
        locale: row.requesterLocale,
        requesterName: row.requesterName,
        reference: supportCaseReference(row.number),
        subject: row.subject,
        product: row.product as HelpdeskProduct,
        text,
        link: caseLink(deps.config.publicUrl, row.id),
      }),
    ]);
    const updated = await selectCase(tx, caseScopeOf(actor), id);
    if (!updated) throw new Error('the helpdesk case vanished');
    return toSupportCase(updated, await selectCaseEvents(tx, row.partnerId, row.id));
  });
}
