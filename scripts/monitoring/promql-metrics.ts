/**
 * Just enough of PromQL to find the metric names an expression reads, so rules and dashboards can be checked
 * against what the services export: a typo in a metric name is not an error to Prometheus, only a silent alert.
 */

/** Words of the language, never metric names. */
const KEYWORDS = new Set([
  'by',
  'without',
  'on',
  'ignoring',
  'group_left',
  'group_right',
  'bool',
  'and',
  'or',
  'unless',
  'offset',
  'atan2',
  'inf',
  'nan',
]);

/** Aggregations may put `by (...)` between their name and their `(`, so they are known by name. */
const AGGREGATIONS = new Set([
  'sum',
  'min',
  'max',
  'avg',
  'group',
  'stddev',
  'stdvar',
  'count',
  'count_values',
  'bottomk',
  'topk',
  'quantile',
  'limitk',
  'limit_ratio',
]);

/** Keywords followed by a list of label names, which are not metric names either. */
const LABEL_LISTS = new Set(['by', 'without', 'on', 'ignoring', 'group_left', 'group_right']);

/** Series Prometheus makes itself for every target, exported by no service. */
export const PROMETHEUS_SERIES: ReadonlySet<string> = new Set([
  'up',
  'scrape_duration_seconds',
  'scrape_samples_scraped',
]);

const CLOSING: Record<string, string> = { '{': '}', '[': ']', '(': ')' };

/** The metric names `expr` selects, in order of first use. */
export function metricNames(expr: string): string[] {
  const names = new Set<string>();
  let i = 0;
  while (i < expr.length) {
    const char = expr[i];
    if (char === '#') i = indexOrEnd(expr, '\n', i);
    else if (char === '"' || char === "'" || char === '`') i = afterString(expr, i);
    // Label matchers, range durations and subqueries, Grafana variables: no metric names inside.
    else if (char === '{' || char === '[') i = afterGroup(expr, i);
    else if (char === '$') i = expr[i + 1] === '{' ? afterGroup(expr, i + 1) : afterWord(expr, i + 1);
    else if (/[0-9.]/.test(char)) i = afterNumber(expr, i);
    else if (/[a-zA-Z_:]/.test(char)) {
      const end = afterWord(expr, i);
      const word = expr.slice(i, end);
      const next = skipSpaces(expr, end);
      if (LABEL_LISTS.has(word.toLowerCase()) && expr[next] === '(') i = afterGroup(expr, next);
      else {
        // A word before `(` is a function or an aggregation.
        const lower = word.toLowerCase();
        if (!KEYWORDS.has(lower) && !AGGREGATIONS.has(lower) && expr[next] !== '(') names.add(word);
        i = end;
      }
    } else i++;
  }
  return [...names];
}

/**
 * Every name a scrape of `exposition` (Prometheus' text format) can be queried by: the declared metrics with the
 * series names their type implies (`_bucket`, `_sum`, `_count` of histograms), whether or not they have samples yet.
 */
export function exportedMetricNames(exposition: string): Set<string> {
  const names = new Set<string>();
  for (const line of exposition.split('\n')) {
    const declared = /^# TYPE (\S+) (\S+)/.exec(line);
    if (declared) {
      const [, name, type] = declared;
      names.add(name);
      if (type === 'histogram') for (const suffix of ['_bucket', '_sum', '_count']) names.add(name + suffix);
      if (type === 'summary') for (const suffix of ['_sum', '_count']) names.add(name + suffix);
    } else if (line && !line.startsWith('#')) names.add(/^[^\s{]+/.exec(line)![0]);
  }
  return names;
}

/** The names `expr` reads that are neither in `exported` nor made by Prometheus. */
export function unknownMetrics(expr: string, exported: ReadonlySet<string>): string[] {
  return metricNames(expr).filter((name) => !exported.has(name) && !PROMETHEUS_SERIES.has(name));
}

function indexOrEnd(text: string, wanted: string, from: number): number {
  const index = text.indexOf(wanted, from);
  return index < 0 ? text.length : index;
}

function afterString(text: string, start: number): number {
  const quote = text[start];
  let i = start + 1;
  while (i < text.length && text[i] !== quote) i += text[i] === '\\' && quote !== '`' ? 2 : 1;
  return i + 1;
}

/** Past the bracket that closes the one at `start`, across nested brackets and strings. */
function afterGroup(text: string, start: number): number {
  const closers = [CLOSING[text[start]]];
  let i = start + 1;
  while (i < text.length && closers.length > 0) {
    const char = text[i];
    if (char === '"' || char === "'" || char === '`') {
      i = afterString(text, i);
      continue;
    }
    if (char in CLOSING) closers.push(CLOSING[char]);
    else if (char === closers[closers.length - 1]) closers.pop();
    i++;
  }
  return i;
}

function afterWord(text: string, start: number): number {
  let i = start;
  while (i < text.length && /[a-zA-Z0-9_:]/.test(text[i])) i++;
  return i;
}

/** Numbers (`0.95`, `1e-3`, `0x1f`) and durations (`5m`, `1h30m`). */
function afterNumber(text: string, start: number): number {
  let i = start;
  while (i < text.length && /[0-9a-zA-Z_.]/.test(text[i])) {
    i += /[eE]/.test(text[i]) && /[+-]/.test(text[i + 1] ?? '') ? 2 : 1;
  }
  return i;
}

function skipSpaces(text: string, start: number): number {
  let i = start;
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}
