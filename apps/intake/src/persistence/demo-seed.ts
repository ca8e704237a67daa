import { DataSource } from 'typeorm';
import { createClientSystem } from './client-systems';

/** The demo client system and the console's staff reader; their keys are shown once, in .redress/credentials.json. */
export async function seedIntakeDemo(dataSource: DataSource): Promise<{ apiKey: string; consoleApiKey: string }> {
  const { apiKey } = await createClientSystem(dataSource, 'demo-crm');
  const { apiKey: consoleApiKey } = await createClientSystem(dataSource, 'redress-console', 'staff-reader');
  return { apiKey, consoleApiKey };
}
