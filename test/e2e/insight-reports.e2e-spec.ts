import { randomUUID } from 'node:crypto';
import { parseCsv } from '../support/csv';
import { describeE2E, startTestStack, TestStack } from '../support/test-stack';

/** March 2025: far from anything the running services write, so the figures are the fixtures' alone. */
const MARCH = 'from=2025-03-01&to=2025-04-01';
const at = (text: string) => new Date(text);

/**
 * The reports on the running services (escalation's SLA, the notifier's satisfaction, triage's categories and its
 * streamed listing), over hand-counted fixtures written into each service's tables: JSON and CSV, filters, who may
 * read them (supervisors, department heads for their own department) and bad input.
 */
describeE2E('reports', () => {
  let stack: TestStack;
  let supervisor: string;
  let head: { id: string; name: string; token: string };
  let levelOne: { id: string; name: string; token: string };
  let itOwner: { id: string; name: string };

  beforeAll(async () => {
    stack = await startTestStack('reports');
    supervisor = stack.secrets.supervisorToken;
    const owner = (department: string, level: number) =>
      stack.secrets.owners.find(
        (o) => o.department === department && o.level === level,
      ) as TestStack['secrets']['owners'][number];
    head = owner('logistics', 2);
    levelOne = owner('logistics', 1);
    itOwner = owner('it', 1);
    await seedEscalation();
    await seedNotifier();
    await seedTriage();
  });

  afterAll(async () => {
    await stack?.stop();
  });

  const get = async (
    service: 'escalation' | 'notifier' | 'triage',
    path: string,
    token: string | null = supervisor,
    accept?: string,
  ) => {
    const response = await fetch(`${stack.services[service].url}${path}`, {
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(accept ? { accept } : {}) },
    });
    const text = await response.text();
    return {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      text,
      body: text.startsWith('{') ? JSON.parse(text) : null,
    };
  };

  /** Three assignments in March (one on time, one escalated and late, one breached at the top) and one in April. */
  async function seedEscalation() {
    const assignment = async (row: Record<string, unknown>, history: [string, string, number, string][]) => {
      const id = randomUUID();
      await stack.db.query(
        `INSERT INTO escalation.assignments (id, root_cause_id, department_id, level, owner_id, status, cause, complaint_count,
           acknowledge_due_at, resolve_due_at, created_at, level_since, updated_at, acknowledged_at, resolved_at, breached_at, breach_reason)
         VALUES ($1, $2, $3, $4, $5, $6, 'fixture', 1, $7, $8, $9, $9, $9, $10, $11, $12, $13)`,
        [
          id,
          randomUUID(),
          row.department,
          row.level,
          row.owner,
          row.status,
          row.ackDue,
          row.resolveDue,
          row.created,
          row.acknowledged ?? null,
          row.resolved ?? null,
          row.breached ?? null,
          row.breached ? 'acknowledge-overdue' : null,
        ],
      );
      for (const [event, when, level, owner] of history)
        await stack.db.query(
          `INSERT INTO escalation.assignment_history (assignment_id, at, event, level, owner_id) VALUES ($1, $2, $3, $4, $5)`,
          [id, when, event, level, owner],
        );
    };
    await assignment(
      {
        department: 'logistics',
        level: 1,
        owner: levelOne.id,
        status: 'resolved',
        created: at('2025-03-02T10:00:00Z'),
        ackDue: at('2025-03-02T14:00:00Z'),
        resolveDue: at('2025-03-07T10:00:00Z'),
        acknowledged: at('2025-03-02T11:00:00Z'),
        resolved: at('2025-03-03T10:00:00Z'),
      },
      [['created', '2025-03-02T10:00:00Z', 1, levelOne.id]],
    );
    await assignment(
      {
        department: 'logistics',
        level: 2,
        owner: head.id,
        status: 'resolved',
        created: at('2025-03-05T10:00:00Z'),
        ackDue: at('2025-03-05T18:00:00Z'),
        resolveDue: at('2025-03-10T10:00:00Z'),
        acknowledged: at('2025-03-05T16:00:00Z'),
        resolved: at('2025-03-12T10:00:00Z'),
      },
      [
        ['created', '2025-03-05T10:00:00Z', 1, levelOne.id],
        ['escalated', '2025-03-05T14:00:00Z', 2, head.id],
      ],
    );
    await assignment(
      {
        department: 'it',
        level: 1,
        owner: itOwner.id,
        status: 'open',
        created: at('2025-03-10T10:00:00Z'),
        ackDue: at('2025-03-10T14:00:00Z'),
        resolveDue: at('2025-03-15T10:00:00Z'),
        breached: at('2025-03-10T14:00:00Z'),
      },
      [
        ['created', '2025-03-10T10:00:00Z', 1, itOwner.id],
        ['breached', '2025-03-10T14:00:00Z', 1, itOwner.id],
      ],
    );
    await assignment(
      {
        department: 'logistics',
        level: 1,
        owner: levelOne.id,
        status: 'open',
        created: at('2025-04-05T10:00:00Z'),
        ackDue: at('2025-04-05T14:00:00Z'),
        resolveDue: at('2025-04-10T10:00:00Z'),
      },
      [],
    );
  }

  const rc1 = randomUUID();
  const rc2 = randomUUID();

  /** Logistics' root cause resolved by the level-1 owner (two March complaints, one April), IT's open (one). */
  async function seedNotifier() {
    const resolvedEvent = randomUUID();
    await stack.db.query(
      `INSERT INTO notifier.root_cause_events (event_id, root_cause_id, type, occurred_at, data) VALUES ($1, $2, 'rootcause.resolved', $3, $4)`,
      [
        resolvedEvent,
        rc1,
        at('2025-03-20T10:00:00Z'),
        JSON.stringify({ owner: { id: levelOne.id, name: levelOne.name } }),
      ],
    );
    await stack.db.query(
      `INSERT INTO notifier.root_causes (id, department, resolved_event_id) VALUES ($1, 'logistics', $2), ($3, 'it', NULL)`,
      [rc1, resolvedEvent, rc2],
    );
    const complaint = async (
      rootCause: string,
      received: string,
      touchpoint: string,
      rating: number | null,
      compensation: [number, string] | null,
    ) => {
      const id = randomUUID();
      await stack.db.query(
        `INSERT INTO notifier.complaints (id, received_at, dissatisfaction, touchpoint, root_cause_id) VALUES ($1, $2, 'upset', $3, $4)`,
        [id, received, touchpoint, rootCause],
      );
      if (rating !== null)
        await stack.db.query(
          `INSERT INTO notifier.feedback (token_hash, complaint_id, answered_at, rating) VALUES ($1, $2, $3, $4)`,
          [`fb_${id}`, id, received, rating],
        );
      if (compensation)
        await stack.db.query(
          `INSERT INTO notifier.compensations (id, complaint_id, root_cause_id, currency, granted, granted_at_once, basis, status, period, created_at)
           VALUES ($1, $2, $3, 'RUB', $4, $4, 'tier', $5, '2025-03', $6)`,
          [randomUUID(), id, rootCause, compensation[0], compensation[1], received],
        );
    };
    await complaint(rc1, '2025-03-02T10:00:00Z', 'delivery', 5, [100_00, 'granted']);
    await complaint(rc1, '2025-03-03T10:00:00Z', 'store', 2, [200_00, 'review']);
    await complaint(rc2, '2025-03-04T10:00:00Z', 'delivery', null, null);
    await complaint(rc1, '2025-05-01T10:00:00Z', 'delivery', 1, null);
  }

  /** Root causes: late deliveries resolved (two March links, one May) and again identified (one), rude staff under review (one). */
  async function seedTriage() {
    const [r1, r2, r3] = [randomUUID(), randomUUID(), randomUUID()];
    await stack.db.query(
      `INSERT INTO triage.root_causes (id, category, touchpoint, status, suggested_cause, suggested_department, department, opened_at)
       VALUES ($1, 'late-delivery', 'delivery', 'resolved', 'fixture', 'logistics', 'logistics', '2025-03-02'),
              ($2, 'rude-staff', 'store', 'under-review', 'fixture', 'it', NULL, '2025-03-04'),
              ($3, 'late-delivery', 'delivery', 'identified', 'fixture', 'logistics', 'logistics', '2025-03-05')`,
      [r1, r2, r3],
    );
    const link = (rootCause: string, category: string, received: string) =>
      stack.db.query(
        `INSERT INTO triage.complaint_links (complaint_id, root_cause_id, dissatisfaction, linked_at, category, received_at)
         VALUES ($1, $2, 'upset', $3, $4, $3)`,
        [randomUUID(), rootCause, received, category],
      );
    await link(r1, 'late-delivery', '2025-03-02T10:00:00Z');
    await link(r1, 'late-delivery', '2025-03-03T10:00:00Z');
    await link(r2, 'rude-staff', '2025-03-04T10:00:00Z');
    await link(r3, 'late-delivery', '2025-03-05T10:00:00Z');
    await link(r1, 'late-delivery', '2025-05-01T10:00:00Z');
  }

  describe('GET /reports/sla', () => {
    it('counts deadlines kept and missed and the times to acknowledge and resolve, by department and owner', async () => {
      const answer = await get('escalation', `/reports/sla?${MARCH}`);
      expect(answer.status).toBe(200);
      expect(answer.body.total).toEqual({
        assignments: 3,
        acknowledged: 2,
        acknowledgedInTime: 2,
        resolved: 2,
        resolvedInTime: 1,
        missedDeadlines: 2,
        breached: 1,
        // 1 h and 6 h; 1 day and 7 days (percentiles interpolated).
        acknowledgeP50: 12_600,
        acknowledgeP90: 19_800,
        resolveP50: 345_600,
        resolveP90: 552_960,
      });
      expect(
        answer.body.byDepartment.map((group: any) => [group.department, group.assignments, group.breached]),
      ).toEqual([
        ['it', 1, 1],
        ['logistics', 2, 0],
      ]);
      expect(answer.body.byOwner).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            department: 'logistics',
            ownerId: head.id,
            assignments: 1,
            resolvedInTime: 0,
            missedDeadlines: 1,
          }),
          expect.objectContaining({ department: 'logistics', ownerId: levelOne.id, assignments: 1, resolvedInTime: 1 }),
        ]),
      );
    });

    it('is a CSV with a .csv path or Accept: text/csv, with the same figures', async () => {
      for (const [path, accept] of [
        [`/reports/sla.csv?${MARCH}`, undefined],
        [`/reports/sla?${MARCH}`, 'text/csv'],
      ]) {
        const answer = await get('escalation', path as string, supervisor, accept);
        expect(answer.status).toBe(200);
        expect(answer.type).toMatch(/^text\/csv/);
        const [header, ...rows] = parseCsv(answer.text);
        expect(header.slice(0, 5)).toEqual(['group', 'department', 'ownerId', 'owner', 'assignments']);
        const total = Object.fromEntries(header.map((name, index) => [name, rows[0][index]]));
        expect(total).toMatchObject({ group: 'total', assignments: '3', breached: '1', acknowledgeP50: '12600' });
        expect(rows.filter((row) => row[0] === 'owner')).toHaveLength(3);
      }
    });

    it('gives a department head their own department only, and refuses level 1, strangers and bad input', async () => {
      const own = await get('escalation', `/reports/sla?${MARCH}`, head.token);
      expect(own.status).toBe(200);
      expect(own.body).toMatchObject({ department: 'logistics', total: { assignments: 2 } });
      expect((await get('escalation', `/reports/sla?${MARCH}&department=it`, head.token)).status).toBe(403);
      expect((await get('escalation', `/reports/sla?${MARCH}`, levelOne.token)).status).toBe(403);
      expect((await get('escalation', `/reports/sla?${MARCH}`, null)).status).toBe(401);
      expect((await get('escalation', `/reports/sla?${MARCH}`, 'ro_nobody')).status).toBe(401);
      expect((await get('escalation', `/reports/sla?${MARCH}`, 'rs_nobody')).status).toBe(401);
      const billing = await get('escalation', `/reports/sla?${MARCH}&department=it`);
      expect(billing.body.total.assignments).toBe(1);
      for (const [query, field] of [
        ['from=2025-02-31', 'from'],
        ['from=2025-03-01&to=2025-03-01', 'from'],
        ['from=2024-01-01&to=2025-03-01', 'to'],
        ['department=Not%20One', 'department'],
        ['touchpoint=delivery', 'touchpoint'],
        ['limit=5', 'limit'],
      ]) {
        const answer = await get('escalation', `/reports/sla?${query}`);
        expect({ query, status: answer.status }).toEqual({ query, status: 400 });
        expect(answer.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
      }
    });
  });

  describe('GET /reports/satisfaction', () => {
    it('counts answers, ratings and compensations by department, owner and root cause', async () => {
      const answer = await get('notifier', `/reports/satisfaction?${MARCH}`);
      expect(answer.status).toBe(200);
      expect(answer.body.total).toEqual({
        complaints: 3,
        answers: 2,
        averageRating: 3.5,
        satisfiedShare: 0.5,
        compensated: 2,
        granted: '300.00',
        underReview: 1,
      });
      expect(answer.body.byDepartment.map((group: any) => [group.department, group.complaints, group.answers])).toEqual(
        [
          ['it', 1, 0],
          ['logistics', 2, 2],
        ],
      );
      expect(answer.body.byOwner).toEqual([
        expect.objectContaining({ department: 'logistics', ownerId: levelOne.id, owner: levelOne.name, complaints: 2 }),
      ]);
      expect(answer.body.byRootCause.map((group: any) => [group.rootCauseId, group.complaints]).sort()).toEqual(
        [
          [rc1, 2],
          [rc2, 1],
        ].sort(),
      );
    });

    it('filters by touchpoint and department, as CSV too', async () => {
      const delivery = await get('notifier', `/reports/satisfaction?${MARCH}&touchpoint=delivery`);
      expect(delivery.body.total).toMatchObject({ complaints: 2, answers: 1, averageRating: 5 });
      const csv = await get('notifier', `/reports/satisfaction.csv?${MARCH}&department=it`);
      expect(csv.type).toMatch(/^text\/csv/);
      const [header, total] = parseCsv(csv.text);
      expect(Object.fromEntries(header.map((name, index) => [name, total[index]]))).toMatchObject({
        group: 'total',
        complaints: '1',
        granted: '0.00',
        currency: 'RUB',
      });
      const own = await get('notifier', `/reports/satisfaction?${MARCH}`, head.token);
      expect(own.body.total.complaints).toBe(2);
      expect((await get('notifier', `/reports/satisfaction?${MARCH}`, levelOne.token)).status).toBe(403);
      expect((await get('notifier', `/reports/satisfaction?${MARCH}`, null)).status).toBe(401);
      expect((await get('notifier', `/reports/satisfaction?${MARCH}&touchpoint=moon`)).status).toBe(400);
    });
  });

  describe('GET /reports/categories and /reports/complaints', () => {
    it('counts complaints by category and status, filtered', async () => {
      const answer = await get('triage', `/reports/categories?${MARCH}`);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({
        total: 4,
        byCategory: [
          { category: 'late-delivery', complaints: 3 },
          { category: 'rude-staff', complaints: 1 },
        ],
        byCategoryAndStatus: [
          { category: 'late-delivery', status: 'identified', complaints: 1 },
          { category: 'late-delivery', status: 'resolved', complaints: 2 },
          { category: 'rude-staff', status: 'under-review', complaints: 1 },
        ],
      });
      expect((await get('triage', `/reports/categories?${MARCH}&touchpoint=store`)).body.total).toBe(1);
      expect((await get('triage', `/reports/categories?${MARCH}`, head.token)).body.total).toBe(3);
      expect((await get('triage', `/reports/categories?${MARCH}&department=it`, head.token)).status).toBe(403);
      expect((await get('triage', `/reports/categories?${MARCH}`, levelOne.token)).status).toBe(403);
      expect((await get('triage', `/reports/categories?${MARCH}`, 'rs_nobody')).status).toBe(401);
      expect((await get('triage', `/reports/categories?from=yesterday`)).status).toBe(400);
      const csv = await get('triage', `/reports/categories?${MARCH}`, supervisor, 'text/csv');
      expect(parseCsv(csv.text)).toEqual([
        ['category', 'status', 'complaints'],
        ['late-delivery', 'identified', '1'],
        ['late-delivery', 'resolved', '2'],
        ['rude-staff', 'under-review', '1'],
      ]);
    });

    it('streams the complaints one by one, in order of receipt, as JSON or CSV', async () => {
      const csv = await get('triage', `/reports/complaints.csv?${MARCH}`);
      expect(csv.type).toMatch(/^text\/csv/);
      const [header, ...rows] = parseCsv(csv.text);
      expect(header).toEqual([
        'complaintId',
        'receivedAt',
        'category',
        'touchpoint',
        'status',
        'department',
        'rootCauseId',
        'dissatisfaction',
      ]);
      expect(rows.map((row) => [row[1], row[2], row[4]])).toEqual([
        ['2025-03-02T10:00:00.000Z', 'late-delivery', 'resolved'],
        ['2025-03-03T10:00:00.000Z', 'late-delivery', 'resolved'],
        ['2025-03-04T10:00:00.000Z', 'rude-staff', 'under-review'],
        ['2025-03-05T10:00:00.000Z', 'late-delivery', 'identified'],
      ]);
      const json = await get('triage', `/reports/complaints?${MARCH}&department=it`);
      expect(json.body.items).toEqual([expect.objectContaining({ category: 'rude-staff', department: 'it' })]);
    });

    it("answers 503 with Retry-After while the service that knows the reader's token is away, and lets nobody in", async () => {
      await stack.services.notifier.stop();
      try {
        const response = await fetch(`${stack.services.triage.url}/reports/categories?${MARCH}`, {
          headers: { authorization: `Bearer ${supervisor}` },
        });
        expect(response.status).toBe(503);
        expect(response.headers.get('retry-after')).toBe('5');
      } finally {
        await stack.services.notifier.start();
      }
      expect((await get('triage', `/reports/categories?${MARCH}`)).status).toBe(200);
    });
  });
});
