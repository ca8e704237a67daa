import { Document, ISpectralDiagnostic, RulesetDefinition, Spectral } from '@stoplight/spectral-core';
import { Json } from '@stoplight/spectral-parsers';
import { asyncapi, oas } from '@stoplight/spectral-rulesets';
import { SERVICES } from '@redress/contracts';
import { apiDocumentPath } from '@redress/platform';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../stack/repo-root';

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

/** Every finding of the ruleset's recommended rules on one document. */
async function lint(path: string, ruleset: Ruleset): Promise<ISpectralDiagnostic[]> {
  const spectral = new Spectral();
  spectral.setRuleset({ extends: [[RULESETS[ruleset], 'recommended']] });
  return spectral.run(new Document(readFileSync(join(ROOT, path), 'utf8'), Json, path));
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
});
