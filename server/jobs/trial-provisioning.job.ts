import { finishProvisioning } from '../features/trials/trial-lifecycle-jobs.ts';
import type { JobDefinition } from '../platform/jobs.ts';

/** Finishes the provisioning of trials whose setup is done; every minute, and whenever the demo clock moves. */
export const trialProvisioningJob: JobDefinition = {
  name: 'trial-provisioning',
  cron: '* * * * *',
  clockDriven: true,
  run: finishProvisioning,
};
