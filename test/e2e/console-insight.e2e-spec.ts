import { Browser, Page } from 'playwright-core';
import { launchBrowser, newPerson, screenshot, signIn, textOf, clickAndLoad } from '../support/browser';
import { parseCsv } from '../support/csv';
import { ownerAt } from '../support/escalation';
import { KafkaProbe } from '../support/kafka-probe';
import { NotifierDriver } from '../support/notifier';
import { describeE2E, startTestStack, TestStack } from '../support/test-stack';

const DAY_MS = 86_400_000;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** Yesterday to the day after tomorrow: every compensation the suite writes, whatever the hour it runs. */
const FROM = day(Date.now() - DAY_MS);
const TO = day(Date.now() + 2 * DAY_MS);

/**
 * The insight pages of the console in Chromium on the real stack: the compensation what-if (a supervisor's form
 * posted to the notifier, its refusals beside the fields, the replay beside what happened with a chart) and the
 * reports (escalation, notifier and triage through the person's token, CSV passed on, a head limited to their
 * department, a level-1 owner refused by the services), in English and Russian, on a phone screen.
 */
describeE2E('console insight pages', () => {
  let stack: TestStack;
  let probe: KafkaProbe;
  let driver: NotifierDriver;
  let browser: Browser;
  let consoleUrl: string;

  beforeAll(async () => {
    // Limit 200 and a budget of 1,000: a claim of 300 is capped or sent to review, and a higher limit changes it.
    const env = { COMPENSATION_LIMIT: '200.00', COMPENSATION_MONTHLY_BUDGET: '1000.00', CONTACT_WINDOWS: 'ignore' };
    stack = await startTestStack('console_insight', env, { withConsole: true });
    consoleUrl = stack.console!.url;
    probe = new KafkaProbe(stack.brokers);
    driver = new NotifierDriver(stack, probe);
    browser = await launchBrowser();
    const claim = (amount: string) => driver.post({ dissatisfaction: 'upset', remedy: { type: 'refund', amount } });
    await driver.resolveAndSettle([await claim('150.00'), await claim('300.00'), await claim('250.00')]);
  });

  afterAll(async () => {
    await browser?.close();
    await probe?.close();
    await stack?.stop();
  });

  async function asPerson(token: string, locale = 'en-GB', viewport?: { width: number; height: number }) {
    const page = await (await newPerson(browser, consoleUrl, locale, viewport)).newPage();
    await signIn(page, token);
    return page;
  }

  const whatIf = async (policy: Record<string, unknown>) => {
    const answer = await driver.call('POST', '/compensations/what-if', { from: FROM, to: TO, policy });
    expect(answer.status).toBe(200);
    return answer.body;
  };
  /** The cells of the whole period's row named `figure`: [what if, what happened]. */
  const totalRow = async (page: Page, figure: string) =>
    (await textOf(page.locator('table.figures-table').first().getByRole('row').filter({ hasText: figure })))
      .split('\t')
      .slice(1)
      .map((cell) => cell.replace(/\u00a0/g, ' ').trim());

  it('lets a supervisor try a policy, with the notifier’s refusals beside the fields, and see it beside what happened', async () => {
    const page = await asPerson(stack.secrets.supervisorToken);
    await clickAndLoad(page, page.getByRole('link', { name: 'Policy what-if' }));
    expect(new URL(page.url()).pathname).toBe('/what-if');
    await screenshot(page, 'supervisor-what-if-form');

    await page.getByLabel('From (inclusive)').fill(FROM);
    await page.getByLabel('To (exclusive)').fill(TO);
    await page.getByLabel('Limit granted without review').fill('lots');
    await page.getByLabel('Outraged').fill('150');
    await page.getByLabel('Upset').fill('5');
    await page.getByLabel('Mild').fill('0');
    await clickAndLoad(page, page.getByRole('button', { name: 'Try this policy' }));
    expect(await textOf(page.getByRole('alert'))).toContain('Please correct the fields marked below.');
    expect(await textOf(page.locator('#limit-error'))).toMatch(/decimal string/);
    expect(await page.getByLabel('Limit granted without review').getAttribute('aria-invalid')).toBe('true');
    expect(await textOf(page.locator('#outraged-error'))).toMatch(/outraged/);
    expect(await page.getByLabel('Limit granted without review').inputValue()).toBe('lots');
    expect(await page.locator('#upset-error').count()).toBe(0);
    await screenshot(page, 'supervisor-what-if-errors');

    // A limit of 300 (written with a decimal comma): the claim of 300 is granted in full, nothing goes to review.
    await page.getByLabel('Limit granted without review').fill('300,00');
    for (const level of ['Outraged', 'Upset', 'Mild']) await page.getByLabel(level).fill('');
    await clickAndLoad(page, page.getByRole('button', { name: 'Try this policy' }));
    const expected = await whatIf({ limit: '300.00' });
    const money = (amount: string) => `RUB ${Number(amount).toLocaleString('en-GB', { minimumFractionDigits: 2 })}`;
    expect(await totalRow(page, 'Total cost')).toEqual([
      money(expected.total.whatIf.cost),
      money(expected.total.actual.cost),
    ]);
    expect(await totalRow(page, 'To review')).toEqual([
      String(expected.total.whatIf.review),
      String(expected.total.actual.review),
    ]);
    expect(expected.total.whatIf.review).toBeLessThan(expected.total.actual.review);
    expect(await textOf(page.locator('.headline'))).toMatch(/would have cost RUB\s[\d,.]+ (more|less)/);
    const chart = page.getByRole('img', { name: /Cost by month/ });
    expect(await chart.count()).toBe(1);
    expect(await textOf(page.getByRole('table', { name: /Each month/ }))).toContain('What if');
    await screenshot(page, 'supervisor-what-if-result');
  });

  it('shows a supervisor the reports with charts, and passes each CSV on with their token', async () => {
    const page = await asPerson(stack.secrets.supervisorToken);
    await clickAndLoad(page, page.getByRole('link', { name: 'Reports' }));
    await page.getByLabel('From (inclusive)').fill(FROM);
    await page.getByLabel('To (exclusive)').fill(TO);
    await clickAndLoad(page, page.getByRole('button', { name: 'Show reports' }));
    const [categories, satisfaction] = await Promise.all([
      fetch(`${stack.services.triage.url}/reports/categories?from=${FROM}&to=${TO}`, {
        headers: { authorization: `Bearer ${stack.secrets.supervisorToken}` },
      }).then((response) => response.json() as Promise<{ total: number }>),
      driver.call('GET', `/reports/satisfaction?from=${FROM}&to=${TO}`).then((response) => response.body),
    ]);
    expect(categories.total).toBeGreaterThanOrEqual(3);
    expect(await textOf(page.getByText(/complaints received in the period/))).toBe(
      `${categories.total} complaints received in the period.`,
    );
    const satisfactionTotal = page
      .getByRole('table', { name: 'Satisfaction by department' })
      .getByRole('row')
      .filter({ hasText: 'All' });
    expect((await textOf(satisfactionTotal)).split('\t')[1].trim()).toBe(String(satisfaction.total.complaints));
    expect(await page.getByRole('img', { name: /Complaints by category/ }).count()).toBe(1);
    await screenshot(page, 'supervisor-reports');

    for (const report of ['categories', 'complaints', 'satisfaction', 'sla']) {
      const href = await page.getByRole('link', { name: new RegExp(csvLabel(report)) }).getAttribute('href');
      expect(href).toBe(`/reports/csv/${report}?from=${FROM}&to=${TO}`);
      const file = await page.request.get(href!);
      expect(file.status()).toBe(200);
      expect(file.headers()['content-type']).toMatch(/^text\/csv/);
      expect(file.headers()['content-disposition']).toBe(`attachment; filename="redress-${report}-${FROM}-${TO}.csv"`);
      const rows = parseCsv(await file.text());
      expect(rows.length).toBeGreaterThan(1);
      if (report === 'complaints') expect(rows.length - 1).toBe(categories.total);
    }
    expect((await page.request.get('/reports/csv/secrets')).status()).toBe(404);

    // A bad period is the services' 400, shown beside the field.
    await page.goto('/reports?from=2026-02-31');
    expect(await textOf(page.locator('#from-error'))).toMatch(/from/);
    expect(await page.getByLabel('From (inclusive)').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'supervisor-reports-error');
  });

  it('speaks Russian, with numbers and dates written the Russian way, on a phone screen', async () => {
    const page = await asPerson(stack.secrets.supervisorToken, 'ru-RU', { width: 375, height: 800 });
    await page.goto(`/reports?from=${FROM}&to=${TO}`);
    expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe('Отчёты');
    expect(await textOf(page.getByText(/^С \d{1,2} [а-я]+\.? \d{4} г\. по/))).toMatch(/г\./);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    await screenshot(page, 'supervisor-reports-phone-ru');
    await page.goto('/what-if');
    await page.getByLabel('С (включительно)').fill(FROM);
    await page.getByLabel('По (не включая)').fill(TO);
    await page.getByLabel('Лимит без проверки').fill('300');
    await clickAndLoad(page, page.getByRole('button', { name: 'Проверить политику' }));
    expect(await textOf(page.locator('.headline'))).toMatch(/Эта политика стоила бы/);
    // Money in Russian: a comma before the kopecks and the rouble sign after.
    expect(await textOf(page.locator('table.figures-table').first())).toMatch(/\d,\d\d\s₽/);
    const width = await page.evaluate<number>('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(375);
    await screenshot(page, 'supervisor-what-if-phone-ru');
  });

  it('lets a department head read their own department only, and the services refuse a level-1 owner', async () => {
    const head = ownerAt(stack, 'logistics', 2);
    const page = await asPerson(head.token);
    expect(await page.getByRole('link', { name: 'Policy what-if' }).count()).toBe(0);
    await clickAndLoad(page, page.getByRole('link', { name: 'Reports' }));
    expect(await textOf(page.getByText(/Department logistics\./))).toContain('logistics');
    await screenshot(page, 'head-reports');
    // Another department is the services' refusal, not a page of someone else's figures.
    const other = await page.goto('/reports?department=it');
    expect(other?.status()).toBe(403);
    expect(await textOf(page.locator('.problem'))).toBe('Your role does not allow this.');
    expect((await page.request.get('/reports/csv/complaints?department=it')).status()).toBe(403);
    // The what-if is for supervisors: the console does not offer it, and the notifier knows no owner's token.
    expect((await page.goto('/what-if'))?.status()).toBe(403);

    const levelOne = await asPerson(ownerAt(stack, 'logistics', 1).token);
    expect(await levelOne.getByRole('link', { name: 'Reports' }).count()).toBe(0);
    const refused = await levelOne.goto('/reports');
    expect(refused?.status()).toBe(403);
    expect(await textOf(levelOne.locator('.problem'))).toBe('Your role does not allow this.');
    await screenshot(levelOne, 'owner-reports-refused');
    expect((await levelOne.request.get('/reports/csv/sla')).status()).toBe(403);
  });
});

function csvLabel(report: string): string {
  return {
    sla: 'Deadlines \\(SLA\\)',
    satisfaction: 'Satisfaction and compensation',
    categories: 'Complaints by category and status',
    complaints: 'Each complaint of the period',
  }[report] as string;
}
