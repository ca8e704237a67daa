import { loadTriageSettings } from './triage.settings';

const base = { DATABASE_URL: 'postgres://x/y', KAFKA_BROKERS: 'localhost:9092' };

describe('loadTriageSettings', () => {
  it('defaults to a 72h review, a majority quorum and the departments of the rules file', () => {
    const settings = loadTriageSettings(base);
    expect(settings.committee).toEqual({ reviewTimeoutMs: 72 * 3_600_000, quorum: undefined });
    expect(settings.departments).toEqual(['logistics', 'it', 'customer-care', 'quality']);
  });

  it('reads COMMITTEE_REVIEW_TIMEOUT, COMMITTEE_QUORUM and DEPARTMENTS', () => {
    const settings = loadTriageSettings({
      ...base,
      COMMITTEE_REVIEW_TIMEOUT: '2s',
      COMMITTEE_QUORUM: '2',
      DEPARTMENTS: 'logistics, it,customer-care,quality,legal',
    });
    expect(settings.committee).toEqual({ reviewTimeoutMs: 2000, quorum: 2 });
    expect(settings.departments).toEqual(['logistics', 'it', 'customer-care', 'quality', 'legal']);
  });

  it('refuses bad values, naming the setting', () => {
    expect(() => loadTriageSettings({ ...base, COMMITTEE_REVIEW_TIMEOUT: '3 days' })).toThrow(/COMMITTEE_REVIEW_TIMEOUT/);
    expect(() => loadTriageSettings({ ...base, COMMITTEE_QUORUM: 'most' })).toThrow(/COMMITTEE_QUORUM/);
    expect(() => loadTriageSettings({ ...base, DEPARTMENTS: 'it' })).toThrow(/unknown department "logistics"/);
  });
});
