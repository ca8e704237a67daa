import { deadLetterTopic, SERVICES } from '@redress/contracts';
import { readKafkaSecurity } from '@redress/platform';
import { Kafka, logLevel } from 'kafkajs';
import { callApi } from '../stack/api';
import { provisionApp } from '../stack/app-provisioning';
import { DemoSecrets } from '../stack/provision';
import { stormComplaint } from './storm-complaints';

export interface StormUrls {
  intake: string;
  triage: string;
  escalation: string;
}

export interface PostedStorm {
  /** Complaint id -> when its POST was sent (performance.now()). */
  sentAt: Map<string, number>;
  /** POST round trips in ms, sorted. */
  answerMs: number[];
  errors: number;
  seconds: number;
  /** POSTs sent again after a failure (only with `retryForMs`). */
  retries: number;
  /** 202 answers marked Idempotent-Replayed: a retried POST the first attempt had already filed. */
  replayed: number;
}

/**
 * Posts `total` storm complaints at `perSecond`, spread over the client systems' keys, each with an Idempotency-Key,
 * at most `inFlight` at once (a client that waits rather than piling up sockets). With `retryForMs`, a POST that
 * fails (no answer, or 5xx) is sent again with the same Idempotency-Key every `retryEveryMs` for up to that long,
 * as a client system does while intake restarts; a replayed answer (`Idempotent-Replayed: true`) gives the same id.
 */
export async function postStorm(
  intakeUrl: string,
  apiKeys: string[],
  {
    total,
    perSecond,
    runId,
    callbackUrl,
    onlyWebhook = false,
    inFlight = 200,
    retryForMs = 0,
    retryEveryMs = 250,
  }: {
    total: number;
    perSecond: number;
    runId: string;
    callbackUrl?: string;
    onlyWebhook?: boolean;
    inFlight?: number;
    retryForMs?: number;
    retryEveryMs?: number;
  },
): Promise<PostedStorm> {
  const sentAt = new Map<string, number>();
  const answerMs: number[] = [];
  let errors = 0;
  let retries = 0;
  let replayed = 0;
  const running = new Set<Promise<void>>();
  // Waiters for a free slot, woken one per finished POST (a Promise.race over every running POST per slot would not scale).
  const slotWaiters: (() => void)[] = [];
  const started = performance.now();
  for (let index = 0; index < total; index++) {
    const wait = started + (index * 1000) / perSecond - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    while (running.size >= inFlight) await new Promise<void>((resolve) => slotWaiters.push(resolve));
    const postedAt = performance.now();
    const body = JSON.stringify(stormComplaint(index, runId, callbackUrl, onlyWebhook));
    const attempt = async (): Promise<void> => {
      const response = await fetch(`${intakeUrl}/complaints`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-api-key': apiKeys[index % apiKeys.length],
          'idempotency-key': `${runId}-${index}`,
        },
        body,
      });
      const answer = (await response.json()) as { id?: string };
      if (response.status !== 202 || !answer.id)
        throw Object.assign(new Error(`${response.status}`), { status: response.status });
      if (response.headers.get('idempotent-replayed') === 'true') replayed++;
      answerMs.push(performance.now() - postedAt);
      sentAt.set(answer.id, postedAt);
    };
    const withRetries = async (): Promise<void> => {
      for (;;) {
        try {
          return await attempt();
        } catch (error) {
          const status = (error as { status?: number }).status;
          const retriable = status === undefined || status >= 500;
          if (!retriable || performance.now() - postedAt + retryEveryMs > retryForMs) throw error;
          retries++;
          await new Promise((resolve) => setTimeout(resolve, retryEveryMs));
        }
      }
    };
    const post = withRetries()
      .catch(() => void errors++)
      .finally(() => {
        running.delete(post);
        slotWaiters.shift()?.();
      });
    running.add(post);
  }
  await Promise.all(running);
  return {
    sentAt,
    answerMs: answerMs.sort((a, b) => a - b),
    errors,
    seconds: (performance.now() - started) / 1000,
    retries,
    replayed,
  };
}

