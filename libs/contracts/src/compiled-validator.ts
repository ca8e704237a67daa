import { TransformationType } from 'class-transformer';
import { getMetadataStorage, ValidationArguments, ValidationTypes } from 'class-validator';
import { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { defaultMetadataStorage } from './transformer-metadata';

/** A field that breaks its contract (a dotted path, array items by index) and why, in class-validator's words. */
export interface FieldError {
  field: string;
  reason: string;
}

/**
 * What a validator does with a property its class does not declare: refuse it (an HTTP body, as `forbidNonWhitelisted`
 * does) or drop it (an event, so that producers can add fields before consumers know them, as `whitelist` does).
 */
export type UnknownProperties = 'refuse' | 'strip';

/**
 * A validator specialised at start-up from a DTO class's class-validator and class-transformer decorators. It gives
 * what class-validator gives for a JSON object (plainToInstance without implicit conversion, then validateSync with
 * `whitelist`, and `forbidNonWhitelisted` unless unknown properties are stripped; every error at once) without the
 * generic machinery's per-call metadata look-ups: the decorators stay the one definition of the contract and its
 * messages. Any decorator feature it does not reproduce makes compileValidator() throw, so a new decorator can never
 * be skipped silently.
 */
export type CompiledValidator<T> = (
  body: Record<string, unknown>,
) => { ok: true; value: T } | { ok: false; errors: FieldError[] };

type Constructor = new () => object;

interface Check {
  /** The key class-validator files the message under: one key per property keeps its first place. */
  type: string;
  metadata: ValidationMetadata;
  validate: (value: unknown, args: ValidationArguments) => unknown;
  defaultMessage?: (args: ValidationArguments) => string;
}

interface CompiledProperty {
  name: string;
  /** The class-transformer @Type of the property, when it holds a nested DTO. */
  type?: CompiledClass;
  transforms: ((params: object) => unknown)[];
  conditions: ((object: object, value: unknown) => boolean)[];
  checks: Check[];
  nested?: ValidationMetadata;
}

interface CompiledClass {
  cls: Constructor;
  /** In class-validator's order, which is the order of the error list. */
  validated: CompiledProperty[];
  byName: Map<string, CompiledProperty>;
}

export function compileValidator<T extends object>(
  cls: new () => T,
  unknownProperties: UnknownProperties = 'refuse',
): CompiledValidator<T> {
  const root = compileClass(cls as Constructor, new Map());
  return (body) => {
    const instance = toInstance(body, root) as T;
    const errors: FieldError[] = [];
    validateInstance(instance as Record<string, unknown>, root, '', errors, unknownProperties);
    return errors.length === 0 ? { ok: true, value: instance } : { ok: false, errors };
  };
}

function compileClass(cls: Constructor, compiled: Map<Constructor, CompiledClass>): CompiledClass {
  const known = compiled.get(cls);
  if (known) return known;
  refuseTransformerFeatures(cls);
  const storage = getMetadataStorage();
  const grouped = storage.groupByPropertyName(storage.getTargetValidationMetadatas(cls, '', false, false, undefined));
  const result: CompiledClass = { cls, validated: [], byName: new Map() };
  compiled.set(cls, result);
  for (const [name, metadatas] of Object.entries(grouped)) {
    const property: CompiledProperty = { name, transforms: [], conditions: [], checks: [] };
    for (const metadata of metadatas) addRule(cls, property, metadata);
    const typeMetadata = defaultMetadataStorage.findTypeMetadata(cls, name);
    if (typeMetadata) {
      if (typeMetadata.options?.discriminator) unsupported(cls, name, '@Type with a discriminator');
      const nestedCls = typeMetadata.typeFunction({ newObject: {}, object: {}, property: name }) as Constructor;
      if (storage.getTargetValidationMetadatas(nestedCls, '', false, false, undefined).length === 0) {
        unsupported(cls, name, `@Type(${nestedCls.name}), a class without validation rules`);
      }
      property.type = compileClass(nestedCls, compiled);
    } else if (property.nested) {
      unsupported(cls, name, '@ValidateNested without @Type');
    }
    for (const transform of defaultMetadataStorage.findTransformMetadatas(
      cls,
      name,
      TransformationType.PLAIN_TO_CLASS,
    )) {
      if (
        transform.options?.groups?.length ||
        transform.options?.since !== undefined ||
        transform.options?.until !== undefined
      ) {
        unsupported(cls, name, '@Transform with groups or versions');
      }
      property.transforms.push(transform.transformFn as (params: object) => unknown);
    }
    result.validated.push(property);
    result.byName.set(name, property);
  }
  return result;
}

function addRule(cls: Constructor, property: CompiledProperty, metadata: ValidationMetadata): void {
  if (metadata.groups?.length || metadata.always !== undefined) unsupported(cls, property.name, 'validation groups');
  if (metadata.validateIf) unsupported(cls, property.name, 'validateIf');
  switch (metadata.type) {
    // class-validator ignores `each` on these two: @ValidateNested walks an array's items whatever it says.
    case ValidationTypes.CONDITIONAL_VALIDATION:
      property.conditions.push(metadata.constraints[0] as (object: object, value: unknown) => boolean);
      return;
    case ValidationTypes.NESTED_VALIDATION:
      if (property.nested) unsupported(cls, property.name, 'two @ValidateNested');
      property.nested = metadata;
      return;
    case ValidationTypes.CUSTOM_VALIDATION:
      for (const constraint of getMetadataStorage().getTargetValidatorConstraints(metadata.constraintCls)) {
        if (constraint.async) unsupported(cls, property.name, `the async validator ${constraint.name}`);
        const instance = constraint.instance as Check & { validate: Check['validate'] };
        const validate = instance.validate.bind(instance);
        property.checks.push({
          type: constraint.name || metadata.type,
          metadata,
          // `each`: every item of an array must pass (the message is the rule's own, which says "each value in").
          validate: metadata.each
            ? (value, args) =>
                Array.isArray(value) ? value.every((item) => validate(item, args)) : validate(value, args)
            : validate,
          defaultMessage:
            typeof instance.defaultMessage === 'function' ? instance.defaultMessage.bind(instance) : undefined,
        });
      }
      return;
    default:
      unsupported(cls, property.name, `a ${metadata.type} rule`);
  }
}

function refuseTransformerFeatures(cls: Constructor): void {
  const transformer = defaultMetadataStorage;
  if (transformer.getStrategy(cls) !== 'none') unsupported(cls, '*', '@Expose/@Exclude on the class');
  const exposed = transformer.getExposedProperties(cls, TransformationType.PLAIN_TO_CLASS);
  const excluded = transformer.getExcludedProperties(cls, TransformationType.PLAIN_TO_CLASS);
  if (exposed.length > 0 || excluded.length > 0)
    unsupported(cls, [...exposed, ...excluded].join(', '), '@Expose/@Exclude');
}

function unsupported(cls: Constructor, property: string, feature: string): never {
  throw new Error(
    `compileValidator: ${cls.name}.${property} uses ${feature}, which the compiled validator does not reproduce`,
  );
}

/** plainToInstance for JSON values: every object and array is copied, nested DTOs become their classes. */
function toInstance(value: unknown, target: CompiledClass | undefined): unknown {
  if (Array.isArray(value)) return value.map((item) => toInstance(item, target));
  if (typeof value !== 'object' || value === null) return value;
  const source = value as Record<string, unknown>;
  const result = (target ? new target.cls() : {}) as Record<string, unknown>;
  for (const key of Object.keys(source)) {
    if (key === '__proto__' || key === 'constructor' || skipsKey(result, key)) continue;
    const property = target?.byName.get(key);
    let item = toInstance(source[key], property?.type);
    if (property)
      for (const transform of property.transforms)
        item = transform({ value: item, key, obj: source, type: TransformationType.PLAIN_TO_CLASS, options: {} });
    if (item !== undefined) result[key] = item;
  }
  return result;
}

/** class-transformer never writes over a method or a read-only accessor, so such keys ("toString") are dropped. */
function skipsKey(result: Record<string, unknown>, key: string): boolean {
  const descriptor = Object.getOwnPropertyDescriptor(result.constructor.prototype, key);
  return (descriptor !== undefined && !descriptor.set) || result[key] instanceof Function;
}

function validateInstance(
  object: Record<string, unknown>,
  target: CompiledClass,
  path: string,
  errors: FieldError[],
  unknownProperties: UnknownProperties,
): void {
  for (const key of Object.keys(object)) {
    if (target.byName.has(key)) continue;
    if (unknownProperties === 'strip') delete object[key];
    else errors.push({ field: path + key, reason: `property ${key} should not exist` });
  }
  for (const property of target.validated) {
    const value = object[property.name];
    if (!property.conditions.every((condition) => condition(object, value))) continue;
    const field = path + property.name;
    let constraints: Record<string, string> | undefined;
    for (const check of property.checks) {
      const args = {
        targetName: target.cls.name,
        property: property.name,
        object,
        value,
        constraints: check.metadata.constraints,
      };
      if (check.validate(value, args)) continue;
      constraints ??= {};
      constraints[check.type] = message(check.metadata.message || check.defaultMessage || '', args);
    }
    const children: FieldError[] = [];
    if (property.nested && value !== undefined) {
      const reason = validateNested(value, property, field, children, unknownProperties);
      if (reason !== undefined) (constraints ??= {})[ValidationTypes.NESTED_VALIDATION] = reason;
    }
    if (constraints) for (const reason of Object.values(constraints)) errors.push({ field, reason });
    errors.push(...children);
  }
}

/** What class-validator's nestedValidations does: a DTO is validated, array items one by one, anything else refused. */
function validateNested(
  value: unknown,
  property: CompiledProperty,
  field: string,
  errors: FieldError[],
  unknownProperties: UnknownProperties,
): string | undefined {
  const nested = property.nested as ValidationMetadata;
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      const itemField = `${field}.${index}`;
      const children: FieldError[] = [];
      const reason =
        item === undefined ? undefined : validateNested(item, property, itemField, children, unknownProperties);
      if (reason !== undefined) errors.push({ field: itemField, reason });
      errors.push(...children);
    });
    return undefined;
  }
  if (value instanceof Object) {
    validateInstance(
      value as Record<string, unknown>,
      property.type as CompiledClass,
      `${field}.`,
      errors,
      unknownProperties,
    );
    return undefined;
  }
  const target = nested.target as Constructor;
  return message(nested.message || '', {
    targetName: target.constructor.name,
    property: nested.propertyName,
    object: target,
    value,
    constraints: nested.constraints,
  });
}

/** class-validator's ValidationUtils.replaceMessageSpecialTokens, which its package does not export. */
function message(template: string | ((args: ValidationArguments) => string), args: ValidationArguments): string {
  let text = typeof template === 'function' ? template(args) : template;
  if (text && Array.isArray(args.constraints)) {
    args.constraints.forEach((constraint, index) => {
      text = text.replace(new RegExp(`\\$constraint${index + 1}`, 'g'), constraintToString(constraint));
    });
  }
  const value = args.value;
  if (text && value !== undefined && value !== null && ['string', 'boolean', 'number'].includes(typeof value)) {
    text = text.replace(/\$value/g, String(value));
  }
  if (text) text = text.replace(/\$property/g, args.property);
  if (text) text = text.replace(/\$target/g, args.targetName);
  return text;
}

function constraintToString(constraint: unknown): string {
  if (Array.isArray(constraint)) return constraint.join(', ');
  if (typeof constraint === 'symbol') return `${constraint.description}`;
  return String(constraint);
}
