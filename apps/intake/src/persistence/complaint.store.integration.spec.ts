import { OutboxRelayJob } from '@redress/messaging';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { complaintReceivedEvent } from '../../../../test/support/complaints';
import { describeE2E } from '../../../../test/support/test-stack';
import { migratedTestDataSource } from '../../../../test/support/test-data-source';
import { ComplaintStore } from './complaint.store';
import { intakeDataSourceSpec } from './intake.data-source';

/** The hot path against real Postgres: complaints arriving together share a statement, and still stand alone. */
describeE2E('complaint store', () => {
  let dataSource: DataSource;
  let store: ComplaintStore;
  let clientSystemId: string;
  let relayWakes = 0;

  beforeAll(async () => {
    dataSource = await migratedTestDataSource('intake_store', intakeDataSourceSpec);
    clientSystemId = randomUUID();
    await dataSource.query(`INSERT INTO intake.client_systems (id, name, api_key_hash) VALUES ($1, 'crm', $2)`, [
      clientSystemId,
      randomUUID(),
    ]);
    const relay = { committed: () => relayWakes++ } as unknown as OutboxRelayJob;
    store = new ComplaintStore(dataSource, relay);
  });

  afterAll(async () => {
    await dataSource?.destroy();
  });

  const received = () => complaintReceivedEvent(randomUUID(), 'crm');

  async function written(eventIds: string[]) {
    const { complaints, events, outbox } = (
      await dataSource.query(
        `SELECT (SELECT count(*)::int FROM intake.complaint_events WHERE event_id = ANY($1::uuid[])) AS events,
                (SELECT count(*)::int FROM intake.outbox WHERE event_id = ANY($1::uuid[])) AS outbox,
                (SELECT count(*)::int FROM intake.complaints c JOIN intake.complaint_events e ON e.complaint_id = c.id WHERE e.event_id = ANY($1::uuid[])) AS complaints`,
        [eventIds],
      )
    )[0];
    return { complaints, events, outbox };
  }

  it('writes many complaints arriving together, each with its timeline entry and outbox event, in fewer statements than complaints', async () => {
    const wakesBefore = relayWakes;
    const events = Array.from({ length: 40 }, () => received());

    const results = await Promise.all(
      events.map((event) => store.accept(clientSystemId, event, { id: event.data.complaintId })),
    );

    expect(results).toEqual(events.map(() => true));
    expect(await written(events.map((event) => event.id))).toEqual({ complaints: 40, events: 40, outbox: 40 });
    // The relay is woken once per statement that wrote something.
    expect(relayWakes - wakesBefore).toBeLessThan(40);
  });

  it('creates one complaint for one Idempotency-Key, even when its requests arrive together', async () => {
    const key = `key-${randomUUID()}`;
    const events = Array.from({ length: 5 }, () => received());

    const results = await Promise.all(
      events.map((event) =>
        store.accept(clientSystemId, event, { id: event.data.complaintId }, { key, fingerprint: 'same' }),
      ),
    );

    expect(results.filter(Boolean)).toHaveLength(1);
    expect((await written(events.map((event) => event.id))).complaints).toBe(1);
    expect((await store.earlierAnswer(clientSystemId, key)).fingerprint).toBe('same');
  });

  it('writes the others alone when one complaint of a shared statement cannot be written, and fails only that one', async () => {
    const good = [received(), received()];
    const unknownClient = received();

    const outcomes = await Promise.allSettled([
      store.accept(clientSystemId, good[0], {}),
      store.accept(randomUUID(), unknownClient, {}),
      store.accept(clientSystemId, good[1], {}),
    ]);

    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await written(good.map((event) => event.id))).toEqual({ complaints: 2, events: 2, outbox: 2 });
    expect(await written([unknownClient.id])).toEqual({ complaints: 0, events: 0, outbox: 0 });
  });
});
