import { API_DOCS_ENV, apiDocumentOf, apiDocumentPath, apiDocumentText } from '@redress/platform';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadNotifierSettings } from './config/notifier.settings';
import { NOTIFIER_API_DOCS } from './notifier.api-docs';
import { notifierModule } from './notifier.module';

const ROOT = join(__dirname, '..', '..', '..');

describe("notifier's OpenAPI document", () => {
  it('docs/openapi/notifier.json is what the controllers generate (npm run docs:openapi writes it)', async () => {
    const document = await apiDocumentOf(notifierModule(loadNotifierSettings(API_DOCS_ENV)), NOTIFIER_API_DOCS);
    const written = readFileSync(join(ROOT, apiDocumentPath('notifier')), 'utf8');
    expect(written === apiDocumentText(document) ? 'fresh' : 'stale: run npm run docs:openapi').toBe('fresh');
  });
});
