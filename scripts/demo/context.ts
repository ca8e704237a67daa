import { Credentials } from '../stack/credentials';
import { Api } from './http';
import { Narrator } from './narrator';

export interface DemoOptions {
  /** Makes this run's complaints, references and idempotency keys unique, so the demo can run again and again. */
  runId: string;
  say: Narrator;
  /** How long to wait for one asynchronous effect (an event travelling through the broker). */
  stepTimeoutMs?: number;
  /** The demo waits for the owner's acknowledge deadline to pass only if it is at most this long. */
  maxSlaWaitMs?: number;
}

/** A complaint this run filed, and what the story learns about it on the way. */
export interface FiledComplaint {
  id: string;
  ref: string;
  customer: string;
  channel: 'email' | 'sms';
  contact: string;
  dissatisfaction: string;
  order: string;
  claim: string | null;
  feedbackUrl?: string;
  /** The page the customer follows the complaint on, linked from every message. */
  statusUrl?: string;
}

export interface Person {
  id: string;
  name: string;
  token: string;
}

/** Everything the steps share: clients for the four services and the sinks, the cast, and what earlier steps found. */
export interface DemoContext {
  runId: string;
  say: Narrator;
  timeoutMs: number;
  maxSlaWaitMs: number;
  intake: Api;
  triage: Api;
  escalation: Api;
  notifier: Api;
  sinks: Api;
  chair: Person;
  /** Committee members other than the chair, in roster order. */
  members: Person[];
  department: string;
  /** The department's chain, level 1 first. */
  chain: (Person & { level: number })[];
  supervisorToken: string;
  /** Level 1 of customer care's chain, who calls back customers after a low rating. */
  callbackOwner: Person;
  complaints: FiledComplaint[];
  rootCauseId?: string;
  assignmentId?: string;
  /** Whether the story showed a real escalation (the acknowledge SLA was short enough to wait for). */
  escalated?: boolean;
}

/** The department the demo's cause belongs to: couriers, so logistics. */
export const DEMO_DEPARTMENT = 'logistics';

/** Where callbacks after a low rating go (escalation's FOLLOW_UP_DEPARTMENT default). */
const CALLBACK_DEPARTMENT = 'customer-care';

export function demoContext(credentials: Credentials, options: DemoOptions): DemoContext {
  const chair = credentials.triage.members.find((member) => member.chair);
  if (!chair) throw new Error('the credentials name no committee chair');
  const chain = credentials.escalation.owners
    .filter((owner) => owner.department === DEMO_DEPARTMENT)
    .sort((a, b) => a.level - b.level);
  if (chain.length < 2) throw new Error(`the credentials need at least two ${DEMO_DEPARTMENT} owners (owner and head)`);
  const callbackOwner = credentials.escalation.owners.find(
    (owner) => owner.department === CALLBACK_DEPARTMENT && owner.level === 1,
  );
  if (!callbackOwner)
    throw new Error(`the credentials name no level-1 owner of ${CALLBACK_DEPARTMENT}, who makes the callbacks`);
  const sinksUrl = credentials.sinks?.deliveries;
  if (!sinksUrl)
    throw new Error('the credentials name no delivery sinks: start the stack with "npm start" (it runs them)');
  return {
    runId: options.runId,
    say: options.say,
    timeoutMs: options.stepTimeoutMs ?? 30_000,
    maxSlaWaitMs: options.maxSlaWaitMs ?? 120_000,
    intake: new Api(credentials.intake.url, { headers: { 'x-api-key': credentials.intake.apiKey } }),
    triage: new Api(credentials.triage.url),
    escalation: new Api(credentials.escalation.url),
    notifier: new Api(credentials.notifier.url),
    sinks: new Api(sinksUrl),
    chair,
    members: credentials.triage.members.filter((member) => !member.chair),
    department: DEMO_DEPARTMENT,
    chain,
    supervisorToken: credentials.notifier.supervisorToken,
    callbackOwner,
    complaints: [],
  };
}
