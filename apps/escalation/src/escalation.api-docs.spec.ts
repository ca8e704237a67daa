import { API_DOCS_ENV, apiDocumentOf, apiDocumentPath, apiDocumentText } from '@redress/platform';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEscalationSettings } from './config/escalation.settings';
import { ESCALATION_API_DOCS } from './escalation.api-docs';
import { escalationModule } from './escalation.module';

const ROOT = join(__dirname, '..', '..', '..');

describe("escalation's OpenAPI document", () => {
  it('docs/openapi/escalation.json is what the controllers generate (npm run docs:openapi writes it)', async () => {
    const document = await apiDocumentOf(escalationModule(loadEscalationSettings(API_DOCS_ENV)), ESCALATION_API_DOCS);
    const written = readFileSync(join(ROOT, apiDocumentPath('escalation')), 'utf8');
    expect(written === apiDocumentText(document) ? 'fresh' : 'stale: run npm run docs:openapi').toBe('fresh');
  });
});
