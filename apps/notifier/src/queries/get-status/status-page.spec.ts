import { statusPage } from './status-page';
import { ComplaintStatusView } from './get-status.query';

const at = new Date('2025-06-10T09:30:00Z');
const view: ComplaintStatusView = {
  reference: 'CRM-<1>',
  locale: 'en',
  timeZone: 'Europe/London',
  status: 'resolved',
  receivedAt: at,
  messages: [{ at, subject: 'Complaint CRM-<1>: the cause is <removed>', sent: true }],
  progress: null,
  pauses: [],
  resolvedAt: at,
  customerSummary: 'We fixed the <script>alert(1)</script> scheduler',
  compensation: { amount: '150.00', currency: 'RUB', status: 'granted' },
  feedback: { answered: false, rating: null, at: null },
  callbackOwedSince: null,
  closedAt: null,
};

describe('statusPage', () => {
  it('escapes everything that came from people, and says it in the customer language', () => {
    const html = statusPage(view, '/status/st_x/feedback');
    expect(html).not.toContain('<script>');
    expect(html).toContain('We fixed the &#60;script&#62;alert(1)&#60;/script&#62; scheduler');
    expect(html).toContain('<h1>Complaint CRM-&#60;1&#62;</h1>');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('action="/status/st_x/feedback"');
    expect(statusPage({ ...view, locale: 'ru' }, '/x')).toContain('<html lang="ru">');
  });

  it('offers the survey only while the complaint is resolved, unanswered and open', () => {
    expect(statusPage(view, '/x')).toContain('name="rating"');
    expect(statusPage({ ...view, feedback: { answered: true, rating: 4, at } }, '/x')).not.toContain('name="rating"');
    expect(statusPage({ ...view, closedAt: at, status: 'closed' }, '/x')).not.toContain('name="rating"');
    expect(statusPage({ ...view, feedback: null }, '/x')).not.toContain('name="rating"');
  });

  it('shows a neutral sentence when nothing was written for customers', () => {
    expect(statusPage({ ...view, customerSummary: null }, '/x')).toContain(
      'We found what caused the problem and removed it.',
    );
  });

  it('says plainly that work waits, and when it resumed, without naming whom it waits on', () => {
    const pausedAt = new Date('2025-06-10T10:00:00Z');
    const resumedAt = new Date('2025-06-10T12:00:00Z');
    const inProgress: ComplaintStatusView = {
      ...view,
      status: 'in-progress',
      resolvedAt: null,
      feedback: null,
      compensation: null,
      progress: {
        handler: 'Olga',
        department: 'logistics',
        newsBy: new Date('2025-06-12T09:30:00Z'),
        waiting: { since: pausedAt, resumesBy: new Date('2025-06-13T10:00:00Z') },
      },
      pauses: [{ pausedAt, resumedAt: null }],
    };
    const waiting = statusPage(inProgress, '/x');
    expect(waiting).toContain('Work on the cause is waiting for an answer from another party.');
    expect(waiting).toContain('by 13 June 2025 at 11:00 at the latest');
    expect(waiting).toContain('Work is waiting for an answer from another party.');
    expect(waiting).not.toContain('Work has resumed.');

    const resumed = statusPage(
      { ...inProgress, progress: { ...inProgress.progress!, waiting: null }, pauses: [{ pausedAt, resumedAt }] },
      '/x',
    );
    expect(resumed).not.toContain('Work on the cause is waiting');
    expect(resumed.indexOf('Work is waiting')).toBeLessThan(resumed.indexOf('Work has resumed.'));
    expect(statusPage({ ...inProgress, locale: 'ru' }, '/x')).toContain('Работа ждёт ответа от другой стороны.');
  });
});
