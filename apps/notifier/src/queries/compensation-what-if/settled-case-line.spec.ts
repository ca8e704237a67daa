import { SettledCaseLine } from './settled-case-line';

const CAUSE = '0f8fad5b-d9cb-469f-a165-70867728950e';
const departments = new Map([[CAUSE, 'logistics']]);
const FROM = Date.parse('2026-03-01T00:00:00Z');
const TO = Date.parse('2026-04-01T00:00:00Z');

/** A line as AS_SETTLED writes it: its 17 fields joined by commas, an empty one for null (those left out). */
const line = (fields: (string | number | null)[]) =>
  [...fields, ...Array<null>(17 - fields.length).fill(null)].map((field) => field ?? '').join(',');

describe('SettledCaseLine', () => {
  it('reads a claim over the limit, approved later, into the case the replay takes', () => {
    const reader = new SettledCaseLine(departments, FROM, TO);
    const at = Date.parse('2026-03-05T10:00:00.123Z') * 1000 + 456;
    const decided = Date.parse('2026-03-06T08:00:00Z') * 1000;
    const entry = reader.read(
      line(
        [
          at,
          CAUSE,
          'upset',
          null,
          null,
          300000,
          'RUB',
          null,
          '2026-03',
          20000,
          30000,
          'RUB',
          'capped',
          'approved',
        ].concat(['over-limit', 300000, decided]),
      ),
    );
    expect(entry).toEqual({
      settleAt: at / 1000,
      department: 'logistics',
      dissatisfaction: 'upset',
      order: null,
      claimed: { amount: 300000, currency: 'RUB' },
      playbookAmount: null,
      real: {
        period: '2026-03',
        grantedAtOnce: 20000,
        finalGranted: 30000,
        currency: 'RUB',
        basis: 'capped',
        status: 'approved',
        reviewReason: 'over-limit',
        requested: 300000,
        approvedAt: decided / 1000,
        inWindow: true,
      },
    });
    // Microseconds divided by 1,000: the same double as the milliseconds Postgres would send as float8.
    expect(entry.settleAt).toBe(1772704800123.456);
  });

  it('reuses one case from line to line, with nulls, an unknown root cause, playbooks and old rows', () => {
    const reader = new SettledCaseLine(departments, FROM, TO);
    const before = Date.parse('2026-02-27T00:00:00Z') * 1000;
    const first = reader.read(
      line([
        before,
        null,
        'outraged',
        500000,
        'USD',
        null,
        null,
        15000,
        '2026-02',
        null,
        15000,
        'RUB',
        'tier',
        'granted',
      ]),
    );
    expect(first).toMatchObject({
      department: 'unassigned',
      order: { amount: 500000, currency: 'USD' },
      claimed: null,
      playbookAmount: 15000,
      real: { grantedAtOnce: 15000, reviewReason: null, requested: null, approvedAt: null, inWindow: false },
    });
    const second = reader.read(
      line([FROM * 1000, randomCause(), 'mild', null, null, null, null, null, '2026-03', 0, 0, 'RUB', 'tier', 'none']),
    );
    expect(second).toBe(first);
    expect(second).toMatchObject({
      department: 'unassigned',
      order: null,
      playbookAmount: null,
      real: { inWindow: true },
    });
    // Words are matched in place and kept once: the same string each time.
    expect(
      reader.read(
        line([FROM * 1000, CAUSE, 'mild', 1, 'RUB', null, null, null, '2026-03', 0, 0, 'RUB', 'tier', 'none']),
      ).real?.period,
    ).toBe(second.real?.period);
  });

  it('leaves an amount beyond what a double holds exactly to Number, as the driver did', () => {
    const reader = new SettledCaseLine(departments, FROM, TO);
    const entry = reader.read(
      line([
        FROM * 1000,
        CAUSE,
        'upset',
        '123456789012345678',
        'RUB',
        null,
        null,
        null,
        '2026-03',
        1,
        1,
        'RUB',
        'tier',
        'granted',
      ]),
    );
    expect(entry.order?.amount).toBe(Number('123456789012345678'));
  });
});

function randomCause(): string {
  return 'a1b2c3d4-0000-4000-8000-000000000001';
}
