import { createAdminToken, FirstPeople, hashToken, newToken, PeopleStep } from '@redress/platform/provisioning';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';

/** The notifier's part of a production database's first people: a supervisor of compensations and its admin. */
export function notifierPeopleSteps({ supervisor, admin }: FirstPeople): PeopleStep<DataSource>[] {
  const steps: PeopleStep<DataSource>[] = [];
  if (supervisor) {
    steps.push({
      what: `supervisor ${supervisor.name}`,
      existing: async (db) =>
        firstName(
          await db.query('SELECT name FROM notifier.supervisors WHERE name = $1 AND revoked_at IS NULL', [
            supervisor.name,
          ]),
          'supervisor',
        ),
      create: async (db) => {
        const id = randomUUID();
        const token = newToken('rs');
        await db.query('INSERT INTO notifier.supervisors (id, name, token_hash) VALUES ($1, $2, $3)', [
          id,
          supervisor.name,
          hashToken(token),
        ]);
        return { what: 'supervisor', id, name: supervisor.name, secret: token };
      },
    });
  }
  if (admin) {
    steps.push({
      what: `notifier admin ${admin.name}`,
      existing: async (db) =>
        firstName(
          await db.query('SELECT name FROM notifier.admin_tokens WHERE name = $1', [admin.name]),
          'notifier admin',
        ),
      create: async (db) => {
        const { id, token } = await createAdminToken(db, 'notifier', admin.name);
        return { what: 'notifier admin', id, name: admin.name, secret: token };
      },
    });
  }
  return steps;
}

function firstName(rows: { name: string }[], what: string): string | null {
  return rows[0] ? `${what} ${rows[0].name}` : null;
}
