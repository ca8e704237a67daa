import {
  IsIn,
  isIn,
  IsInt,
  isInt,
  IsISO8601,
  isISO8601,
  IsObject,
  isObject,
  IsOptional,
  IsString,
  isString,
  IsUUID,
  isUUID,
  Min,
  min,
  MinLength,
  minLength,
} from 'class-validator';
import { SERVICES } from './event-types';

/** The envelope's contract, which every consumed message is checked against (see parseEvent). */
export class EnvelopeShape {
  @IsUUID() id!: string;
  @IsString() type!: string;
  @IsInt() @Min(1) version!: number;
  @IsISO8601() occurredAt!: string;
  @IsIn(SERVICES) source!: string;
  @IsString() @MinLength(1) key!: string;
  @IsString() @MinLength(1) correlationId!: string;
  @IsOptional() @IsUUID() causationId?: string;
  @IsObject() data!: object;
}

/**
 * EnvelopeShape's decorators applied by hand, with the very functions they call: true exactly when validateSync finds
 * nothing wrong (parse-event.spec.ts checks both ways). Every consumed message passes here, and class-validator's
 * generic walk over its metadata cost more than the checks themselves; a refused envelope still goes through
 * validateSync, for its messages.
 */
export function validEnvelope(envelope: EnvelopeShape): boolean {
  return (
    isUUID(envelope.id) &&
    isString(envelope.type) &&
    isInt(envelope.version) &&
    min(envelope.version, 1) &&
    isISO8601(envelope.occurredAt) &&
    isIn(envelope.source, SERVICES) &&
    isString(envelope.key) &&
    minLength(envelope.key, 1) &&
    isString(envelope.correlationId) &&
    minLength(envelope.correlationId, 1) &&
    (envelope.causationId === null || envelope.causationId === undefined || isUUID(envelope.causationId)) &&
    isObject(envelope.data)
  );
}
