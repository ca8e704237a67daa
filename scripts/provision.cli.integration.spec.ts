import { hashToken } from '@redress/platform';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { describeE2E, testDatabase } from '../test/support/test-stack';
import { repoRoot } from './stack/repo-root';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Each service's role password, as a deployment gives them (docs/least-privilege.md). */
const ROLE_PASSWORDS = Object.fromEntries(
  ['INTAKE', 'TRIAGE', 'ESCALATION', 'NOTIFIER', 'CONSOLE'].map((app) => [
    `${app}_DATABASE_PASSWORD`,
    `${app.toLowerCase()}-role-password-0123`,
  ]),
);

/** The compiled CLI as a job runs it: its stdout a pipe, as in a container, never a terminal. */
function runProvision(env: Record<string, string>, args: string[] = []): Promise<Run> {
  const child = spawn(process.execPath, [join(repoRoot(), 'dist', 'scripts', 'provision.cli.js'), ...args], {
    cwd: repoRoot(),
    env: { PATH: process.env.PATH, ...ROLE_PASSWORDS, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

const PEOPLE = {
  chair: { name: 'Olga Chair', department: 'logistics' },
  supervisor: { name: 'Sam Supervisor' },
  admin: { name: 'ops' },
  client: { name: 'main-crm' },
  console: { name: 'redress-console' },
};

interface Secrets {
  people: { what: string; id: string; name: string; secret: string }[];
  demo?: { apiKey: string; supervisorToken: string };
}

describeE2E('npm run provision', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'provision-'));
  });

  async function freshDatabase(): Promise<{ url: string; db: Client }> {
    const url = await testDatabase(`provision_cli_${randomUUID().slice(0, 8)}`);
    const db = new Client({ connectionString: url });
    await db.connect();
    return { url, db };
  }

  async function counts(db: Client): Promise<Record<string, number>> {
    const count = async (table: string) =>
      Number((await db.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n);
    return {
      members: await count('triage.committee_members'),
      supervisors: await count('notifier.supervisors'),
      intakeAdmins: await count('intake.admin_tokens'),
      notifierAdmins: await count('notifier.admin_tokens'),
      clients: await count('intake.client_systems'),
      owners: await count('escalation.owners'),
    };
  }

  describe('first people from a file', () => {
    let url: string;
    let db: Client;
    let peopleFile: string;
    let secretsFile: string;
    let first: Run;

    beforeAll(async () => {
      ({ url, db } = await freshDatabase());
      peopleFile = join(dir, 'people.json');
      secretsFile = join(dir, 'secrets.json');
      await writeFile(peopleFile, JSON.stringify(PEOPLE));
      first = await runProvision({ DATABASE_URL: url }, ['--people', peopleFile, '--secrets-file', secretsFile]);
    });

    afterAll(() => db?.end());

    it('creates each of them, and no demo data', async () => {
      expect(first).toMatchObject({ code: 0, stderr: '' });
      expect(await counts(db)).toEqual({
        members: 1,
        supervisors: 1,
        intakeAdmins: 1,
        notifierAdmins: 1,
        clients: 2,
        owners: 0,
      });
      const { rows } = await db.query(`SELECT kind FROM intake.client_systems WHERE name = 'redress-console'`);
      expect(rows).toEqual([{ kind: 'staff-reader' }]);
    });

    it('writes their secrets once to a file only its owner can read, each the one whose hash is stored', async () => {
      expect((await stat(secretsFile)).mode & 0o777).toBe(0o600);
      const secrets: Secrets = JSON.parse(await readFile(secretsFile, 'utf8'));
      expect(secrets.people.map((person) => person.what).sort()).toEqual([
        'client system',
        'committee chair',
        'console staff reader',
        'intake admin',
        'notifier admin',
        'supervisor',
      ]);
      const stored = async (table: string, column: string, secret: string) =>
        (await db.query(`SELECT 1 FROM ${table} WHERE ${column} = $1`, [hashToken(secret)])).rowCount;
      const secretOf = (what: string) => secrets.people.find((person) => person.what === what)?.secret ?? '';
      expect(await stored('triage.committee_members', 'token_hash', secretOf('committee chair'))).toBe(1);
      expect(await stored('notifier.supervisors', 'token_hash', secretOf('supervisor'))).toBe(1);
      expect(await stored('notifier.admin_tokens', 'token_hash', secretOf('notifier admin'))).toBe(1);
      expect(await stored('intake.client_systems', 'api_key_hash', secretOf('client system'))).toBe(1);
    });

    it('prints what it did to a non-terminal stdout, and no secret', async () => {
      const secrets: Secrets = JSON.parse(await readFile(secretsFile, 'utf8'));
      expect(first.stdout).toContain('created: supervisor Sam Supervisor');
      expect(first.stdout).toContain(`secrets: written to ${secretsFile} (mode 0600)`);
      for (const { secret } of secrets.people) expect(first.stdout).not.toContain(secret);
    });

    it('creates nothing twice when run again, says what exists, and leaves the secrets file alone', async () => {
      const before = await readFile(secretsFile, 'utf8');
      const again = await runProvision({ DATABASE_URL: url }, ['--people', peopleFile, '--secrets-file', secretsFile]);
      expect(again).toMatchObject({ code: 0, stderr: '' });
      expect(again.stdout).toContain('exists: committee chair Olga Chair');
      expect(again.stdout).toContain('exists: notifier admin ops');
      expect(again.stdout).toContain('nothing to create');
      expect(await counts(db)).toEqual({
        members: 1,
        supervisors: 1,
        intakeAdmins: 1,
        notifierAdmins: 1,
        clients: 2,
        owners: 0,
      });
      expect(await readFile(secretsFile, 'utf8')).toBe(before);
    });

    it('refuses to write new secrets over an existing file, before creating anything', async () => {
      const run = await runProvision({ DATABASE_URL: url, PROVISION_SUPERVISOR_NAME: 'Second Supervisor' }, [
        '--secrets-file',
        secretsFile,
      ]);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(
        `provision: ${secretsFile} already exists: secrets are written once, never over another file\n`,
      );
      expect((await counts(db)).supervisors).toBe(1);
    });
  });

  it('refuses to create people with nowhere to put their secrets but a non-terminal stdout', async () => {
    const { url, db } = await freshDatabase();
    try {
      const run = await runProvision({
        DATABASE_URL: url,
        PROVISION_SUPERVISOR_NAME: 'Sam Supervisor',
        PROVISION_CLIENT_SYSTEM: 'main-crm',
      });
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^provision: new secrets need a place: give --secrets-file <path>/);
      expect(await counts(db)).toMatchObject({ supervisors: 0, clients: 0 });
    } finally {
      await db.end();
    }
  });

  it('takes the first people from PROVISION_* variables too, and names a bad one before writing anything', async () => {
    const { url, db } = await freshDatabase();
    try {
      const bad = await runProvision({
        DATABASE_URL: url,
        PROVISION_CHAIR_NAME: 'Olga Chair',
        PROVISION_CHAIR_DEPARTMENT: 'Logistics Dept',
      });
      expect(bad).toMatchObject({
        code: 1,
        stderr:
          'provision: PROVISION_*: chair.department must be lower-case letters, digits, ".", "_" or "-", up to 100\n',
      });
      const secretsFile = join(dir, `env-${randomUUID()}.json`);
      const good = await runProvision({
        DATABASE_URL: url,
        PROVISION_CHAIR_NAME: 'Olga Chair',
        PROVISION_CHAIR_DEPARTMENT: 'logistics',
        PROVISION_SECRETS_FILE: secretsFile,
      });
      expect(good).toMatchObject({ code: 0, stderr: '' });
      expect(JSON.parse(await readFile(secretsFile, 'utf8')).people).toEqual([
        expect.objectContaining({ what: 'committee chair', name: 'Olga Chair' }),
      ]);
      expect((await db.query('SELECT name, department, chair FROM triage.committee_members')).rows).toEqual([
        { name: 'Olga Chair', department: 'logistics', chair: true },
      ]);
    } finally {
      await db.end();
    }
  });

  it('seeds the demo only with --demo, once, its secrets in the file', async () => {
    const { url, db } = await freshDatabase();
    try {
      expect(await runProvision({ DATABASE_URL: url })).toMatchObject({
        code: 0,
        stdout: 'migrations: done\nnothing to create\n',
      });
      expect(await counts(db)).toMatchObject({ members: 0, clients: 0, owners: 0 });
      const secretsFile = join(dir, `demo-${randomUUID()}.json`);
      const demo = await runProvision({ DATABASE_URL: url }, ['--demo', '--secrets-file', secretsFile]);
      expect(demo).toMatchObject({ code: 0, stderr: '' });
      const secrets: Secrets = JSON.parse(await readFile(secretsFile, 'utf8'));
      expect(await counts(db)).toMatchObject({ members: 4, supervisors: 1, clients: 2, owners: 12 });
      expect(demo.stdout).not.toContain(secrets.demo?.apiKey);
      expect((await runProvision({ DATABASE_URL: url }, ['--demo'])).stdout).toContain('exists: demo data');
      expect(await counts(db)).toMatchObject({ members: 4, clients: 2, owners: 12 });
    } finally {
      await db.end();
    }
    // Three runs of the CLI, each starting every app's provision CLI as a process (docs/development.md).
  }, 240_000);
});
