import { createHash } from 'node:crypto';
import { openAsBlob } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChangesPage, IntakeClient, NewComplaint, RedressApiError } from '../../clients/typescript/src';
import { FILE_HEADS, fileOf } from '../support/attachments';
import { complaintBody } from '../support/complaints';
import { eventually } from '../support/eventually';
import { describeE2E, startTestStack, TestStack } from '../support/test-stack';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The error a call ends with, as the client throws it. */
async function refusal(call: Promise<unknown>): Promise<RedressApiError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof RedressApiError) return error;
    throw error;
  }
  throw new Error('the call succeeded');
}

/**
 * A client system's round through the TypeScript client in clients/typescript, whose types openapi-typescript
 * generated from intake's OpenAPI document, against a running intake: filing with an idempotency key, reading the
 * status, attaching a file streamed from disk and reading it back, the change feed, and the errors it throws.
 */
describeE2E('typescript client', () => {
  let stack: TestStack;
  let client: IntakeClient;
  let dir: string;

  beforeAll(async () => {
    stack = await startTestStack('tsclient', { INTAKE_RATE_LIMIT: 'off' });
    client = new IntakeClient({ baseUrl: `${stack.services.intake.url}/`, apiKey: stack.secrets.apiKey });
    dir = await mkdtemp(join(tmpdir(), 'redress-client-'));
  });

  afterAll(async () => {
    await stack?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('files a complaint once however often it is retried with the same key, and follows it', async () => {
    const complaint = complaintBody({ externalRef: 'CRM-TS-1' }) as NewComplaint;
    const receipt = await client.submitComplaint(complaint, 'crm-ticket-ts-1');
    expect(receipt.status).toBe('received');
    const retried = await client.submitComplaint(complaint, 'crm-ticket-ts-1');
    expect(retried.id).toBe(receipt.id);
    const reused = await refusal(client.submitComplaint({ ...complaint, text: 'Something else' }, 'crm-ticket-ts-1'));
    expect(reused.status).toBe(409);

    const triaged = await eventually(
      () => client.complaint(receipt.id),
      (read) => read.status === 'triaged',
      { what: 'the complaint to be triaged' },
    );
    expect(triaged.id).toBe(receipt.id);
    expect(triaged.timeline.map((entry) => entry.type)).toContain('complaint.received');
  });

  it('attaches a file streamed from disk and reads it back, typed by its content', async () => {
    const { id } = await client.submitComplaint(complaintBody() as NewComplaint);
    const bytes = fileOf(FILE_HEADS.png, 3 * 1024 * 1024 + 17);
    const path = join(dir, 'damage.jpg');
    await writeFile(path, bytes);

    const attachment = await client.addAttachment(id, await openAsBlob(path), 'damage.jpg');
    expect(attachment).toMatchObject({
      complaintId: id,
      contentType: 'image/png',
      sizeBytes: bytes.length,
      sha256: sha256(bytes),
    });
    expect(await client.attachments(id)).toEqual([attachment]);

    const download = await client.downloadAttachment(id, attachment.id);
    expect(download).toMatchObject({ contentType: 'image/png', sizeBytes: bytes.length });
    const pieces: Buffer[] = [];
    for await (const piece of download.body as unknown as AsyncIterable<Uint8Array>) pieces.push(Buffer.from(piece));
    expect(sha256(Buffer.concat(pieces))).toBe(sha256(bytes));

    const text = await refusal(client.addAttachment(id, new Blob([fileOf(FILE_HEADS.text, 500)]), 'receipt.pdf'));
    expect(text.status).toBe(415);
    const empty = await refusal(client.addAttachment(id, new Blob([]), 'empty.pdf'));
    expect(empty).toMatchObject({ status: 400, errors: [{ field: 'file', reason: 'is empty' }] });
  });

  it('reads the change feed page by page with the cursor it gives out', async () => {
    const { id } = await client.submitComplaint(complaintBody() as NewComplaint);
    await client.addAttachment(id, new Blob([fileOf(FILE_HEADS.pdf, 2_000)]));
    const seen: ChangesPage['items'] = [];
    await eventually(
      async () => {
        let after: string | undefined;
        seen.length = 0;
        for (;;) {
          const page = await client.changes(after, 2);
          seen.push(...page.items);
          after = page.nextCursor;
          if (!page.hasMore) return seen.filter((change) => change.complaintId === id).map((change) => change.type);
        }
      },
      (types) => types.includes('complaint.attachment-added'),
      { what: 'the attachment in the change feed' },
    );
    const positions = seen.map((change) => Number(change.position));
    expect(positions).toEqual(positions.map((_, index) => index + 1));
  });

  it('throws a 410 with the cursor to resume from when the changes after a cursor were pruned', async () => {
    const first = await client.changes(undefined, 1);
    const [{ client_system_id: clientSystemId, last }] = (
      await stack.db.query(
        `SELECT client_system_id, max(position)::text AS last FROM intake.client_changes
         WHERE client_system_id = (SELECT id FROM intake.client_systems WHERE name = 'demo-crm') GROUP BY 1`,
      )
    ).rows;
    // What a pruning round does to changes older than CHANGE_FEED_RETENTION (it raises the horizon as it deletes).
    await stack.db.query(`DELETE FROM intake.client_changes WHERE client_system_id = $1 AND position <= $2`, [
      clientSystemId,
      Number(last) - 1,
    ]);
    const gone = await refusal(client.changes(first.nextCursor));
    expect(gone).toMatchObject({
      status: 410,
      code: 'CHANGES.CURSOR_PRUNED',
      errors: [{ field: 'after', reason: 'after points before the oldest change the feed keeps' }],
    });
    expect(gone.message).toContain('Read your complaints again');
    // The feed goes on from the oldest change kept (more may have been numbered since).
    const resumed = await client.changes(gone.resumeCursor!);
    expect(resumed.items[0]?.position).toBe(last);
  });

  it('throws what intake answers: field errors, another client system, a wrong key', async () => {
    const invalid = await refusal(
      client.submitComplaint({ ...(complaintBody() as NewComplaint), dissatisfaction: 'furious' as never }),
    );
    expect(invalid.status).toBe(400);
    expect(invalid.errors.map((error) => error.field)).toContain('dissatisfaction');

    const { id } = await client.submitComplaint(complaintBody() as NewComplaint);
    const stranger = new IntakeClient({ baseUrl: stack.services.intake.url, apiKey: stack.secrets.consoleApiKey });
    expect((await refusal(stranger.attachments(id))).status).toBe(404);
    const wrongKey = new IntakeClient({ baseUrl: stack.services.intake.url, apiKey: `rk_${'x'.repeat(43)}` });
    expect((await refusal(wrongKey.complaint(id))).status).toBe(401);
  });

  it('was generated from the document the running intake serves at /docs/json: the same routes, with examples', async () => {
    const served = (await (await fetch(`${stack.services.intake.url}/docs/json`)).json()) as {
      paths: Record<string, unknown>;
      components: { securitySchemes: Record<string, unknown>; schemas: Record<string, { properties?: object }> };
    };
    const types = await readFile(join(__dirname, '../../clients/typescript/src/intake.openapi.ts'), 'utf8');
    const typedPaths = [...types.matchAll(/^ {4}"(\/[^"]*)": \{$/gm)].map((match) => match[1]);
    expect(typedPaths.sort()).toEqual(Object.keys(served.paths).sort());
    expect(served.components.securitySchemes).toHaveProperty('api-key');
    expect(JSON.stringify(served.components.schemas.AttachmentView)).toContain('"example":"image/jpeg"');
  });
});
