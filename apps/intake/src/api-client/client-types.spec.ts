import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLIENT_TYPES_FILE, clientTypes } from './client-types';

const ROOT = join(__dirname, '..', '..', '..', '..');

describe("the TypeScript client's types", () => {
  it(`${CLIENT_TYPES_FILE} is what intake's controllers generate (npm run client:generate writes it)`, () => {
    const generated = clientTypes(ROOT);
    const written = readFileSync(join(ROOT, CLIENT_TYPES_FILE), 'utf8');
    expect(written === generated ? 'fresh' : 'stale: run npm run client:generate').toBe('fresh');
    // The routes a client system uses are there, typed.
    for (const route of [
      '"/complaints"',
      '"/complaints/{id}"',
      '"/complaints/changes"',
      '"/complaints/{id}/attachments"',
    ])
      expect(generated).toContain(route);
    expect(generated).toContain('AttachmentView');
  });
});
