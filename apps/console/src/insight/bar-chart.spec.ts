import { barChart, MAX_GROUPS } from './bar-chart';

describe('barChart', () => {
  const chart = (groups: { label: string; values: (number | null)[] }[]) =>
    barChart({
      id: 'cost',
      title: 'Cost by month',
      description: 'What-if against what happened',
      series: ['What-if', 'Actual'],
      groups,
      format: (value) => `${value} RUB`,
    });

  it('is an image named by its title and description, its drawing hidden from screen readers', () => {
    const svg = chart([{ label: '2026-11', values: [100, 50] }]);
    expect(svg).toMatch(/^<svg class="bars" role="img" [^>]*aria-labelledby="cost-title cost-desc"/);
    expect(svg).toContain('<title id="cost-title">Cost by month</title>');
    expect(svg).toContain('<desc id="cost-desc">What-if against what happened</desc>');
    expect(svg).toContain('<g aria-hidden="true">');
  });

  it('draws bars in proportion to the largest value, each with its figure', () => {
    const svg = chart([
      { label: 'a', values: [360, 180] },
      { label: 'b', values: [0, null] },
    ]);
    const widths = [...svg.matchAll(/<rect class="series-\d" x="170" y="\d+" width="([\d.]+)" height="12"/g)].map((m) =>
      Number(m[1]),
    );
    expect(widths).toEqual([360, 180, 0, 0]);
    expect(svg).toContain('>360 RUB<');
    expect(svg).toContain('>180 RUB<');
    // A value that is not there (a rating without answers) is a dash, not a zero.
    expect(svg).toContain('>–<');
  });

  it('escapes what the services named, and keeps to a readable number of groups', () => {
    const svg = chart([{ label: '<script>&"', values: [1, 2] }]);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&#60;script&#62;&#38;&#34;');
    const many = chart(Array.from({ length: 40 }, (_, index) => ({ label: `g${index}`, values: [index, index] })));
    expect(many.match(/class="group"/g)).toHaveLength(MAX_GROUPS);
  });

  it('draws an empty chart without failing when every value is zero', () => {
    expect(chart([{ label: 'a', values: [0, 0] }])).toContain('width="0"');
    expect(chart([])).toContain('<svg');
  });
});
