import { MessagingOptions, OutboxRelayJob, UnitOfWork } from '@redress/messaging';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { describeE2E } from '../../../../../test/support/test-stack';
import { migratedTestDataSource } from '../../../../../test/support/test-data-source';
import { loadNotifierSettings } from '../../config/notifier.settings';
import { KnownComplaint } from '../../persistence/complaint-record';
import { notifierDataSourceSpec } from '../../persistence/notifier.data-source';
import { CompensationService } from './compensation.service';

/** Grants against real Postgres from many transactions at once: the budget holds and nothing is paid twice. */
describeE2E('compensation under concurrency', () => {
  let dataSource: DataSource;
  let unitOfWork: UnitOfWork;

  beforeAll(async () => {
    dataSource = await migratedTestDataSource('compensation', notifierDataSourceSpec, 12);
    const options: MessagingOptions = { service: 'notifier', schema: 'notifier', brokers: [] };
    // Nothing is published here: the outbox rows are what the test reads.
    const noRelay = { committed: () => undefined } as unknown as OutboxRelayJob;
    unitOfWork = new UnitOfWork(dataSource, noRelay, options);
  });

  afterAll(() => dataSource?.destroy());

  function service(budget: string, env: Record<string, string> = {}) {
    return new CompensationService(
      loadNotifierSettings({ DATABASE_URL: 'x', KAFKA_BROKERS: 'x', COMPENSATION_MONTHLY_BUDGET: budget, ...env }),
    );
  }

  function complaint(claimed: number, currency = 'RUB'): KnownComplaint {
    return {
      id: randomUUID(),
      reference: 'R',
      hasEmail: false,
      timezone: null,
      window: null,
      preferredChannel: null,
      locale: 'en',
      dissatisfaction: 'upset',
      order: null,
      claimed: { amount: claimed, currency },
      hasCallbackUrl: false,
      clientSystem: 'test-client',
      rootCauseId: null,
      erased: false,
    };
  }

  it('never passes the period budget with 30 grants at the same moment', async () => {
    await dataSource.query(`DELETE FROM notifier.budgets`);
    const compensations = service('1000.00');
    const complaints = Array.from({ length: 30 }, () => complaint(150_00));
    const outcomes = await Promise.all(
      complaints.map((c) => unitOfWork.run((tx) => compensations.settle(tx, c, randomUUID()))),
    );
    const paid = outcomes.filter((outcome) => outcome.granted > 0);
    expect(paid).toHaveLength(6); // 6 x 150.00 = 900.00; a seventh would pass 1000.00
    expect(outcomes.filter((outcome) => outcome.underReview)).toHaveLength(24);
    const [{ used }] = await dataSource.query(`SELECT used::int FROM notifier.budgets`);
    expect(used).toBe(900_00);
    const [{ events }] = await dataSource.query(
      `SELECT count(*)::int AS events FROM notifier.outbox WHERE event_type = 'compensation.granted'`,
    );
    expect(events).toBe(6);
  });

  it('opens the period with nothing used when the first grant alone would pass the budget', async () => {
    await dataSource.query(`DELETE FROM notifier.budgets`);
    const outcome = await unitOfWork.run((tx) => service('100.00').settle(tx, complaint(150_00), randomUUID()));
    expect(outcome).toMatchObject({ granted: 0, underReview: true });
    const rows = await dataSource.query(`SELECT used::int, limit_amount::int AS "limit" FROM notifier.budgets`);
    expect(rows).toEqual([{ used: 0, limit: 100_00 }]);
  });

  it('pays a complaint once when it is settled from several transactions at once', async () => {
    const compensations = service('100000.00');
    const once = complaint(100_00);
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, () => unitOfWork.run((tx) => compensations.settle(tx, once, randomUUID()))),
    );
    expect(outcomes.every((outcome) => outcome.granted === 100_00)).toBe(true);
    const [{ rows, events }] = await dataSource.query(
      `SELECT (SELECT count(*)::int FROM notifier.compensations WHERE complaint_id = $1) AS rows,
              (SELECT count(*)::int FROM notifier.outbox WHERE event_type = 'compensation.granted' AND message_key = $2) AS events`,
      [once.id, once.id],
    );
    expect({ rows, events }).toEqual({ rows: 1, events: 1 });
  });

  it('sends a claim in a currency without a rate to review in that currency, and converts one with a rate', async () => {
    const compensations = service('100000.00', { COMPENSATION_EXCHANGE_RATES: 'USD:92.5' });
    const [euros, dollars] = [complaint(30_00, 'EUR'), complaint(1_00, 'USD')];
    await unitOfWork.run((tx) => compensations.settle(tx, euros, randomUUID()));
    await unitOfWork.run((tx) => compensations.settle(tx, dollars, randomUUID()));
    const rows = await dataSource.query(
      `SELECT complaint_id, currency, granted::int, requested::int, status FROM notifier.compensations WHERE complaint_id IN ($1, $2)`,
      [euros.id, dollars.id],
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        { complaint_id: euros.id, currency: 'EUR', granted: 0, requested: 30_00, status: 'review' },
        { complaint_id: dollars.id, currency: 'RUB', granted: 92_50, requested: null, status: 'granted' },
      ]),
    );
    const [review] = await dataSource.query(
      `SELECT payload FROM notifier.outbox WHERE event_type = 'compensation.review-required' AND message_key = $1`,
      [euros.id],
    );
    expect(review.payload.data).toMatchObject({ requested: 30_00, granted: 0, currency: 'EUR' });
  });
});
