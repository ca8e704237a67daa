import { getMetadataStorage, ValidationArguments, ValidationTypes } from 'class-validator';
import { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { defaultMetadataStorage } from '../transformer-metadata';

type Constructor = new () => object;
type Json = unknown;

/** Values of every kind the payloads hold, and near misses of each; the `@IsIn` lists are added per class. */
const VALUES: Json[] = [
  '0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f',
  '0D5C2F4E-8F1A-4B8E-9F0E-2A7C1D3B4E5F',
  '0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5',
  '2026-12-07T10:00:00.000Z',
  '2026-12-07',
  '2026-13-07T10:00:00Z',
  '',
  ' ',
  'x',
  'late-delivery',
  'a'.repeat(101),
  'a'.repeat(2001),
  'EUR',
  'eur',
  '09:00',
  '24:00',
  '+79161234567',
  '89161234567',
  'anna@example.com',
  'anna@',
  'https://crm.example.com/hooks/redress',
  'ftp://crm.example.com',
  0,
  1,
  5,
  6,
  99,
  100,
  -1,
  1.5,
  2 ** 53,
  true,
  false,
  null,
  {},
  [],
];

export interface RandomPayloadOptions {
  /** How often a property gets a value picked from every value rather than from those its rules accept. */
  wrongValue: number;
  /** How often a property is left out. */
  missing: number;
  /** How often an object gets a property its class does not declare. */
  unknownProperty: number;
}

/**
 * A JSON payload for `cls` from its decorators: each property gets a value its own rules accept (tried against them)
 * or, with the given odds, any value, none, or an unknown neighbour, so that most payloads are valid and the rest break
 * the contract in one or two places. Nested classes (`@Type`) are filled the same way, alone or in arrays.
 */
export function randomPayload(
  cls: Constructor,
  random: () => number,
  options: RandomPayloadOptions,
  depth = 0,
): Record<string, Json> {
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)];
  const payload: Record<string, Json> = {};
  for (const [name, metadatas] of Object.entries(propertiesOf(cls))) {
    if (random() < options.missing) continue;
    const nested = defaultMetadataStorage.findTypeMetadata(cls, name)?.typeFunction() as Constructor | undefined;
    const candidates: Json[] = [...VALUES, ...inLists(metadatas)];
    if (nested && depth < 3) {
      const child = () => randomPayload(nested, random, options, depth + 1);
      candidates.push(child(), [child(), child()], [child(), 'x']);
    }
    const eachValid = candidates.filter((value) => passes(value, metadatas, 'each'));
    candidates.push(
      [],
      [pick(eachValid.length > 0 ? eachValid : VALUES)],
      Array.from({ length: 3 }, () => pick(eachValid.length > 0 ? eachValid : VALUES)),
    );
    const valid = candidates.filter((value) => passes(value, metadatas, 'whole'));
    payload[name] = random() < options.wrongValue || valid.length === 0 ? pick(candidates) : pick(valid);
  }
  if (random() < options.unknownProperty) payload[pick(['futureField', 'toString', 'constructor', '0'])] = pick(VALUES);
  return payload;
}

function propertiesOf(cls: Constructor): Record<string, ValidationMetadata[]> {
  const storage = getMetadataStorage();
  return storage.groupByPropertyName(storage.getTargetValidationMetadatas(cls, '', false, false, undefined));
}

function inLists(metadatas: ValidationMetadata[]): Json[] {
  return metadatas
    .filter((metadata) => metadata.name === 'isIn')
    .flatMap((metadata) => metadata.constraints[0] as Json[]);
}

/**
 * Whether `value` passes the property's own checks (`whole`), or those it applies to each item of an array (`each`).
 * Nested classes are not looked into: a child built for them is valid or not by its own draw.
 */
function passes(value: Json, metadatas: ValidationMetadata[], scope: 'whole' | 'each'): boolean {
  return metadatas
    .filter((metadata) => metadata.type === ValidationTypes.CUSTOM_VALIDATION && (scope === 'whole' || metadata.each))
    .every((metadata) =>
      getMetadataStorage()
        .getTargetValidatorConstraints(metadata.constraintCls)
        .every((constraint) => {
          const validate = (item: Json) =>
            constraint.instance.validate(item, { constraints: metadata.constraints } as ValidationArguments) === true;
          return metadata.each && Array.isArray(value) && scope === 'whole' ? value.every(validate) : validate(value);
        }),
    );
}
