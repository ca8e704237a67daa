import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { EnvelopeShape, validEnvelope } from './envelope-shape';

/** Values each field is tried with: the right kind, near misses, and the wrong kinds. */
const CANDIDATES: Record<string, unknown[]> = {
  id: [
    randomUUID(),
    randomUUID().toUpperCase(),
    '00000000-0000-0000-0000-000000000000',
    'not-a-uuid',
    '',
    7,
    null,
    undefined,
    {},
  ],
  type: ['complaint.received', '', 'x', 3, null, undefined, ['a']],
  version: [1, 2, 0, -1, 1.5, '1', NaN, Infinity, null, undefined],
  occurredAt: [
    new Date().toISOString(),
    '2026-12-07',
    '2026-12-07T01:02:03Z',
    '2026-13-40T00:00:00Z',
    'yesterday',
    '',
    0,
    null,
    undefined,
  ],
  source: ['intake', 'triage', 'escalation', 'notifier', 'Intake', 'console', '', null, undefined],
  key: ['k', 'complaint-1', '', ' ', 5, null, undefined],
  correlationId: ['c', randomUUID(), '', 0, null, undefined, {}],
  causationId: [randomUUID(), 'not-a-uuid', '', null, undefined, 1],
  data: [{}, { a: 1 }, [], 'text', 0, null, undefined, new Date()],
};

const VALID = Object.fromEntries(Object.entries(CANDIDATES).map(([field, values]) => [field, values[0]]));

/** Deterministic pseudo-random numbers, so a failure can be repeated. */
function random(seed: number): () => number {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

describe('validEnvelope', () => {
  it('agrees with class-validator on every single-field change and on 20,000 random envelopes', () => {
    const envelopes: Record<string, unknown>[] = [];
    for (const [field, values] of Object.entries(CANDIDATES))
      for (const value of values) envelopes.push({ ...VALID, [field]: value });
    const next = random(30);
    for (let index = 0; index < 20_000; index++) {
      const envelope: Record<string, unknown> = {};
      for (const [field, values] of Object.entries(CANDIDATES)) {
        // Mostly valid values, so that envelopes failing on one field alone are frequent.
        const value = next() < 0.7 ? values[0] : values[Math.floor(next() * values.length)];
        if (value !== undefined || next() < 0.5) envelope[field] = value;
      }
      envelopes.push(envelope);
    }
    let valid = 0;
    for (const plain of envelopes) {
      const envelope = plainToInstance(EnvelopeShape, plain);
      const expected = validateSync(envelope).length === 0;
      if (expected) valid++;
      if (validEnvelope(envelope) !== expected) throw new Error(`disagree on ${JSON.stringify(plain)}`);
    }
    // Both verdicts were exercised many times.
    expect(valid).toBeGreaterThan(1_000);
    expect(envelopes.length - valid).toBeGreaterThan(1_000);
  });
});
