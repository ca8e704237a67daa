import { randomUUID } from 'node:crypto';
import { assignmentOf, escalation, identify } from '../support/escalation';
import { KafkaProbe } from '../support/kafka-probe';
import { describeE2E, startTestStack, TestStack } from '../support/test-stack';

const ADMIN_TOKEN = `admin-${randomUUID()}`;
const DAY = 86_400_000;
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** The UTC date `days` after today, YYYY-MM-DD. */
function dateIn(days: number): string {
  return new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
}

/**
 * Deadlines that follow a department's calendar. The calendar is built around today: its only working weekday is
 * three days ahead, and that first one is a holiday, so every deadline lands ten days ahead, across days off and the
 * holiday, at a time computed here from dates alone.
 */
describeE2E('working-hours SLAs', () => {
  let stack: TestStack;
  let probe: KafkaProbe;
  const api = (method: string, path: string, token?: string, body?: unknown) =>
    escalation(stack.services.escalation.url, method, path, token, body);
  const workday = WEEKDAYS[new Date(Date.now() + 3 * DAY).getUTCDay()];
  const calendar = {
    timeZone: 'UTC',
    hours: { [workday]: { from: '09:00', to: '17:00' } },
    holidays: [dateIn(3)],
    criticalIgnoresHours: true,
  };

  beforeAll(async () => {
    stack = await startTestStack('slahours', {
      ESCALATION_ACK_SLA: '1h',
      ESCALATION_RESOLVE_SLA: '4h',
      ESCALATION_ADMIN_TOKEN: ADMIN_TOKEN,
    });
    probe = new KafkaProbe(stack.brokers);
  });

  afterAll(async () => {
    await probe?.close();
    await stack?.stop();
  });

  const headTokens = new Map<string, string>();

  async function department(id: string, body: Record<string, unknown>) {
    const response = await api('PUT', `/departments/${id}`, ADMIN_TOKEN, {
      name: id,
      chain: [{ name: 'First' }, { name: 'Head' }],
      ...body,
    });
    expect(response.status).toBe(200);
    headTokens.set(id, response.body.newOwners[1].token);
    return response.body;
  }

  async function assignmentFor(departmentId: string, severity?: 'high' | 'critical') {
    const { data } = await identify(probe, stack, departmentId, randomUUID(), 1, severity);
    const id = await assignmentOf(stack, data.rootCauseId);
    const { body } = await api('GET', `/assignments/${id}`, headTokens.get(departmentId));
    return body;
  }

  it('sets deadlines in working time, past the days off and a holiday', async () => {
    const saved = await department('sla-hours', { calendar });
    expect(saved.sla.calendar).toEqual({ timeZone: 'UTC', hours: calendar.hours, holidays: calendar.holidays });
    const assignment = await assignmentFor('sla-hours');
    expect(assignment.acknowledgeDueAt).toBe(`${dateIn(10)}T10:00:00.000Z`);
    expect(assignment.resolveDueAt).toBe(`${dateIn(10)}T13:00:00.000Z`);
  });

  it('gives each severity its department deadlines, and critical the wall clock when the department says so', async () => {
    await department('sla-severity', {
      calendar,
      serviceLevels: {
        high: { acknowledgeWithin: '2h', resolveWithin: '7h' },
        critical: { acknowledgeWithin: '30m', resolveWithin: '3h' },
      },
    });
    const high = await assignmentFor('sla-severity', 'high');
    expect(high.acknowledgeDueAt).toBe(`${dateIn(10)}T11:00:00.000Z`);
    expect(high.resolveDueAt).toBe(`${dateIn(10)}T16:00:00.000Z`);
    const critical = await assignmentFor('sla-severity', 'critical');
    expect(Date.parse(critical.acknowledgeDueAt) - Date.parse(critical.createdAt)).toBe(30 * 60_000);
    expect(Date.parse(critical.resolveDueAt) - Date.parse(critical.createdAt)).toBe(3 * 3_600_000);
  });

  it('keeps the wall clock for a department without hours', async () => {
    await department('sla-wall-clock', {});
    const assignment = await assignmentFor('sla-wall-clock');
    expect(Date.parse(assignment.acknowledgeDueAt) - Date.parse(assignment.createdAt)).toBe(3_600_000);
  });

  it('refuses a bad calendar or service level, naming the field', async () => {
    const { status, body } = await api('PUT', '/departments/sla-bad', ADMIN_TOKEN, {
      name: 'Bad',
      chain: [{ name: 'First' }],
      calendar: { timeZone: 'Mars/Olympus', hours: { mon: { from: '18:00', to: '09:00' } }, holidays: ['2024-02-30'] },
      serviceLevels: { high: { acknowledgeWithin: '5h', resolveWithin: '1h' } },
    });
    expect(status).toBe(400);
    expect(body.errors.map((error: { field: string }) => error.field).sort()).toEqual(
      ['calendar.holidays.0', 'calendar.hours.mon', 'calendar.timeZone', 'serviceLevels.high.resolveWithin'].sort(),
    );
    const malformed = await api('PUT', '/departments/sla-bad', ADMIN_TOKEN, {
      name: 'Bad',
      chain: [{ name: 'First' }],
      calendar: { timeZone: 'UTC', hours: { mon: { from: '9am', to: '17:00' } } },
    });
    expect(malformed.status).toBe(400);
    expect(JSON.stringify(malformed.body.errors)).toContain('calendar.hours.mon.from');
  });
});
