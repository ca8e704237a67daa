import { ALL_EVENT_TYPES, EventType } from '@redress/contracts';
import { asyncApiDocument } from './asyncapi-document';
import { EVENT_CATALOGUE } from './event-catalogue';
import { envelopeSchema, payloadSchemas } from './event-schemas';
import { kafkaAclsDocument } from './kafka-acls';

export const DOCS_DIR = 'docs';
export const SCHEMAS_DIR = 'docs/schemas';

/**
 * Every generated file under docs/, by path from the repository root. Keys are sorted and nothing depends on the
 * clock or the machine, so the same contracts always give the same bytes and the freshness test can compare them.
 */
export function eventDocs(): Map<string, string> {
  const files = new Map<string, string>([[`${DOCS_DIR}/asyncapi.json`, stableJson(asyncApiDocument())]]);
  for (const type of ALL_EVENT_TYPES) files.set(`${SCHEMAS_DIR}/${type}.json`, stableJson(standaloneSchema(type)));
  files.set(`${DOCS_DIR}/kafka-acls.md`, kafkaAclsDocument());
  return files;
}

/** One event's message value as a self-contained JSON Schema (draft-07), nested classes under `definitions`. */
function standaloneSchema(type: EventType): Record<string, unknown> {
  const refPrefix = '#/definitions/';
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `${type}.json`,
    title: type,
    ...envelopeSchema(type, refPrefix),
    description: `${EVENT_CATALOGUE[type].summary} Generated from libs/contracts by npm run docs:events.`,
    definitions: payloadSchemas(refPrefix, [type]),
  };
}

function stableJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  );
}
