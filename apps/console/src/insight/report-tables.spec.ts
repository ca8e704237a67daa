import type { CategoryReport, SlaReport } from '@redress/http-api';
import { translator } from '../i18n/translate';
import { Figures } from './figures';
import { categoriesModel, slaModel } from './report-tables';

const t = translator('en');
const figures = new Figures('en');
const WINDOW = { from: '2026-03-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z', department: null };

describe('the report tables', () => {
  it('writes the SLA figures as shares in time and durations', () => {
    const group = {
      assignments: 4,
      acknowledged: 4,
      acknowledgedInTime: 3,
      resolved: 2,
      resolvedInTime: 1,
      missedDeadlines: 2,
      breached: 1,
      acknowledgeP50: 5400,
      acknowledgeP90: 90_000,
      resolveP50: null,
      resolveP90: null,
    };
    const report: SlaReport = {
      ...WINDOW,
      total: group,
      byDepartment: [{ ...group, department: 'logistics' }],
      byOwner: [{ ...group, department: 'logistics', ownerId: 'x', owner: 'Dana Whitfield' }],
    };
    const model = slaModel(t, figures, report);
    expect(model.tables[0].rows[0]).toEqual({
      heading: 'All',
      cells: ['4', '3 of 4 (75%)', '1 of 2 (50%)', '2', '1', '1 h 30 min', '1 d 1 h', '–', '–'],
    });
    expect(model.tables[1].rows[0].heading).toBe('Dana Whitfield (logistics)');
    expect(model.chart).toContain('>75%<');
  });

  it('crosses categories with statuses, a missing pair counted as none', () => {
    const report: CategoryReport = {
      ...WINDOW,
      touchpoint: null,
      total: 5,
      byCategory: [
        { category: 'late-delivery', complaints: 4 },
        { category: 'billing', complaints: 1 },
      ],
      byStatus: [
        { status: 'under-review', complaints: 3 },
        { status: 'resolved', complaints: 2 },
      ],
      byCategoryAndStatus: [
        { category: 'late-delivery', status: 'under-review', complaints: 2 },
        { category: 'late-delivery', status: 'resolved', complaints: 2 },
        { category: 'billing', status: 'under-review', complaints: 1 },
      ],
    };
    const model = categoriesModel(t, figures, report);
    expect(model.total).toBe('5 complaints received in the period.');
    expect(model.tables[0].columns).toEqual(['Category', 'Complaints', 'under review', 'resolved']);
    expect(model.tables[0].rows).toEqual([
      { heading: 'late-delivery', cells: ['4', '2', '2'] },
      { heading: 'billing', cells: ['1', '1', '0'] },
    ]);
  });
});
