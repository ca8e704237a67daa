import { findFreePort } from '@redress/infra';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { ServiceProcess } from '../../scripts/stack/service-process';
import { complaintBody, postComplaint } from '../support/complaints';
import { eventually } from '../support/eventually';
import { describeE2E, startTestStack, TestStack } from '../support/test-stack';

const run = promisify(execFile);
/** How soon a revocation or an expiry holds on every replica. */
const REVOCATION_MS = 1_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Change {
  position: string;
  complaintId: string;
  type: string;
  details: Record<string, unknown>;
}

/**
 * Client systems as integrators, on the running services: the change feed a client pages through across an intake
 * restart, checked against intake's tables, and API keys rotated, revoked and listed on two intake processes.
 */
describeE2E('client API', () => {
  let stack: TestStack;
  let secondIntake: ServiceProcess;

  beforeAll(async () => {
    stack = await startTestStack('clientapi', { INTAKE_RATE_LIMIT: 'off' });
    secondIntake = new ServiceProcess({
      service: 'intake',
      port: await findFreePort(),
      env: {
        DATABASE_URL: stack.databaseUrl,
        KAFKA_BROKERS: stack.brokers,
        KAFKA_TOPIC_PREFIX: stack.topicPrefix,
        LOG_LEVEL: 'warn',
        API_KEY_OVERLAP: '1h',
      },
    });
    await secondIntake.start();
  });

  afterAll(async () => {
    await secondIntake?.stop();
    await stack?.stop();
  });

  const cli = async (script: string, args: string[], env: Record<string, string> = {}) =>
    (
      await run(process.execPath, [`dist/apps/intake/src/cli/${script}.cli.js`, ...args], {
        env: { ...process.env, DATABASE_URL: stack.databaseUrl, ...env },
      })
    ).stdout;
  const newClient = async (name: string) =>
    /API key, shown only now: (\S+)/.exec(await cli('create-client', [name]))?.[1] as string;
  const changes = (url: string, apiKey: string, query: string) =>
    fetch(`${url}/complaints/changes${query}`, { headers: { 'x-api-key': apiKey } });

  describe('the change feed', () => {
    /** Pages on from `after` until nothing is waiting, checking that each position follows the one before. */
    async function readOn(apiKey: string, seen: Change[], after: string | undefined): Promise<string> {
      for (;;) {
        const response = await changes(stack.services.intake.url, apiKey, `?limit=7${after ? `&after=${after}` : ''}`);
        expect(response.status).toBe(200);
        const page = (await response.json()) as { items: Change[]; nextCursor: string; hasMore: boolean };
        for (const item of page.items) {
          expect(Number(item.position)).toBe(seen.length + 1);
          seen.push(item);
        }
        after = page.nextCursor;
        if (!page.hasMore) return after;
      }
    }

    /** The timeline entries of the client's complaints as intake's tables hold them, root cause entries included. */
    async function entriesInDatabase(clientName: string): Promise<string[]> {
      const { rows } = await stack.db.query(
        `SELECT e.complaint_id, e.type FROM intake.complaint_events e JOIN intake.complaints c ON c.id = e.complaint_id
         JOIN intake.client_systems s ON s.id = c.client_system_id WHERE s.name = $1
         UNION ALL
         SELECT c.id, r.type FROM intake.root_cause_events r JOIN intake.complaints c ON c.root_cause_id = r.root_cause_id
         JOIN intake.client_systems s ON s.id = c.client_system_id WHERE s.name = $1`,
        [clientName],
      );
      return rows.map((row) => `${row.complaint_id} ${row.type}`).sort();
    }

    it('gives a client every change of its complaints exactly once, without gaps, across an intake restart', async () => {
      const apiKey = await newClient('feed-crm');
      const otherKey = await newClient('feed-other');
      const post = (key: string) => postComplaint(stack.services.intake.url, key, complaintBody());
      // Concurrent writers: two clients filing at once while the pipeline writes timeline entries.
      await Promise.all([
        ...Array.from({ length: 20 }, () => post(apiKey)),
        ...Array.from({ length: 10 }, () => post(otherKey)),
      ]);

      const seen: Change[] = [];
      // Changes are numbered by the sequencer every CHANGE_FEED_INTERVAL: the first ones show a moment after the POSTs.
      let after: string | undefined;
      await eventually(
        async () => {
          after = await readOn(apiKey, seen, after);
          return seen.length;
        },
        (count) => count > 0,
        { what: 'the first changes in the feed' },
      );

      await stack.services.intake.stop();
      await stack.services.intake.start();
      await Promise.all(Array.from({ length: 5 }, () => post(apiKey)));

      const complaintIds = new Set<string>();
      await eventually(
        async () => {
          after = await readOn(apiKey, seen, after);
          seen.forEach((item) => complaintIds.add(item.complaintId));
          const { rows } = await stack.db.query(`SELECT count(*)::int AS pending FROM intake.pending_changes`);
          const timeline = seen
            .filter((item) => item.type !== 'status.changed')
            .map((item) => `${item.complaintId} ${item.type}`)
            .sort();
          return {
            complaints: complaintIds.size,
            pending: rows[0].pending,
            same: JSON.stringify(timeline) === JSON.stringify(await entriesInDatabase('feed-crm')),
          };
        },
        (state) => state.complaints === 25 && state.pending === 0 && state.same,
        { what: 'the feed to hold every timeline entry in the database', timeoutMs: 60_000, intervalMs: 500 },
      );

      // Each complaint's status steps chain from nothing to the status intake holds now.
      const { rows: statuses } = await stack.db.query(
        `SELECT c.id, c.status FROM intake.complaints c JOIN intake.client_systems s ON s.id = c.client_system_id WHERE s.name = 'feed-crm'`,
      );
      for (const { id, status } of statuses) {
        const steps = seen
          .filter((item) => item.complaintId === id && item.type === 'status.changed')
          .map((item) => item.details);
        expect(steps[0]).toEqual({ from: null, to: 'received' });
        steps.slice(1).forEach((step, index) => expect(step.from).toBe(steps[index].to));
        expect(steps.at(-1)?.to).toBe(status);
      }
      // Nothing of the other client's.
      expect([...complaintIds].sort()).toEqual(statuses.map((row) => row.id).sort());
    }, 180_000);

    it.each([
      ['after=garbage', 'after'],
      [`after=${Buffer.from('p:1.5').toString('base64url')}`, 'after'],
      ['limit=0', 'limit'],
      ['limit=1001', 'limit'],
      ['limit=x', 'limit'],
    ])('answers %p with a 400 naming %p', async (query, field) => {
      const response = await changes(stack.services.intake.url, stack.secrets.apiKey, `?${query}`);
      expect(response.status).toBe(400);
      expect(JSON.stringify(await response.json())).toContain(field);
    });

    it('refuses a request without a key', async () => {
      expect((await fetch(`${stack.services.intake.url}/complaints/changes`)).status).toBe(401);
    });
  });

  describe('API keys on two intake processes', () => {
    const intakes = () => [stack.services.intake.url, secondIntake.url];
    const statuses = (apiKey: string) =>
      Promise.all(
        intakes().map(
          async (url) => (await fetch(`${url}/complaints?limit=1`, { headers: { 'x-api-key': apiKey } })).status,
        ),
      );
    let admin: string;

    beforeAll(async () => {
      const output = (
        await run(process.execPath, ['dist/scripts/ops/admin-token.cli.js', 'create', 'intake', 'ops-keys'], {
          env: { ...process.env, DATABASE_URL: stack.databaseUrl },
        })
      ).stdout;
      admin = /admin token, shown only now: (\S+)/.exec(output)?.[1] as string;
    });

    it('rotates through the CLI: both keys work during the overlap, only the new one after it', async () => {
      const oldKey = await newClient('crm-rotated');
      expect(await statuses(oldKey)).toEqual([200, 200]);
      const output = await cli('rotate-client-key', ['crm-rotated'], { API_KEY_OVERLAP: '3s' });
      const newKey = /new API key, shown only now: (\S+)/.exec(output)?.[1] as string;
      expect(newKey).not.toBe(oldKey);
      expect(await statuses(newKey)).toEqual([200, 200]);
      expect(await statuses(oldKey)).toEqual([200, 200]);
      await sleep(3_000 + REVOCATION_MS);
      expect(await statuses(oldKey)).toEqual([401, 401]);
      expect(await statuses(newKey)).toEqual([200, 200]);
    });

    it('rotates through the admin route and revokes the old key by prefix: every process refuses it a second later', async () => {
      const oldKey = await newClient('crm-leaked');
      expect(await statuses(oldKey)).toEqual([200, 200]);
      const { rows } = await stack.db.query(`SELECT id FROM intake.client_systems WHERE name = 'crm-leaked'`);
      const rotation = await fetch(`${secondIntake.url}/admin/client-systems/${rows[0].id}/rotate`, {
        method: 'POST',
        headers: { authorization: `Bearer ${admin}` },
      });
      expect(rotation.status).toBe(200);
      const rotated = (await rotation.json()) as { apiKey: string };
      expect(rotated).toMatchObject({
        name: 'crm-leaked',
        apiKey: expect.stringMatching(/^rk_/),
        previousKeyExpiresAt: expect.any(String),
      });
      // The second process's own API_KEY_OVERLAP (1h) applies: both keys work everywhere until the old one is revoked.
      expect(await statuses(oldKey)).toEqual([200, 200]);

      const revoke = (prefix: string, token = admin) =>
        fetch(`${stack.services.intake.url}/admin/client-keys/${prefix}/revoke`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}` },
        });
      expect((await revoke(oldKey.slice(0, 11), oldKey)).status).toBe(401);
      expect((await revoke('not-a-prefix')).status).toBe(400);
      expect((await revoke(rotated.apiKey.slice(0, 11))).status).toBe(404);
      const revoked = await revoke(oldKey.slice(0, 11));
      expect(revoked.status).toBe(200);
      expect(await revoked.json()).toMatchObject({ keyPrefix: oldKey.slice(0, 11), clientSystem: 'crm-leaked' });
      await sleep(REVOCATION_MS);
      expect(await statuses(oldKey)).toEqual([401, 401]);
      expect(await statuses(rotated.apiKey)).toEqual([200, 200]);
    });

    it('revokes a client system by name through client:revoke, and lists keys with their last use, never the keys', async () => {
      const apiKey = await newClient('crm-listed');
      expect(await statuses(apiKey)).toEqual([200, 200]);
      const lastUsed = async () =>
        (await stack.db.query(`SELECT last_used_at FROM intake.client_systems WHERE name = 'crm-listed'`)).rows[0]
          .last_used_at as Date | null;
      const firstUse = await eventually(lastUsed, (value) => value !== null, { what: 'the last use to be recorded' });
      // Written at most once a minute per key: more requests do not move it.
      expect(await statuses(apiKey)).toEqual([200, 200]);
      await sleep(500);
      expect(await lastUsed()).toEqual(firstUse);

      const listing = await cli('list-clients', []);
      const line = listing.split('\n').find((row) => row.startsWith('crm-listed '));
      expect(line).toContain(apiKey.slice(0, 11));
      expect(line).toContain(firstUse!.toISOString());
      expect(listing).not.toContain(apiKey.slice(0, 20));
      const listed = await fetch(`${stack.services.intake.url}/admin/client-systems`, {
        headers: { authorization: `Bearer ${admin}` },
      });
      expect(((await listed.json()) as { items: unknown[] }).items).toContainEqual(
        expect.objectContaining({
          name: 'crm-listed',
          keys: [expect.objectContaining({ keyPrefix: apiKey.slice(0, 11), current: true })],
        }),
      );

      expect(await cli('revoke-client-key', ['crm-listed'])).toContain('API keys of crm-listed');
      await sleep(REVOCATION_MS);
      expect(await statuses(apiKey)).toEqual([401, 401]);
    });
  });
});
