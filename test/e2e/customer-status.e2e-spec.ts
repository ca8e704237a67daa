import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Browser } from 'playwright-core';
import { callApi } from '../../scripts/stack/api';
import { repoRoot } from '../../scripts/stack/repo-root';
import { Sinks, startSinks } from '../../scripts/stack/sinks';
import { clickAndLoad, launchBrowser, newPerson, signIn, textOf } from '../support/browser';
import { getComplaint } from '../support/complaints';
import { ownerAt } from '../support/escalation';
import { eventually } from '../support/eventually';
import { KafkaProbe } from '../support/kafka-probe';
import { NotifierDriver } from '../support/notifier';
import { describeE2E, startTestStack, TestStack } from '../support/test-stack';

const SCREENSHOTS = join(repoRoot(), 'test-results', 'status-page');
const CAUSE_REPORT = 'Too few couriers for the weekend slots sold';
const ACTIONS_TAKEN = 'Hired four weekend couriers';
const SUMMARY = 'We now have enough couriers on weekends, so your deliveries arrive in the slot you chose.';
const PHONE = '+79161234567';

/**
 * What customers read and follow: the resolution in words written for them, the status page every message links to
 * (over HTTP and in Chromium), closing after a good rating, after time, or after the callback a low rating asked
 * for, and that callback's phone number shown to customer care alone. Messages go to real SMTP and SMS sinks.
 */
