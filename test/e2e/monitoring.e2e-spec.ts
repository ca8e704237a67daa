import { SERVICES } from '@redress/contracts';
import {
  alertExpressions,
  dashboardExpressions,
  Expression,
  readAlerts,
  readDashboard,
} from '../../scripts/monitoring/monitoring-config';
import { exportedMetricNames, unknownMetrics } from '../../scripts/monitoring/promql-metrics';
import { describeE2E, startTestStack, TestStack } from '../support/test-stack';

/**
 * The alerting rules and the dashboard read only metrics the running services and console export. Their /metrics
 * is the source of truth: it lists every metric registered in the process, with or without samples yet, including
 * those registered at start-up (gauges read from the database) and prom-client's process metrics.
 */
describeE2E('monitoring', () => {
  let stack: TestStack;
  const expositions: Record<string, string> = {};
  let exported: Set<string>;

  beforeAll(async () => {
    stack = await startTestStack('monitoring', {}, { withConsole: true });
    const apps = { ...stack.services, console: stack.console! };
    for (const [app, process] of Object.entries(apps)) {
      const response = await fetch(`${process.url}/metrics`);
      expect(response.status).toBe(200);
      expositions[app] = await response.text();
    }
    exported = new Set(Object.values(expositions).flatMap((text) => [...exportedMetricNames(text)]));
  });

  afterAll(async () => {
    await stack?.stop();
  });

  const unknown = (expressions: Expression[]) =>
    expressions.flatMap(({ where, expr }) =>
      unknownMetrics(expr, exported).map((name) => `${where} reads ${name}, which no service exports`),
    );

  it('alerts only on exported metrics', () => {
    expect(unknown(alertExpressions(readAlerts()))).toEqual([]);
  });

  it('charts only exported metrics', () => {
    expect(unknown(dashboardExpressions(readDashboard()))).toEqual([]);
  });

  it('would notice a misspelt metric', () => {
    expect(unknown([{ where: 'alert Typo', expr: 'max(redress_outbox_oldest_unsent_age_second) > 60' }])).toEqual([
      'alert Typo reads redress_outbox_oldest_unsent_age_second, which no service exports',
    ]);
  });

  it('exports the readiness of each service: its database and broker answer', () => {
    for (const service of SERVICES) {
      for (const dependency of ['database', 'broker']) {
        expect(expositions[service]).toMatch(
          new RegExp(`^redress_dependency_up\\{dependency="${dependency}",service="${service}"\\} 1$`, 'm'),
        );
      }
    }
  });

  it('exports how late timers are where timers run, and the open delivery circuits of the notifier', () => {
    for (const service of ['triage', 'escalation', 'notifier'])
      expect(expositions[service]).toMatch(/^redress_timer_oldest_overdue_seconds\{[^}]*\} \d/m);
    expect(expositions.notifier).toContain('# TYPE redress_delivery_circuits_open gauge');
  });
});
