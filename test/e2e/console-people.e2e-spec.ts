import { hashToken, newToken } from '@redress/platform';
import { randomUUID } from 'node:crypto';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Browser } from 'playwright-core';
import { callApi } from '../../scripts/stack/api';
import { clickAndLoad, launchBrowser, newPerson, screenshot, signIn, textOf } from '../support/browser';
import { consoleSession } from '../support/console-session';
import { describeE2E, startTestStack, TestStack } from '../support/test-stack';

const run = promisify(execFile);
const ESCALATION_ADMIN = `people-admin-${randomUUID()}`;

type SessionCredential = { cookie: string; csrf: string };
type Person = { person: string; role: string; name: string; email: string | null };

/**
 * People and how they are told: a notifier admin lists the staff directory (filtered, paged) and edits a person
 * through the notifier's `/staff` routes; the notifier refuses everyone else's token, a forged form included. Admin
 * tokens say by their prefix whose they are (`ra_` intake, `rn_` notifier), and escalation's admin token (a setting of
 * no prefix) signs in to the departments.
 */
describeE2E('console: people and admins', () => {
  const opsToken = newToken('rp');
  let stack: TestStack;
  let browser: Browser;
  let consoleUrl: string;
  let adminToken: string;
  let intakeAdminToken: string;

  beforeAll(async () => {
    stack = await startTestStack(
      'consolepeople',
      { OPS_TOKEN_HASHES: hashToken(opsToken), ESCALATION_ADMIN_TOKEN: ESCALATION_ADMIN },
      { withConsole: true },
    );
    consoleUrl = stack.console!.url;
    browser = await launchBrowser();
    const cli = async (args: string[]) =>
      (
        await run(process.execPath, ['dist/scripts/ops/admin-token.cli.js', ...args], {
          env: { ...process.env, DATABASE_URL: stack.databaseUrl },
        })
      ).stdout;
    adminToken = /admin token, shown only now: (\S+)/.exec(await cli(['create', 'notifier', 'people-admin']))![1];
    intakeAdminToken = /admin token, shown only now: (\S+)/.exec(await cli(['create', 'intake', 'keys-admin']))![1];
    // Five processes and a browser on a busy machine can take longer than a test's own timeout to start.
  }, 400_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  async function asPerson(token: string, locale = 'en-GB', viewport?: { width: number; height: number }) {
    const page = await (await newPerson(browser, consoleUrl, locale, viewport)).newPage();
    await signIn(page, token);
    return page;
  }

  const notifier = (method: 'GET' | 'PUT', path: string, token?: string, body?: unknown) =>
    callApi(stack.services.notifier.url, method, path, token, body);

  it('gives each service its own admin token prefix', () => {
    expect(intakeAdminToken).toMatch(/^ra_/);
    expect(adminToken).toMatch(/^rn_/);
  });

  it('lists the directory by name for a notifier admin, filtered and paged, and refuses anyone else', async () => {
    const all: Person[] = (await notifier('GET', '/staff?limit=200', adminToken)).body.items;
    const seeded = 1 + stack.secrets.members.length + stack.secrets.owners.length;
    expect(all.length).toBeGreaterThanOrEqual(seeded - 1);
    expect(all.map((person) => person.name)).toEqual([...all.map((person) => person.name)].sort());

    const paged: Person[] = [];
    let cursor: string | null = null;
    do {
      const { body } = await notifier('GET', `/staff?limit=3${cursor ? `&cursor=${cursor}` : ''}`, adminToken);
      expect(body.items.length).toBeLessThanOrEqual(3);
      paged.push(...body.items);
      cursor = body.nextCursor;
    } while (cursor);
    expect(paged.map((person) => person.person)).toEqual(all.map((person) => person.person));

    const members: Person[] = (await notifier('GET', '/staff?role=member&limit=200', adminToken)).body.items;
    expect(members.map((person) => person.person).sort()).toEqual(
      stack.secrets.members.map((member) => `member:${member.id}`).sort(),
    );
    const someone = stack.secrets.owners[0];
    const found: Person[] = (
      await notifier('GET', `/staff?q=${encodeURIComponent(someone.name.toUpperCase())}`, adminToken)
    ).body.items;
    expect(found.map((person) => person.person)).toContain(`owner:${someone.id}`);
    expect(found.every((person) => person.name.toLowerCase().includes(someone.name.toLowerCase()))).toBe(true);
    // A LIKE wildcard is a character like any other.
    expect((await notifier('GET', '/staff?q=%25', adminToken)).body.items).toEqual([]);

    const badRole = await notifier('GET', '/staff?role=chair', adminToken);
    expect(badRole.status).toBe(400);
    expect(badRole.body.errors[0].field).toBe('role');
    expect((await notifier('GET', `/staff?q=${'x'.repeat(101)}`, adminToken)).status).toBe(400);
    expect((await notifier('GET', '/staff?cursor=bogus', adminToken)).status).toBe(400);

    expect((await notifier('GET', '/admin/me', adminToken)).body).toMatchObject({ name: 'people-admin' });
    const others = [
      stack.secrets.supervisorToken,
      stack.secrets.members[0].token,
      stack.secrets.owners[0].token,
      intakeAdminToken,
      opsToken,
      ESCALATION_ADMIN,
    ];
    for (const token of others) {
      expect((await notifier('GET', '/staff', token)).status).toBe(401);
      expect((await notifier('GET', '/admin/me', token)).status).toBe(401);
      expect((await notifier('PUT', `/staff/owner:${someone.id}`, token, { email: 'x@example.com' })).status).toBe(401);
    }
  });

  it('lets the admin find a person and edit how they are told, a refused field shown beside it', async () => {
    const owner = stack.secrets.owners[0];
    const key = `owner:${owner.id}`;
    const page = await asPerson(adminToken);
    expect(new URL(page.url()).pathname).toBe('/people');
    expect(await page.getByRole('row').count()).toBeGreaterThan(3);
    await screenshot(page, 'people');

    await page.getByLabel('Role').selectOption('owner');
    await page.getByLabel('Name, email or key contains').fill(owner.name);
    await clickAndLoad(page, page.getByRole('button', { name: 'Show' }));
    expect(new URL(page.url()).searchParams.get('role')).toBe('owner');
    const rows = page.getByRole('row');
    expect(await textOf(rows.nth(1))).toContain(owner.name);
    await screenshot(page, 'people-filtered');

    await clickAndLoad(page, page.getByRole('link', { name: `Edit ${owner.name}` }));
    expect(new URL(page.url()).pathname).toBe(`/people/${encodeURIComponent(key)}`);
    // Someone else's choices: the labels speak of that person, never "me" (the admin).
    const labels = await page.locator('form label').allTextContents();
    expect(labels).toEqual(
      expect.arrayContaining([
        'A new assignment for this person',
        'An assignment escalated to this person',
        'A callback this person owes',
      ]),
    );
    expect(labels.filter((label) => /\b(me|my|I)\b/.test(label))).toEqual([]);
    await page.getByLabel('Email').fill('owner.new@staff.example');
    await page.getByLabel('Time zone').fill('Mars/Olympus');
    await page.getByLabel('A deadline drawing near').selectOption('digest:8');
    await clickAndLoad(page, page.getByRole('button', { name: 'Save' }));
    const zone = page.getByLabel('Time zone');
    expect(await zone.getAttribute('aria-invalid')).toBe('true');
    expect(await textOf(page.locator('#timeZone-error'))).toContain('IANA');
    // What was typed stays.
    expect(await page.getByLabel('Email').inputValue()).toBe('owner.new@staff.example');
    await screenshot(page, 'person-refused');

    await zone.fill('asia/yekaterinburg');
    await clickAndLoad(page, page.getByRole('button', { name: 'Save' }));
    expect(await textOf(page.getByRole('status'))).toContain('Saved');
    await screenshot(page, 'person-saved');
    const { body } = await notifier('GET', `/staff/${key}`, adminToken);
    expect(body).toMatchObject({
      email: 'owner.new@staff.example',
      timeZone: 'Asia/Yekaterinburg',
      preferences: { 'deadline-warning': { delivery: 'digest', hour: 8 }, 'assignment-created': { delivery: 'now' } },
    });
    // The person sees the same on their own "How I am told", in the first person there.
    const own = await notifier('GET', '/staff/me', owner.token);
    expect(own.body).toMatchObject({ email: 'owner.new@staff.example', timeZone: 'Asia/Yekaterinburg' });
    await page.close();
    const ownForm = await asPerson(owner.token);
    await ownForm.goto('/notices/settings');
    expect(await ownForm.getByLabel('A new assignment for me').inputValue()).toBe('now');
    expect(await ownForm.getByLabel('A callback I owe').count()).toBe(1);
    expect(await ownForm.getByLabel('A deadline drawing near').inputValue()).toBe('digest:8');
    await screenshot(ownForm, 'notice-settings-own');
    await ownForm.close();
  });

  it('pages forward and back through the directory', async () => {
    // People who have not signed in yet, provisioned by the admin: enough for a second page of 25.
    for (let index = 0; index < 30; index++) {
      const saved = await notifier('PUT', `/staff/member:${randomUUID()}`, adminToken, {
        name: `Zoya Provisioned ${String(index).padStart(2, '0')}`,
      });
      expect(saved.status).toBe(200);
    }
    const page = await asPerson(adminToken);
    const firstRows = await page.getByRole('row').count();
    expect(firstRows).toBe(26); // the header and 25 people
    expect(await page.getByRole('link', { name: 'Previous page' }).count()).toBe(0);
    await clickAndLoad(page, page.getByRole('link', { name: 'Next page' }));
    expect(await textOf(page.getByRole('row').nth(1))).toMatch(/Zoya Provisioned/);
    await screenshot(page, 'people-second-page');
    await clickAndLoad(page, page.getByRole('link', { name: 'Previous page' }));
    expect(new URL(page.url()).searchParams.get('cursor')).toBeNull();
    expect(await page.getByRole('row').count()).toBe(firstRows);
    await page.close();
  });

  it('is refused to others by the console and by the notifier, a forged form included, and reads in Russian on a phone', async () => {
    const owner = stack.secrets.owners[1];
    const key = `owner:${owner.id}`;
    const before = (await notifier('GET', `/staff/${key}`, adminToken)).body;
    for (const [token, home] of [
      [stack.secrets.supervisorToken, '/review'],
      [owner.token, '/assignments'],
    ]) {
      const session = (await consoleSession(consoleUrl, token, home)) as SessionCredential;
      expect((await fetch(`${consoleUrl}/people`, { headers: { cookie: session.cookie } })).status).toBe(403);
      const forged = await fetch(`${consoleUrl}/people/${encodeURIComponent(key)}`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: session.csrf, email: 'taken@evil.example', timeZone: 'UTC' }).toString(),
      });
      expect(forged.status).toBe(403);
    }
    // The same change straight at the notifier with the owner's own token: refused there too.
    expect((await notifier('PUT', `/staff/${key}`, owner.token, { email: 'taken@evil.example' })).status).toBe(401);
    expect((await notifier('GET', `/staff/${key}`, adminToken)).body.email).toBe(before.email);

    const phone = await asPerson(adminToken, 'ru-RU', { width: 375, height: 812 });
    expect(await textOf(phone.getByRole('heading', { level: 1 }))).toBe('Сотрудники');
    expect(await phone.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    await screenshot(phone, 'people-ru-phone');
    await phone.goto(`/people/${encodeURIComponent(key)}`);
    expect(await phone.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    const labels = await phone.locator('form label').allTextContents();
    expect(labels).toEqual(
      expect.arrayContaining(['Новое поручение этому сотруднику', 'Этому сотруднику нужно перезвонить клиенту']),
    );
    expect(labels.filter((label) => /(^|\s)(мне|мой|моего|моей|я)(\s|$)/i.test(label))).toEqual([]);
    await screenshot(phone, 'person-ru-phone');
    await phone.close();
  });

  it('signs escalation admin in to every department, and intake admins to client systems', async () => {
    const page = await asPerson(ESCALATION_ADMIN);
    expect(new URL(page.url()).pathname).toBe('/departments');
    const { body } = await callApi(stack.services.escalation.url, 'GET', '/departments?limit=200', ESCALATION_ADMIN);
    for (const department of body.items as { name: string }[])
      expect(await page.getByRole('link', { name: `Edit ${department.name}` }).count()).toBe(1);
    await screenshot(page, 'departments-escalation-admin');
    const first = body.items[0] as { id: string; name: string };
    await clickAndLoad(page, page.getByRole('link', { name: `Edit ${first.name}` }));
    // Not the top of any chain, yet escalation lets its admin token edit it: the console shows the form and saves.
    await page.locator('#name').fill(`${first.name} (renamed)`);
    await clickAndLoad(page, page.getByRole('button', { name: 'Save the department' }));
    expect(await page.getByRole('alert').count()).toBe(0);
    await screenshot(page, 'department-escalation-admin-saved');
    const after = await callApi(stack.services.escalation.url, 'GET', '/departments?limit=200', ESCALATION_ADMIN);
    const saved = after.body.items.find((department: { id: string }) => department.id === first.id);
    expect(saved.name).toBe(`${first.name} (renamed)`);
    await page.close();

    const keys = await asPerson(intakeAdminToken);
    expect(new URL(keys.url()).pathname).toBe('/client-systems');
    await keys.close();

    // A token of no kind the console knows, or one its service refuses, says so on the sign-in page.
    const stranger = await (await newPerson(browser, consoleUrl, 'en-GB')).newPage();
    await stranger.goto('/sign-in');
    await stranger.getByLabel('Your token').fill(`not-the-admin-${randomUUID()}`);
    await clickAndLoad(stranger, stranger.getByRole('button', { name: 'Sign in' }));
    expect(new URL(stranger.url()).pathname).toBe('/sign-in');
    await stranger.close();
  });
});
