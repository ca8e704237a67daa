import { Browser } from 'playwright-core';
import { clickAndLoad, launchBrowser, newPerson, screenshot, signIn, textOf } from '../support/browser';
import { consoleSession } from '../support/console-session';
import { getComplaint } from '../support/complaints';
import { assignmentOf, escalation, escalationEvents, identify, ownerAt } from '../support/escalation';
import { eventually } from '../support/eventually';
import { KafkaProbe } from '../support/kafka-probe';
import { NotifierDriver } from '../support/notifier';
import { committee, rootCauseOf, triage } from '../support/triage';
import { describeE2E, startTestStack, TestStack } from '../support/test-stack';

const MINUTE = 60_000;
const PARTY = 'Courier partner FastShip';
const AWAITED = 'Their route data for November';

/**
 * A pause told to everyone who follows the complaint, on the real stack: a complaint filed through intake, grouped by
 * triage, decided by the chair, assigned by escalation; the owner waits on an outside party and resumes. Escalation
 * publishes `assignment.paused` and `assignment.resumed` through its outbox; intake's timeline records both, and the
 * customer's status page says plainly that work waits (never whom on, or why) and, once resumed, the moved date.
 * The console's Wait and Resume buttons go through escalation's routes with the owner's own token.
 */
describeE2E('a pause on the timeline and the status page', () => {
  let stack: TestStack;
  let probe: KafkaProbe;
  let driver: NotifierDriver;
  let browser: Browser;
  const api = (method: string, path: string, token?: string, body?: unknown) =>
    escalation(stack.services.escalation.url, method, path, token, body);

  beforeAll(async () => {
    stack = await startTestStack(
      'pausetl',
      { CONTACT_WINDOWS: 'ignore', ESCALATION_MAX_PAUSE: '72h' },
      { withConsole: true },
    );
    probe = new KafkaProbe(stack.brokers);
    driver = new NotifierDriver(stack, probe);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await probe?.close();
    await stack?.stop();
  });

  const timeline = async (complaintId: string) =>
    (await getComplaint(stack.services.intake.url, stack.secrets.apiKey, complaintId)).body.timeline as {
      type: string;
      summary: string;
      details: Record<string, unknown>;
    }[];
  const statusPage = async (token: string) => (await fetch(`${stack.services.notifier.url}/status/${token}`)).text();

  it('records the pause and the resume in intake and on the status page, with the deadlines moved', async () => {
    const complaintId = await driver.post();
    const rootCauseId = await rootCauseOf(stack, complaintId);
    const decided = await triage(stack, 'POST', `/rootcauses/${rootCauseId}/decision`, committee(stack).chair.token, {
      cause: 'Couriers overbooked on weekends',
      department: 'logistics',
    });
    expect(decided.status).toBeLessThan(300);
    const assignmentId = await assignmentOf(stack, rootCauseId);
    const owner = ownerAt(stack, 'logistics', 1);
    const token = await driver.statusToken(complaintId);
    // The customers have been told who works on it before anything waits.
    await eventually(
      () => statusPage(token),
      (html) => html.includes('is removing the cause'),
      { what: 'the progress on the status page' },
    );
    const before = (await api('GET', `/assignments/${assignmentId}`, owner.token)).body;

    const waiting = await api('POST', `/assignments/${assignmentId}/wait`, owner.token, {
      waitingOn: PARTY,
      reason: AWAITED,
    });
    expect(waiting.status).toBe(200);
    const [paused] = await escalationEvents(stack, rootCauseId, 'assignment.paused');
    expect(paused.data).toEqual({
      assignmentId,
      rootCauseId,
      department: 'logistics',
      level: 1,
      owner: { id: owner.id, name: owner.name },
      pausedBy: { id: owner.id, name: owner.name },
      waitingOn: PARTY,
      reason: AWAITED,
      pausedAt: waiting.body.waiting.since,
      resumesBy: new Date(Date.parse(waiting.body.waiting.since) + 72 * 60 * MINUTE).toISOString(),
    });

    const pausedEntry = await eventually(
      async () => (await timeline(complaintId)).find((entry) => entry.type === 'assignment.paused'),
      (entry) => entry !== undefined,
      { what: "the pause on intake's timeline" },
    );
    expect(pausedEntry?.summary).toBe(`Work waits on ${PARTY}: ${AWAITED}`);
    const waitingPage = await eventually(
      () => statusPage(token),
      (html) => html.includes('Work on the cause is waiting for an answer from another party.'),
      { what: 'the status page to say work waits' },
    );
    expect(waitingPage).toContain('Work is waiting for an answer from another party.');
    // Staff's words stay with staff: the customer reads neither whom the work waits on nor why.
    for (const internal of [PARTY, 'FastShip', AWAITED]) expect(waitingPage).not.toContain(internal);

    // The pause has lasted 20 minutes when the owner resumes.
    await stack.db.query(
      `UPDATE escalation.assignments SET waiting_since = waiting_since - interval '20 minutes' WHERE id = $1`,
      [assignmentId],
    );
    const {
      rows: [{ waiting_since: waitingSince }],
    } = await stack.db.query(`SELECT waiting_since FROM escalation.assignments WHERE id = $1`, [assignmentId]);
    const resumed = await api('POST', `/assignments/${assignmentId}/resume`, owner.token);
    expect(resumed.status).toBe(200);
    const pausedFor = Date.parse(resumed.body.history.at(-1).at) - (waitingSince as Date).getTime();
    expect(pausedFor).toBeGreaterThanOrEqual(20 * MINUTE);
    expect(Date.parse(resumed.body.resolveDueAt) - Date.parse(before.resolveDueAt)).toBe(pausedFor);
    expect(Date.parse(resumed.body.acknowledgeDueAt) - Date.parse(before.acknowledgeDueAt)).toBe(pausedFor);
    const resumedEvents = await escalationEvents(stack, rootCauseId, 'assignment.resumed');
    expect(resumedEvents.map((event) => event.data)).toEqual([
      expect.objectContaining({
        assignmentId,
        resumedBy: { id: owner.id, name: owner.name },
        automatic: false,
        pausedAt: (waitingSince as Date).toISOString(),
        acknowledgeDueAt: resumed.body.acknowledgeDueAt,
        resolveDueAt: resumed.body.resolveDueAt,
      }),
    ]);

    const resumedEntry = await eventually(
      async () => (await timeline(complaintId)).find((entry) => entry.type === 'assignment.resumed'),
      (entry) => entry !== undefined,
      { what: "the resume on intake's timeline" },
    );
    expect(resumedEntry).toMatchObject({
      summary: `Work resumed by ${owner.name}; to resolve by ${resumed.body.resolveDueAt}`,
      details: { automatic: false, resolveDueAt: resumed.body.resolveDueAt },
    });
    const complaint = (await getComplaint(stack.services.intake.url, stack.secrets.apiKey, complaintId)).body;
    expect(complaint.status).toBe('assigned');

    // The page tells the work resumed, and the news comes by the moved deadline.
    const {
      rows: [{ timezone }],
    } = await stack.db.query(`SELECT timezone FROM notifier.complaints WHERE id = $1`, [complaintId]);
    const newsBy = new Intl.DateTimeFormat('en-GB', {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: timezone ?? 'Europe/Moscow',
    }).format(new Date(resumed.body.resolveDueAt));
    const resumedPage = await eventually(
      () => statusPage(token),
      (html) => html.includes('Work has resumed.'),
      { what: 'the status page to say work resumed' },
    );
    expect(resumedPage).not.toContain('Work on the cause is waiting');
    expect(resumedPage).toContain(`News by ${newsBy}.`);
    expect(resumedPage.indexOf('Work is waiting')).toBeLessThan(resumedPage.indexOf('Work has resumed.'));
  });

  it("gives the owner Wait and Resume in the console, in both languages, and refuses another department's forged form", async () => {
    const { data } = await identify(probe, stack, 'logistics');
    const assignmentId = await assignmentOf(stack, data.rootCauseId);
    const owner = ownerAt(stack, 'logistics', 1);
    const consoleUrl = stack.console!.url;

    // Someone of another department posts the form with a valid session and CSRF token of their own: escalation
    // answers for the owner's token alone, so the console shows no such assignment and nothing waits.
    const outsider = ownerAt(stack, 'customer-care', 1);
    const session = await consoleSession(consoleUrl, outsider.token, '/assignments');
    if (session.kind !== 'session') throw new Error('expected a console session');
    const forged = await fetch(`${consoleUrl}/assignments/${assignmentId}/wait`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: session.csrf, waitingOn: 'Nobody', reason: 'Forged' }).toString(),
    });
    expect(forged.status).toBe(404);
    expect((await api('GET', `/assignments/${assignmentId}`, owner.token)).body.waiting).toBeNull();

    const page = await (await newPerson(browser, consoleUrl)).newPage();
    await signIn(page, owner.token);
    await page.goto(`/assignments/${assignmentId}`);
    await screenshot(page, 'assignment-can-wait');
    // Left empty, both fields are named.
    await clickAndLoad(page, page.getByRole('button', { name: 'Wait', exact: true }));
    expect(await page.locator('#waitingOn').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#waitReason').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'assignment-wait-errors');
    await page.getByLabel('Whom you are waiting on').fill(PARTY);
    await page.getByLabel('What you are waiting for').fill(AWAITED);
    await clickAndLoad(page, page.getByRole('button', { name: 'Wait', exact: true }));
    expect(await textOf(page.locator('main'))).toContain('The clock is stopped while you wait.');
    const facts = await textOf(page.locator('dl.facts'));
    expect(facts).toContain(`${PARTY}: ${AWAITED}`);
    // The clock is stopped: no time left counting down meanwhile.
    expect(facts.match(/stopped while waiting/g)).toHaveLength(2);
    expect(await page.getByRole('button', { name: 'Wait', exact: true }).count()).toBe(0);
    await screenshot(page, 'assignment-waiting');
    expect((await escalationEvents(stack, data.rootCauseId, 'assignment.paused')).length).toBe(1);

    // The same page in Russian, then Resume.
    const russian = await (await newPerson(browser, consoleUrl, 'ru-RU')).newPage();
    await signIn(russian, owner.token);
    await russian.goto(`/assignments/${assignmentId}`);
    expect(await textOf(russian.locator('dl.facts'))).toContain('Ждём');
    await screenshot(russian, 'assignment-waiting-ru');
    await clickAndLoad(russian, russian.getByRole('button', { name: 'Продолжить' }));
    expect(await textOf(russian.locator('main'))).toContain('Отсчёт продолжается; сроки сдвинуты.');
    expect(await russian.getByRole('button', { name: 'Ждать' }).count()).toBe(1);
    await screenshot(russian, 'assignment-resumed-ru');
    const after = (await api('GET', `/assignments/${assignmentId}`, owner.token)).body;
    expect(after.waiting).toBeNull();
    expect(after.history.map((entry: { event: string }) => entry.event).slice(-2)).toEqual(['waiting', 'resumed']);
    expect((await escalationEvents(stack, data.rootCauseId, 'assignment.resumed')).length).toBe(1);
  });
});
