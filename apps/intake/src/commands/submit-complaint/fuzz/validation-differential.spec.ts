import { IsDefined, IsString } from 'class-validator';
import { compileValidator } from '@redress/contracts';
import { parseJsonBody } from '@redress/platform';
import { complaintBody } from '../../../../../../scripts/stack/sample-complaint';
import { malformedRequest, seededRandom } from '../../../../../../test/support/malformed-requests';
import { mutatedComplaintBody } from './complaint-mutations';
import { compiledVerdict, difference } from './validation-differential';

function jsonObject(body: string | Buffer): Record<string, unknown> | undefined {
  try {
    const value = parseJsonBody(Buffer.from(body));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

describe('the compiled complaint validator', () => {
  it('agrees with class-validator on 5,000 mutated complaint bodies, valid and not', async () => {
    const random = seededRandom(20_240_601);
    const verdicts = { valid: 0, invalid: 0 };
    for (let index = 0; index < 5_000; index += 1) {
      const body = mutatedComplaintBody(random);
      expect(await difference(body)).toBeUndefined();
      verdicts[compiledVerdict(body).ok ? 'valid' : 'invalid'] += 1;
    }
    // Both kinds in good number, or the comparison proves little.
    expect(verdicts.valid).toBeGreaterThan(500);
    expect(verdicts.invalid).toBeGreaterThan(2_500);
  });

  it('agrees with class-validator on the e2e fuzz requests that reach validation', async () => {
    const random = seededRandom(7);
    let compared = 0;
    for (let index = 0; index < 2_000; index += 1) {
      const body = jsonObject(malformedRequest(random, 'key').body);
      if (!body) continue;
      expect(await difference(body)).toBeUndefined();
      compared += 1;
    }
    expect(compared).toBeGreaterThan(500);
  });

  it('canonicalises the time zone and builds the DTO classes the service is given', () => {
    const result = compiledVerdict(
      complaintBody({ customer: { name: 'Anna', phone: '+79161234567', timezone: 'europe/moscow' } }),
    );
    expect(result).toMatchObject({ ok: true, value: { customer: { timezone: 'Europe/Moscow' } } });
    expect(result.ok && (result.value as { customer: object }).customer.constructor.name).toBe('CustomerDto');
  });

  it('refuses at start-up a DTO whose decorators it does not reproduce', () => {
    class WithGroups {
      @IsString({ groups: ['admin'] }) tag!: string;
    }
    class WithIsDefined {
      @IsDefined() name!: string;
    }
    expect(() => compileValidator(WithGroups)).toThrow(/WithGroups\.tag uses validation groups/);
    expect(() => compileValidator(WithIsDefined)).toThrow(/WithIsDefined\.name uses a isDefined rule/);
  });
});
