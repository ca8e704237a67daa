import { API_DOCS_ENV, apiDocumentOf, apiDocumentPath, apiDocumentText } from '@redress/platform';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTriageSettings } from './config/triage.settings';
import { TRIAGE_API_DOCS } from './triage.api-docs';
import { triageModule } from './triage.module';

const ROOT = join(__dirname, '..', '..', '..');

describe("triage's OpenAPI document", () => {
  it('docs/openapi/triage.json is what the controllers generate (npm run docs:openapi writes it)', async () => {
    const document = await apiDocumentOf(triageModule(loadTriageSettings(API_DOCS_ENV)), TRIAGE_API_DOCS);
    const written = readFileSync(join(ROOT, apiDocumentPath('triage')), 'utf8');
    expect(written === apiDocumentText(document) ? 'fresh' : 'stale: run npm run docs:openapi').toBe('fresh');
  });
});
