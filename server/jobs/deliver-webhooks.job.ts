import { deliverDueWebhooks } from '../features/webhooks/deliver-webhooks.ts';
import type { JobDefinition } from '../platform/jobs.ts';

/**
 * Delivers the webhook outbox (NOT-2) every 2 seconds, like the e-mail sender: a poll of the due-deliveries index
 * sends a new event within seconds of its commit and picks up retries whose time came on real or moved demo time.
 */
export const deliverWebhooksJob: JobDefinition = {
  name: 'deliver-webhooks',
  clockDriven: false,
  everySeconds: 2,
  async run({ db, clock }) {
    await deliverDueWebhooks({ db, clock });
  },
};
