import { buildEvent, EventType, topicFor } from '@redress/contracts';
import { findFreePort } from '@redress/infra';
import { randomBytes } from 'node:crypto';
import { Browser, Locator, Page } from 'playwright-core';
import { callApi } from '../../scripts/stack/api';
import { ServiceProcess } from '../../scripts/stack/service-process';
import { clickAndLoad, launchBrowser, newPerson, screenshot, signIn, textOf, valueOf } from '../support/browser';
import { complaintBody, postComplaint } from '../support/complaints';
import { assignmentOf, ownerAt } from '../support/escalation';
import { eventually } from '../support/eventually';
import { KafkaProbe } from '../support/kafka-probe';
import { committee, rootCauseOf, triage } from '../support/triage';
import { describeE2E, startTestStack, TestStack } from '../support/test-stack';

const CAUSE = 'Evening courier shifts are understaffed';
/** Shared with a second console replica, which must open the first one's cookies. */
const SESSION_SECRET = randomBytes(32).toString('base64url');

/**
 * The console in a real headless Chromium against the embedded stack: a member votes and the chair decides, the
 * owner resolves through the form (seeing the error beside an empty deliverable first), the supervisor approves a
 * review item; each step is checked on the page and through the services' own APIs. Screenshots of every main page
 * go to test-results/console.
 */
