import { isDeepStrictEqual } from 'node:util';
import { SubmitComplaintRequest } from '../submit-complaint.request.dto';
import { compileValidator } from '@redress/contracts';
import { InvalidRequestException, requestValidationPipe } from '@redress/platform';

type Verdict = { ok: true; value: unknown } | { ok: false; errors: unknown };

const reference = requestValidationPipe();
const compiled = compileValidator(SubmitComplaintRequest);

/** What class-validator's pipe says of a JSON object body: the DTO instance, or the errors of its 400. */
export async function referenceVerdict(body: Record<string, unknown>): Promise<Verdict> {
  try {
    return {
      ok: true,
      value: await reference.transform(structuredClone(body), { type: 'body', metatype: SubmitComplaintRequest }),
    };
  } catch (error) {
    if (!(error instanceof InvalidRequestException)) throw error;
    return { ok: false, errors: (error.getResponse() as { errors: unknown }).errors };
  }
}

export function compiledVerdict(body: Record<string, unknown>): Verdict {
  return compiled(structuredClone(body));
}

/** How the two validators disagree on a body, or undefined when they give the same verdict, errors and value. */
export async function difference(body: Record<string, unknown>): Promise<string | undefined> {
  const expected = await referenceVerdict(body);
  const actual = compiledVerdict(body);
  if (isDeepStrictEqual(expected, actual)) return undefined;
  return `body ${JSON.stringify(body).slice(0, 2000)}\n  reference ${describe(expected)}\n  compiled  ${describe(actual)}`;
}

function describe(verdict: Verdict): string {
  return verdict.ok
    ? `valid ${JSON.stringify(verdict.value).slice(0, 2000)}`
    : `invalid ${JSON.stringify(verdict.errors)}`;
}
