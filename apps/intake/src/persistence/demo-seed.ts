import { DataSource } from 'typeorm';
import { createClientSystem } from './client-systems';

/** The demo client system; its key is shown once, in .redress/credentials.json. */
export async function seedIntakeDemo(dataSource: DataSource): Promise<{ apiKey: string }> {
  const { apiKey } = await createClientSystem(dataSource, 'demo-crm');
  return { apiKey };
}
