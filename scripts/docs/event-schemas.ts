import { ALL_EVENT_TYPES, EVENT_PAYLOADS, EventType } from '@redress/contracts';
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';

/** The envelope's validation class in libs/contracts/src/parse-event.ts; not exported, so found by its name. */
const ENVELOPE_CLASS = 'EnvelopeShape';

export type SchemaObject = ReturnType<typeof validationMetadatasToSchemas>[string];
export type Schemas = Record<string, SchemaObject>;

/**
 * JSON Schemas of the event payload classes, read from their class-validator decorators (nested classes through
 * class-transformer's @Type), with references written `<refPrefix><ClassName>`. Only the classes the given events
 * reach are kept, so whatever else registered validation metadata in this process does not leak in.
 */
export function payloadSchemas(refPrefix: string, types: readonly EventType[] = ALL_EVENT_TYPES): Schemas {
  const all = validationMetadatasToSchemas({ classTransformerMetadataStorage: defaultMetadataStorage, refPointerPrefix: refPrefix });
  const kept: Schemas = {};
  const visit = (name: string) => {
    if (kept[name]) return;
    const schema = all[name];
    if (!schema) throw new Error(`no class-validator metadata for ${name}`);
    kept[name] = schema;
    for (const ref of referencedNames(schema, refPrefix)) visit(ref);
  };
  for (const type of types) visit(payloadClassName(type));
  return kept;
}

/** The envelope of one event type: the shared envelope rules with `type` fixed and `data` its payload class. */
export function envelopeSchema(type: EventType, refPrefix: string): SchemaObject {
  const envelope = validationMetadatasToSchemas({ refPointerPrefix: refPrefix })[ENVELOPE_CLASS];
  if (!envelope) throw new Error(`no class-validator metadata for ${ENVELOPE_CLASS} (was it renamed in envelope-shape.ts?)`);
  return {
    ...envelope,
    description:
      'The Kafka message value. Consumers drop fields they do not know, so producers may add fields; a version above ' +
      'the current one is dead-lettered as unhandled.',
    properties: {
      ...envelope.properties,
      type: { type: 'string', enum: [type] },
      data: { $ref: `${refPrefix}${payloadClassName(type)}` },
    },
  };
}

export function payloadClassName(type: EventType): string {
  return EVENT_PAYLOADS[type].name;
}

function referencedNames(schema: unknown, refPrefix: string): string[] {
  if (Array.isArray(schema)) return schema.flatMap((item) => referencedNames(item, refPrefix));
  if (typeof schema !== 'object' || schema === null) return [];
  return Object.entries(schema).flatMap(([name, value]) =>
    name === '$ref' && typeof value === 'string' ? [value.slice(refPrefix.length)] : referencedNames(value, refPrefix),
  );
}
