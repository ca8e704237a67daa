import { deadLetterTopic } from '@redress/contracts';
import { DeadLetterHeader } from '@redress/messaging';
import { hashToken, newToken } from '@redress/platform';
import { Kafka, logLevel } from 'kafkajs';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Browser } from 'playwright-core';
import { callApi } from '../../scripts/stack/api';
import { clickAndLoad, launchBrowser, newPerson, screenshot, signIn, textOf } from '../support/browser';
import { complaintBody, getComplaint, postComplaint } from '../support/complaints';
import { consoleSession } from '../support/console-session';
import { eventually } from '../support/eventually';
import { describeE2E, startTestStack, TestStack } from '../support/test-stack';

const run = promisify(execFile);

type SessionCredential = { cookie: string; csrf: string };

/**
 * Running the organisation from the console: the ops role reads the four services' dead letters, pages through a long
 * topic read a window at a time, and replays one once its cause is fixed; an intake admin rotates a client system's key, ends the old one and revokes the system. Each
 * action goes through the service's own route under the person's token, and a forged form or a wrong token is refused
 * by the service, not only hidden by the console.
 */
describeE2E('console: dead letters and client systems', () => {
  const opsToken = newToken('rp');
  let stack: TestStack;
  let browser: Browser;
  let consoleUrl: string;

  beforeAll(async () => {
    stack = await startTestStack('consoleadmin', { OPS_TOKEN_HASHES: hashToken(opsToken) }, { withConsole: true });
    consoleUrl = stack.console!.url;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  async function asPerson(token: string, locale = 'en-GB', viewport?: { width: number; height: number }) {
    const page = await (await newPerson(browser, consoleUrl, locale, viewport)).newPage();
    await signIn(page, token);
    return page;
  }

  const cli = async (script: string, args: string[]) =>
    (await run(process.execPath, [script, ...args], { env: { ...process.env, DATABASE_URL: stack.databaseUrl } }))
      .stdout;

  describe('dead letters', () => {
    let complaintId: string;
    let letterId: string;

    beforeAll(async () => {
      // Triage cannot link complaints until the trigger goes: its complaint.received is retried, then dead-lettered.
      await stack.db.query(`CREATE FUNCTION triage.refuse_links() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'complaint links are switched off (test fault)'; END $$`);
      await stack.db.query(
        `CREATE TRIGGER refuse_links BEFORE INSERT ON triage.complaint_links FOR EACH ROW EXECUTE FUNCTION triage.refuse_links()`,
      );
      const accepted = await postComplaint(stack.services.intake.url, stack.secrets.apiKey, complaintBody());
      complaintId = accepted.body!.id;
      const listed = await eventually(
        () => callApi(stack.services.triage.url, 'GET', '/dead-letters?state=pending', opsToken),
        (answer) => answer.status === 200 && answer.body.pending === 1,
        { what: 'the complaint to be dead-lettered by triage', timeoutMs: 60_000, intervalMs: 1000 },
      );
      letterId = listed.body.items[0].id;
      expect(listed.body.items[0]).toMatchObject({
        key: complaintId,
        eventType: 'complaint.received',
        reason: 'handler-failed',
        replayed: false,
      });
      expect(listed.body.items[0].error).toContain('test fault');
      // Never the content: the event carries the customer's words and phone.
      expect(JSON.stringify(listed.body)).not.toContain('+7916');
    });

    it('is for ops tokens only, on every service', async () => {
      const member = stack.secrets.members[0].token;
      for (const service of ['intake', 'triage', 'escalation', 'notifier'] as const) {
        const url = stack.services[service].url;
        expect((await callApi(url, 'GET', '/dead-letters')).status).toBe(401);
        expect((await callApi(url, 'GET', '/dead-letters', member)).status).toBe(401);
        expect(
          (await callApi(url, 'POST', `/dead-letters/${letterId}/replay`, stack.secrets.supervisorToken)).status,
        ).toBe(401);
        expect((await callApi(url, 'GET', '/ops/me', opsToken)).body).toEqual({
          kind: 'ops',
          id: hashToken(opsToken).slice(0, 12),
        });
      }
      expect((await callApi(stack.services.triage.url, 'GET', '/dead-letters?state=some', opsToken)).status).toBe(400);
      expect((await callApi(stack.services.triage.url, 'GET', '/dead-letters?cursor=bogus', opsToken)).status).toBe(
        400,
      );
      expect((await callApi(stack.services.triage.url, 'POST', '/dead-letters/0:999999/replay', opsToken)).status).toBe(
        404,
      );
      expect((await callApi(stack.services.triage.url, 'POST', '/dead-letters/x/replay', opsToken)).status).toBe(400);
    });

    it('shows every service and replays a dead letter once its cause is fixed, once', async () => {
      const page = await asPerson(opsToken);
      expect(new URL(page.url()).pathname).toBe('/dead-letters');
      const triage = page.getByRole('region', { name: 'triage' });
      expect(await textOf(triage)).toContain('1 waiting for a replay, 0 replayed.');
      expect(await textOf(triage.getByRole('row').nth(1))).toContain('complaint.received');
      for (const service of ['intake', 'escalation', 'notifier'])
        expect(await textOf(page.getByRole('region', { name: service }))).toContain('No dead letters.');
      await screenshot(page, 'dead-letters');

      await stack.db.query('DROP TRIGGER refuse_links ON triage.complaint_links');
      await clickAndLoad(page, triage.getByRole('button', { name: `Replay dead letter ${letterId}` }));
      expect(new URL(page.url()).pathname).toBe('/dead-letters/triage');
      expect(await textOf(page.getByRole('status'))).toContain('Replayed');
      expect(await textOf(page.getByRole('row').nth(1))).toContain('Replayed');
      await screenshot(page, 'dead-letters-replayed');
      await eventually(
        () => getComplaint(stack.services.intake.url, stack.secrets.apiKey, complaintId),
        ({ body }) => body.status === 'triaged',
        { what: 'the replayed complaint to be triaged' },
      );

      // Asking again sends nothing, whether through the route or a stale form.
      const again = await callApi(stack.services.triage.url, 'POST', `/dead-letters/${letterId}/replay`, opsToken);
      expect(again).toMatchObject({ status: 200, body: { replayed: [] } });
      expect((await callApi(stack.services.triage.url, 'GET', '/dead-letters', opsToken)).body).toMatchObject({
        pending: 0,
        replayed: 1,
      });
      await page.close();
    });

    it('is refused to other roles, a forged form included, and reads in Russian on a phone', async () => {
      const member = (await consoleSession(
        consoleUrl,
        stack.secrets.members[0].token,
        '/committee',
      )) as SessionCredential;
      const forged = await fetch(`${consoleUrl}/dead-letters/triage/${letterId}/replay`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: member.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: member.csrf }).toString(),
      });
      expect(forged.status).toBe(403);
      expect((await fetch(`${consoleUrl}/dead-letters`, { headers: { cookie: member.cookie } })).status).toBe(403);

      const phone = await asPerson(opsToken, 'ru-RU', { width: 375, height: 812 });
      expect(await textOf(phone.getByRole('heading', { level: 1 }))).toBe('Недоставленные события');
      const width = await phone.evaluate<number>('document.documentElement.scrollWidth');
      expect(width).toBeLessThanOrEqual(375);
      await screenshot(phone, 'dead-letters-ru-phone');
      await phone.close();
    });

    it('pages through a long topic forwards and back, its counts said to be of the newest letters read', async () => {
      // Escalation's dead-letter topic, parked on directly: 120 letters a millisecond apart, over the partitions.
      const topic = deadLetterTopic('escalation', stack.topicPrefix);
      const kafka = new Kafka({ brokers: stack.brokers.split(','), logLevel: logLevel.NOTHING });
      const admin = kafka.admin();
      await admin.connect();
      const partitions = (await admin.fetchTopicOffsets(topic).finally(() => admin.disconnect())).length;
      const producer = kafka.producer();
      await producer.connect();
      const t0 = Date.now() - 60_000;
      const total = 120;
      await producer.send({
        topic,
        acks: -1,
        messages: Array.from({ length: total }, (_, index) => ({
          partition: index % partitions,
          timestamp: String(t0 + index),
          key: `parked-${index}`,
          value: JSON.stringify({ id: `event-${String(index).padStart(3, '0')}`, type: 'assignment.created' }),
          headers: {
            [DeadLetterHeader.OriginalTopic]: `${stack.topicPrefix}rootcause.decided`,
            [DeadLetterHeader.OriginalPartition]: '0',
            [DeadLetterHeader.OriginalOffset]: String(index),
            [DeadLetterHeader.Error]: 'parked by the test',
            [DeadLetterHeader.Reason]: 'handler-failed',
            [DeadLetterHeader.Attempts]: '4',
            [DeadLetterHeader.FailedAt]: new Date(t0 + index).toISOString(),
          },
        })),
      });
      await producer.disconnect();

      const page = await asPerson(opsToken);
      await page.goto('/dead-letters/escalation');
      const section = () => page.getByRole('region', { name: 'escalation' });
      const rows = () => section().locator('tbody tr');
      expect(await textOf(section())).toMatch(/Of the \d+ newest, read for this page: \d+ waiting for a replay/);
      // Older letters may still wait beyond the window: replaying all stays on offer.
      expect(await section().getByRole('button', { name: 'Replay everything waiting on escalation' }).count()).toBe(1);
      expect(await rows().count()).toBe(25);
      expect(await textOf(rows().first())).toContain('event-119');
      await screenshot(page, 'dead-letters-window');

      await clickAndLoad(page, page.getByRole('link', { name: 'Next page' }));
      expect(await textOf(rows().first())).toContain('event-094');
      await clickAndLoad(page, page.getByRole('link', { name: 'Previous page' }));
      expect(await textOf(rows().first())).toContain('event-119');
      expect(new URL(page.url()).searchParams.get('cursor')).toBeNull();
      for (const first of ['event-094', 'event-069', 'event-044', 'event-019']) {
        await clickAndLoad(page, page.getByRole('link', { name: 'Next page' }));
        expect(await textOf(rows().first())).toContain(first);
      }
      expect(await rows().count()).toBe(20);
      expect(await textOf(rows().last())).toContain('event-000');
      // The last page read every partition from its start: the counts are the topic's.
      expect(await textOf(section())).toContain(`${total} waiting for a replay, 0 replayed.`);
      expect(await page.getByRole('link', { name: 'Next page' }).count()).toBe(0);
      await screenshot(page, 'dead-letters-last-page');
      await clickAndLoad(page, page.getByRole('link', { name: 'Previous page' }));
      expect(await textOf(rows().first())).toContain('event-044');
      await page.close();
    });
  });

  describe('client systems', () => {
    let adminToken: string;
    let systemId: string;
    let firstKey: string;

    beforeAll(async () => {
      const admin = await cli('dist/scripts/ops/admin-token.cli.js', ['create', 'intake', 'console-admin']);
      adminToken = /admin token, shown only now: (\S+)/.exec(admin)![1];
      const created = await cli('dist/apps/intake/src/cli/create-client.cli.js', ['shop-frontend']);
      systemId = /\(([0-9a-f-]{36})\)/.exec(created)![1];
      firstKey = /API key, shown only now: (\S+)/.exec(created)![1];
    });

    const files = async (key: string) => (await postComplaint(stack.services.intake.url, key, complaintBody())).status;

    it('rotates a key, shows the new one once, ends the old one and revokes the system', async () => {
      const page = await asPerson(adminToken);
      expect(new URL(page.url()).pathname).toBe('/client-systems');
      const system = page.getByRole('region', { name: 'shop-frontend' });
      expect(await textOf(system)).toContain('files complaints');
      await screenshot(page, 'client-systems');

      await clickAndLoad(page, system.getByRole('button', { name: 'Rotate key of shop-frontend' }));
      const newKey = await page.getByRole('textbox', { name: 'Key', exact: true }).inputValue();
      expect(newKey).toMatch(/^rk_/);
      await screenshot(page, 'client-systems-rotated');
      expect(await files(newKey)).toBe(202);
      expect(await files(firstKey)).toBe(202); // the overlap: the old key still works for a while

      await page.goto('/client-systems');
      expect(await page.getByRole('textbox', { name: 'Key', exact: true }).count()).toBe(0); // shown once, never again
      const oldPrefix = firstKey.slice(0, 11);
      await clickAndLoad(
        page,
        page
          .getByRole('region', { name: 'shop-frontend' })
          .getByRole('button', { name: `End now the key ${oldPrefix}` }),
      );
      expect(await textOf(page.getByRole('status'))).toContain('refused from now on');
      await eventually(
        () => files(firstKey),
        (status) => status === 401,
        { what: 'the old key to be refused' },
      );
      expect(await files(newKey)).toBe(202);

      await clickAndLoad(
        page,
        page
          .getByRole('region', { name: 'shop-frontend' })
          .getByRole('button', { name: 'Revoke system shop-frontend' }),
      );
      expect(await textOf(page.getByRole('status'))).toContain('revoked');
      await eventually(
        () => files(newKey),
        (status) => status === 401,
        { what: 'the revoked system to be refused' },
      );
      await screenshot(page, 'client-systems-revoked');
      await page.close();
    });

    it('is refused to other roles by intake, a forged form included', async () => {
      const ops = (await consoleSession(consoleUrl, opsToken, '/dead-letters')) as SessionCredential;
      const forged = await fetch(`${consoleUrl}/client-systems/${systemId}/rotate`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: ops.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: ops.csrf }).toString(),
      });
      expect(forged.status).toBe(403);
      for (const token of [opsToken, stack.secrets.supervisorToken, stack.secrets.members[0].token]) {
        expect(
          (await callApi(stack.services.intake.url, 'POST', `/admin/client-systems/${systemId}/rotate`, token)).status,
        ).toBe(401);
        expect((await callApi(stack.services.intake.url, 'GET', '/admin/me', token)).status).toBe(401);
      }
    });
  });

  describe('departments', () => {
    const ownersOf = (department: string) =>
      stack.secrets.owners.filter((owner) => owner.department === department).sort((a, b) => a.level - b.level);
    const logistics = async () => {
      const { body } = await callApi(
        stack.services.escalation.url,
        'GET',
        '/departments?limit=200',
        ownersOf('logistics')[0].token,
      );
      return body.items.find((item: { id: string }) => item.id === 'logistics');
    };

    it('lets the top of the chain edit hours, holidays, deadlines and the chain, and shows a refused field beside it', async () => {
      const head = ownersOf('logistics').at(-1)!;
      const page = await asPerson(head.token);
      await page.goto('/departments');
      await screenshot(page, 'departments');
      const before = await logistics();
      await clickAndLoad(page, page.getByRole('link', { name: `Edit ${before.name}` }));

      await page.getByLabel('Time zone (such as Europe/Moscow)').fill('Mars/Olympus');
      await clickAndLoad(page, page.getByRole('button', { name: 'Save the department' }));
      const zone = page.getByLabel('Time zone (such as Europe/Moscow)');
      expect(await zone.getAttribute('aria-invalid')).toBe('true');
      expect(await textOf(page.getByRole('alert'))).toContain('timeZone');
      await screenshot(page, 'department-refused');

      await zone.fill('Europe/Moscow');
      const monday = page.getByRole('group', { name: 'Monday' });
      await monday.getByLabel('from').fill('09:00');
      await monday.getByLabel('to').fill('18:00');
      await page.getByLabel('Holidays, one date (YYYY-MM-DD) a line').fill('2026-12-31\n2027-01-01');
      await page.getByRole('group', { name: 'High' }).getByLabel('acknowledge within').fill('1h');
      const newLevel = page.getByRole('group', { name: /^New level/ });
      await newLevel.getByLabel('Name').fill('Vera Newhead');
      await clickAndLoad(page, page.getByRole('button', { name: 'Save the department' }));
      const saved = await textOf(page.getByRole('status'));
      expect(saved).toContain('Vera Newhead');
      expect(saved).toMatch(/ro_[\w-]{20,}/);
      await screenshot(page, 'department-saved');

      const after = await logistics();
      expect(after.chain.map((owner: { name: string }) => owner.name)).toEqual([
        ...before.chain.map((owner: { name: string }) => owner.name),
        'Vera Newhead',
      ]);
      expect(after.sla.calendar).toMatchObject({
        timeZone: 'Europe/Moscow',
        hours: { mon: { from: '09:00', to: '18:00' } },
        holidays: ['2026-12-31', '2027-01-01'],
      });
      expect(after.sla.levels.high.acknowledgeWithinMs).toBe(3_600_000);
      await page.close();
    });

    it('is refused by escalation to an owner below the top, a forged form included', async () => {
      const levelOne = ownersOf('logistics')[0];
      const page = await asPerson(levelOne.token);
      await page.goto('/departments');
      expect(await page.getByRole('link', { name: /^Edit / }).count()).toBe(0);
      await page.close();
      const session = (await consoleSession(consoleUrl, levelOne.token, '/assignments')) as SessionCredential;
      expect((await fetch(`${consoleUrl}/departments/logistics`, { headers: { cookie: session.cookie } })).status).toBe(
        403,
      );
      const forged = await fetch(`${consoleUrl}/departments/logistics`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        // A form as the top of the chain would send it, renamed: well-formed, so only who sends it is wrong.
        body: new URLSearchParams({
          _csrf: session.csrf,
          name: 'Taken over',
          ...Object.fromEntries(
            (await logistics()).chain.flatMap((owner: { id: string; name: string }, index: number) => [
              [`chain.${index}.id`, owner.id],
              [`chain.${index}.name`, owner.name],
            ]),
          ),
        }).toString(),
      });
      expect(forged.status).toBe(403);
      expect((await logistics()).name).not.toBe('Taken over');
    });
  });

  describe('committee roster', () => {
    const roster = async () =>
      (await callApi(stack.services.triage.url, 'GET', '/committee/members', stack.secrets.members[0].token)).body;

    it('lets the chair add and remove members and hand the chair over', async () => {
      const chair = stack.secrets.members.find((member) => member.chair)!;
      const page = await asPerson(chair.token);
      await page.goto('/roster');
      await screenshot(page, 'roster-chair');

      await clickAndLoad(page, page.getByRole('button', { name: 'Add to the committee' }));
      expect(await page.getByLabel('Name').getAttribute('aria-invalid')).toBe('true');
      await screenshot(page, 'roster-refused');

      await page.getByLabel('Name').fill('Zoya Novikova');
      await page.getByLabel('Department').selectOption('quality');
      await clickAndLoad(page, page.getByRole('button', { name: 'Add to the committee' }));
      const token = await page.getByRole('textbox', { name: 'Token', exact: true }).inputValue();
      expect(token).toMatch(/^rm_/);
      expect((await callApi(stack.services.triage.url, 'GET', '/committee/me', token)).body).toMatchObject({
        name: 'Zoya Novikova',
        department: 'quality',
      });
      await screenshot(page, 'roster-added');

      await clickAndLoad(page, page.getByRole('button', { name: 'Remove Zoya Novikova' }));
      expect(await textOf(page.getByRole('status'))).toContain('left the committee');
      expect((await callApi(stack.services.triage.url, 'GET', '/committee/me', token)).status).toBe(401);

      const next = stack.secrets.members.find((member) => !member.chair)!;
      const nextName = (await roster()).items.find((member: { id: string }) => member.id === next.id).name;
      await clickAndLoad(page, page.getByRole('button', { name: `Hand over the chair to ${nextName}` }));
      expect(await textOf(page.getByRole('status'))).toContain('handed over');
      expect((await roster()).items.find((member: { chair: boolean }) => member.chair).id).toBe(next.id);
      expect(await page.getByRole('button', { name: 'Add to the committee' }).count()).toBe(0);
      await page.close();
    });

    it('is refused by triage to a member who does not chair, a forged form included', async () => {
      const current = (await roster()).items;
      const member = stack.secrets.members.find(
        (seeded) => !current.find((item: { id: string; chair: boolean }) => item.id === seeded.id)?.chair,
      )!;
      const session = (await consoleSession(consoleUrl, member.token, '/committee')) as SessionCredential;
      const forged = await fetch(`${consoleUrl}/roster/members`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: session.csrf, name: 'Mallory', department: 'quality' }).toString(),
      });
      expect(forged.status).toBe(403);
      expect((await roster()).items).toHaveLength(current.length);
    });
  });

  describe('playbooks', () => {
    const playbooks = async () =>
      (await callApi(stack.services.notifier.url, 'GET', '/playbooks', stack.secrets.supervisorToken)).body.items;

    it('lets a supervisor write a playbook, shows a refused field beside it, and end it', async () => {
      const page = await asPerson(stack.secrets.supervisorToken);
      await page.goto('/playbooks');
      await screenshot(page, 'playbooks');
      await page.getByLabel('Name').fill('Snowstorm');
      await clickAndLoad(page, page.getByRole('button', { name: 'Save the playbook' }));
      expect(await page.getByLabel('Compensation, such as 150.00').getAttribute('aria-invalid')).toBe('true');
      await screenshot(page, 'playbooks-refused');

      await page.getByLabel('Words, separated by commas (none: every complaint)').fill('snow, blizzard');
      await page.getByLabel('Compensation, such as 150.00').fill('150.00');
      await page.getByLabel(/^Message in English/).fill('Snow is delaying deliveries. Your reference is {reference}.');
      await page.getByLabel('Message in Russian').fill('Снегопад задерживает доставку. Номер обращения {reference}.');
      await clickAndLoad(page, page.getByRole('button', { name: 'Save the playbook' }));
      expect(await textOf(page.getByRole('status'))).toContain('saved');
      const [saved] = await playbooks();
      expect(saved).toMatchObject({
        name: 'Snowstorm',
        keywords: ['snow', 'blizzard'],
        compensation: '150.00',
        active: true,
      });
      await screenshot(page, 'playbooks-saved');

      await clickAndLoad(page, page.getByRole('button', { name: 'End playbook Snowstorm' }));
      expect(await textOf(page.getByRole('status'))).toContain('ended');
      expect((await playbooks())[0].active).toBe(false);
      await page.close();
    });

    it('is refused to anyone but a supervisor, by the console and by the notifier', async () => {
      const member = stack.secrets.members[0].token;
      const session = (await consoleSession(consoleUrl, member, '/committee')) as SessionCredential;
      const forged = await fetch(`${consoleUrl}/playbooks`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: session.csrf, name: 'Mallory', compensation: '200.00' }).toString(),
      });
      expect(forged.status).toBe(403);
      const direct = await callApi(stack.services.notifier.url, 'POST', '/playbooks', member, {
        name: 'Mallory',
        keywords: [],
        activeFrom: new Date().toISOString(),
        message: { en: 'x' },
        compensation: '200.00',
      });
      expect([401, 403]).toContain(direct.status);
      expect((await playbooks()).map((playbook: { name: string }) => playbook.name)).not.toContain('Mallory');
    });
  });
});
