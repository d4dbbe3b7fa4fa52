import type { JobDefinition } from '../platform/jobs.ts';
import { customerListDaysJob } from './customer-list-days.job.ts';
import { deliverWebhooksJob } from './deliver-webhooks.job.ts';
import { idempotencyCleanupJob } from './idempotency-cleanup.job.ts';
import { licenceWeeksJob } from './licence-weeks.job.ts';
import { sendEmailJob } from './send-email.job.ts';
import { sessionCleanupJob } from './session-cleanup.job.ts';
import { signInThrottleCleanupJob } from './sign-in-throttle-cleanup.job.ts';
import { trialConsentLapseJob } from './trial-consent-lapse.job.ts';
import { trialExpiryJob } from './trial-expiry.job.ts';
import { trialProvisioningJob } from './trial-provisioning.job.ts';

/** Every job the server runs; a new job is added here. */
export const allJobs: readonly JobDefinition[] = [
  sessionCleanupJob,
  customerListDaysJob,
  sendEmailJob,
  deliverWebhooksJob,
  trialConsentLapseJob,
  trialProvisioningJob,
  trialExpiryJob,
  licenceWeeksJob,
  signInThrottleCleanupJob,
  idempotencyCleanupJob,
];
