import {
  alertExpressions,
  alertRuleProblems,
  dashboardExpressions,
  dashboardProblems,
  readAlerts,
  readDashboard,
  readRepoFile,
  RUNBOOK_FILE,
} from './monitoring-config';

/** The files as shipped; that every metric they read is exported is checked on the running services (test/e2e/monitoring.e2e-spec.ts). */
describe('alerting rules', () => {
  const runbook = '# Monitoring\n## Alerts\n### RedressOutboxStuck\nWhat to do.\n';
  const rule = {
    alert: 'RedressOutboxStuck',
    expr: 'max by (job) (redress_outbox_oldest_unsent_age_seconds) > 60',
    for: '2m',
    labels: { severity: 'critical' },
    annotations: { summary: 's', description: 'd', runbook_url: 'docs/monitoring.md#redressoutboxstuck' },
  };

  it('as shipped, give every alert an expression, a duration, a severity, a summary, a description and a runbook section', () => {
    expect(alertRuleProblems(readAlerts(), readRepoFile(RUNBOOK_FILE))).toEqual([]);
    expect(alertExpressions(readAlerts()).length).toBeGreaterThan(0);
  });

  it('are refused without a runbook section, a known severity, a duration or a unique name', () => {
    const broken = {
      groups: [
        {
          name: 'g',
          rules: [
            rule,
            { ...rule, for: undefined, labels: { severity: 'page' } },
            {
              ...rule,
              alert: 'RedressOther',
              annotations: { ...rule.annotations, runbook_url: 'docs/monitoring.md#nowhere' },
            },
            { ...rule, alert: 'RedressBare', annotations: { summary: 's' } },
          ],
        },
      ],
    };
    expect(alertRuleProblems(broken, runbook)).toEqual([
      'group g, alert RedressOutboxStuck is defined twice',
      'group g, alert RedressOutboxStuck has no duration in "for"',
      'group g, alert RedressOutboxStuck has severity page, not one of critical, warning, info',
      'group g, alert RedressOther has runbook_url docs/monitoring.md#nowhere, not a section of docs/monitoring.md',
      'group g, alert RedressBare has no description',
      'group g, alert RedressBare has no runbook_url',
    ]);
    expect(alertRuleProblems({ groups: [{ name: 'g', rules: [rule] }] }, runbook)).toEqual([]);
  });
});

describe('dashboard', () => {
  const datasource = { type: 'prometheus', uid: '${datasource}' };
  const panel = (id: number, expr: string, uid = '${datasource}') => ({
    id,
    type: 'timeseries',
    title: `panel ${id}`,
    gridPos: { x: 0, y: id, w: 12, h: 8 },
    datasource: { type: 'prometheus', uid },
    targets: [{ refId: 'A', datasource: { type: 'prometheus', uid }, expr }],
  });
  const dashboard = (
    panels: object[],
    templating: object[] = [{ name: 'datasource', type: 'datasource', query: 'prometheus' }],
  ) => ({
    schemaVersion: 39,
    templating: { list: templating },
    panels,
  });

  it('as shipped, has unique panel ids and every panel on the templated Prometheus data source', () => {
    const shipped = readDashboard();
    expect(dashboardProblems(shipped)).toEqual([]);
    expect(dashboardExpressions(shipped).length).toBeGreaterThan(0);
  });

  it('is refused with a shared panel id, a fixed data source or no data source variable', () => {
    expect(dashboardProblems(dashboard([panel(1, 'up'), panel(2, 'up')]))).toEqual([]);
    expect(dashboardProblems(dashboard([panel(1, 'up'), panel(1, 'up', 'P1809F7CD0C75ACF3')], []))).toEqual([
      'no templated Prometheus data source variable named "datasource"',
      'panel 1 "panel 1" shares its id with another panel',
      'panel 1 "panel 1" does not use the ${datasource} data source',
      'panel 1 "panel 1" has a target on another data source than ${datasource}',
    ]);
  });

  it('reads the expressions of panels in rows and the selector of label_values variables', () => {
    const folded = {
      id: 1,
      type: 'row',
      title: 'row',
      gridPos: { x: 0, y: 0, w: 24, h: 1 },
      panels: [panel(2, 'redress_outbox_backlog')],
    };
    const job = { name: 'job', type: 'query', datasource, query: { query: 'label_values(up{system="redress"}, job)' } };
    expect(dashboardExpressions(dashboard([folded, panel(3, 'up')], [job]))).toEqual([
      { where: 'panel "panel 2" target A', expr: 'redress_outbox_backlog' },
      { where: 'panel "panel 3" target A', expr: 'up' },
      { where: 'variable job', expr: 'up{system="redress"}' },
    ]);
  });
});
