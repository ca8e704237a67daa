import { exportedMetricNames, metricNames, unknownMetrics } from './promql-metrics';

describe('metricNames', () => {
  it('finds the metrics of an expression, not its functions, keywords, labels, durations, numbers or strings', () => {
    const expr = `
      histogram_quantile(0.95, sum by (job, le) (rate(redress_http_request_duration_seconds_bucket{route!~"/health/.*", job=~"$job"}[$__rate_interval])))
        > 1e-3 and on (job) group_left(instance) max without (partition) (redress_consumer_lag_messages offset 5m) > bool 0
        or absent(up{system="redress"}) unless label_replace(redress_outbox_backlog, "dst", "$1", "src", "(.*)") # a comment naming no_metric`;
    expect(metricNames(expr)).toEqual([
      'redress_http_request_duration_seconds_bucket',
      'redress_consumer_lag_messages',
      'up',
      'redress_outbox_backlog',
    ]);
  });

  it('reads subqueries, Grafana variables in braces and aggregation clauses after the argument', () => {
    expect(metricNames('max_over_time(sum(rate(a_total[5m])) by (job)[1h:1m]) / ignoring(x) ${divisor} * b')).toEqual([
      'a_total',
      'b',
    ]);
  });
});

describe('exportedMetricNames', () => {
  it('names declared metrics, the series of histograms and summaries, and sampled names', () => {
    const exposition = [
      '# HELP redress_timer_lag_seconds How late timers fire',
      '# TYPE redress_timer_lag_seconds histogram',
      '# TYPE redress_events_consumed_total counter',
      '# TYPE nodejs_gc_duration summary',
      'process_cpu_seconds_total{service="intake"} 1.5',
    ].join('\n');
    expect([...exportedMetricNames(exposition)].sort()).toEqual([
      'nodejs_gc_duration',
      'nodejs_gc_duration_count',
      'nodejs_gc_duration_sum',
      'process_cpu_seconds_total',
      'redress_events_consumed_total',
      'redress_timer_lag_seconds',
      'redress_timer_lag_seconds_bucket',
      'redress_timer_lag_seconds_count',
      'redress_timer_lag_seconds_sum',
    ]);
  });
});

describe('unknownMetrics', () => {
  const exported = exportedMetricNames(
    '# TYPE redress_notifications_given_up_total counter\n# TYPE redress_http_request_duration_seconds histogram',
  );

  it('names a metric no service exports, such as a misspelt one', () => {
    expect(unknownMetrics('sum(increase(redress_notification_given_up_total[15m])) > 0', exported)).toEqual([
      'redress_notification_given_up_total',
    ]);
    expect(unknownMetrics('rate(redress_http_request_duration_seconds_total[5m])', exported)).toEqual([
      'redress_http_request_duration_seconds_total',
    ]);
  });

  it('accepts exported metrics, the series of histograms and what Prometheus makes itself', () => {
    expect(unknownMetrics('sum(increase(redress_notifications_given_up_total[15m])) > 0 or up == 0', exported)).toEqual(
      [],
    );
    expect(
      unknownMetrics('histogram_quantile(0.9, rate(redress_http_request_duration_seconds_bucket[5m]))', exported),
    ).toEqual([]);
  });
});
