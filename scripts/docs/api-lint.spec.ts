import { Document, ISpectralDiagnostic, RulesetDefinition, Spectral } from '@stoplight/spectral-core';
import { Json } from '@stoplight/spectral-parsers';
import { asyncapi, oas } from '@stoplight/spectral-rulesets';
import { SERVICES } from '@redress/contracts';
import { apiDocumentPath } from '@redress/platform';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../stack/repo-root';
import { OPENAPI_HOUSE_RULES } from './openapi-house-rules';

const ROOT = repoRoot();

/** Spectral's severities: 0 error, 1 warning (2 information and 3 hint pass). */
const WARNING = 1;

/** The finding's severity as a number (Spectral's enum lives in a package this repository does not depend on). */
const severity = (result: ISpectralDiagnostic): number => Number(result.severity);

/**
 * Warnings let through, each with why. The test fails on any other warning, and on an entry here that no longer
 * happens, so the list cannot go stale.
 */
const ACCEPTED_WARNINGS: { document: string; rule: string; reason: string }[] = [
  {
    document: 'docs/asyncapi.json',
    rule: 'asyncapi-info-contact',
    reason: 'The events are internal to one deployment: the team that runs it is the contact, and it differs per deployment',
  },
  {
    document: 'docs/asyncapi.json',
    rule: 'asyncapi-info-license',
    reason: 'The project is UNLICENSED (package.json): there is no licence to name',
  },
];

type Ruleset = 'oas' | 'asyncapi';
const RULESETS = { oas, asyncapi } as unknown as Record<Ruleset, RulesetDefinition>;

/**
 * Every finding of the ruleset's recommended rules on one document; the OpenAPI documents also get the house's own
 * rules (openapi-house-rules.ts): auth on every route, described answers, error bodies and examples everywhere.
 */
async function lint(path: string, ruleset: Ruleset, text = readFileSync(join(ROOT, path), 'utf8')) {
  const spectral = new Spectral();
  const recommended: RulesetDefinition = { extends: [[RULESETS[ruleset], 'recommended']] };
  spectral.setRuleset(ruleset === 'oas' ? { extends: [recommended, OPENAPI_HOUSE_RULES] } : recommended);
  return spectral.run(new Document(text, Json, path));
}

const DOCUMENTS: [string, Ruleset][] = [
  ...SERVICES.map((service): [string, Ruleset] => [apiDocumentPath(service), 'oas']),
  ['docs/asyncapi.json', 'asyncapi'],
];

describe("Spectral's OpenAPI and AsyncAPI rulesets", () => {
  it.each(DOCUMENTS)('%s has no errors and no warnings but the accepted ones', async (path, ruleset) => {
    const results = (await lint(path, ruleset)).filter((result) => severity(result) <= WARNING);
    const accepted = ACCEPTED_WARNINGS.filter((entry) => entry.document === path);
    const unexplained = results
      .filter((result) => severity(result) < WARNING || !accepted.some((entry) => entry.rule === result.code))
      .map((result) => `${result.code} at ${result.path.join('.')}: ${result.message}`);
    const gone = accepted.filter((entry) => !results.some((result) => result.code === entry.rule)).map((e) => e.rule);
    expect({ unexplained, acceptedButGone: gone }).toEqual({ unexplained: [], acceptedButGone: [] });
  });

  it("the house's rules catch a route without auth, a bare answer, error, parameter or property", async () => {
    const document = JSON.parse(readFileSync(join(ROOT, apiDocumentPath('intake')), 'utf8')) as OpenApiJson;
    const submit = document.paths['/complaints'].post;
    delete submit.security;
    submit.responses['409'].content['application/json'] = { schema: { type: 'object' } };
    delete document.components.schemas.SubmittedComplaintDto.properties.receivedAt.example;
    submit.responses['202'].description = '';
    submit.parameters = [{ in: 'header', name: 'X-Trace', schema: { type: 'string' } }];
    const found = (await lint('broken.json', 'oas', JSON.stringify(document)))
      .filter((result) => result.code.toString().startsWith('redress-'))
      .map((result) => `${result.code}: ${result.message}`);
    expect(found.sort()).toEqual([
      'redress-operation-answers: 202 says nothing of what it means',
      'redress-operation-answers: 409 application/json has no example',
      'redress-operation-answers: 409 is not the shared ErrorResponse',
      'redress-operation-auth: /complaints names no security scheme and is not an open route (OPEN_ROUTES)',
      'redress-parameter: header parameter X-Trace has no description',
      'redress-parameter: header parameter X-Trace has no example, enum or default',
      'redress-property-example: SubmittedComplaintDto.receivedAt has no example',
    ]);
  });
});

/** Just enough of an OpenAPI document's shape to break one on purpose. */
interface OpenApiJson {
  paths: Record<string, Record<string, { security?: unknown; parameters?: unknown[]; responses: Record<string, { description: string; content: Record<string, unknown> }> }>>;
  components: { schemas: Record<string, { properties: Record<string, { example?: unknown }> }> };
}
