import type { IFunctionResult, RulesetDefinition, RulesetFunction } from '@stoplight/spectral-core';

/**
 * What the house asks of every service's OpenAPI document beyond Spectral's `oas` ruleset: each route says who may
 * call it, answers with a described body, every error with its body and an example, every parameter and property
 * an example.
 * Spectral runs these as errors beside its own rules (api-lint.spec.ts).
 */

/** Routes no credential guards, each with why: the rest must name a security scheme. */
export const OPEN_ROUTES: Record<string, string> = {
  '/trends': 'A wall chart of complaint counts, open like one',
  '/trends.svg': 'The same chart as an image, for pages that embed it',
  '/feedback/{token}': "The survey link's token is the key",
  '/feedback/{token}/form': "The survey link's token is the key",
  '/status/{token}': "The status link's token is the key",
  '/status/{token}/feedback': "The status link's token is the key",
};

type Json = Record<string, unknown>;
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

const operationAuth: RulesetFunction<Json> = (operation, _options, { path }) => {
  const route = String(path[1]);
  const security = operation.security as unknown[] | undefined;
  if ((security?.length ?? 0) > 0 || route in OPEN_ROUTES) return [];
  return [{ message: `${route} names no security scheme and is not an open route (OPEN_ROUTES)` }];
};

const operationAnswers: RulesetFunction<Json> = (operation, _options, { path }) => {
  const responses = (operation.responses ?? {}) as Record<string, Json>;
  const results: IFunctionResult[] = [];
  if (!Object.keys(responses).some((status) => Number(status) < 400)) results.push({ message: 'No success answer' });
  for (const [status, response] of Object.entries(responses)) {
    const code = Number(status);
    const content = response.content as Record<string, Json> | undefined;
    if (!response.description) results.push({ message: `${status} says nothing of what it means`, path: ['responses', status] });
    if (code === 204 || (code >= 300 && code < 400)) continue;
    if (!content) results.push({ message: `${status} has no body`, path: ['responses', status] });
    for (const [type, media] of Object.entries(content ?? {})) {
      const at = ['responses', status, 'content', type];
      if (!media.schema) results.push({ message: `${status} ${type} has no schema`, path: at });
      if (code < 400) continue;
      if (media.example === undefined) results.push({ message: `${status} ${type} has no example`, path: at });
      const ref = (media.schema as Json | undefined)?.$ref;
      if (type === 'application/json' && ref !== '#/components/schemas/ErrorResponse') {
        results.push({ message: `${status} is not the shared ErrorResponse`, path: at });
      }
    }
  }
  return results.map((result) => ({ ...result, path: [...path, ...(result.path ?? [])] }));
};

const propertyExample: RulesetFunction<Json> = (property, _options, { path }) => {
  const items = property.items as Json | undefined;
  const structured =
    property.$ref ?? property.allOf ?? property.oneOf ?? property.enum ?? items?.$ref ?? items?.allOf ?? items?.enum;
  if (structured !== undefined || property.type === 'object' || property.example !== undefined) return [];
  return [{ message: `${String(path[2])}.${String(path[4])} has no example` }];
};

const parameterDocumented: RulesetFunction<Json> = (parameter) => {
  const schema = (parameter.schema ?? {}) as Json;
  const shown = [parameter.example, schema.example, schema.enum, schema.default].some((value) => value !== undefined);
  const name = `${String(parameter.in)} parameter ${String(parameter.name)}`;
  return [
    ...(parameter.description ? [] : [{ message: `${name} has no description` }]),
    ...(shown ? [] : [{ message: `${name} has no example, enum or default` }]),
  ];
};

export const OPENAPI_HOUSE_RULES: RulesetDefinition = {
  rules: {
    'redress-operation-auth': {
      description: 'Every route names a security scheme, or is listed as open with why',
      severity: 'error',
      message: '{{error}}',
      resolved: false,
      given: `$.paths[*][${METHODS.join(',')}]`,
      then: { function: operationAuth },
    },
    'redress-operation-answers': {
      description:
        'A success answer; every answer described and its body with a schema; every error the shared body with an example',
      severity: 'error',
      message: '{{error}}',
      resolved: false,
      given: `$.paths[*][${METHODS.join(',')}]`,
      then: { function: operationAnswers },
    },
    'redress-parameter': {
      description: 'Every parameter is described and shows an example, its choices or its default',
      severity: 'error',
      message: '{{error}}',
      resolved: false,
      given: `$.paths[*][${METHODS.join(',')}].parameters[*]`,
      then: { function: parameterDocumented },
    },
    'redress-property-example': {
      description: 'Every property of a plain type has an example',
      severity: 'error',
      message: '{{error}}',
      resolved: false,
      given: '$.components.schemas[*].properties[*]',
      then: { function: propertyExample },
    },
  },
};
