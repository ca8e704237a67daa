import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * The monitoring files an operator deploys (deploy/prometheus/alerts.yml, deploy/grafana/redress.json) read and
 * checked for what Prometheus and Grafana would accept silently but an operator could not use: a rule without a
 * runbook, a runbook link to no section, a panel on another data source than the one chosen.
 */

export const ALERTS_FILE = 'deploy/prometheus/alerts.yml';
export const DASHBOARD_FILE = 'deploy/grafana/redress.json';
export const RUNBOOK_FILE = 'docs/monitoring.md';

/** One PromQL expression and where it is, for messages. */
export interface Expression {
  where: string;
  expr: string;
}

const SEVERITIES = ['critical', 'warning', 'info'];
const DURATION = /^([0-9]+(ms|s|m|h|d|w|y))+$/;
const DATASOURCE = '${datasource}';
/** Grafana 11's schema: older ones are migrated on load, and the file changes under the operator's feet. */
const MIN_SCHEMA_VERSION = 39;

export function readRepoFile(relativePath: string): string {
  return readFileSync(join(__dirname, '..', '..', relativePath), 'utf8');
}

type Json = Record<string, unknown>;

/** Everything wrong with the rules file's structure, as sentences; none when it is right. */
export function alertRuleProblems(rulesFile: unknown, runbook: string): string[] {
  const problems: string[] = [];
  const anchors = headingAnchors(runbook);
  const groups = (rulesFile as Json)?.groups;
  if (!Array.isArray(groups) || groups.length === 0) return ['the file has no groups'];
  const alerts = new Set<string>();
  for (const [index, group] of (groups as Json[]).entries()) {
    const where = `group ${String(group.name ?? index)}`;
    if (typeof group.name !== 'string' || !group.name) problems.push(`${where} has no name`);
    if (!Array.isArray(group.rules) || group.rules.length === 0) {
      problems.push(`${where} has no rules`);
      continue;
    }
    for (const rule of group.rules as Json[]) {
      const name = rule.alert;
      const at = `${where}, alert ${String(name)}`;
      if (typeof name !== 'string' || !name) problems.push(`${where} has a rule without an alert name`);
      else if (alerts.has(name)) problems.push(`${at} is defined twice`);
      else alerts.add(name);
      if (typeof rule.expr !== 'string' || !rule.expr.trim()) problems.push(`${at} has no expr`);
      if (typeof rule.for !== 'string' || !DURATION.test(rule.for)) problems.push(`${at} has no duration in "for"`);
      const labels = (rule.labels ?? {}) as Json;
      if (!SEVERITIES.includes(labels.severity as string))
        problems.push(`${at} has severity ${String(labels.severity)}, not one of ${SEVERITIES.join(', ')}`);
      const annotations = (rule.annotations ?? {}) as Json;
      for (const field of ['summary', 'description', 'runbook_url']) {
        if (typeof annotations[field] !== 'string' || !annotations[field]) problems.push(`${at} has no ${field}`);
      }
      const runbookUrl = annotations.runbook_url;
      if (typeof runbookUrl === 'string') {
        const [file, anchor] = runbookUrl.split('#');
        if (file !== RUNBOOK_FILE || !anchors.has(anchor))
          problems.push(`${at} has runbook_url ${runbookUrl}, not a section of ${RUNBOOK_FILE}`);
      }
    }
  }
  return problems;
}

export function alertExpressions(rulesFile: unknown): Expression[] {
  return ((rulesFile as Json).groups as Json[]).flatMap((group) =>
    (group.rules as Json[]).map((rule) => ({ where: `alert ${String(rule.alert)}`, expr: String(rule.expr) })),
  );
}

