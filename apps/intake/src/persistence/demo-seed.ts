import { DataSource } from 'typeorm';
import { createClientSystem } from './client-systems';

/** Its presence marks a database as seeded with the demo. */
export const DEMO_CLIENT_SYSTEM = 'demo-crm';

/** The demo client system and the console's staff reader; their keys are shown once, in .redress/credentials.json. */
export async function seedIntakeDemo(dataSource: DataSource): Promise<{ apiKey: string; consoleApiKey: string }> {
  const { apiKey } = await createClientSystem(dataSource, DEMO_CLIENT_SYSTEM);
  const { apiKey: consoleApiKey } = await createClientSystem(dataSource, 'redress-console', 'staff-reader');
  return { apiKey, consoleApiKey };
}
