import { findFreePort } from '@redress/infra';
import { hashToken, newToken } from '@redress/platform';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { ServiceProcess } from '../../scripts/stack/service-process';
import { KafkaProbe } from '../support/kafka-probe';
import { NotifierDriver } from '../support/notifier';
import { describeE2E, startTestStack, TestStack } from '../support/test-stack';

const run = promisify(execFile);
/** How soon a revocation holds on every replica. */
const REVOCATION_MS = 1_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Money controls on the running services: approvals of compensations under review within the claim and a
 * per-approver ceiling (above it, a second supervisor), and revocation of supervisors and API keys, through the admin
 * routes and the CLIs, on two intake processes sharing one database.
 */
describeE2E('money controls', () => {
  let stack: TestStack;
  let probe: KafkaProbe;
  let driver: NotifierDriver;
  let secondIntake: ServiceProcess;

  beforeAll(async () => {
    stack = await startTestStack('money', { COMPENSATION_LIMIT: '200.00', COMPENSATION_APPROVAL_LIMIT: '1000.00' });
    probe = new KafkaProbe(stack.brokers);
    driver = new NotifierDriver(stack, probe);
    secondIntake = new ServiceProcess({
      service: 'intake',
      port: await findFreePort(),
      env: {
        DATABASE_URL: stack.databaseUrl,
        KAFKA_BROKERS: stack.brokers,
        KAFKA_TOPIC_PREFIX: stack.topicPrefix,
        LOG_LEVEL: 'warn',
      },
    });
    await secondIntake.start();
  });

  afterAll(async () => {
    await secondIntake?.stop();
    await probe?.close();
    await stack?.stop();
  });

  const notifier: NotifierDriver['call'] = (...args) => driver.call(...args);
  const granted = async (complaintId: string) =>
    (await driver.outbox('compensation.granted', complaintId)).map((event) => event.amount);
  const claim = (amount: string) => driver.post({ dissatisfaction: 'upset', remedy: { type: 'refund', amount } });
  const underReview = async (complaintId: string) => {
    const { rows } = await stack.db.query(
      `SELECT id FROM notifier.compensations WHERE complaint_id = $1 AND status = 'review'`,
      [complaintId],
    );
    if (rows.length !== 1) throw new Error(`complaint ${complaintId} has no compensation under review`);
    return rows[0].id as string;
  };
  const budgetUsed = async () =>
    Number((await stack.db.query(`SELECT coalesce(sum(used), 0) AS used FROM notifier.budgets`)).rows[0].used);
  const cli = async (script: string, args: string[]) =>
    (await run(process.execPath, [script, ...args], { env: { ...process.env, DATABASE_URL: stack.databaseUrl } }))
      .stdout;
  const adminToken = async (service: 'intake' | 'notifier') => {
    const output = await cli('dist/scripts/ops/admin-token.cli.js', [
      'create',
      service,
      `ops-${randomUUID().slice(0, 8)}`,
    ]);
    return /admin token, shown only now: (\S+)/.exec(output)?.[1] as string;
  };

  describe('approving a compensation under review', () => {
    let bob: { id: string; token: string };
    let within: string;
    let above: string;
    let rejected: string;

    beforeAll(async () => {
      bob = await driver.addSupervisor('Bob Second');
      within = await claim('800.00');
      above = await claim('3000.00');
      rejected = await claim('2500.00');
      await driver.resolveAndSettle([within, above, rejected]);
    });

    it('refuses an amount over the claim, below the grant or malformed, naming `amount`, and pays nothing', async () => {
      const id = await underReview(within);
      for (const amount of ['800.01', '199.99', '12.345', '-5', 'lots', 450]) {
        const answer = await notifier('POST', `/compensations/${id}/approve`, { amount });
        expect(answer).toMatchObject({ status: 400, body: { errors: [expect.objectContaining({ field: 'amount' })] } });
      }
      expect(await granted(within)).toEqual([20000]);
    });

    it('pays an amount within the claim and the ceiling at once, and announces it once', async () => {
      const id = await underReview(within);
      const before = await budgetUsed();
      const answer = await notifier('POST', `/compensations/${id}/approve`, { amount: '650.00' });
      expect(answer).toMatchObject({
        status: 200,
        body: { status: 'approved', granted: '650.00', firstApproval: null },
      });
      expect(await granted(within)).toEqual([20000, 65000]);
      expect(await budgetUsed()).toBe(before + 45000);
      expect((await notifier('POST', `/compensations/${id}/approve`, {}, bob.token)).status).toBe(409);
    });

    it('above the ceiling, waits for a second, different supervisor before paying', async () => {
      const id = await underReview(above);
      const before = await budgetUsed();
      // No amount: the claim, above the ceiling, so it is recorded and waits.
      const first = await notifier('POST', `/compensations/${id}/approve`);
      expect(first).toMatchObject({
        status: 200,
        body: {
          status: 'review',
          granted: '200.00',
          firstApproval: { amount: '3000.00', supervisor: { name: 'Demo supervisor' } },
        },
      });
      const queue = await notifier('GET', '/compensations?status=review', undefined, bob.token);
      expect(queue.body.items.find((item: { id: string }) => item.id === id)).toMatchObject({
        firstApproval: { amount: '3000.00' },
      });

      const twice = await notifier('POST', `/compensations/${id}/approve`, { amount: '3000.00' });
      expect(twice.status).toBe(409);
      const raised = await notifier('POST', `/compensations/${id}/approve`, { amount: '3000.01' }, bob.token);
      expect(raised).toMatchObject({ status: 400, body: { errors: [expect.objectContaining({ field: 'amount' })] } });
      expect(await granted(above)).toEqual([20000]);
      expect(await budgetUsed()).toBe(before);

      const second = await notifier('POST', `/compensations/${id}/approve`, { amount: '2800.00' }, bob.token);
      expect(second).toMatchObject({
        status: 200,
        body: { status: 'approved', granted: '2800.00', firstApproval: { amount: '3000.00' } },
      });
      expect(await granted(above)).toEqual([20000, 280000]);
      expect(await budgetUsed()).toBe(before + 260000);
      const { rows } = await stack.db.query(`SELECT decided_by FROM notifier.compensations WHERE id = $1`, [id]);
      expect(rows[0].decided_by).toBe(bob.id);
    });

    it('ends the review with what was granted when the second supervisor rejects', async () => {
      const id = await underReview(rejected);
      const before = await budgetUsed();
      expect(
        (await notifier('POST', `/compensations/${id}/approve`, { amount: '2500.00' }, bob.token)).body.status,
      ).toBe('review');
      const answer = await notifier('POST', `/compensations/${id}/reject`);
      expect(answer).toMatchObject({ status: 200, body: { status: 'rejected', granted: '200.00' } });
      expect(await granted(rejected)).toEqual([20000, 20000]);
      expect(await budgetUsed()).toBe(before);
      expect((await notifier('POST', `/compensations/${id}/approve`, {}, bob.token)).status).toBe(409);
    });
  });

  describe('revoking a supervisor', () => {
    let admin: string;
    beforeAll(async () => {
      admin = await adminToken('notifier');
    });

    it('through the admin route: the next request after a second is refused', async () => {
      const carol = await driver.addSupervisor('Carol Revoked');
      expect((await notifier('GET', '/supervisors/me', undefined, carol.token)).status).toBe(200);
      expect((await notifier('POST', `/admin/supervisors/${carol.id}/revoke`, undefined, carol.token)).status).toBe(
        401,
      );
      expect((await notifier('POST', `/admin/supervisors/${carol.id}/revoke`, undefined, null)).status).toBe(401);
      expect((await notifier('POST', `/admin/supervisors/${randomUUID()}/revoke`, undefined, admin)).status).toBe(404);
      const revoked = await notifier('POST', `/admin/supervisors/${carol.id}/revoke`, undefined, admin);
      expect(revoked).toMatchObject({
        status: 200,
        body: { id: carol.id, name: 'Carol Revoked', revokedAt: expect.any(String) },
      });
      await sleep(REVOCATION_MS);
      expect((await notifier('GET', '/supervisors/me', undefined, carol.token)).status).toBe(401);
      expect((await notifier('GET', '/compensations?status=review', undefined, carol.token)).status).toBe(401);
      expect((await notifier('GET', '/supervisors/me')).status).toBe(200);
    });

    it('through the CLI, by name', async () => {
      const dave = await driver.addSupervisor('dave-revoked');
      expect((await notifier('GET', '/supervisors/me', undefined, dave.token)).status).toBe(200);
      expect(await cli('dist/apps/notifier/src/cli/revoke-supervisor.cli.js', ['dave-revoked'])).toContain(
        `(${dave.id}) revoked`,
      );
      await sleep(REVOCATION_MS);
      expect((await notifier('GET', '/supervisors/me', undefined, dave.token)).status).toBe(401);
    });

    it('a revoked admin token is refused', async () => {
      const output = await cli('dist/scripts/ops/admin-token.cli.js', ['create', 'notifier', 'ops-short-lived']);
      const token = /admin token, shown only now: (\S+)/.exec(output)?.[1] as string;
      await cli('dist/scripts/ops/admin-token.cli.js', ['revoke', 'notifier', 'ops-short-lived']);
      expect((await notifier('POST', `/admin/supervisors/${randomUUID()}/revoke`, undefined, token)).status).toBe(401);
    });
  });

  describe('revoking an API key, on two intake processes', () => {
    let admin: string;
    const intakes = () => [stack.services.intake.url, secondIntake.url];
    const statuses = (apiKey: string) =>
      Promise.all(
        intakes().map(
          async (url) => (await fetch(`${url}/complaints?limit=1`, { headers: { 'x-api-key': apiKey } })).status,
        ),
      );
    const newClient = async (name: string) => {
      const id = randomUUID();
      const apiKey = newToken('rk');
      await stack.db.query('INSERT INTO intake.client_systems (id, name, api_key_hash) VALUES ($1, $2, $3)', [
        id,
        name,
        hashToken(apiKey),
      ]);
      // Known to both processes, so each has it cached when it is revoked.
      expect(await statuses(apiKey)).toEqual([200, 200]);
      return { id, apiKey };
    };

    beforeAll(async () => {
      admin = await adminToken('intake');
    });

    it('through the admin route: every process refuses it a second later, and keeps serving other keys', async () => {
      const client = await newClient('crm-revoked-by-route');
      const route = `${stack.services.intake.url}/admin/client-systems/${client.id}/revoke`;
      expect((await fetch(route, { method: 'POST', headers: { 'x-api-key': client.apiKey } })).status).toBe(401);
      expect(
        (await fetch(route, { method: 'POST', headers: { authorization: `Bearer ${stack.secrets.supervisorToken}` } }))
          .status,
      ).toBe(401);
      const revoked = await fetch(route, { method: 'POST', headers: { authorization: `Bearer ${admin}` } });
      expect(revoked.status).toBe(200);
      expect(await revoked.json()).toMatchObject({
        id: client.id,
        name: 'crm-revoked-by-route',
        revokedAt: expect.any(String),
      });
      await sleep(REVOCATION_MS);
      expect(await statuses(client.apiKey)).toEqual([401, 401]);
      expect(await statuses(stack.secrets.apiKey)).toEqual([200, 200]);
    });

    it('through the CLI, by name', async () => {
      const client = await newClient('crm-revoked-by-cli');
      expect(await cli('dist/apps/intake/src/cli/revoke-client-key.cli.js', ['crm-revoked-by-cli'])).toContain(
        `(${client.id}) revoked`,
      );
      await sleep(REVOCATION_MS);
      expect(await statuses(client.apiKey)).toEqual([401, 401]);
    });

    it('answers 404 for an unknown client system', async () => {
      const answer = await fetch(`${secondIntake.url}/admin/client-systems/${randomUUID()}/revoke`, {
        method: 'POST',
        headers: { authorization: `Bearer ${admin}` },
      });
      expect(answer.status).toBe(404);
    });
  });
});
