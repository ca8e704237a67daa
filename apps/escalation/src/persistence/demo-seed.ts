import { hashToken, newToken } from '@redress/platform/provisioning';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { insertDepartment, insertOwner } from './department.store';

export interface SeededOwner {
  id: string;
  name: string;
  department: string;
  level: number;
  token: string;
}

const DEMO_CHAINS: Record<string, { name: string; chain: string[] }> = {
  logistics: { name: 'Logistics', chain: ['Sergey Volkov', 'Elena Morozova', 'Dmitry Sokolov'] },
  it: { name: 'IT', chain: ['Alexei Popov', 'Natalia Fedorova', 'Andrei Mikhailov'] },
  'customer-care': { name: 'Customer care', chain: ['Irina Novikova', 'Yuri Vasiliev', 'Tatiana Romanova'] },
  quality: { name: 'Quality', chain: ['Boris Pavlov', 'Anna Semenova', 'Viktor Egorov'] },
};

/** Four departments, each with a three-level chain: owner, head, director. */
export async function seedEscalationDemo(dataSource: DataSource): Promise<{ owners: SeededOwner[] }> {
  const owners: SeededOwner[] = [];
  for (const [department, { name, chain }] of Object.entries(DEMO_CHAINS)) {
    await insertDepartment(dataSource, department, name);
    for (const [index, ownerName] of chain.entries()) {
      const owner = { id: randomUUID(), name: ownerName, department, level: index + 1, token: newToken('ro') };
      await insertOwner(dataSource, { ...owner, email: null }, hashToken(owner.token));
      owners.push(owner);
    }
  }
  return { owners };
}
