import { randomUUID } from 'node:crypto';
import { complaintBody, postComplaint } from '../support/complaints';
import { eventually } from '../support/eventually';
import { describeE2E, startTestStack, TestStack } from '../support/test-stack';

const WEEK_MS = 7 * 86_400_000;
const HOUR_MS = 3_600_000;
const LAST_SECONDS_MS = 90_000;

/**
 * Spikes within known categories on the running triage: a history seeded for the same hour of the last four weeks
 * (the clock is the services' own; the history is laid out around it), then complaints posted through intake. Late
 * deliveries at five times their usual fire `category.spike-detected` once for the hour and once for the day, and
 * mark their root cause on the agenda; rude staff at their usual rate fire nothing.
 */
describeE2E('category spikes', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack('spikes');
    // Both tests' complaints must land in the seeded hour: do not seed in its last 90 s (the wait is counted in the
    // hook's own timeout, above the stack's start).
    const intoHour = Date.now() % HOUR_MS;
    if (intoHour > HOUR_MS - LAST_SECONDS_MS)
      await new Promise((resolve) => setTimeout(resolve, HOUR_MS - intoHour + 2_000));
    const hour = Math.floor(Date.now() / HOUR_MS) * HOUR_MS;
    await seedHistory('late-delivery', 'delivery', hour, 2);
    await seedHistory('rude-staff', 'store', hour, 12);
  }, 120_000 + LAST_SECONDS_MS);

  afterAll(async () => {
    await stack?.stop();
  });

  /** `perWeek` complaints in the same hour of each of the last four weeks, under a resolved root cause of their own. */
  async function seedHistory(category: string, touchpoint: string, hour: number, perWeek: number) {
    const rootCause = randomUUID();
    await stack.db.query(
      `INSERT INTO triage.root_causes (id, category, touchpoint, status, suggested_cause, suggested_department, opened_at)
       VALUES ($1, $2, $3, 'resolved', 'history', 'logistics', $4)`,
      [rootCause, category, touchpoint, new Date(hour - 5 * WEEK_MS)],
    );
    for (let week = 1; week <= 4; week++)
      for (let index = 0; index < perWeek; index++) {
        const at = new Date(hour - week * WEEK_MS + 60_000 * (index + 1));
        await stack.db.query(
          `INSERT INTO triage.complaint_links (complaint_id, root_cause_id, dissatisfaction, linked_at, category, received_at)
           VALUES ($1, $2, 'upset', $3, $4, $3)`,
          [randomUUID(), rootCause, at, category],
        );
      }
  }

  const post = async (text: string, touchpoint: string, count: number) => {
    const ids: string[] = [];
    for (let index = 0; index < count; index++) {
      const accepted = await postComplaint(
        stack.services.intake.url,
        stack.secrets.apiKey,
        complaintBody({ text, touchpoint }),
      );
      expect(accepted.status).toBe(202);
      ids.push(accepted.body?.id as string);
    }
    await eventually(
      async () =>
        (
          await stack.db.query(
            `SELECT count(*)::int AS n FROM triage.complaint_links WHERE complaint_id = ANY($1::uuid[])`,
            [ids],
          )
        ).rows[0].n,
      (n) => n === count,
      { what: 'triage to file the complaints' },
    );
  };
  const spikes = async () =>
    (
      await stack.db.query(
        `SELECT payload FROM triage.outbox WHERE event_type = 'category.spike-detected' ORDER BY seq`,
      )
    ).rows.map((row) => (typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload).data);

  it('fires once per window on late deliveries at five times their usual, and marks the root cause', async () => {
    await post('The courier was three hours late.', 'delivery', 12);
    const fired = await spikes();
    expect(fired.map((spike) => spike.window).sort()).toEqual(['day', 'hour']);
    for (const spike of fired)
      expect(spike).toMatchObject({
        category: 'late-delivery',
        touchpoint: 'delivery',
        count: 10,
        usual: 2,
        weeksCompared: 4,
      });
    const { rows } = await stack.db.query(`SELECT spike_detected_at FROM triage.root_causes WHERE id = $1`, [
      fired[0].rootCauseId,
    ]);
    expect(rows[0].spike_detected_at).not.toBeNull();
    const agenda = await fetch(`${stack.services.triage.url}/committee/agenda`, {
      headers: { authorization: `Bearer ${stack.secrets.members[0].token}` },
    }).then((response) => response.json() as Promise<any>);
    expect(agenda.items.find((item: any) => item.id === fired[0].rootCauseId)?.spikeDetectedAt).toEqual(
      expect.any(String),
    );
  });

  it('stays quiet on rude staff at their usual rate', async () => {
    await post('The shop assistant was rude to me.', 'store', 12);
    expect((await spikes()).filter((spike) => spike.category === 'rude-staff')).toEqual([]);
  });
});
