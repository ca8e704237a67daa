import { API_DOCS_ENV, apiDocumentOf, apiDocumentPath, apiDocumentText } from '@redress/platform';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadIntakeSettings } from './config/intake.settings';
import { INTAKE_API_DOCS } from './intake.api-docs';
import { intakeModule } from './intake.module';

const ROOT = join(__dirname, '..', '..', '..');

describe("intake's OpenAPI document", () => {
  it('docs/openapi/intake.json is what the controllers generate (npm run docs:openapi writes it)', async () => {
    const document = await apiDocumentOf(intakeModule(loadIntakeSettings(API_DOCS_ENV)), INTAKE_API_DOCS);
    const written = readFileSync(join(ROOT, apiDocumentPath('intake')), 'utf8');
    expect(written === apiDocumentText(document) ? 'fresh' : 'stale: run npm run docs:openapi').toBe('fresh');
    expect(Object.keys(document.paths)).toContain('/complaints/{id}');
  });
});
