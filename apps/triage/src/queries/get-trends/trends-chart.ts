import * as echarts from 'echarts';
import { Trends } from './get-trends.query';

const WIDTH = 960;
const HEIGHT = 600;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "23 Nov" for the week starting 2026-11-23; the year is in the title. */
function weekLabel(isoDate: string): string {
  const [, month, day] = isoDate.split('-').map(Number);
  return `${day} ${MONTHS[month - 1]}`;
}

/** A dashed vertical line at the week each cause of this category was fixed: what the line did after it shows. */
function fixMarks(trends: Trends, category: string) {
  const weeks = [...new Set(trends.fixes.filter((fix) => fix.category === category).map((fix) => fix.week))];
  if (weeks.length === 0) return undefined;
  return {
    symbol: 'none',
    silent: true,
    lineStyle: { type: 'dashed', width: 1.5 },
    label: { formatter: 'fix', position: 'end' },
    data: weeks.map((week) => ({ xAxis: weekLabel(week) })),
  };
}

/**
 * The trends as an SVG chart, rendered on the server by Apache ECharts (no browser): one line per category of
 * complaints per week with a legend and a marker at each fix, and below it the root causes opened and resolved per week.
 */
export function renderTrendsChart(trends: Trends): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: WIDTH, height: HEIGHT });
  try {
    const weeks = trends.weeks.map(weekLabel);
    const first = trends.weeks[0];
    const last = trends.weeks[trends.weeks.length - 1];
    const empty = trends.categories.length === 0;
    chart.setOption({
      animation: false,
      backgroundColor: '#ffffff',
      textStyle: { fontFamily: 'DejaVu Sans, Arial, sans-serif' },
      title: {
        text: 'Complaints per category per week',
        subtext: empty
          ? `No complaints in the ${trends.weeks.length} weeks from ${first} to ${last}`
          : `${trends.weeks.length} weeks starting Monday ${first} (UTC), the last one from ${last}`,
        left: 'center',
        top: 8,
      },
      legend: { top: 62, left: 'center', type: 'plain', itemGap: 30 },
      grid: [
        { left: 70, right: 40, top: 122, height: 280 },
        { left: 70, right: 40, top: 460, height: 90 },
      ],
      xAxis: [
        { type: 'category', gridIndex: 0, data: weeks, boundaryGap: false, axisLabel: { show: true } },
        { type: 'category', gridIndex: 1, data: weeks, name: 'week starting', nameLocation: 'middle', nameGap: 28 },
      ],
      yAxis: [
        { type: 'value', gridIndex: 0, name: 'complaints', minInterval: 1, nameTextStyle: { align: 'left' } },
        { type: 'value', gridIndex: 1, name: 'root causes', minInterval: 1, nameTextStyle: { align: 'left' } },
      ],
      series: [
        ...trends.categories.map((series) => ({
          name: series.category,
          type: 'line',
          xAxisIndex: 0,
          yAxisIndex: 0,
          data: series.counts,
          symbol: 'circle',
          symbolSize: 6,
          lineStyle: { width: 2.5 },
          markLine: fixMarks(trends, series.category),
        })),
        {
          name: 'root causes opened',
          type: 'bar',
          xAxisIndex: 1,
          yAxisIndex: 1,
          data: trends.rootCauses.opened,
          itemStyle: { color: '#9aa5b1' },
        },
        {
          name: 'root causes resolved',
          type: 'bar',
          xAxisIndex: 1,
          yAxisIndex: 1,
          data: trends.rootCauses.resolved,
          itemStyle: { color: '#3ba272' },
        },
      ],
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
