import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { isDeepStrictEqual } from 'node:util';
import { seededRandom } from '../../../../test/support/malformed-requests';
import { EVENT_PAYLOADS } from '../event-payloads';
import { EventType } from '../event-types';
import { flattenErrors, payloadValidator } from '../parse-event';
import { randomPayload } from './random-payload';

type Verdict = { ok: true; value: unknown } | { ok: false; errors: unknown };

/** A fresh copy, as parseEvent gets it from JSON.parse (structuredClone's arrays would come from another realm in jest). */
function parsed(payload: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(payload)) as Record<string, unknown>;
}

/** What parseEvent did before the payloads were compiled: class-transformer, then class-validator with `whitelist`. */
function referenceVerdict(type: EventType, payload: Record<string, unknown>): Verdict {
  const instance = plainToInstance(EVENT_PAYLOADS[type] as new () => object, parsed(payload));
  const errors = validateSync(instance, { whitelist: true });
  return errors.length === 0 ? { ok: true, value: instance } : { ok: false, errors: flattenErrors(errors) };
}

const PER_TYPE = 500;

describe('the compiled event payload validators', () => {
  it.each(Object.values(EventType))(
    `agree with class-validator on ${PER_TYPE} generated %s payloads: verdict, errors and the stripped payload`,
    (type) => {
      const random = seededRandom([...type].reduce((sum, char) => sum * 31 + char.charCodeAt(0), 7) >>> 0);
      const cls = EVENT_PAYLOADS[type] as new () => object;
      const verdicts = { valid: 0, invalid: 0 };
      for (let index = 0; index < PER_TYPE; index += 1) {
        const payload = randomPayload(cls, random, { wrongValue: 0.02, missing: 0.02, unknownProperty: 0.1 });
        const expected = referenceVerdict(type, payload);
        const actual = payloadValidator(type)(parsed(payload));
        if (!isDeepStrictEqual(expected, actual))
          throw new Error(
            `${type} ${JSON.stringify(payload)}\n  reference ${JSON.stringify(expected)}\n  compiled  ${JSON.stringify(actual)}`,
          );
        verdicts[actual.ok ? 'valid' : 'invalid'] += 1;
      }
      // Both kinds in good number, or the comparison proves little.
      expect(verdicts.valid).toBeGreaterThan(PER_TYPE / 20);
      expect(verdicts.invalid).toBeGreaterThan(PER_TYPE / 20);
    },
  );
});
