import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { compileValidator, CompiledValidator, FieldError } from './compiled-validator';
import { EnvelopeShape, validEnvelope } from './envelope-shape';
import { EVENT_PAYLOADS, eventVersion } from './event-payloads';
import { EventType, isEventType } from './event-types';
import { EventEnvelope } from './envelope';

/** Why a message was refused: `malformed` cannot be read, `invalid` breaks the contract, `unhandled` is not ours. */
export type RejectionReason = 'malformed' | 'invalid' | 'unhandled';

export type ParseResult<T extends EventType> =
  { ok: true; event: EventEnvelope<T> } | { ok: false; reason: RejectionReason; error: string };

/**
 * Reads a message value and checks it against the contract of `expected`.
 * Unknown fields are dropped rather than refused, so producers can add fields without breaking consumers.
 */
export function parseEvent<T extends EventType>(value: Buffer | string | null, expected: T): ParseResult<T> {
  let plain: unknown;
  try {
    plain = JSON.parse(value === null ? '' : value.toString('utf8'));
  } catch (error) {
    return { ok: false, reason: 'malformed', error: `not JSON: ${(error as Error).message}` };
  }
  if (typeof plain !== 'object' || plain === null || Array.isArray(plain)) {
    return { ok: false, reason: 'malformed', error: 'the envelope must be a JSON object' };
  }
  // Freshly parsed JSON needs no copy: class-transformer is only asked for the messages of a refused envelope.
  const envelope = plain as EnvelopeShape;
  const envelopeErrors = validEnvelope(envelope) ? [] : validateSync(plainToInstance(EnvelopeShape, plain));
  if (envelopeErrors.length > 0) {
    return { ok: false, reason: 'invalid', error: `envelope: ${describeErrors(envelopeErrors)}` };
  }
  if (envelope.type !== expected || !isEventType(envelope.type)) {
    return {
      ok: false,
      reason: 'unhandled',
      error: `event type ${envelope.type} is not handled here (expected ${expected})`,
    };
  }
  if (envelope.version > eventVersion(expected)) {
    return {
      ok: false,
      reason: 'unhandled',
      error: `${expected} version ${envelope.version} is newer than ${eventVersion(expected)}`,
    };
  }
  const data = payloadValidator(expected)(envelope.data as Record<string, unknown>);
  if (!data.ok) {
    return { ok: false, reason: 'invalid', error: `data: ${describeFields(data.errors)}` };
  }
  return {
    ok: true,
    event: { ...(envelope as unknown as EventEnvelope<T>), data: data.value as EventEnvelope<T>['data'] },
  };
}

/**
 * Each payload class's decorators compiled once (see compileValidator): class-validator's generic walk over them took
 * most of a consumer's time spent parsing. Unknown fields are stripped, as `whitelist` strips them.
 */
const payloadValidators = new Map<EventType, CompiledValidator<object>>();

export function payloadValidator(type: EventType): CompiledValidator<object> {
  let validator = payloadValidators.get(type);
  if (!validator) {
    validator = compileValidator(EVENT_PAYLOADS[type] as new () => object, 'strip');
    payloadValidators.set(type, validator);
  }
  return validator;
}

/** Flattens nested validation errors into `path: reason` pairs. */
function describeErrors(errors: ValidationError[], parent = ''): string {
  return describeFields(flattenErrors(errors, parent));
}

function describeFields(fields: FieldError[]): string {
  return fields.map(({ field, reason }) => `${field}: ${reason}`).join('; ');
}

export function flattenErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((reason) => ({ field, reason }));
    return [...own, ...flattenErrors(error.children ?? [], field)];
  });
}
