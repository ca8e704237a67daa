/** One group of bars: a label and one value per series (null: nothing to draw, as for a rating without answers). */
export interface BarGroup {
  label: string;
  values: (number | null)[];
}

export interface BarChart {
  /** The chart's id prefix, unique on the page: its title and description are referred to by id. */
  id: string;
  title: string;
  /** A sentence saying what the chart shows; the table beside it holds every figure. */
  description: string;
  series: string[];
  groups: BarGroup[];
  /** How a value is written at the end of its bar, in the reader's language. */
  format: (value: number) => string;
}

const WIDTH = 640;
const LABEL_WIDTH = 170;
const VALUE_WIDTH = 110;
const BAR_HEIGHT = 16;
const GROUP_GAP = 12;
const LEGEND_HEIGHT = 28;
/** Enough groups for a year by month or a company's departments; the table has the rest. */
export const MAX_GROUPS = 24;

/**
 * A horizontal grouped bar chart as server-rendered SVG, drawn inline (the console sends no script, and its
 * Content-Security-Policy allows no inline style: colours come from classes in console.css). Screen readers get the
 * title and description and skip the drawing; every figure is in the table that goes with it.
 */
export function barChart(chart: BarChart): string {
  const groups = chart.groups.slice(0, MAX_GROUPS);
  const largest = Math.max(0, ...groups.flatMap((group) => group.values.map((value) => value ?? 0)));
  const groupHeight = chart.series.length * BAR_HEIGHT + GROUP_GAP;
  const height = LEGEND_HEIGHT + Math.max(1, groups.length) * groupHeight + 4;
  const barSpace = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const parts: string[] = [];
  chart.series.forEach((name, index) => {
    const x = LABEL_WIDTH + index * 180;
    parts.push(
      `<rect class="series-${index}" x="${x}" y="6" width="14" height="14"/>`,
      `<text x="${x + 20}" y="18">${escape(name)}</text>`,
    );
  });
  groups.forEach((group, row) => {
    const top = LEGEND_HEIGHT + row * groupHeight;
    const middle = top + (chart.series.length * BAR_HEIGHT) / 2 + 4;
    parts.push(`<text class="group" x="${LABEL_WIDTH - 8}" y="${middle}">${escape(clip(group.label))}</text>`);
    group.values.forEach((value, index) => {
      const y = top + index * BAR_HEIGHT;
      const length = value === null || largest === 0 ? 0 : Math.max(value > 0 ? 1 : 0, (value / largest) * barSpace);
      parts.push(
        `<rect class="series-${index}" x="${LABEL_WIDTH}" y="${y + 2}" width="${round(length)}" height="${BAR_HEIGHT - 4}"/>`,
        `<text x="${round(LABEL_WIDTH + length + 6)}" y="${y + BAR_HEIGHT - 4}">${value === null ? '–' : escape(chart.format(value))}</text>`,
      );
    });
  });
  const title = `${chart.id}-title`;
  const description = `${chart.id}-desc`;
  return (
    `<svg class="bars" role="img" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" ` +
    `aria-labelledby="${title} ${description}" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${title}">${escape(chart.title)}</title><desc id="${description}">${escape(chart.description)}</desc>` +
    `<g aria-hidden="true">${parts.join('')}</g></svg>`
  );
}

/** Long department or month names are cut to fit the label column; the table shows them whole. */
function clip(label: string): string {
  return label.length > 24 ? `${label.slice(0, 23)}…` : label;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
