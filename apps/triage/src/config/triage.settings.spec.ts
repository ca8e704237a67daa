import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTriageSettings } from './triage.settings';

const base = { DATABASE_URL: 'postgres://x/y', KAFKA_BROKERS: 'localhost:9092' };

describe('loadTriageSettings', () => {
  it('defaults to a 72h review, a majority quorum and the departments of the rules file', () => {
    const settings = loadTriageSettings(base);
    expect(settings.committee).toEqual({ reviewTimeoutMs: 72 * 3_600_000, quorum: undefined, reminderPercent: 75 });
    expect(settings.departments).toEqual(['logistics', 'it', 'customer-care', 'quality']);
    expect(settings.loop).toEqual({
      effectivenessWeeks: 4,
      recurrenceWindowMs: 30 * 86_400_000,
      clusterSize: 5,
      clusterWindowMs: 86_400_000,
    });
  });

  it('reads the loop settings and refuses bad ones', () => {
    const settings = loadTriageSettings({
      ...base,
      EFFECTIVENESS_WEEKS: '8',
      RECURRENCE_WINDOW: '7d',
      CLUSTER_SIZE: '3',
      CLUSTER_WINDOW: '2h',
    });
    expect(settings.loop).toEqual({
      effectivenessWeeks: 8,
      recurrenceWindowMs: 7 * 86_400_000,
      clusterSize: 3,
      clusterWindowMs: 7_200_000,
    });
    expect(() => loadTriageSettings({ ...base, CLUSTER_SIZE: '1' })).toThrow(
      /CLUSTER_SIZE: "1" is not a whole number from 2 to 1000/,
    );
    expect(() => loadTriageSettings({ ...base, EFFECTIVENESS_WEEKS: '0' })).toThrow(/EFFECTIVENESS_WEEKS/);
    expect(() => loadTriageSettings({ ...base, RECURRENCE_WINDOW: 'a month' })).toThrow(/RECURRENCE_WINDOW/);
  });

  it('reads COMMITTEE_REVIEW_TIMEOUT, COMMITTEE_QUORUM, COMMITTEE_REVIEW_REMINDER and DEPARTMENTS', () => {
    const settings = loadTriageSettings({
      ...base,
      COMMITTEE_REVIEW_TIMEOUT: '2s',
      COMMITTEE_QUORUM: '2',
      COMMITTEE_REVIEW_REMINDER: '0',
      DEPARTMENTS: 'logistics, it,customer-care,quality,legal',
    });
    expect(settings.committee).toEqual({ reviewTimeoutMs: 2000, quorum: 2, reminderPercent: 0 });
    expect(settings.departments).toEqual(['logistics', 'it', 'customer-care', 'quality', 'legal']);
  });

  it('refuses bad values, naming the setting', () => {
    expect(() => loadTriageSettings({ ...base, COMMITTEE_REVIEW_TIMEOUT: '3 days' })).toThrow(
      /COMMITTEE_REVIEW_TIMEOUT/,
    );
    expect(() => loadTriageSettings({ ...base, COMMITTEE_QUORUM: 'most' })).toThrow(/COMMITTEE_QUORUM/);
    expect(() => loadTriageSettings({ ...base, DEPARTMENTS: 'it' })).toThrow(/unknown department "logistics"/);
  });

  it('refuses to start on a bad rules file, naming the file and the entry', () => {
    const file = (name: string, text: string) => {
      const path = join(mkdtempSync(join(tmpdir(), 'rules-')), name);
      writeFileSync(path, text);
      return path;
    };
    const noKeywords = file(
      'rules.json',
      JSON.stringify({
        departments: ['it'],
        rules: [{ category: 'site-outage', touchpoints: [], keywords: [], cause: 'c', department: 'it' }],
        fallback: { category: 'unclassified', cause: 'unknown', department: 'it' },
      }),
    );
    expect(() => loadTriageSettings({ ...base, CATEGORY_RULES_FILE: noKeywords })).toThrow(
      `category rules in ${noKeywords}: rules[0] (site-outage): needs keywords`,
    );
    const broken = file('broken.json', '{ "departments": [');
    expect(() => loadTriageSettings({ ...base, CATEGORY_RULES_FILE: broken })).toThrow(`category rules in ${broken}: `);
  });
});

describe('loadTriageSettings in production', () => {
  const production = {
    NODE_ENV: 'production',
    DATABASE_URL: 'postgres://triage:k9-random-pw@db.internal/redress',
    KAFKA_BROKERS: 'kafka.internal:9092',
  };

  it('starts with its own database password and no broker credentials', () => {
    expect(loadTriageSettings(production)).toMatchObject({ service: 'triage', databaseUrl: production.DATABASE_URL });
  });

  it.each([
    [
      { DATABASE_URL: 'postgres://redress:redress@postgres:5432/redress' },
      /^setting DATABASE_URL uses the development password "redress"/,
    ],
    [{ DATABASE_URL: '' }, /^setting DATABASE_URL is required when NODE_ENV=production$/],
    [
      { KAFKA_SASL_MECHANISM: 'plain', KAFKA_SASL_USERNAME: 'admin', KAFKA_SASL_PASSWORD: 'admin-secret' },
      /^setting KAFKA_SASL_PASSWORD is a default or example password/,
    ],
  ])('refuses %p', (unsafe, line) => {
    expect(() => loadTriageSettings({ ...production, ...unsafe })).toThrow(line);
  });

  it('lists every unsafe setting, one line each', () => {
    const unsafe = {
      ...production,
      DATABASE_URL: 'postgres://postgres:postgres@127.0.0.1:5433/redress',
      KAFKA_SASL_USERNAME: 'svc',
    };
    expect(() => loadTriageSettings(unsafe)).toThrow(
      /^setting DATABASE_URL uses .*\nsetting KAFKA_SASL_MECHANISM .*\nsetting KAFKA_SASL_PASSWORD is required .*$/,
    );
  });
});
