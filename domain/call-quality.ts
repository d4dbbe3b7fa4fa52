/**
 * CAL-3: a call leg is poor when MOS < 3.5, or packet loss > 5 %, or jitter > 30 ms, or round-trip latency
 * > 300 ms. SQL that counts poor legs (rollups, analytics) uses these same thresholds through
 * `poorCallLegSql`, so the rule is written once.
 *
 * Where SPEC is silent: a metric that was not measured (null) does not make a leg poor.
 */

const poorCallLegThresholds = {
  mosBelow: 3.5,
  packetLossPctAbove: 5,
  jitterMsAbove: 30,
  latencyMsAbove: 300,
} as const;

export const endpointTypes = ['desk_phone', 'desktop_app', 'mobile_app', 'web', 'room_device', 'other'] as const;
export type EndpointType = (typeof endpointTypes)[number];

/** CAL-6 features, as stored in a call leg's `features`. */
export const callFeatures = [
  'call_queue',
  'hunt_group',
  'auto_attendant',
  'transfer',
  'hold',
  'conference',
  'voicemail',
] as const;
export type CallFeature = (typeof callFeatures)[number];

export interface CallLegQuality {
  mos: number | null;
  packetLossPct: number | null;
  jitterMs: number | null;
  latencyMs: number | null;
}

export function isPoorCallLeg(leg: CallLegQuality): boolean {
  const t = poorCallLegThresholds;
  return (
    (leg.mos !== null && leg.mos < t.mosBelow) ||
    (leg.packetLossPct !== null && leg.packetLossPct > t.packetLossPctAbove) ||
    (leg.jitterMs !== null && leg.jitterMs > t.jitterMsAbove) ||
    (leg.latencyMs !== null && leg.latencyMs > t.latencyMsAbove)
  );
}

/**
 * The same rule as a SQL boolean expression over a call_legs row (optionally qualified by `alias`).
 * Only numeric constants from this module are interpolated; a null metric compares to null, which
 * `coalesce` turns into "not poor".
 */
export function poorCallLegSql(alias?: string): string {
  const c = (column: string) => (alias ? `${alias}.${column}` : column);
  const t = poorCallLegThresholds;
  return (
    `(coalesce(${c('mos')} < ${t.mosBelow}, false) or coalesce(${c('packet_loss_pct')} > ${t.packetLossPctAbove}, false)` +
    ` or coalesce(${c('jitter_ms')} > ${t.jitterMsAbove}, false) or coalesce(${c('latency_ms')} > ${t.latencyMsAbove}, false))`
  );
}
