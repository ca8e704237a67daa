import { Client } from 'pg';
import { AppName } from '../../scripts/stack/service-process';
import { describeE2E, startTestStack, TestStack } from '../support/test-stack';

/** The embedded stack as `npm start` runs it: every app connected as its own role, able to reach nothing else. */
describeE2E('least privilege', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack('privilege', {}, { withConsole: true });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('runs every app, the console included, as the role of its own URL', async () => {
    const { rows } = await stack.db.query(
      `SELECT substring(application_name FROM 9) AS app, array_agg(DISTINCT usename::text) AS users FROM pg_stat_activity
       WHERE datname = current_database() AND application_name LIKE 'redress-%' GROUP BY 1 ORDER BY 1`,
    );
    const apps = Object.keys(stack.appDatabaseUrls).sort() as AppName[];
    expect(rows).toEqual(apps.map((app) => ({ app, users: [new URL(stack.appDatabaseUrls[app]).username] })));
  });

  it("refuses triage's role intake's complaints, and gives it its own", async () => {
    const triage = new Client({ connectionString: stack.appDatabaseUrls.triage });
    await triage.connect();
    try {
      await expect(triage.query('SELECT * FROM intake.complaints LIMIT 1')).rejects.toThrow(
        /permission denied for schema intake/,
      );
      expect(
        (await triage.query('SELECT count(*)::int AS count FROM triage.committee_members')).rows[0].count,
      ).toBeGreaterThan(0);
    } finally {
      await triage.end();
    }
  });
});
