import { ServiceName } from '@redress/contracts';
import { Pool } from 'pg';
import { DemoSecrets } from '../stack/provision';
import { ServiceProcess } from '../stack/service-process';
import { waitFor } from '../stack/wait-for';
import { assignmentOf, identifyCause, resolveCause } from '../storm/storm-scenario';

/**
 * Through the public API, as after any storm: the committee identifies every root cause the run's complaints were
 * linked to (normally one), and the level-1 logistics owner acknowledges and resolves each assignment.
 */
export async function resolveEveryRootCause(
  db: Pool,
  services: Record<ServiceName, ServiceProcess>,
  secrets: DemoSecrets,
  ids: string[],
  timeoutMs: number,
  log: (line: string) => void,
): Promise<{ rootCauses: number; resolvedAt: number }> {
  const { rows } = await db.query(
    `SELECT root_cause_id AS id, count(*)::int AS complaints FROM triage.complaint_links WHERE complaint_id = ANY($1::uuid[])
     GROUP BY root_cause_id ORDER BY count(*) DESC`,
    [ids],
  );
  log(
    `root causes of the run: ${rows.map((row: { id: string; complaints: number }) => `${row.id} (${row.complaints} complaints)`).join(', ')}`,
  );
  let resolvedAt = 0;
  for (const { id } of rows as { id: string }[]) {
    await identifyCause(services.triage.url, secrets, id);
    const assignmentId = await waitFor(
      `the assignment of ${id}`,
      () => assignmentOf(services.escalation.url, secrets, id),
      Boolean,
      { timeoutMs },
    );
    resolvedAt ||= performance.now();
    await resolveCause(services.escalation.url, secrets, assignmentId as string);
  }
  log(
    `committee identified and owner resolved ${rows.length} root cause(s) through the API; waiting for messages and compensations ...`,
  );
  return { rootCauses: rows.length, resolvedAt };
}