/** Registers `count` more client systems, as `npm run client:create` does; returns their API keys. */
export function createStormClients(databaseUrl: string, runId: string, count: number): Promise<string[]> {
  return createClients(
    databaseUrl,
    Array.from({ length: count }, (_, index) => `storm-${runId}-${index}`),
  );
}

/** Registers client systems with these names (intake's provisioning does); returns their API keys in the same order. */
export async function createClients(databaseUrl: string, names: string[]): Promise<string[]> {
  const { clientSystems = [] } = await provisionApp('intake', databaseUrl, { clientSystems: names });
  return names.map((name) => {
    const created = clientSystems.find((system) => system.name === name);
    if (!created) throw new Error(`intake registered no client system ${name}`);
    return created.apiKey;
  });
}

/** The heaviest root cause on the committee's agenda, as a member sees it. */
export async function topOfAgenda(
  triageUrl: string,
  secrets: DemoSecrets,
): Promise<{ id: string; complaintCount: number } | undefined> {
  const agenda = await callApi(triageUrl, 'GET', '/committee/agenda?limit=1', secrets.members[0].token);
  if (agenda.status !== 200) throw new Error(`the agenda answered ${agenda.status}`);
  return agenda.body.items[0];
}

/** The open assignment of a root cause, as the level-1 logistics owner sees it. */
export async function assignmentOf(
  escalationUrl: string,
  secrets: DemoSecrets,
  rootCauseId: string,
): Promise<string | undefined> {
  const owner = secrets.owners.find((candidate) => candidate.department === 'logistics' && candidate.level === 1);
  const list = await callApi(escalationUrl, 'GET', '/assignments?status=open', owner?.token);
  return (list.body.items as { id: string; rootCauseId: string }[] | undefined)?.find(
    (item) => item.rootCauseId === rootCauseId,
  )?.id;
}

/** Messages on the services' dead-letter topics (target 0). */
export async function deadLetterCount(brokers: string, topicPrefix: string): Promise<number> {
  const admin = new Kafka({
    clientId: 'storm-check',
    brokers: brokers.split(','),
    ...readKafkaSecurity(),
    logLevel: logLevel.NOTHING,
  }).admin();
  await admin.connect();
  try {
    let total = 0;
    for (const service of SERVICES) {
      const offsets = await admin.fetchTopicOffsets(deadLetterTopic(service, topicPrefix));
      total += offsets.reduce((sum, partition) => sum + Number(partition.high) - Number(partition.low), 0);
    }
    return total;
  } finally {
    await admin.disconnect();
  }
}

/** The committee identifies the root cause through the API: three of the four members vote for logistics. */
export async function identifyCause(triageUrl: string, secrets: DemoSecrets, rootCauseId: string): Promise<void> {
  const voters = secrets.members
    .filter((member) => !member.chair)
    .slice(0, 2)
    .concat(secrets.members.filter((member) => member.chair));
  for (const member of voters) {
    const vote = await callApi(triageUrl, 'POST', `/rootcauses/${rootCauseId}/votes`, member.token, {
      cause: 'The delivery contractor failed a whole delivery day',
      department: 'logistics',
    });
    if (vote.status >= 300)
      throw new Error(`vote by ${member.name} answered ${vote.status}: ${JSON.stringify(vote.body)}`);
  }
}

/** The level-1 logistics owner acknowledges the assignment of the root cause, then resolves it with the deliverables. */
export async function resolveCause(escalationUrl: string, secrets: DemoSecrets, assignmentId: string): Promise<void> {
  const owner = secrets.owners.find((candidate) => candidate.department === 'logistics' && candidate.level === 1);
  if (!owner) throw new Error('no seeded level-1 logistics owner');
  for (const [path, body] of [
    ['acknowledge', undefined],
    [
      'resolve',
      {
        actionsTaken: 'Every missed order was re-sent by a second contractor the next morning.',
        causeReport: 'The contractor lost its depot to a power outage and did not tell us.',
        eliminationProposal: 'Two contractors per region, with an outage alarm wired to our dispatch.',
      },
    ],
  ] as const) {
    const answer = await callApi(escalationUrl, 'POST', `/assignments/${assignmentId}/${path}`, owner.token, body);
    if (answer.status >= 300) throw new Error(`${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  }
}
