import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { Browser } from 'playwright-core';
import { FILE_HEADS, fileOf, uploadAttachment } from '../support/attachments';
import { launchBrowser, newPerson, screenshot, signIn, textOf } from '../support/browser';
import { complaintBody, getComplaint, postComplaint } from '../support/complaints';
import { eventually } from '../support/eventually';
import { describeE2E, startTestStack, TestStack } from '../support/test-stack';
import { committee, rootCauseOf, triage } from '../support/triage';

const run = promisify(execFile);
const MIB = 1024 * 1024;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The resident memory of a process, from the kernel's own count. */
function rssBytes(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(match?.[1]) * 1024;
}

/**
 * Attachments on the running services: what intake takes (by content, within its limits), who may read them (the
 * filing client system; committee members and the owning department's owners through their own tokens), the event
 * it publishes, and that its memory stays flat while 100 MB arrive.
 */
describeE2E('attachments', () => {
  let stack: TestStack;
  let intake: string;
  let apiKey: string;
  let browser: Browser | undefined;

  beforeAll(async () => {
    stack = await startTestStack(
      'attachments',
      {
        INTAKE_RATE_LIMIT: 'off',
        ATTACHMENT_MAX_UPLOADS: '10',
        HTTP_REQUEST_TIMEOUT: '60s',
      },
      { withConsole: true },
    );
    intake = stack.services.intake.url;
    apiKey = stack.secrets.apiKey;
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  const newComplaint = async (key = apiKey): Promise<string> => {
    const response = await postComplaint(intake, key, complaintBody());
    expect(response.status).toBe(202);
    return response.body?.id as string;
  };
  const get = (path: string, headers: Record<string, string>) => fetch(`${intake}${path}`, { headers });
  const newClient = async (name: string) => {
    const { stdout } = await run(process.execPath, ['dist/apps/intake/src/cli/create-client.cli.js', name], {
      env: { ...process.env, DATABASE_URL: stack.databaseUrl },
    });
    return /API key, shown only now: (\S+)/.exec(stdout)?.[1] as string;
  };
  /** A person signed in to the console in a browser profile of their own. */
  const asPerson = async (token: string) => {
    browser ??= await launchBrowser();
    const page = await (await newPerson(browser, stack.console!.url)).newPage();
    await signIn(page, token);
    return page;
  };
  const storedCount = async (complaintId: string) =>
    Number(
      (await stack.db.query('SELECT count(*) FROM intake.attachments WHERE complaint_id = $1', [complaintId])).rows[0]
        .count,
    );

  it('takes JPEG, PNG and PDF by their content, whatever their name or declared type, and gives back the same bytes', async () => {
    const complaintId = await newComplaint();
    const png = fileOf(FILE_HEADS.png, 300_000);
    const pdf = fileOf(FILE_HEADS.pdf, 1_000);
    const jpeg = fileOf(FILE_HEADS.jpeg, 700_001);

    const asPdf = await uploadAttachment(intake, apiKey, complaintId, png, {
      filename: 'receipt.pdf',
      contentType: 'application/pdf',
    });
    expect(asPdf.status).toBe(201);
    expect(asPdf.body).toMatchObject({
      complaintId,
      contentType: 'image/png',
      sizeBytes: 300_000,
      sha256: sha256(png),
    });
    expect(asPdf.headers.get('location')).toBe(`/complaints/${complaintId}/attachments/${asPdf.body.id}`);
    const asJpeg = await uploadAttachment(intake, apiKey, complaintId, pdf, { filename: 'photo.jpg' });
    expect(asJpeg.body).toMatchObject({ contentType: 'application/pdf', sizeBytes: 1_000 });
    const jpegUpload = await uploadAttachment(intake, apiKey, complaintId, jpeg, { filename: 'x.exe' });
    expect(jpegUpload.body).toMatchObject({ contentType: 'image/jpeg', sizeBytes: 700_001 });

    for (const [upload, bytes] of [
      [asPdf, png],
      [asJpeg, pdf],
      [jpegUpload, jpeg],
    ] as const) {
      const response = await get(`/complaints/${complaintId}/attachments/${upload.body.id}`, { 'x-api-key': apiKey });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(upload.body.contentType);
      expect(response.headers.get('content-length')).toBe(String(bytes.length));
      expect(response.headers.get('content-disposition')).toMatch(
        new RegExp(`^attachment; filename="${upload.body.id}\\.`),
      );
      expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
    }
    const list = await get(`/complaints/${complaintId}/attachments`, { 'x-api-key': apiKey });
    expect(((await list.json()) as any).items.map((item: { id: string }) => item.id)).toEqual([
      asPdf.body.id,
      asJpeg.body.id,
      jpegUpload.body.id,
    ]);
  });

  it('refuses what is none of the three, an empty file, a missing part and a body that is not multipart', async () => {
    const complaintId = await newComplaint();
    const text = await uploadAttachment(intake, apiKey, complaintId, fileOf(FILE_HEADS.text, 5_000), {
      filename: 'photo.jpg',
      contentType: 'image/jpeg',
    });
    expect(text.status).toBe(415);
    expect(text.body.message).toMatch(/not a JPEG, PNG or PDF/);
    // A GIF and an SVG are pictures, but not kinds intake keeps.
    const gif = await uploadAttachment(intake, apiKey, complaintId, fileOf(Buffer.from('GIF89a'), 100));
    expect(gif.status).toBe(415);
    const empty = await uploadAttachment(intake, apiKey, complaintId, Buffer.alloc(0));
    expect(empty.status).toBe(400);
    expect(empty.body.errors).toEqual([{ field: 'file', reason: 'is empty' }]);
    const wrongPart = await uploadAttachment(intake, apiKey, complaintId, fileOf(FILE_HEADS.png, 100), {
      field: 'photo',
    });
    expect(wrongPart.status).toBe(400);
    expect(wrongPart.body.errors[0].field).toBe('file');
    const json = await fetch(`${intake}/complaints/${complaintId}/attachments`, {
      method: 'POST',
      headers: { 'x-api-key': apiKey, 'content-type': 'application/json' },
      body: '{"file":"iVBORw0KGgo="}',
    });
    expect(json.status).toBe(415);
    // Other routes still take JSON only.
    const multipartComplaint = await fetch(`${intake}/complaints`, {
      method: 'POST',
      headers: { 'x-api-key': apiKey, 'content-type': 'multipart/form-data; boundary=x' },
      body: '--x--',
    });
    expect(multipartComplaint.status).toBe(415);
    expect(await storedCount(complaintId)).toBe(0);
  });

  it('takes a file of exactly ATTACHMENT_MAX_BYTES, refuses one byte more however it is sent, and stores nothing of it', async () => {
    const complaintId = await newComplaint();
    const atLimit = await uploadAttachment(intake, apiKey, complaintId, { head: FILE_HEADS.pdf, bytes: 10 * MIB });
    expect(atLimit.status).toBe(201);
    expect(atLimit.body.sizeBytes).toBe(10 * MIB);
    for (const chunked of [false, true]) {
      const over = await uploadAttachment(
        intake,
        apiKey,
        complaintId,
        { head: FILE_HEADS.pdf, bytes: 10 * MIB + 1 },
        { chunked },
      );
      expect(over.status).toBe(413);
    }
    // Announced far too large: refused before it is read.
    const huge = await uploadAttachment(intake, apiKey, complaintId, { head: FILE_HEADS.png, bytes: 40 * MIB });
    expect(huge.status).toBe(413);
    expect(await storedCount(complaintId)).toBe(1);
    const { rows } = await stack.db.query(
      `SELECT count(*)::int AS chunks, sum(length(data))::bigint AS bytes FROM intake.attachment_chunks k
       JOIN intake.attachments a ON a.id = k.attachment_id WHERE a.complaint_id = $1`,
      [complaintId],
    );
    expect(rows[0]).toEqual({ chunks: 40, bytes: String(10 * MIB) });
  });

  it('takes ATTACHMENT_MAX_PER_COMPLAINT files, even sent at once, and refuses the next with 409', async () => {
    const complaintId = await newComplaint();
    const uploads = await Promise.all(
      Array.from({ length: 7 }, () => uploadAttachment(intake, apiKey, complaintId, fileOf(FILE_HEADS.jpeg, 50_000))),
    );
    expect(uploads.map((upload) => upload.status).sort()).toEqual([201, 201, 201, 201, 201, 409, 409]);
    expect(uploads.find((upload) => upload.status === 409)?.body.message).toMatch(/already has 5 attachments/);
    expect(await storedCount(complaintId)).toBe(5);
  });

  it('shows attachments to the filing client system only: another one, and the staff reader key, get 404', async () => {
    const complaintId = await newComplaint();
    const upload = await uploadAttachment(intake, apiKey, complaintId, fileOf(FILE_HEADS.png, 10_000));
    const otherKey = await newClient('attachments-other');
    const ownComplaint = await newComplaint(otherKey);
    const paths = [
      `/complaints/${complaintId}/attachments`,
      `/complaints/${complaintId}/attachments/${upload.body.id}`,
    ];
    for (const key of [otherKey, stack.secrets.consoleApiKey]) {
      for (const path of paths) expect((await get(path, { 'x-api-key': key })).status).toBe(404);
      const intoOthers = await uploadAttachment(intake, key, complaintId, fileOf(FILE_HEADS.png, 100));
      expect(intoOthers.status).toBe(404);
    }
    // Its own complaint's id does not open another complaint's attachment.
    const crossed = await get(`/complaints/${ownComplaint}/attachments/${upload.body.id}`, { 'x-api-key': otherKey });
    expect(crossed.status).toBe(404);
    expect((await get(paths[0], {})).status).toBe(401);
    expect(await storedCount(complaintId)).toBe(1);
  });

  it("erases a complaint's attachments with its customer: the list is empty and no chunk is left", async () => {
    const externalRef = `CRM-ERASE-${Date.now()}`;
    const posted = await postComplaint(intake, apiKey, complaintBody({ externalRef }));
    const complaintId = posted.body?.id as string;
    const upload = await uploadAttachment(intake, apiKey, complaintId, fileOf(FILE_HEADS.pdf, 300_000));
    expect(upload.status).toBe(201);

    const erasure = await fetch(`${intake}/customers/erasure`, {
      method: 'POST',
      headers: { 'x-api-key': apiKey, 'content-type': 'application/json' },
      body: JSON.stringify({ externalRef }),
    });
    expect(erasure.status).toBe(202);
    const listed = await get(`/complaints/${complaintId}/attachments`, { 'x-api-key': apiKey });
    expect(await listed.json()).toEqual({ items: [] });
    expect(
      (await get(`/complaints/${complaintId}/attachments/${upload.body.id}`, { 'x-api-key': apiKey })).status,
    ).toBe(404);
    const chunks = await stack.db.query(
      'SELECT count(*)::int AS n FROM intake.attachment_chunks WHERE attachment_id = $1',
      [upload.body.id],
    );
    expect(chunks.rows[0].n).toBe(0);
  });

  it('publishes complaint.attachment-added with ids, size and type only, and puts it on the timeline', async () => {
    const complaintId = await newComplaint();
    const upload = await uploadAttachment(intake, apiKey, complaintId, fileOf(FILE_HEADS.pdf, 4_096));
    const { rows } = await stack.db.query(
      `SELECT message_key, payload FROM intake.outbox WHERE event_type = 'complaint.attachment-added' AND message_key = $1`,
      [complaintId],
    );
    expect(rows).toHaveLength(1);
    const event = typeof rows[0].payload === 'string' ? JSON.parse(rows[0].payload) : rows[0].payload;
    expect(event.data).toEqual({
      complaintId,
      attachmentId: upload.body.id,
      contentType: 'application/pdf',
      sizeBytes: 4_096,
      addedAt: upload.body.addedAt,
    });
    const complaint = await getComplaint(intake, apiKey, complaintId);
    expect(complaint.body.timeline).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          type: 'complaint.attachment-added',
          details: { attachmentId: upload.body.id, contentType: 'application/pdf', sizeBytes: 4_096 },
        }),
      ]),
    );
  });

  it("lets committee members and the owning department's owners read attachments with their own tokens", async () => {
    const complaintId = await newComplaint();
    const file = fileOf(FILE_HEADS.jpeg, 20_000);
    const upload = await uploadAttachment(intake, apiKey, complaintId, file);
    const list = `/staff/complaints/${complaintId}/attachments`;
    const one = `${list}/${upload.body.id}`;
    const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
    const { chair, others } = committee(stack);
    const logistics = stack.secrets.owners.filter((owner) => owner.department === 'logistics');
    const elsewhere = stack.secrets.owners.find((owner) => owner.department !== 'logistics');

    const memberView = await get(list, bearer(others[0].token));
    expect(memberView.status).toBe(200);
    expect(((await memberView.json()) as any).items).toEqual([
      expect.objectContaining({ id: upload.body.id, sizeBytes: 20_000 }),
    ]);
    const download = await get(one, bearer(others[0].token));
    expect(Buffer.from(await download.arrayBuffer()).equals(file)).toBe(true);
    // Before its cause is assigned no department owns the complaint.
    expect((await get(list, bearer(logistics[0].token))).status).toBe(404);

    const rootCauseId = await rootCauseOf(stack, complaintId);
    const decided = await triage(stack, 'POST', `/rootcauses/${rootCauseId}/decision`, chair.token, {
      cause: 'Couriers overbooked',
      department: 'logistics',
    });
    expect(decided.status).toBeLessThan(300);
    await eventually(
      async () => (await getComplaint(intake, apiKey, complaintId)).body.assignment,
      (assignment) => assignment?.department === 'logistics',
      { what: 'intake to learn the assignment' },
    );
    for (const owner of logistics) {
      const response = await get(one, bearer(owner.token));
      expect(response.status).toBe(200);
      expect(sha256(Buffer.from(await response.arrayBuffer()))).toBe(sha256(file));
    }
    expect((await get(one, bearer(elsewhere!.token))).status).toBe(404);
    expect((await get(list, bearer(stack.secrets.supervisorToken))).status).toBe(401);
    expect((await get(list, bearer('rm_' + 'x'.repeat(43)))).status).toBe(401);
    expect((await get(list, {})).status).toBe(401);
    // A client system's key is not a person.
    expect((await get(list, { 'x-api-key': apiKey })).status).toBe(401);
  });

  it("lists attachments on the console's complaint page and passes downloads on under the person's own token", async () => {
    const complaintId = await newComplaint();
    const pdf = fileOf(FILE_HEADS.pdf, 150_000);
    const upload = await uploadAttachment(intake, apiKey, complaintId, pdf, { filename: 'receipt.pdf' });
    const { others } = committee(stack);

    const member = await asPerson(others[0].token);
    await member.goto(`/complaints/${complaintId}`);
    const section = member.getByRole('region', { name: 'Attachments' });
    expect(await textOf(section.getByRole('listitem'))).toContain('PDF document · 147 KiB');
    await screenshot(member, 'member-complaint-attachments');
    const link = section.getByRole('link');
    expect(await link.getAttribute('href')).toBe(`/complaints/${complaintId}/attachments/${upload.body.id}`);
    const [download] = await Promise.all([member.waitForEvent('download'), link.click()]);
    const saved = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of saved) chunks.push(chunk as Buffer);
    expect(sha256(Buffer.concat(chunks))).toBe(sha256(pdf));
    expect(download.suggestedFilename()).toBe(`${upload.body.id}.pdf`);

    // An owner whose department does not own the complaint sees the page without its files, and cannot fetch one.
    const elsewhere = stack.secrets.owners.find((owner) => owner.department !== 'logistics')!;
    const owner = await asPerson(elsewhere.token);
    await owner.goto(`/complaints/${complaintId}`);
    expect(await owner.getByRole('region', { name: 'Attachments' }).count()).toBe(0);
    const refused = await owner.request.get(`/complaints/${complaintId}/attachments/${upload.body.id}`);
    expect(refused.status()).toBe(404);
    expect(Buffer.from(await refused.body()).includes(pdf.subarray(0, 64))).toBe(false);
  });

  it('keeps its memory flat while 100 MB arrive, ten 10 MiB files at once', async () => {
    const pid = stack.services.intake.pid as number;
    const complaints = await Promise.all(Array.from({ length: 10 }, () => newComplaint()));
    // A smaller round of the same shape first, so that what uploads load (code, pools, the collector's pace under
    // this churn) is in the baseline: ten 2 MiB files at once.
    const warmUp = await Promise.all(Array.from({ length: 10 }, () => newComplaint()));
    await Promise.all(
      warmUp.map((complaintId) =>
        uploadAttachment(intake, apiKey, complaintId, { head: FILE_HEADS.png, bytes: 2 * MIB }),
      ),
    );
    const baseline = rssBytes(pid);
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, rssBytes(pid))), 20);
    const started = Date.now();
    let uploads;
    try {
      uploads = await Promise.all(
        complaints.map((complaintId) =>
          uploadAttachment(intake, apiKey, complaintId, { head: FILE_HEADS.jpeg, bytes: 10 * MIB }),
        ),
      );
    } finally {
      clearInterval(sampler);
    }
    const seconds = (Date.now() - started) / 1000;
    expect(uploads.map((upload) => upload.status)).toEqual(Array(10).fill(201));
    const growthMib = (peak - baseline) / MIB;
    process.stdout.write(
      `attachments: 100 MiB in ${seconds.toFixed(1)} s; intake RSS ${(baseline / MIB).toFixed(0)} MiB before, ` +
        `peak ${(peak / MIB).toFixed(0)} MiB (+${growthMib.toFixed(1)} MiB)\n`,
    );
    // Holding even the files under way whole would take 100 MiB more (measured: +118 MiB when buffered).
    expect(growthMib).toBeLessThan(40);

    // And out again, each file twice, all twenty at once (200 MiB): each chunk is read as the client takes it. What
    // grows is the garbage of the driver's and sockets' buffers until the collector runs (Node lets external memory
    // grow by 64 MiB before it does), not the files.
    let downloadPeak = rssBytes(pid);
    const downloadBaseline = downloadPeak;
    const downloadSampler = setInterval(() => (downloadPeak = Math.max(downloadPeak, rssBytes(pid))), 20);
    try {
      const sizes = await Promise.all(
        [...uploads, ...uploads].map(async (upload) => {
          const response = await get(`/complaints/${upload.body.complaintId}/attachments/${upload.body.id}`, {
            'x-api-key': apiKey,
          });
          let bytes = 0;
          for await (const piece of response.body as AsyncIterable<Uint8Array>) bytes += piece.length;
          return bytes;
        }),
      );
      expect(sizes).toEqual(Array(20).fill(10 * MIB));
    } finally {
      clearInterval(downloadSampler);
    }
    const downloadGrowthMib = (downloadPeak - downloadBaseline) / MIB;
    process.stdout.write(`attachments: 200 MiB read back; intake RSS +${downloadGrowthMib.toFixed(1)} MiB\n`);
    expect(downloadGrowthMib).toBeLessThan(120);
  });

  // Last: it stops triage, which the tests above need.
  it("keeps the console's complaint page when the person's service is away, without the attachments", async () => {
    const complaintId = await newComplaint();
    await uploadAttachment(intake, apiKey, complaintId, fileOf(FILE_HEADS.png, 1_000));
    const member = await asPerson(committee(stack).others[0].token);
    await stack.services.triage.stop();
    // Intake cannot ask triage who the member is: its staff route answers 503, and only the list is missing.
    const staffList = await get(`/staff/complaints/${complaintId}/attachments`, {
      authorization: `Bearer ${committee(stack).others[0].token}`,
    });
    expect(staffList.status).toBe(503);
    const response = await member.goto(`/complaints/${complaintId}`);
    expect(response?.status()).toBe(200);
    const section = member.getByRole('region', { name: 'Attachments' });
    expect(await textOf(section)).toContain('cannot be listed right now');
    expect(await section.getByRole('link').count()).toBe(0);
    expect(await textOf(member.getByRole('heading', { level: 1 }))).toMatch(/^Complaint /);
  });
});
