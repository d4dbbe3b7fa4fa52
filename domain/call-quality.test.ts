import { describe, expect, it } from 'vitest';
import { isPoorCallLeg, poorCallLegSql } from './call-quality.ts';

const good = { mos: 4.3, packetLossPct: 0.5, jitterMs: 5, latencyMs: 80 };

describe('poor call legs (CAL-3)', () => {
  it('a leg within every threshold is not poor', () => {
    expect(isPoorCallLeg(good)).toBe(false);
  });

  it('each threshold alone makes a leg poor, and its boundary value does not', () => {
    expect(isPoorCallLeg({ ...good, mos: 3.49 })).toBe(true);
    expect(isPoorCallLeg({ ...good, mos: 3.5 })).toBe(false);
    expect(isPoorCallLeg({ ...good, packetLossPct: 5.01 })).toBe(true);
    expect(isPoorCallLeg({ ...good, packetLossPct: 5 })).toBe(false);
    expect(isPoorCallLeg({ ...good, jitterMs: 30.5 })).toBe(true);
    expect(isPoorCallLeg({ ...good, jitterMs: 30 })).toBe(false);
    expect(isPoorCallLeg({ ...good, latencyMs: 301 })).toBe(true);
    expect(isPoorCallLeg({ ...good, latencyMs: 300 })).toBe(false);
  });

  it('a metric that was not measured does not make a leg poor', () => {
    expect(isPoorCallLeg({ mos: null, packetLossPct: null, jitterMs: null, latencyMs: null })).toBe(false);
    expect(isPoorCallLeg({ mos: null, packetLossPct: 9, jitterMs: null, latencyMs: null })).toBe(true);
  });

  it('the SQL form names the same thresholds', () => {
    const sql = poorCallLegSql('l');
    expect(sql).toContain('l.mos < 3.5');
    expect(sql).toContain('l.packet_loss_pct > 5');
    expect(sql).toContain('l.jitter_ms > 30');
    expect(sql).toContain('l.latency_ms > 300');
  });
});
