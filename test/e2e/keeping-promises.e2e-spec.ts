import { buildEvent, EventType } from '@redress/contracts';
import { randomUUID } from 'node:crypto';
import { PROMISE_TIMER } from '../../apps/notifier/src/commands/inform-complaints/root-cause-updates.handler';
import { COMPENSATION_MAX_WAIT_TIMER } from '../../apps/notifier/src/commands/settle-compensation/compensation-max-wait.handler';
import { Sinks, startSinks } from '../../scripts/stack/sinks';
import { eventually } from '../support/eventually';
import { KafkaProbe } from '../support/kafka-probe';
import { NotifierDriver } from '../support/notifier';
import { describeE2E, startTestStack, TestStack } from '../support/test-stack';

const HOUR = 3600_000;

/**
 * Promises to the customer on the running services, with a controlled clock: the compensation's wait is made to end
 * by moving its timer's due time in the database (COMPENSATION_MAX_WAIT stays 72 h), and dates pass through the
 * events escalation would send. Messages are read at a real SMTP server.
 */
describeE2E('keeping promises', () => {
  let stack: TestStack;
  let sinks: Sinks;
  let probe: KafkaProbe;
  let driver: NotifierDriver;

  beforeAll(async () => {
    sinks = await startSinks();
    stack = await startTestStack('promises', {
      SMTP_URL: sinks.smtpUrl,
      SMS_GATEWAY_URL: sinks.smsGatewayUrl,
      COMPENSATION_LIMIT: '200.00',
      COMPENSATION_MONTHLY_BUDGET: '100000.00',
      PROMISE_RENEWAL: '24h',
    });
    probe = new KafkaProbe(stack.brokers);
    driver = new NotifierDriver(stack, probe);
  });

  afterAll(async () => {
    await probe?.close();
    await stack?.stop();
    await sinks?.stop();
  });

  const reference = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;
  const claim = (ref: string, amount: string, overrides: Record<string, unknown> = {}) =>
    driver.post({ externalRef: ref, dissatisfaction: 'upset', remedy: { type: 'refund', amount }, ...overrides });
  const granted = async (complaintId: string) =>
    (await driver.outbox('compensation.granted', complaintId)).map((event) => event.amount);
  const email = (subject: string) =>
    eventually(async () => sinks.messages.find((message) => message.subject === subject), Boolean, {
      what: `the email "${subject}"`,
    });
  const bodies = async (complaintId: string, kind: string): Promise<string[]> =>
    (
      await stack.db.query(`SELECT body FROM notifier.notifications WHERE complaint_id = $1 AND kind = $2`, [
        complaintId,
        kind,
      ])
    ).rows.map((row) => row.body);

  /** The complaints' wait, armed when the notifier recorded them, ends now. */
  async function endWait(complaintIds: string[]): Promise<void> {
    await eventually(
      async () =>
        (
          await stack.db.query(
            `SELECT count(*)::int AS n FROM notifier.timers WHERE kind = $1 AND subject_id = ANY($2) AND status = 'pending'`,
            [COMPENSATION_MAX_WAIT_TIMER, complaintIds],
          )
        ).rows[0].n,
      (n) => n === complaintIds.length,
      { what: 'the compensation wait armed for every complaint' },
    );
    await stack.db.query(
      `UPDATE notifier.timers SET due_at = now() WHERE kind = $1 AND subject_id = ANY($2) AND status = 'pending'`,
      [COMPENSATION_MAX_WAIT_TIMER, complaintIds],
    );
  }

  describe('compensation that does not wait for the root cause', () => {
    it('arms the wait COMPENSATION_MAX_WAIT after receipt', async () => {
      const id = await claim(reference('ARM'), '150.00');
      const [timer] = await eventually(
        async () =>
          (
            await stack.db.query(`SELECT due_at FROM notifier.timers WHERE kind = $1 AND subject_id = $2`, [
              COMPENSATION_MAX_WAIT_TIMER,
              id,
            ])
          ).rows,
        (rows) => rows.length === 1,
        { what: 'the compensation wait' },
      );
      const [{ received_at }] = (
        await stack.db.query(`SELECT received_at FROM notifier.complaints WHERE id = $1`, [id])
      ).rows;
      expect(new Date(timer.due_at).getTime() - new Date(received_at).getTime()).toBe(72 * HOUR);
    });

    it('pays a claim within the limit while the root cause is open, says the work goes on, and pays nothing more at the resolution', async () => {
      const ref = reference('WAIT');
      const id = await claim(ref, '150.00');
      const rootCauseId = await driver.ownRootCause([id]);
      await endWait([id]);

      const told = await email(`Complaint ${ref}: your compensation`);
      expect(told?.text).toMatch(/still working on the cause of your complaint.*We are refunding you 150\.00 RUB\./s);
      expect(await granted(id)).toEqual([150_00]);

      await driver.send(driver.resolved(rootCauseId));
      const resolution = await email(`Complaint ${ref}: the cause is removed`);
      expect(resolution?.text).toContain('The compensation of 150.00 RUB we told you about has already been paid.');
      expect(resolution?.text).not.toContain('we are refunding you');
      expect(await granted(id)).toEqual([150_00]);
      const { rows } = await stack.db.query(
        `SELECT status, granted::int FROM notifier.compensations WHERE complaint_id = $1`,
        [id],
      );
      expect(rows).toEqual([{ status: 'granted', granted: 150_00 }]);
    });

    it('grants once when the wait ends in the same instant as the resolution arrives', async () => {
      const ids = await Promise.all(Array.from({ length: 6 }, () => claim(reference('RACE'), '120.00')));
      const rootCauseId = await driver.ownRootCause(ids);
      await eventually(
        async () =>
          (
            await stack.db.query(
              `SELECT count(*)::int AS n FROM notifier.timers WHERE kind = $1 AND subject_id = ANY($2)`,
              [COMPENSATION_MAX_WAIT_TIMER, ids],
            )
          ).rows[0].n,
        (n) => n === ids.length,
        { what: 'the waits armed' },
      );
      await Promise.all([endWait(ids), driver.send(driver.resolved(rootCauseId))]);

      await eventually(
        async () =>
          (
            await stack.db.query(
              `SELECT count(*)::int AS n FROM notifier.notifications WHERE complaint_id = ANY($1) AND kind = 'resolution'`,
              [ids],
            )
          ).rows[0].n,
        (n) => n === ids.length,
        { what: 'every resolution message' },
      );
      for (const id of ids) {
        expect(await granted(id)).toEqual([120_00]);
        const [resolution] = await bodies(id, 'resolution');
        const early = await bodies(id, 'compensation');
        // Whichever settled first told the customer of the money; the other only refers to it.
        if (early.length === 1) expect(resolution).toContain('we told you about has already been paid');
        else
          expect({ early, resolution }).toEqual({
            early: [],
            resolution: expect.stringContaining('As compensation we are refunding you 120.00 RUB'),
          });
      }
      const { rows } = await stack.db.query(
        `SELECT count(*)::int AS n FROM notifier.compensations WHERE complaint_id = ANY($1)`,
        [ids],
      );
      expect(rows[0].n).toBe(ids.length);
    });

    it('sends a claim over the limit to review at the end of the wait, with the limit paid, and tells the customer in Russian', async () => {
      const ref = reference('OVER');
      const id = await claim(ref, '800.00', { text: 'Курьер опоздал на три часа и грубил' });
      await endWait([id]);
      const told = await email(`Обращение ${ref}: компенсация`);
      expect(told?.text).toMatch(
        /ещё устраняем причину.*возвращаем вам 200\.00 RUB.*просьбу о большей сумме рассматривает руководитель/s,
      );
      const { rows } = await stack.db.query(
        `SELECT status, granted::int, requested::int, review_reason FROM notifier.compensations WHERE complaint_id = $1`,
        [id],
      );
      expect(rows).toEqual([{ status: 'review', granted: 200_00, requested: 800_00, review_reason: 'over-limit' }]);
      expect(await driver.outbox('compensation.review-required', id)).toEqual([
        expect.objectContaining({ requested: 800_00, reason: 'over-limit' }),
      ]);
    });
  });

  describe('review decisions told to the customer', () => {
    let russian: { id: string; ref: string };
    let english: { id: string; ref: string };
    const underReview = async (complaintId: string) =>
      (
        await eventually(
          async () =>
            (
              await stack.db.query(
                `SELECT id FROM notifier.compensations WHERE complaint_id = $1 AND status = 'review'`,
                [complaintId],
              )
            ).rows,
          (rows) => rows.length === 1,
          { what: 'the compensation under review' },
        )
      )[0].id as string;

    beforeAll(async () => {
      russian = { ref: reference('APPROVE'), id: '' };
      english = { ref: reference('REJECT'), id: '' };
      russian.id = await claim(russian.ref, '900.00', { text: 'Курьер опоздал на три часа' });
      english.id = await claim(english.ref, '500.00');
      await driver.resolveAndSettle([russian.id, english.id]);
    });

    it("tells an approval with the total, in the customer's language", async () => {
      const answer = await driver.call('POST', `/compensations/${await underReview(russian.id)}/approve`, {
        amount: '650.00',
      });
      expect(answer).toMatchObject({ status: 200, body: { status: 'approved', decisionReason: null } });
      const told = await email(`Обращение ${russian.ref}: решение о компенсации`);
      expect(told?.text).toContain('одобрил её: всего вы получите 650.00 RUB');
    });

    it('tells a rejection with its reason, and refuses a blank reason naming it', async () => {
      const id = await underReview(english.id);
      const blank = await driver.call('POST', `/compensations/${id}/reject`, { reason: '   ' });
      expect(blank).toMatchObject({ status: 400, body: { errors: [expect.objectContaining({ field: 'reason' })] } });
      const answer = await driver.call('POST', `/compensations/${id}/reject`, {
        reason: 'The order was refunded in full already',
      });
      expect(answer).toMatchObject({
        status: 200,
        body: { status: 'rejected', decisionReason: 'The order was refunded in full already' },
      });
      const told = await email(`Complaint ${english.ref}: the decision on your compensation`);
      expect(told?.text).toMatch(
        /could not grant it; you keep the 200\.00 RUB we told you about\.\nWhy: The order was refunded in full already/,
      );
    });
  });

  describe('promised dates kept or renewed', () => {
    const moscow = (at: string) =>
      new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Moscow' }).format(
        new Date(at),
      );

    it('says why the date changed and gives the new one when the assignment is escalated past its date', async () => {
      const ref = reference('ESC');
      const id = await driver.post({ externalRef: ref });
      const rootCauseId = await driver.ownRootCause([id]);
      await driver.send(driver.assigned(rootCauseId));
      await email(`Complaint ${ref}: someone is in charge`);
      const resolveDueAt = '2031-03-14T09:00:00.000Z';
      await driver.send(
        buildEvent('escalation', {
          type: EventType.AssignmentEscalated,
          key: rootCauseId,
          data: {
            assignmentId: randomUUID(),
            rootCauseId,
            fromLevel: 1,
            toLevel: 2,
            newOwner: { id: 'owner-2', name: 'Irina Smirnova' },
            reason: 'resolve-overdue',
            acknowledgeDueAt: '2031-03-13T09:00:00.000Z',
            resolveDueAt,
          },
        }),
      );
      const renewed = await email(`Complaint ${ref}: a new date`);
      expect(renewed?.text).toContain(
        'We could not remove the cause by the date we gave you, so we passed your complaint to a senior manager.',
      );
      expect(renewed?.text).toContain(
        `now with Irina Smirnova (logistics). You will hear from us by ${moscow(resolveDueAt)} at the latest.`,
      );
    });

    it('renews the date by PROMISE_RENEWAL when it passes at the top of the chain, naming the missed one', async () => {
      const ref = reference('BREACH');
      const id = await driver.post({ externalRef: ref });
      const rootCauseId = await driver.ownRootCause([id]);
      await driver.send(driver.assigned(rootCauseId));
      await email(`Complaint ${ref}: someone is in charge`);
      const missedDueAt = '2031-03-14T09:00:00.000Z';
      const breachedAt = '2031-03-14T09:00:02.000Z';
      const breach = (reason: 'acknowledge-overdue' | 'resolve-overdue') =>
        buildEvent('escalation', {
          type: EventType.AssignmentBreached,
          key: rootCauseId,
          data: {
            assignmentId: randomUUID(),
            rootCauseId,
            department: 'logistics',
            level: 3,
            reason,
            missedDueAt,
            breachedAt,
          },
        });
      // A missed acknowledgement leaves the promised date ahead: nothing to renew.
      await driver.send(breach('acknowledge-overdue'));
      await driver.send(breach('resolve-overdue'));
      const renewed = await email(`Complaint ${ref}: a new date`);
      expect(renewed?.text).toContain(
        `We could not remove the cause by the date we gave you (${moscow(missedDueAt)}), and we are still working on it.`,
      );
      expect(renewed?.text).toContain(`Oleg Ivanov (logistics) is in charge`);
      expect(renewed?.text).toContain(
        `You will hear from us by ${moscow(new Date(Date.parse(breachedAt) + 24 * HOUR).toISOString())} at the latest.`,
      );
      expect((await driver.notifications(id)).filter((notification) => notification.kind === 'progress')).toHaveLength(
        2,
      );

      // Nobody above watches the renewed date: when it passes too, the notifier renews it again.
      const renewedBy = new Date(Date.parse(breachedAt) + 24 * HOUR).toISOString();
      await stack.db.query(
        `UPDATE notifier.timers SET due_at = now() WHERE kind = $1 AND subject_id = $2 AND status = 'pending'`,
        [PROMISE_TIMER, rootCauseId],
      );
      const again = await eventually(
        async () => sinks.messages.filter((message) => message.subject === `Complaint ${ref}: a new date`),
        (messages) => messages.length === 2,
        { what: 'the renewed date renewed again' },
      );
      expect(again[1].text).toContain(
        `We could not remove the cause by the date we gave you (${moscow(renewedBy)}), and we are still working on it.`,
      );
      expect(again[1].text).toContain('Oleg Ivanov (logistics) is in charge');
    });
  });
});
