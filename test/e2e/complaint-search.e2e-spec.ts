import { Browser, Page } from 'playwright-core';
import { clickAndLoad, launchBrowser, newPerson, screenshot, signIn, textOf } from '../support/browser';
import { complaintBody, postComplaint } from '../support/complaints';
import { eventually } from '../support/eventually';
import { describeE2E, startTestStack, TestStack } from '../support/test-stack';
import { committee, rootCauseOf, triage } from '../support/triage';

/**
 * Staff search on the running services (docs/complaint-search.md): intake's `GET /staff/complaints` with every filter,
 * full text in Russian and English with word forms, keyset pages, bounded inputs, the role limits intake enforces,
 * and the console's page over it in Chromium.
 */
describeE2E('complaint search', () => {
  let stack: TestStack;
  let intake: string;
  let browser: Browser | undefined;
  const ids: Record<'delayedRu' | 'delayedEn' | 'rudeStore' | 'webError', string> = {} as never;

  const file = async (name: keyof typeof ids, body: Record<string, unknown>) => {
    const response = await postComplaint(intake, stack.secrets.apiKey, complaintBody(body));
    expect(response.status).toBe(202);
    ids[name] = response.body?.id as string;
  };
  const search = async (token: string, filters: Record<string, string> = {}) => {
    const response = await fetch(`${intake}/staff/complaints?${new URLSearchParams(filters).toString()}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return { status: response.status, body: (await response.json()) as any };
  };
  const found = async (token: string, filters: Record<string, string>) => {
    const { status, body } = await search(token, filters);
    expect(status).toBe(200);
    return (body.items as { id: string }[]).map((item) => item.id);
  };
  const member = () => committee(stack).others[0];
  const ownerOf = (department: string) => stack.secrets.owners.find((owner) => owner.department === department)!;
  const asPerson = async (token: string, locale = 'en-GB'): Promise<Page> => {
    browser ??= await launchBrowser();
    const page = await (await newPerson(browser, stack.console!.url, locale)).newPage();
    await signIn(page, token);
    return page;
  };

  beforeAll(async () => {
    stack = await startTestStack('complaint-search', { INTAKE_RATE_LIMIT: 'off' }, { withConsole: true });
    intake = stack.services.intake.url;
    await file('delayedRu', {
      externalRef: 'FIND-RU-1',
      order: { ref: 'ORD-FIND-1', amount: '1200.00', currency: 'RUB' },
      touchpoint: 'delivery',
      text: 'Заказ задержали на два дня, курьер так и не позвонил.',
    });
    await file('delayedEn', {
      externalRef: 'FIND-EN-2',
      order: { ref: 'ORD-FIND-2', amount: '900.00', currency: 'RUB' },
      touchpoint: 'delivery',
      text: 'The parcel was delayed twice and the courier never called.',
    });
    await file('rudeStore', {
      externalRef: 'FIND-RU-3',
      order: { ref: 'ORD-FIND-3', amount: '500.00', currency: 'RUB' },
      touchpoint: 'store',
      text: 'Кассир в магазине был груб и отказался принять возврат.',
    });
    await file('webError', {
      externalRef: 'FIND-EN-4',
      order: { ref: 'ORD-FIND-4', amount: '300.00', currency: 'RUB' },
      touchpoint: 'web',
      text: 'The website checkout kept failing with an error.',
      dissatisfaction: 'mild',
    });
    // The committee gives the delivery complaints' cause to logistics; intake learns it from the events.
    const rootCauseId = await rootCauseOf(stack, ids.delayedRu);
    for (const id of Object.values(ids)) await rootCauseOf(stack, id);
    const decided = await triage(stack, 'POST', `/rootcauses/${rootCauseId}/decision`, committee(stack).chair.token, {
      cause: 'Couriers overbooked',
      department: 'logistics',
    });
    expect(decided.status).toBeLessThan(300);
    await eventually(
      () => search(member().token, { department: 'logistics' }),
      (answer) => answer.body.items?.some((item: { id: string }) => item.id === ids.delayedRu),
      { what: 'intake to learn the department of the delivery complaints' },
    );
    await eventually(
      () => search(member().token, { limit: '200' }),
      (answer) => answer.body.items?.every((item: { category: string | null }) => item.category !== null),
      { what: 'intake to learn every category' },
    );
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('finds word forms in Russian and English: задержка finds задержали, delay finds delayed', async () => {
    const token = member().token;
    expect(await found(token, { text: 'задержка' })).toEqual([ids.delayedRu]);
    expect(await found(token, { text: 'ЗАДЕРЖКА' })).toEqual([ids.delayedRu]);
    expect(await found(token, { text: 'задержкой доставки' })).toEqual([]);
    expect(await found(token, { text: 'delay' })).toEqual([ids.delayedEn]);
    expect(await found(token, { text: 'courier calls' })).toEqual([ids.delayedEn]);
    expect(await found(token, { text: 'курьеры' })).toEqual([ids.delayedRu]);
    // Web-search syntax: either word, and a word excluded.
    expect((await found(token, { text: 'задержка or delays' })).sort()).toEqual([ids.delayedRu, ids.delayedEn].sort());
    expect(await found(token, { text: 'courier -parcel' })).toEqual([]);
    expect(await found(token, { text: 'грубый кассир' })).toEqual([ids.rudeStore]);
  });

  it('filters by status, category, touchpoint, root cause, department, dates and either reference', async () => {
    const token = member().token;
    const all = await search(token, { limit: '200' });
    expect(all.body.items.map((item: { id: string }) => item.id)).toEqual([
      ids.webError,
      ids.rudeStore,
      ids.delayedEn,
      ids.delayedRu,
    ]);
    const delayed = all.body.items.find((item: { id: string }) => item.id === ids.delayedRu);
    expect(delayed).toMatchObject({
      externalRef: 'FIND-RU-1',
      orderRef: 'ORD-FIND-1',
      touchpoint: 'delivery',
      department: 'logistics',
      excerpt: 'Заказ задержали на два дня, курьер так и не позвонил.',
    });
    expect(delayed).not.toHaveProperty('customer');

    expect(await found(token, { touchpoint: 'store' })).toEqual([ids.rudeStore]);
    expect(await found(token, { ref: 'ORD-FIND-2' })).toEqual([ids.delayedEn]);
    expect(await found(token, { ref: 'FIND-RU-3' })).toEqual([ids.rudeStore]);
    expect(await found(token, { category: delayed.category, touchpoint: 'delivery' })).toContain(ids.delayedRu);
    expect(await found(token, { rootCauseId: delayed.rootCauseId, text: 'courier' })).toEqual([ids.delayedEn]);
    const logistics = await found(token, { department: 'logistics' });
    expect(logistics).toContain(ids.delayedRu);
    expect(logistics).not.toContain(ids.rudeStore);
    expect(await found(token, { status: delayed.status, department: 'logistics' })).toContain(ids.delayedRu);
    expect(await found(token, { status: 'closed' })).toEqual([]);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
    expect(await found(token, { from: tomorrow })).toEqual([]);
    expect(await found(token, { from: delayed.receivedAt, to: tomorrow, touchpoint: 'delivery' })).toContain(
      ids.delayedRu,
    );
    expect(await found(token, { to: delayed.receivedAt })).toEqual([]);
  });

  it('pages newest first with a cursor, each complaint once', async () => {
    const token = member().token;
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; body: any } = await search(token, { limit: '1', ...(cursor ? { cursor } : {}) });
      expect(page.body.items).toHaveLength(1);
      seen.push(page.body.items[0].id);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([ids.webError, ids.rudeStore, ids.delayedEn, ids.delayedRu]);
  });

  it('refuses bad filters with a 400 naming the field', async () => {
    const token = member().token;
    const refused = async (filters: Record<string, string>) => {
      const { status, body } = await search(token, filters);
      expect(status).toBe(400);
      return body.errors.map((error: { field: string }) => error.field);
    };
    expect(await refused({ text: 'x'.repeat(201) })).toEqual(['text']);
    expect(await refused({ text: 'и the' })).toEqual(['text']);
    expect(await refused({ status: 'lost' })).toEqual(['status']);
    expect(await refused({ touchpoint: 'moon' })).toEqual(['touchpoint']);
    expect(await refused({ rootCauseId: 'nope' })).toEqual(['rootCauseId']);
    expect(await refused({ from: 'yesterday' })).toEqual(['from']);
    expect(await refused({ from: '2026-12-02T00:00:00Z', to: '2026-12-01T00:00:00Z' })).toEqual(['to']);
    expect(await refused({ ref: 'r'.repeat(101) })).toEqual(['ref']);
    expect(await refused({ limit: '201' })).toEqual(['limit']);
    expect(await refused({ cursor: 'forged' })).toEqual(['cursor']);
    expect(await refused({ shoeSize: '42' })).toEqual(['shoeSize']);
  });

  it("limits owners to their department's complaints, and refuses the rest in the service", async () => {
    const logisticsOwner = ownerOf('logistics');
    const own = await found(logisticsOwner.token, {});
    expect(own).toContain(ids.delayedRu);
    expect(own).not.toContain(ids.rudeStore);
    expect(own).not.toContain(ids.webError);
    const elsewhere = await search(logisticsOwner.token, { department: 'customer-care' });
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.body.errors).toEqual([{ field: 'department', reason: expect.stringContaining('logistics') }]);
    // Another department's owner finds none of logistics' complaints, even by their reference.
    expect(await found(ownerOf('customer-care').token, { ref: 'FIND-RU-1' })).toEqual([]);
    // Supervisors, client systems' keys and unknown tokens are not staff who search.
    expect((await search(stack.secrets.supervisorToken)).status).toBe(401);
    expect((await search('rm_forged-token')).status).toBe(401);
    const withKey = await fetch(`${intake}/staff/complaints`, { headers: { 'x-api-key': stack.secrets.apiKey } });
    expect(withKey.status).toBe(401);
  });

  it('lets a member search in the console and open a complaint from the list', async () => {
    const page = await asPerson(member().token);
    await page.goto('/complaints');
    await page.getByLabel('Words in the complaint').fill('задержка');
    await page.getByLabel('Touchpoint').selectOption('delivery');
    await clickAndLoad(page, page.getByRole('button', { name: 'Find' }));
    const rows = page.locator('table.found tbody tr');
    expect(await rows.count()).toBe(1);
    expect(await textOf(rows.first())).toContain('задержали');
    await screenshot(page, 'complaints-search');
    await clickAndLoad(page, rows.first().getByRole('link', { name: 'FIND-RU-1' }));
    expect(new URL(page.url()).pathname).toBe(`/complaints/${ids.delayedRu}`);
    expect(await textOf(page.getByRole('heading', { level: 1 }))).toContain('FIND-RU-1');

    // In Russian, on a phone, with a bad date range: the refusal sits beside the field.
    const ru = await asPerson(member().token, 'ru-RU');
    await ru.setViewportSize({ width: 375, height: 800 });
    const response = await ru.goto('/complaints?from=2026-12-02&to=2026-11-01');
    expect(response?.status()).toBe(400);
    expect(await ru.locator('#to').getAttribute('aria-invalid')).toBe('true');
    expect(await textOf(ru.locator('#to-error'))).toContain('to must be later than from');
    await screenshot(ru, 'complaints-search-ru-phone');
  });

  it("shows an owner their department's complaints and the service's refusal of another's", async () => {
    const page = await asPerson(ownerOf('logistics').token);
    await page.goto('/complaints');
    expect(await page.locator('#department').inputValue()).toBe('logistics');
    const links = await page.locator('table.found tbody a').allInnerTexts();
    expect(links).toContain('FIND-RU-1');
    expect(links).not.toContain('FIND-RU-3');
    const forged = await page.goto('/complaints?department=customer-care');
    expect(forged?.status()).toBe(403);
    expect(await textOf(page.locator('#department-error'))).toContain('own department');
    expect(await page.locator('table.found').count()).toBe(0);
    await screenshot(page, 'complaints-search-owner-refused');

    // On the assignment, the complaints behind it: their words, dissatisfaction and date, no contact details.
    const { rows } = await stack.db.query(
      `SELECT a.id FROM escalation.assignments a JOIN intake.complaints c ON c.root_cause_id = a.root_cause_id
       WHERE c.id = $1`,
      [ids.delayedRu],
    );
    await page.goto(`/assignments/${rows[0].id}`);
    const behind = page.getByRole('region', { name: 'The complaints behind it' });
    expect(await textOf(behind)).toContain('Заказ задержали на два дня');
    expect(await textOf(behind)).toContain('outraged');
    expect(await behind.getByRole('link', { name: 'FIND-RU-1' }).getAttribute('href')).toBe(
      `/complaints/${ids.delayedRu}`,
    );
    expect(await textOf(behind)).not.toContain('+7916');
    await screenshot(page, 'assignment-complaints-behind');
    // Once a callback is owed (the customer rated the answer low), its number is there to call.
    await stack.db.query(`UPDATE intake.complaints SET status = 'follow-up', status_rank = 6 WHERE id = $1`, [
      ids.delayedRu,
    ]);
    await page.reload();
    expect(await textOf(behind)).toContain('Callback owed: +79161234567');
    expect(await behind.getByRole('link', { name: '+79161234567' }).getAttribute('href')).toBe('tel:+79161234567');

    // A supervisor has no search page: the console refuses it.
    const supervisor = await asPerson(stack.secrets.supervisorToken);
    expect((await supervisor.goto('/complaints'))?.status()).toBe(403);
  });
});