describeE2E('customer status', () => {
  let stack: TestStack;
  let sinks: Sinks;
  let probe: KafkaProbe;
  let driver: NotifierDriver;
  let browser: Browser;

  beforeAll(async () => {
    sinks = await startSinks();
    stack = await startTestStack(
      'status',
      {
        SMTP_URL: sinks.smtpUrl,
        SMS_GATEWAY_URL: sinks.smsGatewayUrl,
        CONTACT_WINDOWS: 'ignore',
        FEEDBACK_BASE_URL: 'https://care.example',
        STATUS_PAGE_RATE_LIMIT: '60',
        STATUS_PAGE_BURST: '25',
        // Request lines are at info: the test reads them for tokens.
        LOG_LEVEL: 'info',
      },
      { withConsole: true },
    );
    probe = new KafkaProbe(stack.brokers);
    driver = new NotifierDriver(stack, probe);
    browser = await launchBrowser();
    await mkdir(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await probe?.close();
    await stack?.stop();
    await sinks?.stop();
  });

  const page = (token: string) =>
    fetch(`${stack.services.notifier.url}/status/${token}`).then(async (response) => ({
      status: response.status,
      html: await response.text(),
    }));
  const intakeStatus = async (id: string) =>
    (await getComplaint(stack.services.intake.url, stack.secrets.apiKey, id)).body;
  const closedEvents = (id: string) => driver.outbox('complaint.closed', id);
  /** Makes the complaint's close timer due now, as if CLOSE_AFTER_RESOLUTION had passed. */
  const closeTimerDueNow = (id: string) =>
    stack.db.query(
      `UPDATE notifier.timers SET due_at = now() WHERE kind = 'notifier.close-complaint' AND subject_id = $1 AND status = 'pending'`,
      [id],
    );

  /** A complaint (English unless the text is Russian) resolved on a root cause of its own; waits for the resolution message. */
  async function resolvedComplaint(
    options: { text?: string; summary?: string; customer?: Record<string, unknown> } = {},
  ): Promise<string> {
    const id = await driver.post(
      { ...(options.text ? { text: options.text } : {}), remedy: { type: 'refund', amount: '150.00' } },
      options.customer,
    );
    await driver.send(driver.resolved(await driver.ownRootCause([id]), options.summary));
    await eventually(
      () => driver.notifications(id),
      (items) => items.some((item) => item.kind === 'resolution' && item.status === 'sent'),
      {
        what: 'the resolution message sent',
      },
    );
    return id;
  }

  it('tells customers what the owner wrote for them, or a neutral sentence, and never the internal cause report', async () => {
    const summarised = await resolvedComplaint({ summary: SUMMARY });
    const plain = await resolvedComplaint({ customer: { preferredChannel: 'sms' } });
    const messages = async (id: string) =>
      (await stack.db.query(`SELECT id FROM notifier.notifications WHERE complaint_id = $1`, [id])).rows.map(
        (row) => row.id,
      );
    const ids = new Set([...(await messages(summarised)), ...(await messages(plain))]);
    const delivered = await eventually(
      async () =>
        sinks.messages.filter((message) =>
          ids.has(String(message.headers['x-redress-notification'] ?? message.headers.reference)),
        ),
      (found) => found.length === ids.size,
      { what: 'every message of both complaints at the sinks' },
    );
    const email = delivered.find(
      (message) => message.channel === 'email' && message.subject?.includes('the cause is removed'),
    );
    expect(email?.text).toContain(`What we did: ${SUMMARY}`);
    const sms = delivered.find((message) => message.channel === 'sms' && message.text.includes('We apologise'));
    expect(sms?.text).toContain('We found what caused the problem and removed it.');
    expect(sms?.text).not.toContain(SUMMARY);
    for (const message of delivered) {
      expect(message.text).not.toContain(CAUSE_REPORT);
      expect(message.text).not.toContain(ACTIONS_TAKEN);
      // Every message carries a status link of its own.
      expect(message.text).toMatch(/https:\/\/care\.example\/status\/st_[\w-]{43}/);
    }
    const links = delivered.map((message) => /\/status\/(st_[\w-]{43})/.exec(message.text)?.[1]);
    expect(new Set(links).size).toBe(links.length);
  });

  it('shows the status page in the customer language, with what was done and the survey, and no contact details', async () => {
    const english = await resolvedComplaint({ summary: SUMMARY });
    const en = await page(await driver.statusToken(english));
    expect(en.status).toBe(200);
    expect(en.html).toContain('<html lang="en">');
    for (const part of [
      '<main',
      '<h1>Complaint ',
      'Cause removed',
      'What has happened',
      'We received your complaint.',
      'We wrote to you',
      SUMMARY,
      'We are refunding you 150.00 RUB',
      'How helpful was this?',
      '<label class="block" for="comment">',
    ]) {
      expect(en.html).toContain(part);
    }
    expect(en.html.match(/name="rating"/g)).toHaveLength(5);
    for (const secret of [PHONE, 'anna@example.com', 'Petrova', 'Anna', CAUSE_REPORT, ACTIONS_TAKEN])
      expect(en.html).not.toContain(secret);
    // A message's subject is stored with placeholders only its delivery fills in; the page shows none of them.
    expect(en.html).not.toMatch(/\{\{\w+\}\}/);

    const russian = await resolvedComplaint({ text: 'Курьер опоздал на три часа и нагрубил' });
    const ru = await page(await driver.statusToken(russian, 'resolution'));
    expect(ru.status).toBe(200);
    expect(ru.html).toContain('<html lang="ru">');
    for (const part of [
      'Причина устранена',
      'Что происходило',
      'Мы получили ваше обращение.',
      'Мы нашли, что привело к проблеме, и устранили причину.',
      'Мы возвращаем вам 150.00 RUB',
      'Насколько полезным был наш ответ?',
    ]) {
      expect(ru.html).toContain(part);
    }
    for (const secret of [PHONE, 'anna@example.com', 'Petrova', CAUSE_REPORT]) expect(ru.html).not.toContain(secret);
    expect(ru.html).not.toMatch(/\{\{\w+\}\}/);

    const unknown = await page(`st_${'x'.repeat(43)}`);
    expect(unknown.status).toBe(404);
    expect(unknown.html).toContain('Page not found');
    expect((await page('not-a-token')).status).toBe(404);
    const lines = await eventually(
      async () =>
        stack.logs.notifier.filter((line) => line.includes('"request completed"') && line.includes('/status/')),
      (found) => found.length >= 4,
      { what: 'the log lines of the status requests' },
    );
    for (const line of lines) expect(line).not.toMatch(/st_[\w-]{20}/);
  });

  it('closes on a rating above FOLLOW_UP_MAX_RATING, or when CLOSE_AFTER_RESOLUTION has passed, and shows every step in the timeline', async () => {
    const happy = await resolvedComplaint();
    // The feedback link's own page, posted as a plain form: first without a rating, then with one.
    const form = (body: Record<string, string>) =>
      driver.feedbackToken(happy).then((token) =>
        fetch(`${stack.services.notifier.url}/feedback/${token}/form`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams(body).toString(),
        }).then(async (response) => ({ status: response.status, html: await response.text() })),
      );
    const unrated = await form({ comment: 'Good' });
    expect([unrated.status, unrated.html]).toEqual([400, expect.stringContaining('Please pick a rating from 1 to 5.')]);
    expect(await closedEvents(happy)).toEqual([]);
    const rated = await form({ rating: '4', comment: 'Good' });
    expect([rated.status, rated.html]).toEqual([201, expect.stringContaining('Thank you for your feedback!')]);
    expect(await closedEvents(happy)).toEqual([expect.objectContaining({ complaintId: happy, reason: 'rated' })]);

    const silent = await resolvedComplaint();
    expect(await closedEvents(silent)).toEqual([]);
    await closeTimerDueNow(silent);
    await eventually(
      () => closedEvents(silent),
      (events) => events.length === 1 && events[0].reason === 'time-elapsed',
      { what: 'the complaint closed by time' },
    );

    for (const id of [happy, silent]) {
      const complaint = await eventually(
        () => intakeStatus(id),
        (body) => body.status === 'closed',
        { what: `intake to show ${id} closed` },
      );
      const steps = complaint.timeline
        .filter((item: { type: string }) => item.type === 'status.changed')
        .map((item: { details: { to: string } }) => item.details.to);
      expect(steps).toEqual(expect.arrayContaining(['received', 'triaged', 'resolved', 'closed']));
      expect(steps.at(-1)).toBe('closed');
      expect(steps).not.toContain('follow-up');
    }
    const closedPage = await page(await driver.statusToken(silent));
    expect(closedPage.html).toContain('The complaint is closed.');
    expect(closedPage.html).not.toContain('name="rating"');
  });

  it('keeps a low rating in follow-up until customer care records the callback, showing the phone to that department alone', async () => {
    const unhappy = await resolvedComplaint({ customer: { contactWindow: { from: '09:00', to: '21:00' } } });
    const token = await driver.statusToken(unhappy);
    const answered = await fetch(`${stack.services.notifier.url}/status/${token}/feedback`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ rating: '3', comment: 'Fixed, but it took weeks' }).toString(),
    });
    expect(answered.status).toBe(303);
    const [requested] = await driver.outbox('followup.requested', unhappy);
    expect(requested).toMatchObject({
      rating: 3,
      timezone: 'Europe/Moscow',
      contactWindow: { from: '09:00', to: '21:00' },
    });
    // The number is not on the topic: the console reads it from intake when an owner opens the callback.
    expect(requested).not.toHaveProperty('phone');
    await eventually(
      () => intakeStatus(unhappy),
      (body) => body.status === 'follow-up',
      { what: 'intake to show the complaint in follow-up' },
    );
    expect((await page(token)).html).toContain('We will call you back');
    // Time alone does not close a complaint that is owed a callback.
    await closeTimerDueNow(unhappy);
    expect(await closedEvents(unhappy)).toEqual([]);

    const careOwner = ownerAt(stack, 'customer-care', 1);
    const followUp = await eventually(
      async (): Promise<{ id: string } | undefined> =>
        (
          await callApi(stack.services.escalation.url, 'GET', '/follow-ups?status=open&limit=200', careOwner.token)
        ).body.items.find((item: { complaintId: string }) => item.complaintId === unhappy),
      Boolean,
      { what: 'the callback on customer care list' },
    ).then((found) => found as { id: string });
    const otherOwner = ownerAt(stack, 'logistics', 1);
    expect(
      (await callApi(stack.services.escalation.url, 'GET', `/follow-ups/${followUp.id}/contact`, otherOwner.token))
        .status,
    ).toBe(404);
    const views = () =>
      stack.db.query(`SELECT viewed_by FROM escalation.callback_views WHERE follow_up_id = $1`, [followUp.id]);
    expect((await views()).rows).toEqual([]);

    const person = await (await newPerson(browser, stack.console!.url)).newPage();
    await signIn(person, careOwner.token);
    await person.goto(`/callbacks/${followUp.id}`);
    expect(await textOf(person.getByRole('link', { name: PHONE }))).toBe(PHONE);
    expect(await textOf(person.locator('dd').filter({ hasText: 'Europe/Moscow' }))).toMatch(
      /^\d\d:\d\d \(Europe\/Moscow\); asked to be contacted 09:00–21:00/,
    );
    await person.screenshot({ path: join(SCREENSHOTS, 'callback-with-phone.png'), fullPage: true });
    expect((await views()).rows).toEqual([{ viewed_by: careOwner.id }]);

    await person.getByLabel('Reached the customer').check();
    await person.getByLabel('What was agreed or tried').fill('Apologised for the wait; the new slots work for her');
    await clickAndLoad(person, person.getByRole('button', { name: 'Record the call' }));
    await eventually(
      () => closedEvents(unhappy),
      (events) => events.length === 1 && events[0].reason === 'called-back',
      { what: 'the complaint closed after the callback' },
    );
    const complaint = await eventually(
      () => intakeStatus(unhappy),
      (body) => body.status === 'closed',
      { what: 'intake to show the complaint closed' },
    );
    const steps = complaint.timeline
      .filter((item: { type: string }) => item.type === 'status.changed')
      .map((item: { details: { to: string } }) => item.details.to);
    expect(steps.slice(-3)).toEqual(['resolved', 'follow-up', 'closed']);
    // The customer's clock was kept for the call alone; escalation never had the number.
    const { rows } = await stack.db.query(`SELECT window_from FROM escalation.follow_ups WHERE id = $1`, [followUp.id]);
    expect(rows).toEqual([{ window_from: null }]);
    const { rows: columns } = await stack.db.query(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = 'escalation' AND column_name = 'phone'`,
    );
    expect(columns).toEqual([]);
  });

  it('works in Chromium with the keyboard alone and fits a 375 px phone', async () => {
    const id = await resolvedComplaint({ summary: SUMMARY });
    const phone = await (
      await newPerson(browser, stack.services.notifier.url, 'en-GB', { width: 375, height: 740 })
    ).newPage();
    await phone.goto(`/status/${await driver.statusToken(id)}`);
    expect(await phone.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    expect(await textOf(phone.getByRole('heading', { level: 1 }))).toMatch(/^Complaint /);
    expect(await phone.getByRole('main').count()).toBe(1);

    // Tab from the top of the page until a rating has the focus, then choose one and send, all from the keyboard.
    let focused = '';
    for (let step = 0; step < 20 && focused !== 'rating'; step += 1) {
      await phone.keyboard.press('Tab');
      focused = await phone.evaluate<string>("document.activeElement?.name ?? ''");
    }
    expect(focused).toBe('rating');
    await phone.keyboard.press('ArrowRight');
    await phone.keyboard.press('ArrowRight');
    await phone.keyboard.press('ArrowRight');
    await phone.keyboard.press('ArrowRight');
    expect(await phone.getByLabel('5 of 5, very helpful').isChecked()).toBe(true);
    await phone.screenshot({ path: join(SCREENSHOTS, 'status-375px.png'), fullPage: true });
    await Promise.all([
      phone.waitForNavigation({ waitUntil: 'load' }),
      phone
        .getByRole('button', { name: 'Send' })
        .focus()
        .then(() => phone.keyboard.press('Enter')),
    ]);
    expect(await textOf(phone.getByRole('main'))).toContain('You rated our answer 5 of 5.');
    expect(await phone.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    await eventually(
      () => closedEvents(id),
      (events) => events.length === 1 && events[0].reason === 'rated',
      { what: 'the complaint closed by the rating' },
    );

    const feedbackPage = await (
      await newPerson(browser, stack.services.notifier.url, 'en-GB', { width: 375, height: 740 })
    ).newPage();
    await feedbackPage.goto(`/feedback/${await driver.feedbackToken(id)}`);
    expect(await textOf(feedbackPage.getByRole('main'))).toContain('You have already answered');
    expect(await feedbackPage.evaluate<string>('document.documentElement.lang')).toBe('en');
  });

  // Last: it spends this address's share of the status page.
  it('answers 429 once an address or a link has used its share', async () => {
    const token = `st_${'y'.repeat(43)}`;
    const statuses = [];
    for (let i = 0; i < 30; i += 1) statuses.push((await page(token)).status);
    expect(statuses.slice(0, 5)).toEqual([404, 404, 404, 404, 404]);
    expect(statuses.at(-1)).toBe(429);
    const limited = await page(token);
    expect(limited.status).toBe(429);
    expect(limited.html).toContain('Too many requests');
  });
});
