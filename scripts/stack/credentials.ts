import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { DemoSecrets } from './provision';
import { repoRoot } from './repo-root';

/** Where `npm start` writes the credentials, and the scripts that talk to it read them. */
export function localCredentialsFile(): string {
  return join(repoRoot(), '.redress', 'credentials.json');
}

/** The shape of .redress/credentials.json (DESIGN.md, "Local run and credentials"), which scripts rely on. */
export interface Credentials {
  intake: { url: string; apiKey: string };
  triage: { url: string; members: { id: string; name: string; department: string; chair: boolean; token: string }[] };
  escalation: { url: string; owners: { id: string; name: string; department: string; level: number; token: string }[] };
  notifier: { url: string; supervisorToken: string };
  kafka: { brokers: string };
  /** The people's console; `intakeApiKey` is its staff-reader key, kept so a restart can hand it over again. */
  console?: { url: string; intakeApiKey: string };
  /** Extra: where `npm start`'s local mail and SMS sinks listen and list what they received. */
  sinks?: { deliveries: string; smtp: string; smsGateway: string };
}

export function credentialsFrom(
  secrets: DemoSecrets,
  urls: Record<'intake' | 'triage' | 'escalation' | 'notifier', string>,
  brokers: string,
): Credentials {
  return {
    intake: { url: urls.intake, apiKey: secrets.apiKey },
    triage: { url: urls.triage, members: secrets.members },
    escalation: { url: urls.escalation, owners: secrets.owners },
    notifier: { url: urls.notifier, supervisorToken: secrets.supervisorToken },
    kafka: { brokers },
  };
}

export async function readCredentials(file: string): Promise<Credentials | null> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Credentials;
  } catch {
    return null;
  }
}

export async function writeCredentials(file: string, credentials: Credentials): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
}
