import { loadEscalationSettings } from './escalation.settings';

const base = { DATABASE_URL: 'postgres://localhost/x', KAFKA_BROKERS: 'localhost:9092' };

describe('loadEscalationSettings', () => {
  it('defaults to the contract: 4h to acknowledge, 5d to resolve', () => {
    const settings = loadEscalationSettings(base);
    expect(settings.serviceLevels).toEqual({ acknowledgeWithinMs: 4 * 3_600_000, resolveWithinMs: 5 * 86_400_000 });
    expect(settings.nearBreachWithinMs).toBe(3_600_000);
    expect(settings.adminToken).toBeNull();
    expect(settings.timers).toEqual({ pollIntervalMs: 100, batchSize: 1000, concurrency: 3 });
  });

  it('reads the settings and names a bad one', () => {
    const settings = loadEscalationSettings({ ...base, ESCALATION_ACK_SLA: '2s', ESCALATION_RESOLVE_SLA: '4s', ESCALATION_ADMIN_TOKEN: 'a-long-enough-admin-token' });
    expect(settings.serviceLevels).toEqual({ acknowledgeWithinMs: 2000, resolveWithinMs: 4000 });
    expect(settings.adminToken).toBe('a-long-enough-admin-token');
    expect(() => loadEscalationSettings({ ...base, ESCALATION_ACK_SLA: 'soon' })).toThrow(/ESCALATION_ACK_SLA/);
    expect(() => loadEscalationSettings({ ...base, ESCALATION_TIMER_BATCH: '0' })).toThrow(/ESCALATION_TIMER_BATCH/);
    expect(() => loadEscalationSettings({ ...base, ESCALATION_ADMIN_TOKEN: 'short' })).toThrow(/ESCALATION_ADMIN_TOKEN/);
  });
});
