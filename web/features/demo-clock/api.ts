import type { z } from 'zod';
import type { demoClockResponse } from '../../../domain/contracts/auth.ts';
import { api } from '../../api/client.ts';

type DemoClockResponse = z.infer<typeof demoClockResponse>;

/** Vendor operators, demo mode only: move the clock forward by whole days. */
export const advanceDemoClock = (advanceDays: number) =>
  api.post<DemoClockResponse>('/api/v1/demo/clock', { advanceDays });
