import { z } from 'zod';
import { callFeatures, endpointTypes } from '../call-quality.ts';

/**
 * Usage ingest (CAL-8, PERF-3): each kind is a JSON array or NDJSON of records, validated one by one, so a
 * batch keeps its valid records and reports each invalid one by its index and field. Records are idempotent
 * by (customerId, id): a record sent twice counts once.
 */

export const usageKinds = ['calls', 'meetings', 'licence-assignments', 'sign-ins'] as const;
export type UsageKind = (typeof usageKinds)[number];

const MAX_RECORDS_PER_BATCH = 10_000;

const recordId = z.string().trim().min(1).max(200);
const instant = z.iso.datetime({ offset: true }).transform((value) => new Date(value));
const metric = (max: number) => z.number().min(0).max(max).nullable().default(null);

const callLegRecord = z.strictObject({
  id: recordId,
  customerId: z.uuid(),
  callId: z.string().trim().min(1).max(200),
  userId: z.uuid().nullable().default(null),
  startedAt: instant,
  durationSeconds: z
    .number()
    .int()
    .min(0)
    .max(7 * 24 * 3600),
  endpointType: z.enum(endpointTypes),
  mos: metric(5),
  packetLossPct: metric(100),
  jitterMs: metric(100_000),
  latencyMs: metric(100_000),
  features: z
    .array(z.enum(callFeatures))
    .max(callFeatures.length)
    .default([])
    .transform((features) => [...new Set(features)]),
  /** The queue the call waited in (CAL-7); outcome and wait come with it. */
  queue: z
    .strictObject({
      id: z.string().trim().min(1).max(200),
      outcome: z.enum(['answered', 'abandoned', 'voicemail', 'moved']),
      waitSeconds: z.number().int().min(0).max(86_400),
    })
    .nullable()
    .default(null),
});
type CallLegRecord = z.infer<typeof callLegRecord>;

const meetingRecord = z.strictObject({
  id: recordId,
  customerId: z.uuid(),
  meetingId: z.string().trim().min(1).max(200),
  /** The host. */
  userId: z.uuid().nullable().default(null),
  startedAt: instant,
  durationMinutes: z
    .number()
    .int()
    .min(0)
    .max(7 * 24 * 60),
  participants: z.number().int().min(1).max(100_000),
});
type MeetingRecord = z.infer<typeof meetingRecord>;

const licenceAssignmentRecord = z.strictObject({
  id: recordId,
  customerId: z.uuid(),
  userId: z.uuid(),
  serviceId: z.string().trim().min(1).max(100),
  action: z.enum(['assign', 'unassign']),
  occurredAt: instant,
});
type LicenceAssignmentRecord = z.infer<typeof licenceAssignmentRecord>;

const signInRecord = z.strictObject({
  id: recordId,
  customerId: z.uuid(),
  userId: z.uuid(),
  signedInAt: instant,
});
type SignInRecord = z.infer<typeof signInRecord>;

export const usageRecordSchemas = {
  calls: callLegRecord,
  meetings: meetingRecord,
  'licence-assignments': licenceAssignmentRecord,
  'sign-ins': signInRecord,
} as const;

export interface UsageRecordOf {
  calls: CallLegRecord;
  meetings: MeetingRecord;
  'licence-assignments': LicenceAssignmentRecord;
  'sign-ins': SignInRecord;
}

export const usageKindParams = z.object({ kind: z.enum(usageKinds) });

/**
 * The body before per-record validation: an array of anything (NDJSON is parsed into the same), so one bad
 * record is reported by its index instead of failing the batch. The OpenAPI document still describes the
 * records of each kind.
 */
const documentedRecord = z.unknown().meta({
  description: "A record of the path's kind; each is validated on its own",
  anyOf: Object.entries(usageRecordSchemas).map(([kind, schema]) => {
    const { $schema: _dialect, ...record } = z.toJSONSchema(schema, { io: 'input' });
    return { title: kind, ...record };
  }),
});
export const usageBatchBody = z.array(documentedRecord).max(MAX_RECORDS_PER_BATCH);

const recordError = z.object({
  index: z.number().int(),
  field: z.string(),
  message: z.string(),
});
export type RecordError = z.infer<typeof recordError>;

export const ingestResult = z.object({
  received: z.number().int(),
  accepted: z.number().int().describe('New records stored'),
  duplicates: z.number().int().describe('Valid records whose id was already stored (counted once)'),
  rejected: z.number().int(),
  errors: z.array(recordError),
  dataAsOf: z.iso.datetime().nullable(),
});
export type IngestResult = z.infer<typeof ingestResult>;
