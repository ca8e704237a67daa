import { DataSource } from 'typeorm';
import { clientSystemExists, createClientSystem } from './client-system.store';

/** Its presence marks a database as seeded with the demo. */
export const DEMO_CLIENT_SYSTEM = 'demo-crm';

/**
 * The demo client system and the console's staff reader; their keys are shown once, in .redress/credentials.json.
 * Null when the demo client system is there already: the database was seeded before (a production one has client
 * systems of its own), and the provisioner then seeds no other app either.
 */
export async function seedIntakeDemo(
  dataSource: DataSource,
): Promise<{ apiKey: string; consoleApiKey: string } | null> {
  if (await hasIntakeDemo(dataSource)) return null;
  const { apiKey } = await createClientSystem(dataSource, DEMO_CLIENT_SYSTEM);
  const { apiKey: consoleApiKey } = await createClientSystem(dataSource, 'redress-console', 'staff-reader');
  return { apiKey, consoleApiKey };
}

/** The demo's client system marks a database already seeded. */
export async function hasIntakeDemo(dataSource: DataSource): Promise<boolean> {
  return clientSystemExists(dataSource, DEMO_CLIENT_SYSTEM);
}
