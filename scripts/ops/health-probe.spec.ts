import { CONSOLE_PORT } from '../../apps/console/src/config/console.settings';
import { liveUrl } from './health-probe';

describe('health probe', () => {
  it.each([
    ['intake', 3000],
    ['triage', 3001],
    ['escalation', 3002],
    ['notifier', 3003],
    ['console', CONSOLE_PORT],
  ])('probes %s on its default port', (service, port) => {
    expect(liveUrl({ SERVICE: service })).toBe(`http://127.0.0.1:${port}/health/live`);
  });

  it('follows PORT when it is set', () => {
    expect(liveUrl({ SERVICE: 'triage', PORT: '8080' })).toBe('http://127.0.0.1:8080/health/live');
  });

  it('names SERVICE when it is not a service', () => {
    expect(() => liveUrl({ SERVICE: 'billing' })).toThrow(
      'setting SERVICE: "billing" is not one of intake, triage, escalation, notifier, console',
    );
  });
});
