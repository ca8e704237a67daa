import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { describeE2E, testDatabase } from '../../../../test/support/test-stack';
import { createServiceDataSource } from '../database/service-data-source';
import { endpointHealthMigration } from './endpoint-health.migration';
import { EndpointHealthStore } from './endpoint-health.store';
import { EndpointTraffic } from './endpoint-traffic';

const SCHEMA = 'endpoint_health_spec';
const COOLDOWN_MS = 400;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Circuit breakers shared by replicas, on the real Postgres: each EndpointTraffic here is one replica (its own
 * connection pool, no cache), all of them over one `endpoint_health` table.
 */
describeE2E('EndpointTraffic shared by replicas', () => {
  const sources: DataSource[] = [];
  let url: string;

  beforeAll(async () => {
    url = await testDatabase(`endpoint_health_${randomUUID().slice(0, 8)}`);
    const setup = await replicaSource();
    await setup.query(`CREATE SCHEMA ${SCHEMA}`);
    const runner = setup.createQueryRunner();
    await new (endpointHealthMigration(SCHEMA, 1765001100000))().up(runner);
    await runner.release();
  });

  afterAll(async () => {
    await Promise.all(sources.map((source) => source.destroy()));
  });

  async function replicaSource(): Promise<DataSource> {
    const source = await createServiceDataSource({ schema: SCHEMA, url, migrations: [], poolSize: 4 }).initialize();
    sources.push(source);
    return source;
  }

  const replicas = async (count: number, opened: string[] = []) =>
    Promise.all(
      Array.from(
        { length: count },
        async () =>
          new EndpointTraffic({
            limit: 4,
            breakerFailures: 3,
            breakerCooldownMs: COOLDOWN_MS,
            probeLeaseMs: 5_000,
            store: new EndpointHealthStore(await replicaSource(), SCHEMA),
            onOpenCircuits: (open) => opened.push(String(open)),
            cacheMs: 0,
          }),
      ),
    );
  const row = async (key: string) =>
    (await sources[0].query(`SELECT * FROM ${SCHEMA}.endpoint_health WHERE endpoint_key = $1`, [key]))[0];

  it('adds up the failures of all replicas, opens the circuit once, lets one replica probe, and closes for all', async () => {
    const [a, b, c] = await replicas(3);
    const key = 'webhook:down.example';
    a.sending(key);
    await a.failed(key);
    b.sending(key);
    await b.failed(key);
    expect(a.isOpen(key)).toBe(false);
    // The third failure, on a third replica, opens it for everyone.
    c.sending(key);
    await c.failed(key);
    expect((await row(key)).consecutive_failures).toBe(3);
    for (const replica of [a, b, c]) expect((await replica.allowances()).get(key)).toBe(0);

    // After the cooldown the three replicas ask at once: one gets the probe.
    await sleep(COOLDOWN_MS + 50);
    const asked = await Promise.all([a, b, c].map(async (replica) => (await replica.allowances()).get(key)));
    expect([...asked].sort()).toEqual([0, 0, 1]);
    const prober = [a, b, c][asked.indexOf(1)];
    expect(prober.paused(key)).toBe(false);
    prober.sending(key);
    expect(prober.paused(key)).toBe(true);
    // A failed probe opens it for another cooldown: nobody may probe meanwhile.
    await prober.failed(key);
    for (const replica of [a, b, c]) expect((await replica.allowances()).get(key)).toBe(0);

    await sleep(COOLDOWN_MS + 50);
    const again = await Promise.all([a, b, c].map(async (replica) => (await replica.allowances()).get(key) ?? 4));
    expect(again.filter((allowance) => allowance === 1)).toHaveLength(1);
    const second = [a, b, c][again.indexOf(1)];
    second.sending(key);
    await second.succeeded(key);
    expect(await row(key)).toBeUndefined();
    for (const replica of [a, b, c]) {
      expect((await replica.allowances()).has(key)).toBe(false);
      expect(replica.isOpen(key)).toBe(false);
    }
  });

  it('gives a probe nobody used back, so that another replica may take it', async () => {
    const [a, b] = await replicas(2);
    const key = 'webhook:idle.example';
    for (let i = 0; i < 3; i++) await a.failed(key);
    await sleep(COOLDOWN_MS + 50);
    expect((await a.allowances()).get(key)).toBe(1);
    expect((await b.allowances()).get(key)).toBe(0);
    await a.releaseUnusedProbes();
    await b.releaseUnusedProbes();
    const [other] = await replicas(1);
    expect((await other.allowances()).get(key)).toBe(1);
  });

  it('resets the count on a success, so that only consecutive failures open the circuit', async () => {
    const [a, b] = await replicas(2);
    const key = 'smtp';
    await a.failed(key);
    await b.failed(key);
    await b.succeeded(key);
    await a.failed(key);
    await a.failed(key);
    expect(a.isOpen(key)).toBe(false);
    expect((await row(key)).consecutive_failures).toBe(2);
  });

  it('counts open circuits from the shared table, on every replica', async () => {
    const opened: string[] = [];
    const [a] = await replicas(1);
    const [b] = await replicas(1, opened);
    for (let i = 0; i < 3; i++) await a.failed('sms');
    await b.allowances();
    expect(Number(opened.at(-1))).toBeGreaterThanOrEqual(1);
    await a.succeeded('sms');
    const before = Number(opened.at(-1));
    await b.allowances();
    expect(Number(opened.at(-1))).toBe(before - 1);
  });
});
