import { Credentials } from '../stack/credentials';
import { DemoContext, demoContext, DemoOptions } from './context';
import { committeeDecides, showAgenda } from './steps/committee';
import { fileComplaints } from './steps/complaints';
import { compensations, customersInformed, feedback } from './steps/customers';
import { headResolves, ownerAssigned, ownerMissesDeadline } from './steps/escalation';
import { causeComesBack } from './steps/loop';
import { lowRatingCallback, playbookAnswersAtOnce } from './steps/playbooks';
import { preflight } from './steps/preflight';
import { trends } from './steps/trends';

/**
 * The whole story through the public HTTP routes, step by step: complaints -> one root cause on the agenda ->
 * votes and the chair's decision -> the owner is assigned, misses the deadline, the head gets it -> the head
 * resolves with the three deliverables -> messages, compensations (one to review, approved) -> feedback, and a low
 * rating's callback -> a force-majeure playbook answers at once -> the cause comes back (a recurrence) -> trends.
 * Each step waits for its asynchronous effect and fails with a clear message if it does not come.
 */
export async function runDemo(credentials: Credentials, options: DemoOptions): Promise<DemoContext> {
  const ctx = demoContext(credentials, options);
  await preflight(ctx);
  await fileComplaints(ctx);
  await showAgenda(ctx);
  await committeeDecides(ctx);
  const assignment = await ownerAssigned(ctx);
  await ownerMissesDeadline(ctx, assignment);
  await headResolves(ctx);
  await customersInformed(ctx);
  await compensations(ctx);
  await feedback(ctx);
  await lowRatingCallback(ctx);
  await playbookAnswersAtOnce(ctx);
  await causeComesBack(ctx);
  await trends(ctx);
  return ctx;
}
