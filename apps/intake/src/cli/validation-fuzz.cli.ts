import { seededRandom } from '../../../../test/support/malformed-requests';
import { mutatedComplaintBody } from '../commands/submit-complaint/fuzz/complaint-mutations';
import { compiledVerdict, difference } from '../commands/submit-complaint/fuzz/validation-differential';

/**
 * `npm run fuzz:validation [count] [seed]`: compares the compiled complaint validator with class-validator's pipe on
 * `count` (default 100,000) mutated bodies and prints the count, the verdicts and every difference. Exits 1 on any.
 */
async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 100_000);
  const seed = Number(process.argv[3] ?? Date.now() % 1_000_000);
  const random = seededRandom(seed);
  const verdicts = { valid: 0, invalid: 0 };
  let differences = 0;
  for (let index = 0; index < count; index += 1) {
    const body = mutatedComplaintBody(random);
    const found = await difference(body);
    if (found) {
      differences += 1;
      if (differences <= 20) console.log(`difference #${differences} (body ${index}):\n  ${found}`);
    }
    verdicts[compiledVerdict(body).ok ? 'valid' : 'invalid'] += 1;
  }
  console.log(
    `${count} bodies (seed ${seed}): ${verdicts.valid} valid, ${verdicts.invalid} invalid, ${differences} differences`,
  );
  process.exitCode = differences > 0 ? 1 : 0;
}

void main();
