/**
 * The crash test's sender (worker.crash.test.ts), run as its own process so it can be SIGKILLed: opens the
 * database (a PostgreSQL URL, or a PGlite data dir this process then owns), sends every due outbox row at the
 * given business time, and exits. Usage: tsx worker.crash-child.ts <postgres-url | pglite:dir> <smtp-url> <now>
 */
import { ManualClock } from '../../../domain/clock.ts';
import { openPglite, openPostgres } from '../db.ts';
import { smtpTransport } from './transport.ts';
import { sendDueEmails } from './worker.ts';

const [database, smtpUrl, now] = process.argv.slice(2);
if (!database || !smtpUrl || !now) throw new Error('usage: worker.crash-child.ts <database> <smtp-url> <now>');
const handle = database.startsWith('pglite:') ? await openPglite(database.slice(7)) : openPostgres(database, 2);
const transport = smtpTransport(smtpUrl);
try {
  const report = await sendDueEmails({ db: handle.db, clock: new ManualClock(now), transport, from: 'hub@test' });
  console.log(JSON.stringify(report));
} finally {
  transport.close();
  await handle.close();
}
