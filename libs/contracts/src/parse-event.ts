import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
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
  const envelope = plainToInstance(EnvelopeShape, plain);
  const envelopeErrors = validEnvelope(envelope) ? [] : validateSync(envelope);
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
  const data = plainToInstance(EVENT_PAYLOADS[expected] as new () => object, envelope.data);
  const dataErrors = validateSync(data, { whitelist: true });
  if (dataErrors.length > 0) {
    return { ok: false, reason: 'invalid', error: `data: ${describeErrors(dataErrors)}` };
  }
  return { ok: true, event: { ...(envelope as unknown as EventEnvelope<T>), data: data as EventEnvelope<T>['data'] } };
}

/** Flattens nested validation errors into `path: reason` pairs. */
export function describeErrors(errors: ValidationError[], parent = ''): string {
  return flattenErrors(errors, parent)
    .map(({ field, reason }) => `${field}: ${reason}`)
    .join('; ');
}

export function flattenErrors(errors: ValidationError[], parent = ''): { field: string; reason: string }[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((reason) => ({ field, reason }));
    return [...own, ...flattenErrors(error.children ?? [], field)];
  });
}
