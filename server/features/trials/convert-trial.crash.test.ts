import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StartTrialResponse } from '../../../domain/contracts/trials.ts';
import { rowsOf } from '../../platform/db.ts';
import { demoPassword } from '../../seed/demo.ts';
import { createProcessDatabase } from '../../testing/database.ts';
import { HubClient, type ProcessDatabase, startServerProcess } from '../../testing/server-process.ts';
import { newCustomerTrial } from './trials.fixtures.ts';

/**
 * REL-3 for trial conversions (TRI-13): the real server, SIGKILLed while conversions of Partner One's trials are in
 * flight, and restarted; every conversion without an answer is sent again as it was (same trial, same version). A
 * retry of one that had committed answers 409 already_converted; each trial ends converted exactly once, with
 * exactly one subscription, one completed order, one audit row and one "converted" e-mail per recipient.
 */

const TRIALS = 24;
const SENDERS = 4;

let database: ProcessDatabase;
beforeAll(async () => {
  database = await createProcessDatabase();
});
afterAll(async () => {
  await database.close();
});

type Conversion = { trialId: string; request: { version: number; provisioningContactEmail: string } };
type Answer = { status: number; code?: string };

async function send(client: HubClient, conversion: Conversion): Promise<Answer | undefined> {
  try {
    const answer = await client.request('POST', `/api/v1/trials/${conversion.trialId}/convert`, conversion.request);
    return { status: answer.status, code: (answer.body as { error?: { code: string } }).error?.code };
  } catch (error) {
    if (error instanceof TypeError) return undefined; // fetch failed: the server died with this request in flight
    throw error;
  }
}

const perTrial = (trialIds: string[]) =>
  database.use(async ({ db }) =>
    rowsOf<{ state: string; subscriptions: number; orders: number; linked: boolean; audits: number }>(
      await db.execute(sql`
        select t.state,
          (select count(*)::int from subscriptions s where s.converted_from_trial_id = t.id) as subscriptions,
          (select count(*)::int from orders o where o.trial_id = t.id and o.kind = 'trial_conversion'
            and o.status = 'completed' and o.subscription_id = t.converted_subscription_id) as orders,
          exists (select 1 from subscriptions s where s.id = t.converted_subscription_id
            and s.converted_from_trial_id = t.id) as linked,
          (select count(*)::int from audit_log a where a.target_id = t.id::text and a.action = 'trial.converted') as audits
        from trials t where t.id::text in (${sql.join(
          trialIds.map((id) => sql`${id}`),
          sql`, `,
        )}) order by t.id`),
    ),
  );

describe(`the server killed during trial conversions (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite data dir'})`, () => {
  it('after restart and resending what got no answer, converts each trial exactly once', async () => {
    let server = await startServerProcess({ database });
    let sales = await HubClient.signIn(server.url, 'sales@partner1.demo', demoPassword);
    const conversions: Conversion[] = [];
    for (let i = 0; i < TRIALS; i++) {
      const { trial } = await sales.ok<StartTrialResponse>(
        'POST',
        '/api/v1/trials',
        newCustomerTrial({ companyName: `Crash Test ${i}`, adminEmail: `admin${i}@crash-test.example` }),
      );
      conversions.push({
        trialId: trial.id,
        request: { version: trial.version, provisioningContactEmail: trial.adminEmail },
      });
    }

    const answers = new Map<string, Answer>();
    let interrupted = 0;
    let next = 0;
    let killing: Promise<void> | undefined;
    const sender = async () => {
      while (next < conversions.length && !killing) {
        const conversion = conversions[next++] as Conversion;
        const answer = await send(sales, conversion);
        if (answer) answers.set(conversion.trialId, answer);
        else interrupted += 1;
        if (!killing && answers.size >= TRIALS / 3) killing = server.kill();
      }
    };
    await Promise.all(Array.from({ length: SENDERS }, sender));
    await killing;
    const convertedAtKill = (await perTrial(conversions.map((c) => c.trialId))).filter(
      (t) => t.state === 'converted',
    ).length;

    server = await startServerProcess({ database });
    sales = sales.at(server.url); // sessions are rows: the same one signs in the restarted server
    const unanswered = conversions.filter((c) => !answers.has(c.trialId));
    const retries: Answer[] = [];
    for (const conversion of unanswered) retries.push((await send(sales, conversion)) as Answer);
    const answeredAgain = await send(sales, conversions[0] as Conversion);
    await server.stop();

    const trials = await perTrial(conversions.map((c) => c.trialId));
    const emails = await database.use(async ({ db }) =>
      rowsOf<{ copies: number }>(
        await db.execute(sql`select count(*)::int as copies from email_outbox
          where template = 'trial.converted' and to_address like '%@crash-test.example' group by to_address`),
      ),
    );
    const alreadyConverted = retries.filter((r) => r.code === 'already_converted').length;
    console.log(
      `conversion crash: killed with ${answers.size} of ${TRIALS} answered and ${interrupted} in flight ` +
        `(${convertedAtKill} converted at the kill); resent ${unanswered.length}: ` +
        `${retries.filter((r) => r.status === 200).length} converted now, ${alreadyConverted} already converted`,
    );

    expect(interrupted).toBeGreaterThan(0);
    expect([...answers.values()].every((a) => a.status === 200)).toBe(true);
    for (const retry of retries) expect([200, 409]).toContain(retry.status);
    expect(retries.filter((r) => r.status === 409).every((r) => r.code === 'already_converted')).toBe(true);
    // The retries that found their trial converted are exactly the ones that had committed without an answer.
    expect(alreadyConverted).toBe(convertedAtKill - answers.size);
    expect(answeredAgain).toEqual({ status: 409, code: 'already_converted' });
    expect(trials).toHaveLength(TRIALS);
    for (const trial of trials) {
      expect(trial).toEqual({ state: 'converted', subscriptions: 1, orders: 1, linked: true, audits: 1 });
    }
    expect(emails).toHaveLength(TRIALS);
    expect(emails.every((e) => e.copies === 1)).toBe(true);
  }, 240_000);
});
