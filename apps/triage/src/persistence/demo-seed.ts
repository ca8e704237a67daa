import { hashToken, newToken } from '@redress/platform/provisioning';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { insertMember } from './committee.store';

export interface SeededMember {
  id: string;
  name: string;
  department: string;
  chair: boolean;
  token: string;
}

const DEMO_COMMITTEE = [
  { name: 'Olga Sidorova', department: 'logistics', chair: true },
  { name: 'Ivan Kuznetsov', department: 'it', chair: false },
  { name: 'Maria Lebedeva', department: 'customer-care', chair: false },
  { name: 'Pavel Orlov', department: 'quality', chair: false },
];

/** A committee of one representative per department, the logistics one chairing. */
export async function seedTriageDemo(dataSource: DataSource): Promise<{ members: SeededMember[] }> {
  const members = DEMO_COMMITTEE.map((member) => ({ id: randomUUID(), ...member, token: newToken('rm') }));
  for (const member of members) {
    await insertMember(dataSource, member, hashToken(member.token));
  }
  return { members };
}
