import { buildEvent, EventEnvelope, EventType } from '@redress/contracts';
import { OutboxRelayJob, Transaction } from '@redress/messaging';
import { StaffPerson } from '@redress/platform';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { complaintReceivedEvent } from '../../../../../test/support/complaints';
import { describeE2E } from '../../../../../test/support/test-stack';
import { migratedTestDataSource } from '../../../../../test/support/test-data-source';
import { RecordTimelineService } from '../../commands/record-timeline/record-timeline.service';
import { ComplaintStore } from '../../persistence/complaint.store';
import { intakeDataSourceSpec } from '../../persistence/intake.data-source';
import { SearchComplaintsQueryHandler } from './search-complaints.query';

/**
 * What search knows of a complaint, kept from events against real Postgres: the category of its latest link, the
 * department of its root cause whichever arrives first, and both following a complaint moved to another root cause.
 */
describeE2E('search read model', () => {
  let dataSource: DataSource;
  let store: ComplaintStore;
  let timeline: RecordTimelineService;
  let search: SearchComplaintsQueryHandler;
  const client = randomUUID();
  const member: StaffPerson = { role: 'member', id: 'm', name: 'Member', department: 'quality', chair: false };
  const ownerOf = (department: string): StaffPerson => ({
    role: 'owner',
    id: 'o',
    name: 'Owner',
    department,
    level: 1,
  });

  beforeAll(async () => {
    dataSource = await migratedTestDataSource('intake_search', intakeDataSourceSpec);
    await dataSource.query(`INSERT INTO intake.client_systems (id, name, api_key_hash) VALUES ($1, 'crm', $2)`, [
      client,
      randomUUID(),
    ]);
    store = new ComplaintStore(dataSource, { committed: () => undefined } as unknown as OutboxRelayJob);
    timeline = new RecordTimelineService();
    search = new SearchComplaintsQueryHandler(dataSource);
  });

  afterAll(async () => {
    await dataSource?.destroy();
  });

  const file = async (): Promise<string> => {
    const event = complaintReceivedEvent(randomUUID(), 'crm');
    await store.accept(client, event, { id: event.data.complaintId });
    return event.data.complaintId;
  };
  const inTx = (work: (tx: Transaction) => Promise<void>) =>
    dataSource.transaction((manager) => work(new Transaction(manager, 'intake')));
  const link = (complaintId: string, rootCauseId: string, category: string, previousRootCauseId?: string) =>
    inTx((tx) =>
      timeline.recordComplaintEvent(
        buildEvent('triage', {
          type: EventType.RootCauseComplaintLinked,
          key: complaintId,
          data: {
            complaintId,
            rootCauseId,
            category,
            linkedAt: new Date().toISOString(),
            ...(previousRootCauseId ? { previousRootCauseId, relinkReason: 'moved' as const } : {}),
          },
        }) as EventEnvelope,
        complaintId,
        tx,
      ),
    );
  const assign = (rootCauseId: string, department: string) =>
    inTx((tx) =>
      timeline.recordRootCauseEvent(
        buildEvent('escalation', {
          type: EventType.AssignmentCreated,
          key: rootCauseId,
          data: {
            assignmentId: randomUUID(),
            rootCauseId,
            department,
            owner: { id: 'o', name: 'Owner' },
            level: 1,
            acknowledgeDueAt: new Date().toISOString(),
            resolveDueAt: new Date().toISOString(),
            complaintCount: 1,
          },
        }) as EventEnvelope,
        rootCauseId,
        tx,
      ),
    );
  const known = async (complaintId: string) =>
    (await dataSource.query(`SELECT category, department FROM intake.complaints WHERE id = $1`, [complaintId]))[0] as {
      category: string | null;
      department: string | null;
    };
  const found = async (person: StaffPerson, filters: object = {}) =>
    (await search.execute(person, filters)).items.map((item) => item.id);

  it('keeps the category and the department whichever comes first, and follows a moved complaint', async () => {
    const [first, late, moved] = [await file(), await file(), await file()];
    const [delivery, staff] = [randomUUID(), randomUUID()];
    await link(first, delivery, 'late-delivery');
    await link(moved, delivery, 'late-delivery');
    expect(await known(first)).toEqual({ category: 'late-delivery', department: null });

    await assign(delivery, 'logistics');
    expect(await known(first)).toEqual({ category: 'late-delivery', department: 'logistics' });
    // Linked after the assignment: caught up with the department at once.
    await link(late, delivery, 'late-delivery');
    expect(await known(late)).toEqual({ category: 'late-delivery', department: 'logistics' });

    // Moved to a root cause nobody owns yet: its category, and no department until one is assigned.
    await link(moved, staff, 'rude-staff', delivery);
    expect(await known(moved)).toEqual({ category: 'rude-staff', department: null });
    expect((await found(ownerOf('logistics'))).sort()).toEqual([first, late].sort());
    await assign(staff, 'customer-care');
    expect(await found(ownerOf('customer-care'))).toEqual([moved]);
    expect(await found(member, { category: 'rude-staff' })).toEqual([moved]);
    expect(await found(member, { text: 'Rude assistants' })).toHaveLength(3);
  });
});
