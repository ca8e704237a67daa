import { readFileSync } from 'node:fs';
import { repoRoot } from '../stack/repo-root';
import { join } from 'node:path';
import { API_TYPES_FILES, apiTypes } from './api-types';

const ROOT = repoRoot();

describe('the route types generated from the OpenAPI documents', () => {
  it.each(API_TYPES_FILES.map((file) => [file.path, file] as const))(
    '%s is what the document generates (npm run docs:openapi writes it)',
    (_, file) => {
      const generated = apiTypes(ROOT, file);
      const written = readFileSync(join(ROOT, file.path), 'utf8');
      expect(written === generated ? 'fresh' : 'stale: run npm run docs:openapi').toBe('fresh');
    },
  );

  it("types the routes a client system uses, in the client's file", () => {
    const client = readFileSync(join(ROOT, API_TYPES_FILES[0].path), 'utf8');
    for (const route of ['"/complaints"', '"/complaints/{id}"', '"/complaints/changes"', '"/complaints/{id}/attachments"'])
      expect(client).toContain(route);
    expect(client).toContain('AttachmentView');
  });
});
