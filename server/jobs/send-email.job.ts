import type { JobDefinition } from '../platform/jobs.ts';
import { smtpTransport } from '../platform/mail/transport.ts';
import { sendDueEmails } from '../platform/mail/worker.ts';

/**
 * Sends the e-mail outbox (NOT-1) every 2 seconds, so a message leaves within seconds of the commit that queued
 * it. A poll of the due-rows index is cheaper than a trigger plus LISTEN on both databases, and it also picks up
 * retries whose time came, on real or moved demo time alike (the worker reads the clock). Without `SMTP_URL` the
 * rows stay stored and the Sent mail page says they were not sent.
 */
export const sendEmailJob: JobDefinition = {
  name: 'send-email',
  clockDriven: false,
  everySeconds: 2,
  async run({ db, clock, config }) {
    if (!config.smtpUrl) return;
    const transport = smtpTransport(config.smtpUrl);
    try {
      await sendDueEmails({ db, clock, transport, from: config.mailFrom });
    } finally {
      transport.close();
    }
  },
};
