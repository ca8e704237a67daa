import { FirstPeople, hashToken, newToken, PeopleStep } from '@redress/platform/provisioning';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { currentChair, insertMember } from './committee.store';

/** Triage's part of a production database's first people: the committee's chair. */
export function triagePeopleSteps({ chair }: FirstPeople): PeopleStep<DataSource>[] {
  if (!chair) return [];
  return [
    {
      what: `committee chair ${chair.name} (${chair.department})`,
      // The committee has one chair: another one already there stands for this step.
      existing: async (db) => {
        const chairNow = await currentChair(db);
        return chairNow ? `committee chair ${chairNow.name}` : null;
      },
      create: async (db) => {
        const id = randomUUID();
        const token = newToken('rm');
        await insertMember(db, { id, name: chair.name, department: chair.department, chair: true }, hashToken(token));
        return { what: 'committee chair', id, name: chair.name, secret: token };
      },
    },
  ];
}
