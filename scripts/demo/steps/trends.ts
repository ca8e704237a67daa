import { DemoContext } from '../context';

interface Trends {
  weeks: string[];
  categories: { category: string; counts: number[]; total: number }[];
  rootCauses: { opened: number[]; resolved: number[] };
}

/** Step: the trends chart, and what its data says about this week. */
export async function trends(ctx: DemoContext): Promise<void> {
  const { say } = ctx;
  say.heading('The trends chart');
  const chartUrl = ctx.triage.url('trends.svg?weeks=12');
  const chart = await ctx.triage.get('trends.svg?weeks=12');
  say.did(`GET ${chartUrl}`);
  say.shows(
    `${chart.status}: ${chart.headers.get('content-type')?.split(';')[0]}, ${Math.round(chart.text.length / 1024)} KB, one line per category over 12 weeks. Open it in a browser: ${chartUrl}`,
  );
  const data = (await ctx.triage.get<Trends>('trends?weeks=12')).body;
  const last = data.weeks.length - 1;
  say.did(`GET ${ctx.triage.url('trends?weeks=12')} (the chart's data)`);
  say.shows(
    `weeks ${data.weeks[0]} .. ${data.weeks[last]}; complaints per category (12 weeks / week of ${data.weeks[last]}):`,
  );
  say.block(
    data.categories.map(
      (category) => `${category.category.padEnd(16)} ${String(category.total).padStart(5)} / ${category.counts[last]}`,
    ),
  );
  say.shows(
    `root causes this week: ${data.rootCauses.opened[last]} opened, ${data.rootCauses.resolved[last]} resolved (including this run's)`,
  );
}
