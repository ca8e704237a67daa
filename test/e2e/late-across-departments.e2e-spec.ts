import { randomUUID } from 'node:crypto';
import { Browser, Page } from 'playwright-core';
import { clickAndLoad, launchBrowser, newPerson, screenshot, signIn, textOf } from '../support/browser';
import { consoleSession } from '../support/console-session';
import { assignmentOf, dueNow, escalation, identify, ownerAt } from '../support/escalation';
import { eventually } from '../support/eventually';
import { KafkaProbe } from '../support/kafka-probe';
import { describeE2E, startTestStack, TestStack } from '../support/test-stack';

/**
 * What is late, across departments (docs/complaint-search.md#what-is-late): escalation's `GET /reports/late` for
 * supervisors and escalation's admin token (every department, or one) and department heads (their own, another
 * refused by the service), and the console's Late page over it, with the review queue for supervisors.
 */
describeE2E('late across departments', () => {
  const escalationAdmin = `late-admin-${randomUUID()}`;
  let stack: TestStack;
  let probe: KafkaProbe;
  let url: string;
  let browser: Browser | undefined;
  const assignments: Record<'logistics' | 'it' | 'breached', string> = {} as never;

  const report = async (token: string, filters: Record<string, string> = {}) => {
    const response = await escalation(url, 'GET', `/reports/late?${new URLSearchParams(filters).toString()}`, token);
    return { status: response.status, body: response.body as any };
  };
  const idsOf = (body: { items: { id: string }[] }) => body.items.map((item) => item.id);
  const asPerson = async (token: string): Promise<Page> => {
    browser ??= await launchBrowser();
    const page = await (await newPerson(browser, stack.console!.url)).newPage();
    await signIn(page, token);
    return page;
  };
  const assigned = async (department: string) => {
    const { data } = await identify(probe, stack, department);
    return assignmentOf(stack, data.rootCauseId);
  };
  const atLevel = (assignmentId: string, level: number) =>
    eventually(
      () => stack.db.query('SELECT level, breached_at FROM escalation.assignments WHERE id = $1', [assignmentId]),
      ({ rows }) => rows[0]?.level === level,
      { what: `assignment ${assignmentId} at level ${level}` },
    );

  beforeAll(async () => {
    stack = await startTestStack(
      'late-across',
      {
        ESCALATION_ACK_SLA: '1h',
        ESCALATION_RESOLVE_SLA: '2h',
        ESCALATION_NEAR_BREACH: '90m',
        ESCALATION_ADMIN_TOKEN: escalationAdmin,
      },
      { withConsole: true },
    );
    probe = new KafkaProbe(stack.brokers);
    url = stack.services.escalation.url;
    assignments.logistics = await assigned('logistics');
    assignments.it = await assigned('it');
    // Missed at every level of quality's three-level chain: breached at the top.
    assignments.breached = await assigned('quality');
    for (const level of [2, 3]) {
      await dueNow(stack, assignments.breached, 'acknowledge');
      await atLevel(assignments.breached, level);
    }
    await dueNow(stack, assignments.breached, 'acknowledge');
    await eventually(
      () => stack.db.query('SELECT breached_at FROM escalation.assignments WHERE id = $1', [assignments.breached]),
      ({ rows }) => rows[0]?.breached_at !== null,
      { what: 'the quality assignment to breach at the top of its chain' },
    );
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await probe?.close();
    await stack?.stop();
  });

  it('shows a supervisor every department, breached first, with level, holder and age; or one department', async () => {
    const all = await report(stack.secrets.supervisorToken, { limit: '200' });
    expect(all.status).toBe(200);
    expect(idsOf(all.body)[0]).toBe(assignments.breached);
    expect(idsOf(all.body)).toEqual(expect.arrayContaining(Object.values(assignments)));
    const breached = all.body.items[0];
    expect(breached).toMatchObject({ attention: 'breached', department: 'quality', level: 3 });
    expect(breached.owner.name).toBe(ownerAt(stack, 'quality', 3).name);
    expect(Date.parse(breached.createdAt)).toBeLessThanOrEqual(Date.now());
    const logistics = all.body.items.find((item: { id: string }) => item.id === assignments.logistics);
    expect(logistics).toMatchObject({ attention: 'near-breach', department: 'logistics', level: 1 });

    const it = await report(stack.secrets.supervisorToken, { department: 'it' });
    expect(idsOf(it.body)).toEqual([assignments.it]);
  });

  it("limits a department head to their own department and refuses another's, and level-1 owners", async () => {
    const head = ownerAt(stack, 'logistics', 2);
    const own = await report(head.token);
    expect(own.status).toBe(200);
    expect(idsOf(own.body)).toEqual([assignments.logistics]);
    const other = await report(head.token, { department: 'quality' });
    expect(other.status).toBe(403);
    expect(other.body.message).toContain('own department (logistics)');
    expect((await report(ownerAt(stack, 'logistics', 1).token)).status).toBe(403);
    expect((await report('rs_forged')).status).toBe(401);
    const tooLong = await report(stack.secrets.supervisorToken, { department: 'd'.repeat(101) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors.map((error: { field: string }) => error.field)).toEqual(['department']);
  });

  it('gives supervisors and heads the Late page in the console, and owners their own as before', async () => {
    const supervisor = await asPerson(stack.secrets.supervisorToken);
    await supervisor.goto('/late');
    expect(await textOf(supervisor.getByRole('heading', { level: 1 }))).toBe('Late across departments');
    const rows = supervisor.locator('table.late tbody tr');
    expect(await textOf(rows.first())).toContain('breached at the top of the chain');
    expect(await textOf(rows.first())).toContain('quality');
    expect(await rows.count()).toBe(3);
    const review = supervisor.getByRole('region', { name: 'Compensations waiting for a decision' });
    expect(await textOf(review)).toContain('No compensation waits for a decision.');
    await screenshot(supervisor, 'late-supervisor');
    await supervisor.getByLabel('Department').fill('it');
    await Promise.all([supervisor.waitForNavigation(), supervisor.getByRole('button', { name: 'Show' }).click()]);
    expect(await supervisor.locator('table.late tbody tr').count()).toBe(1);

    const head = await asPerson(ownerAt(stack, 'logistics', 2).token);
    await head.goto('/late');
    expect(await head.locator('table.late tbody tr').count()).toBe(1);
    const forged = await head.goto('/late?department=quality');
    expect(forged?.status()).toBe(403);
    expect(await textOf(head.locator('#department-error'))).toContain('own department (logistics)');
    await screenshot(head, 'late-head-refused');

    const owner = await asPerson(ownerAt(stack, 'it', 1).token);
    await owner.goto('/late');
    expect(await owner.locator('#department').count()).toBe(0);
    expect(await owner.locator('table.late tbody a').count()).toBe(1);
  });

  it("gives escalation's admin every department's, or one, from escalation, and refuses tokens it does not allow", async () => {
    const all = await report(escalationAdmin, { limit: '200' });
    expect(all.status).toBe(200);
    expect(idsOf(all.body)).toEqual(idsOf((await report(stack.secrets.supervisorToken, { limit: '200' })).body));
    expect(idsOf(all.body)).toEqual(expect.arrayContaining(Object.values(assignments)));
    expect(idsOf((await report(escalationAdmin, { department: 'quality' })).body)).toEqual([assignments.breached]);
    // The admin reads the late report only, not the other reports, which are for those who answer for the figures.
    expect((await escalation(url, 'GET', '/reports/sla', escalationAdmin)).status).toBe(401);
    // Tokens escalation does not allow here: a member's, a near miss of the admin's, one of no kind.
    for (const token of [stack.secrets.members[0].token, `${escalationAdmin}x`, 'forged-token-of-no-kind'])
      expect((await report(token)).status).toBe(401);

    const admin = await asPerson(escalationAdmin);
    expect(new URL(admin.url()).pathname).toBe('/departments');
    await clickAndLoad(admin, admin.getByRole('navigation').getByRole('link', { name: 'Late' }));
    expect(new URL(admin.url()).pathname).toBe('/late');
    expect(await textOf(admin.getByRole('heading', { level: 1 }))).toBe('Late across departments');
    const rows = admin.locator('table.late tbody tr');
    expect(await rows.count()).toBe(3);
    expect(await textOf(rows.first())).toContain('breached at the top of the chain');
    expect(await textOf(rows.first())).toContain('quality');
    expect(await textOf(admin.locator('#department-hint'))).toContain('every department');
    // The review queue is the supervisors': the admin decides no compensation.
    expect(await admin.getByRole('region', { name: 'Compensations waiting for a decision' }).count()).toBe(0);
    await screenshot(admin, 'late-escalation-admin');
    await admin.getByLabel('Department').fill('logistics');
    await clickAndLoad(admin, admin.getByRole('button', { name: 'Show' }));
    expect(await admin.locator('table.late tbody tr').count()).toBe(1);
    expect(await textOf(admin.getByRole('heading', { level: 1 }))).toBe('Late in logistics');

    // A member signed in to the console is refused the page, and escalation refuses the member's token itself.
    const member = await consoleSession(stack.console!.url, stack.secrets.members[0].token, '/committee');
    const forged = await fetch(`${stack.console!.url}/late?department=quality`, {
      headers: { cookie: (member as { cookie: string }).cookie },
      redirect: 'manual',
    });
    expect(forged.status).toBe(403);
  });
});