/** Everything wrong with the dashboard's structure, as sentences; none when it is right. */
export function dashboardProblems(dashboard: Json): string[] {
  const problems: string[] = [];
  if (typeof dashboard.schemaVersion !== 'number' || dashboard.schemaVersion < MIN_SCHEMA_VERSION) {
    problems.push(`schemaVersion ${String(dashboard.schemaVersion)} is older than ${MIN_SCHEMA_VERSION}`);
  }
  const variables = ((dashboard.templating as Json)?.list ?? []) as Json[];
  if (
    !variables.some(
      (variable) => variable.type === 'datasource' && variable.name === 'datasource' && variable.query === 'prometheus',
    )
  ) {
    problems.push('no templated Prometheus data source variable named "datasource"');
  }
  for (const variable of variables.filter((variable) => variable.type === 'query')) {
    if (uid(variable.datasource) !== DATASOURCE)
      problems.push(`variable ${String(variable.name)} does not query ${DATASOURCE}`);
  }
  const ids = new Set<unknown>();
  for (const panel of allPanels(dashboard)) {
    const at = `panel ${String(panel.id)} "${String(panel.title)}"`;
    if (!Number.isInteger(panel.id)) problems.push(`${at} has no numeric id`);
    else if (ids.has(panel.id)) problems.push(`${at} shares its id with another panel`);
    ids.add(panel.id);
    if (typeof panel.title !== 'string' || !panel.title) problems.push(`${at} has no title`);
    const grid = panel.gridPos as Json | undefined;
    if (!grid || !['x', 'y', 'w', 'h'].every((key) => Number.isInteger(grid[key])))
      problems.push(`${at} has no gridPos`);
    if (panel.type === 'row') continue;
    if (uid(panel.datasource) !== DATASOURCE) problems.push(`${at} does not use the ${DATASOURCE} data source`);
    const targets = (panel.targets ?? []) as Json[];
    if (targets.length === 0) problems.push(`${at} has no targets`);
    const refIds = new Set<unknown>();
    for (const target of targets) {
      if (typeof target.expr !== 'string' || !target.expr.trim()) problems.push(`${at} has a target without expr`);
      if (!target.refId || refIds.has(target.refId)) problems.push(`${at} has a target without a refId of its own`);
      refIds.add(target.refId);
      if (uid(target.datasource) !== DATASOURCE)
        problems.push(`${at} has a target on another data source than ${DATASOURCE}`);
    }
  }
  return problems;
}

/** Every PromQL expression of the dashboard: panel targets, and the metric part of query variables. */
export function dashboardExpressions(dashboard: Json): Expression[] {
  const targets = allPanels(dashboard).flatMap((panel) =>
    ((panel.targets ?? []) as Json[]).map((target) => ({
      where: `panel "${String(panel.title)}" target ${String(target.refId)}`,
      expr: String(target.expr),
    })),
  );
  const variables = (((dashboard.templating as Json)?.list ?? []) as Json[])
    .filter((variable) => variable.type === 'query')
    .map((variable) => {
      const query = variable.query as string | Json;
      return {
        where: `variable ${String(variable.name)}`,
        expr: labelValuesSelector(typeof query === 'string' ? query : String(query.query)),
      };
    });
  return [...targets, ...variables];
}

/** Grafana's `label_values(selector, label)` reads `selector`; its last argument is a label name. */
function labelValuesSelector(query: string): string {
  const call = /^\s*label_values\((.*?),?\s*[a-zA-Z_][a-zA-Z0-9_]*\)\s*$/.exec(query);
  return call ? call[1] : query;
}

/** Panels, with those folded into rows. */
function allPanels(dashboard: Json): Json[] {
  return ((dashboard.panels ?? []) as Json[]).flatMap((panel) => [panel, ...((panel.panels ?? []) as Json[])]);
}

function uid(datasource: unknown): unknown {
  return (datasource as Json | undefined)?.uid;
}

/** The anchors GitHub gives a Markdown file's headings: lower case, spaces to hyphens, punctuation dropped. */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  for (const [, heading] of markdown.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    anchors.add(
      heading
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .replace(/\s/g, '-'),
    );
  }
  return anchors;
}

export function readAlerts(): unknown {
  return parse(readRepoFile(ALERTS_FILE));
}

export function readDashboard(): Json {
  return JSON.parse(readRepoFile(DASHBOARD_FILE));
}