describeE2E('console', () => {
  let stack: TestStack;
  let browser: Browser;
  let consoleUrl: string;
  let complaintId: string;
  let rootCauseId: string;

  beforeAll(async () => {
    stack = await startTestStack(
      'console',
      // Every open assignment counts as near its deadline, so the owner's "Late" page has a row to show.
      { COMPENSATION_LIMIT: '200.00', ESCALATION_NEAR_BREACH: '30d' },
      { withConsole: true, consoleEnv: { CONSOLE_SESSION_SECRET: SESSION_SECRET } },
    );
    consoleUrl = stack.console!.url;
    browser = await launchBrowser();
    const { apiKey } = stack.secrets;
    // A claim above the limit: the notifier grants the capped amount and asks a supervisor about the rest.
    const posted = await postComplaint(
      stack.services.intake.url,
      apiKey,
      complaintBody({
        externalRef: 'CRM-CONSOLE-1',
        text: 'The courier came three hours late, again.',
        remedy: { type: 'refund', amount: '500.00' },
      }),
    );
    complaintId = posted.body!.id;
    await postComplaint(
      stack.services.intake.url,
      apiKey,
      complaintBody({ externalRef: 'CRM-CONSOLE-2', text: 'Delivery was late and nobody called.' }),
    );
    rootCauseId = await rootCauseOf(stack, complaintId);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  async function asPerson(token: string): Promise<Page> {
    const page = await (await newPerson(browser, consoleUrl)).newPage();
    await signIn(page, token);
    return page;
  }

  /** The services act asynchronously: reload until the page shows what they did. */
  async function reloadUntilVisible(page: Page, locator: Locator, what: string): Promise<void> {
    await eventually(
      async () => (await locator.isVisible()) || (await page.reload(), await locator.isVisible()),
      (visible) => visible,
      { what, intervalMs: 500 },
    );
  }

  const heading = (page: Page) => textOf(page.getByRole('heading', { level: 1 }));
  const notice = (page: Page) => textOf(page.getByRole('status'));

  it('lets a member vote from the agenda, and the chair decide', async () => {
    const { chair, others } = committee(stack);
    const member = others[0];
    const page = await asPerson(member.token);
    expect(new URL(page.url()).pathname).toBe('/committee');
    await reloadUntilVisible(
      page,
      page.getByText('The courier came three hours late, again.'),
      'the complaint excerpt on the agenda',
    );
    expect(await heading(page)).toBe('Committee agenda');
    expect(await textOf(page.locator('.card'))).toContain('2 complaints');
    await screenshot(page, 'member-agenda');

    await clickAndLoad(page, page.locator(`a[href="/rootcauses/${rootCauseId}"]`));
    await page.getByLabel('Cause').fill(CAUSE);
    await page.getByLabel('Department').selectOption('logistics');
    await clickAndLoad(page, page.getByRole('button', { name: 'Vote' }));
    expect(await notice(page)).toBe('Your vote is recorded.');
    expect(await textOf(page.getByRole('row').filter({ hasText: member.name }))).toContain(CAUSE);
    // A member who is not the chair is offered no decision.
    expect(await page.getByRole('button', { name: 'Decide' }).count()).toBe(0);
    await screenshot(page, 'member-root-cause');
    const afterVote = await triage(stack, 'GET', `/rootcauses/${rootCauseId}`, member.token);
    expect(afterVote.body.votes).toEqual([
      expect.objectContaining({ memberId: member.id, cause: CAUSE, department: 'logistics' }),
    ]);
    expect(afterVote.body.status).toBe('under-review');

    const chairPage = await asPerson(chair.token);
    await chairPage.goto(`/rootcauses/${rootCauseId}`);
    const decision = chairPage.locator('form[action$="/decision"]');
    await decision.getByLabel('Cause').fill(CAUSE);
    await decision.getByLabel('Department').selectOption('logistics');
    await clickAndLoad(chairPage, decision.getByRole('button', { name: 'Decide' }));
    expect(await notice(chairPage)).toContain('identified');
    const decided = await triage(stack, 'GET', `/rootcauses/${rootCauseId}`, chair.token);
    expect(decided.body).toMatchObject({
      status: 'identified',
      decision: { cause: CAUSE, department: 'logistics', decidedBy: 'chair' },
    });

    await chairPage.goto('/trends');
    const chart = chairPage.getByRole('img', { name: /Chart of complaints/ });
    await chart.waitFor();
    expect(await chart.evaluate((image: any) => image.complete && image.naturalWidth)).toBeGreaterThan(0);
    await screenshot(chairPage, 'member-trends');
  });

  it('lets the chair move a complaint (with the error beside a bad target) and merge root causes', async () => {
    const { chair } = committee(stack);
    const { apiKey } = stack.secrets;
    const post = (touchpoint: string, externalRef: string) =>
      postComplaint(
        stack.services.intake.url,
        apiKey,
        complaintBody({ touchpoint, externalRef, text: 'The payment page shows an error at checkout.' }),
      );
    const first = (await post('web', 'CRM-WEB-1')).body!.id;
    const second = (await post('web', 'CRM-WEB-2')).body!.id;
    const fromApp = (await post('app', 'CRM-APP-1')).body!.id;
    const webCause = await rootCauseOf(stack, first);
    await rootCauseOf(stack, second);
    const appCause = await rootCauseOf(stack, fromApp);
    expect(webCause).not.toBe(appCause);

    const page = await asPerson(chair.token);
    await page.goto(`/rootcauses/${webCause}`);
    const target = page.getByLabel('Move to root cause').nth(0);
    await target.fill('not-a-root-cause');
    await clickAndLoad(page, page.getByRole('button', { name: 'Move' }).nth(0));
    expect(await textOf(page.locator('.field-error'))).toMatch(/toRootCauseId/);
    await screenshot(page, 'chair-move-error');

    await page.getByLabel('Move to root cause').nth(0).fill(appCause);
    await clickAndLoad(page, page.getByRole('button', { name: 'Move' }).nth(0));
    expect(await notice(page)).toBe('The complaint was moved.');
    const moved = await eventually(
      () =>
        stack.db.query('SELECT count(*)::int AS count FROM triage.complaint_links WHERE root_cause_id = $1', [
          appCause,
        ]),
      (result) => result.rows[0].count === 2,
      { what: 'a web complaint to be moved under the app root cause' },
    );
    expect(moved.rows[0].count).toBe(2);

    await page.getByLabel('Root cause to merge into').fill(appCause);
    await clickAndLoad(page, page.getByRole('button', { name: 'Merge' }));
    expect(await notice(page)).toContain('Merged');
    const merged = await triage(stack, 'GET', `/rootcauses/${webCause}`, chair.token);
    expect(merged.body).toMatchObject({ status: 'merged', mergedInto: appCause });
  });

  it('lets the owner see the deadline, acknowledge, and resolve through the form, with the error beside an empty deliverable', async () => {
    const owner = ownerAt(stack, 'logistics', 1);
    const assignmentId = await assignmentOf(stack, rootCauseId);
    const page = await asPerson(owner.token);
    expect(new URL(page.url()).pathname).toBe('/assignments');
    expect(await textOf(page.getByRole('row').filter({ hasText: CAUSE }))).toMatch(/\d+ h( \d+ min)? left/);
    await screenshot(page, 'owner-assignments');

    await clickAndLoad(page, page.getByRole('link', { name: 'Late' }));
    const late = await textOf(page.getByRole('row').filter({ hasText: CAUSE }));
    expect(late).toMatch(/\d+ h( \d+ min)? left/);
    expect(late).toMatch(/level 1: .+\d+ min ago/);
    await screenshot(page, 'owner-late');
    await clickAndLoad(page, page.getByRole('link', { name: 'Assignments' }));

    await clickAndLoad(page, page.getByRole('link', { name: CAUSE }));
    await clickAndLoad(page, page.getByRole('button', { name: 'Acknowledge' }));
    expect(await notice(page)).toBe('Acknowledged.');

    await page.getByLabel('Measures taken').fill('Two more evening couriers from Monday');
    await page.getByLabel('Report on the causes').fill('   ');
    await page.getByLabel('How to eliminate them').fill('Plan shifts from the order forecast');
    await clickAndLoad(page, page.getByRole('button', { name: 'Resolve' }));
    expect(await textOf(page.locator('#causeReport-error'))).toBe('Required: write what applies.');
    expect(await valueOf(page.getByLabel('Report on the causes'), 'aria-invalid')).toBe('true');
    expect(await valueOf(page.getByLabel('Measures taken'))).toBe('Two more evening couriers from Monday');
    await screenshot(page, 'owner-resolve-error');
    const unresolved = await callApi(stack.services.escalation.url, 'GET', `/assignments/${assignmentId}`, owner.token);
    expect(unresolved.body.status).toBe('acknowledged');

    await page.getByLabel('Report on the causes').fill('Orders doubled in the evening, couriers did not');
    await page.getByLabel('What customers read (optional)').fill('More couriers now work in the evening.');
    await clickAndLoad(page, page.getByRole('button', { name: 'Resolve' }));
    expect(await notice(page)).toContain('Resolved');
    await screenshot(page, 'owner-assignment');
    const resolved = await callApi(stack.services.escalation.url, 'GET', `/assignments/${assignmentId}`, owner.token);
    expect(resolved.body).toMatchObject({
      status: 'resolved',
      resolution: {
        causeReport: 'Orders doubled in the evening, couriers did not',
        customerSummary: 'More couriers now work in the evening.',
      },
    });
  });

  it('lets customer care make the callback a low rating asked for, with the error beside an empty note', async () => {
    const requested = buildEvent('notifier', {
      type: EventType.FollowUpRequested,
      key: complaintId,
      data: {
        complaintId,
        rating: 1,
        reason: 'too-slow',
        comment: 'Three weeks for an answer',
        requestedAt: new Date().toISOString(),
        dueAt: new Date(Date.now() + 2 * 3600_000).toISOString(),
      },
    });
    const probe = new KafkaProbe(stack.brokers);
    await probe.send(topicFor(EventType.FollowUpRequested, stack.topicPrefix), [
      { key: complaintId, value: JSON.stringify(requested) },
    ]);
    await probe.close();

    const owner = ownerAt(stack, 'customer-care', 1);
    const page = await asPerson(owner.token);
    await page.goto('/callbacks');
    const row = page.getByRole('row').filter({ hasText: 'Rated 1 of 5' });
    await reloadUntilVisible(page, row, 'the callback on the list');
    expect(await textOf(row)).toMatch(/It took too long.*Three weeks for an answer.*level 1: .*\d+ h( \d+ min)? left/s);
    await screenshot(page, 'owner-callbacks');

    await clickAndLoad(page, row.getByRole('link', { name: 'Rated 1 of 5' }));
    await page.getByLabel('Could not reach them').check();
    await clickAndLoad(page, page.getByRole('button', { name: 'Record the call' }));
    expect(await textOf(page.locator('#note-error'))).toBe('Required: write what applies.');
    expect(await page.getByLabel('Could not reach them').isChecked()).toBe(true);
    await screenshot(page, 'owner-callback-error');
    await page.getByLabel('What was agreed or tried').fill('Called twice, left a message with the new courier slots');
    await clickAndLoad(page, page.getByRole('button', { name: 'Record the call' }));
    expect(await notice(page)).toBe('The call is recorded.');
    expect(await page.getByRole('row').filter({ hasText: 'Rated 1 of 5' }).count()).toBe(0);
    const [followUp] = (await callApi(stack.services.escalation.url, 'GET', '/follow-ups?status=done', owner.token))
      .body.items;
    expect(followUp).toMatchObject({
      complaintId,
      status: 'done',
      outcome: 'unreachable',
      note: 'Called twice, left a message with the new courier slots',
    });
  });

  it('lets the supervisor approve the claim above the limit, and read the complaint with its timeline', async () => {
    const supervisorToken = stack.secrets.supervisorToken;
    const page = await asPerson(supervisorToken);
    expect(new URL(page.url()).pathname).toBe('/review');
    // The late page shows a supervisor every department's (docs/complaint-search.md#what-is-late).
    expect((await page.goto('/late'))?.status()).toBe(200);
    expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe('Late across departments');
    await page.goto('/review');
    const row = page.getByRole('row').filter({ hasText: complaintId });
    await reloadUntilVisible(page, row, 'the review item for the claim above the limit');
    expect(await textOf(row)).toContain('500.00');
    await screenshot(page, 'supervisor-review');
    const [item] = (await callApi(stack.services.notifier.url, 'GET', '/compensations?status=review', supervisorToken))
      .body.items;
    expect(item.complaintId).toBe(complaintId);

    // The amount to pay is prefilled with the claim; more than the claim is refused on the row, with the amount kept.
    const amount = row.getByRole('textbox', { name: `Amount to pay in RUB for complaint ${complaintId}, in total` });
    expect(await amount.inputValue()).toBe('500.00');
    await amount.fill('600.00');
    await clickAndLoad(page, row.getByRole('button', { name: 'Approve' }));
    expect(await textOf(page.getByRole('alert'))).toBe(
      'Not approved: the amount must not exceed the claim of 500.00 RUB.',
    );
    expect(await amount.inputValue()).toBe('600.00');
    expect(await amount.getAttribute('aria-invalid')).toBe('true');
    await amount.fill('450.00');
    await clickAndLoad(page, row.getByRole('button', { name: 'Approve' }));
    expect(await notice(page)).toBe('Approved.');
    expect(await page.getByRole('row').filter({ hasText: complaintId }).count()).toBe(0);
    const approved = await callApi(
      stack.services.notifier.url,
      'GET',
      '/compensations?status=approved',
      supervisorToken,
    );
    expect(approved.body.items.find((compensation: { id: string }) => compensation.id === item.id)).toMatchObject({
      granted: '450.00',
    });

    await page.goto(`/complaints/${complaintId}`);
    expect(await heading(page)).toBe('Complaint CRM-CONSOLE-1');
    expect(await textOf(page.locator('blockquote'))).toBe('The courier came three hours late, again.');
    const timeline = await textOf(page.locator('.timeline'));
    expect(timeline).toContain('complaint.received');
    expect(timeline).toContain('rootcause.resolved');
    // Contact details stay with the client system.
    expect(await textOf(page.locator('main'))).not.toContain('+79161234567');
    await screenshot(page, 'supervisor-complaint');
  });

  it('shows the committee what followed the fix, and the cause when it comes back', async () => {
    const posted = await postComplaint(
      stack.services.intake.url,
      stack.secrets.apiKey,
      complaintBody({ externalRef: 'CRM-CONSOLE-3', text: 'Late again: the courier came after nine in the evening.' }),
    );
    const recurrence = await rootCauseOf(stack, posted.body!.id);
    expect(recurrence).not.toBe(rootCauseId);
    const page = await asPerson(committee(stack).others[1].token);
    const resolved = page.locator('section[aria-labelledby="resolved-title"] .card').filter({ hasText: CAUSE });
    expect(await textOf(resolved)).toContain('Too soon after the fix to say what followed.');
    const card = page.locator('.card').filter({ has: page.locator(`a[href="/rootcauses/${recurrence}"]`) });
    expect(await textOf(card.getByRole('link', { name: 'Came back after its fix' }))).toBe('Came back after its fix');
    await screenshot(page, 'member-agenda-recurrence');
    await clickAndLoad(page, card.getByRole('link', { name: 'Came back after its fix' }));
    expect(new URL(page.url()).pathname).toBe(`/rootcauses/${rootCauseId}`);
    expect(await textOf(page.locator('section[aria-labelledby="effect-title"]'))).toContain(
      'In the 4 weeks before the fix: 0.5 complaints a week.',
    );
  });

  it('speaks Russian to a Russian browser, switches language, works from the keyboard and fits a phone screen', async () => {
    const page = await (await newPerson(browser, consoleUrl, 'ru-RU', { width: 375, height: 800 })).newPage();
    await page.goto('/sign-in');
    expect(await heading(page)).toBe('Вход');
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    // Keyboard only: the token field has the focus, Enter sends the form.
    await page.keyboard.type(stack.secrets.supervisorToken);
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    expect(await heading(page)).toBe('Проверка компенсаций');
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    await screenshot(page, 'supervisor-review-phone-ru');
    await clickAndLoad(page, page.getByRole('link', { name: 'English' }));
    expect(await heading(page)).toBe('Compensation review');
  });

  it('keeps each role to its pages, signs people out, and refuses forms without the session’s CSRF token', async () => {
    const owner = ownerAt(stack, 'logistics', 1);
    const page = await asPerson(owner.token);
    expect((await page.goto('/committee'))?.status()).toBe(403);
    const [cookie] = await page.context().cookies();
    expect(cookie).toMatchObject({ name: 'redress_console', httpOnly: true, sameSite: 'Lax' });
    expect(cookie.value).not.toContain(owner.token);

    const forged = await page.request.post('/sign-out', { form: { _csrf: 'forged' }, maxRedirects: 0 });
    expect(forged.status()).toBe(403);
    await page.goto('/assignments');
    await clickAndLoad(page, page.getByRole('button', { name: 'Sign out' }));
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await page.goto('/assignments');
    expect(page.url()).toMatch(/\/sign-in\?next=%2Fassignments$/);

    await page.getByLabel('Your token').fill('rk_not-a-person-token-at-all-0000000000');
    await clickAndLoad(page, page.getByRole('button', { name: 'Sign in' }));
    expect(await textOf(page.locator('#token-error'))).toBe('This is not a member, owner or supervisor token.');
    await page.getByLabel('Your token').fill('rm_unknownunknownunknownunknownunknown00');
    await clickAndLoad(page, page.getByRole('button', { name: 'Sign in' }));
    expect(await textOf(page.locator('#token-error'))).toContain('did not accept');
    await screenshot(page, 'sign-in-error');
  });

  it("shows each person their notices under My notices, linking to the console's own page", async () => {
    // The chair's decision above gave logistics an assignment: its level-1 owner was told.
    const cookie = await signInOverHttp(consoleUrl, ownerAt(stack, 'logistics', 1).token);
    const html = await eventually(
      async () => (await open(consoleUrl, '/notices', cookie)).text(),
      (text) => text.includes('New assignment for logistics'),
      { what: 'the assignment notice under My notices' },
    );
    expect(html).toMatch(/<a href="\/assignments\/[0-9a-f-]{36}">New assignment for logistics \(level 1\)<\/a>/);
    expect(html).toContain('<a href="/notices" aria-current="page">My notices</a>');
    // A member has the page too, with their own (here: none yet, or the committee's).
    const member = await signInOverHttp(consoleUrl, committee(stack).others[0].token);
    expect((await open(consoleUrl, '/notices', member)).status).toBe(200);

    // "How I am told": the owner's own profile on the notifier; bad fields come back beside them.
    const form = await (await open(consoleUrl, '/notices/settings', cookie)).text();
    expect(form).toMatch(/name="email" type="email" maxlength="254" value="owner-[0-9a-f]{8}@staff\.example"/);
    const bad = await send(consoleUrl, '/notices/settings', cookie, {
      _csrf: csrfOf(form),
      email: 'not an email',
      chatWebhookUrl: '',
      timeZone: 'Mars/Olympus',
      'assignment-created': 'now',
    });
    expect(bad.status).toBe(400);
    const refused = await bad.text();
    expect(refused).toContain('<p class="field-error" id="email-error">must be an email address</p>');
    expect(refused).toContain('id="timeZone-error"');
    const saved = await send(consoleUrl, '/notices/settings', cookie, {
      _csrf: csrfOf(form),
      email: 'olga.owner@staff.example',
      chatWebhookUrl: '',
      timeZone: 'Asia/Tokyo',
      'assignment-created': 'now',
      'deadline-warning': 'digest:8',
    });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe('/notices/settings?done=saved');
    const profile = await callApi(
      stack.services.notifier.url,
      'GET',
      '/staff/me',
      ownerAt(stack, 'logistics', 1).token,
    );
    expect(profile.body).toMatchObject({
      email: 'olga.owner@staff.example',
      timeZone: 'Asia/Tokyo',
      preferences: { 'assignment-created': { delivery: 'now' }, 'deadline-warning': { delivery: 'digest', hour: 8 } },
    });
  });

  it('ends a session everywhere at sign-out: a copy of its cookie is refused on the next page, on every replica', async () => {
    const replica = new ServiceProcess({
      service: 'console',
      port: await findFreePort(),
      env: {
        INTAKE_URL: stack.services.intake.url,
        TRIAGE_URL: stack.services.triage.url,
        ESCALATION_URL: stack.services.escalation.url,
        NOTIFIER_URL: stack.services.notifier.url,
        CONSOLE_INTAKE_API_KEY: stack.secrets.consoleApiKey,
        DATABASE_URL: stack.databaseUrl,
        CONSOLE_SESSION_SECRET: SESSION_SECRET,
        LOG_LEVEL: 'warn',
      },
    });
    await replica.start();
    try {
      const signedIn = await signInOverHttp(consoleUrl, ownerAt(stack, 'logistics', 1).token);
      const copy = await open(replica.url, '/assignments', signedIn);
      expect(copy.status).toBe(200);

      const csrf = csrfOf(await (await open(consoleUrl, '/assignments', signedIn)).text());
      const signedOut = await send(consoleUrl, '/sign-out', signedIn, { _csrf: csrf });
      expect(signedOut.headers.get('location')).toBe('/sign-in');

      for (const url of [consoleUrl, replica.url]) {
        const refused = await eventually(
          () => open(url, '/assignments', signedIn),
          (response) => response.status !== 200,
          { what: `the copied cookie refused at ${url}` },
        );
        expect(refused.status).toBe(303);
        expect(refused.headers.get('location')).toBe('/sign-in?next=%2Fassignments');
      }
      // Another person's session on the same replicas is untouched.
      const other = await signInOverHttp(consoleUrl, ownerAt(stack, 'logistics', 1).token);
      expect((await open(replica.url, '/assignments', other)).status).toBe(200);
    } finally {
      await replica.stop();
    }
  });
});

/** The console's session cookie from a response, as `name=value` for a Cookie header. */
function sessionCookie(response: Response): string {
  const cookie = response.headers.getSetCookie().find((value) => value.startsWith('redress_console='));
  if (!cookie) throw new Error(`no session cookie in the answer (${response.status})`);
  return cookie.split(';')[0];
}

function csrfOf(html: string): string {
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error('no CSRF token on the page');
  return token;
}

function open(base: string, path: string, cookie: string): Promise<Response> {
  return fetch(`${base}${path}`, { headers: { cookie }, redirect: 'manual' });
}

function send(base: string, path: string, cookie: string, form: Record<string, string>): Promise<Response> {
  return fetch(`${base}${path}`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
    redirect: 'manual',
  });
}

/** Signs in with the form over plain HTTP, as a script with a copied cookie would; returns the signed-in cookie. */
async function signInOverHttp(base: string, token: string): Promise<string> {
  const form = await fetch(`${base}/sign-in`);
  const answer = await send(base, '/sign-in', sessionCookie(form), { _csrf: csrfOf(await form.text()), token });
  if (answer.status !== 303) throw new Error(`signing in answered ${answer.status}`);
  return sessionCookie(answer);
}
