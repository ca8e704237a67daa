import { UnitOfWork } from '@redress/messaging';
import { DataSource } from 'typeorm';
import { describeE2E } from '../../../test/support/test-stack';
import { timerTablesTestSchema } from '../../../test/support/timer-tables-test-schema';
import { Timers } from './timers';

const SCHEMA = 'timers_held_test';
const AT = new Date('2030-01-01T00:00:00Z');
const LATER = new Date('2030-01-02T00:00:00Z');

/** Timer changes held until the commit: written together, the last change per timer winning, nothing on rollback. */
describeE2E('timers held until the commit', () => {
  let dataSource: DataSource;
  let unitOfWork: UnitOfWork;
  const timers = new Timers({ schema: SCHEMA });

  beforeAll(async () => {
    ({ dataSource, unitOfWork } = await timerTablesTestSchema('timers_held', SCHEMA));
  });

  beforeEach(() => dataSource.query(`DELETE FROM ${SCHEMA}.timers`));

  afterAll(async () => {
    await dataSource?.destroy();
  });

  async function pending(): Promise<{ subject: string; due: string }[]> {
    const rows: { subject_id: string; due_at: Date }[] = await dataSource.query(
      `SELECT subject_id, due_at FROM ${SCHEMA}.timers WHERE status = 'pending' ORDER BY subject_id`,
    );
    return rows.map((row) => ({ subject: row.subject_id, due: row.due_at.toISOString() }));
  }

  it('writes nothing before the commit, then every held timer', async () => {
    await unitOfWork.run(async (tx) => {
      for (const subject of ['a', 'b', 'c']) timers.scheduleAtCommit(tx, { kind: 'k', subjectId: subject, dueAt: AT });
      const [{ n }] = await tx.manager.query(`SELECT count(*)::int AS n FROM ${SCHEMA}.timers`);
      expect(n).toBe(0);
    });
    expect(await pending()).toEqual(['a', 'b', 'c'].map((subject) => ({ subject, due: AT.toISOString() })));
  });

  it('cancels at the commit, and moves a pending timer held again', async () => {
    await unitOfWork.run(async (tx) => {
      await timers.schedule(tx, { kind: 'k', subjectId: 'gone', dueAt: AT });
      await timers.schedule(tx, { kind: 'k', subjectId: 'moved', dueAt: AT });
    });
    await unitOfWork.run(async (tx) => {
      timers.cancelAtCommit(tx, 'k', 'gone');
      timers.scheduleAtCommit(tx, { kind: 'k', subjectId: 'moved', dueAt: LATER });
      expect(await pending()).toHaveLength(2);
    });
    expect(await pending()).toEqual([{ subject: 'moved', due: LATER.toISOString() }]);
  });

  it('keeps the last change asked for a timer, held or not', async () => {
    await unitOfWork.run(async (tx) => {
      timers.scheduleAtCommit(tx, { kind: 'k', subjectId: 'armed-then-disarmed', dueAt: AT });
      timers.cancelAtCommit(tx, 'k', 'armed-then-disarmed');
      timers.scheduleAtCommit(tx, { kind: 'k', subjectId: 'held-then-now', dueAt: AT });
      await timers.schedule(tx, { kind: 'k', subjectId: 'held-then-now', dueAt: LATER });
      timers.scheduleAtCommit(tx, { kind: 'k', subjectId: 'held-then-cancelled', dueAt: AT });
      expect(await timers.cancel(tx, 'k', 'held-then-cancelled')).toBe(true);
    });
    expect(await pending()).toEqual([{ subject: 'held-then-now', due: LATER.toISOString() }]);
  });

  it('writes nothing it held when the transaction rolls back', async () => {
    await expect(
      unitOfWork.run(async (tx) => {
        timers.scheduleAtCommit(tx, { kind: 'k', subjectId: 'never', dueAt: AT });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await pending()).toEqual([]);
  });
});
