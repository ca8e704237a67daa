import type { OpenAPIObject } from '@nestjs/swagger';

type Json = Record<string, unknown>;

/**
 * @nestjs/swagger writes OpenAPI 3.0 schemas; 3.1 schemas are JSON Schema 2020-12, which has no `nullable`. A nullable
 * schema becomes a type list with `null` (or a `oneOf` with `null` for a reference), and a nullable enum lists null.
 */
export function toOpenApi31(document: OpenAPIObject): OpenAPIObject {
  return { ...(rewrite(document) as OpenAPIObject), openapi: '3.1.0' };
}

function rewrite(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewrite);
  if (typeof value !== 'object' || value === null) return value;
  const object = Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, rewrite(inner)])) as Json;
  return object.nullable === true ? withNull(object) : object;
}

function withNull({ nullable: _nullable, ...schema }: Json): Json {
  const reference = schema.$ref !== undefined || Array.isArray(schema.allOf);
  if (!reference && typeof schema.type === 'string') {
    const enumWithNull = Array.isArray(schema.enum) ? { enum: [...schema.enum, null] } : {};
    return { ...schema, type: [schema.type, 'null'], ...enumWithNull };
  }
  // A nested class (`$ref`, or `allOf: [$ref]` with a description beside it): the reference or null.
  const { description, example, type: _object, ...rest } = schema;
  const target =
    Array.isArray(rest.allOf) && rest.allOf.length === 1 && Object.keys(rest).length === 1 ? rest.allOf[0] : rest;
  return {
    ...(description !== undefined ? { description } : {}),
    ...(example !== undefined ? { example } : {}),
    oneOf: [target, { type: 'null' }],
  };
}
