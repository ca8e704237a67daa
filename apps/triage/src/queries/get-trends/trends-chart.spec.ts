import { renderTrendsChart } from './trends-chart';

describe('renderTrendsChart', () => {
  const trends = {
    weeks: ['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23'],
    categories: [
      { category: 'late-delivery', counts: [4, 9, 7, 12], total: 32 },
      { category: 'rude-staff', counts: [1, 0, 3, 2], total: 6 },
    ],
    rootCauses: { opened: [2, 1, 0, 1], resolved: [0, 1, 1, 0] },
    fixes: [] as { rootCauseId: string; category: string; touchpoint: string; week: string; resolvedAt: string }[],
  };

  it('draws an SVG with a title, dated axes, one line per category and a legend', () => {
    const svg = renderTrendsChart(trends);
    expect(svg.startsWith('<svg')).toBe(true);
    for (const text of [
      'Complaints per category per week',
      '2 Nov',
      '23 Nov',
      'late-delivery',
      'rude-staff',
      'complaints',
      'root causes opened',
    ]) {
      expect(svg).toContain(text);
    }
    // One polyline path per category series (the bars are rectangles).
    expect(svg.match(/<path d="M[^"]*" fill="none"[^>]*stroke-width="2.5"/g)).toHaveLength(2);
  });

  it('marks each fix on its category with a dashed line labelled "fix"', () => {
    const fix = {
      rootCauseId: 'r1',
      category: 'late-delivery',
      touchpoint: 'delivery',
      week: '2026-11-09',
      resolvedAt: '2026-11-11T10:00:00Z',
    };
    const svg = renderTrendsChart({ ...trends, fixes: [fix] });
    expect(svg.match(/>fix</g)).toHaveLength(1);
    expect(svg).toMatch(/stroke-dasharray/);
    expect(renderTrendsChart(trends)).not.toMatch(/>fix</);
  });

  it('says so when there are no complaints', () => {
    const svg = renderTrendsChart({
      ...trends,
      categories: [],
      rootCauses: { opened: [0, 0, 0, 0], resolved: [0, 0, 0, 0] },
    });
    expect(svg).toContain('No complaints in the 4 weeks');
  });
});
