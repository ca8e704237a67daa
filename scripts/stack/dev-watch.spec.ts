import { appsToRestart, LibUsers, readLibUsers } from './dev-watch';
import { repoRoot } from './repo-root';

describe('which apps npm run dev restarts for a change', () => {
  const libUsers: LibUsers = {
    contracts: ['intake', 'triage', 'escalation', 'notifier', 'console'],
    timers: ['triage', 'escalation', 'notifier'],
    'http-api': ['console'],
  };

  it("an app's own file: that app only", () => {
    expect(appsToRestart(['apps/triage/src/commands/cast-vote/cast-vote.service.ts'], libUsers)).toEqual(['triage']);
    expect(appsToRestart(['apps/console/views/layout.hbs'], libUsers)).toEqual(['console']);
  });

  it("a lib's file: the apps that load it", () => {
    expect(appsToRestart(['libs/timers/src/timer.job.ts'], libUsers)).toEqual(['triage', 'escalation', 'notifier']);
    expect(appsToRestart(['libs/http-api/src/index.ts'], libUsers)).toEqual(['console']);
  });

  it('a lib nobody was seen loading at start: everyone, to be safe', () => {
    expect(appsToRestart(['libs/new-lib/src/index.ts'], libUsers)).toEqual([
      'intake',
      'triage',
      'escalation',
      'notifier',
      'console',
    ]);
  });

  it('several changes at once: each app once, in a fixed order', () => {
    expect(
      appsToRestart(['apps/notifier/src/main.ts', 'apps/intake/src/main.ts', 'apps/notifier/x.ts'], libUsers),
    ).toEqual(['intake', 'notifier']);
  });

  it('specs, scratch files and whatever is outside apps/ and libs/: nothing', () => {
    expect(
      appsToRestart(
        [
          'apps/triage/src/domain/quorum.spec.ts',
          'libs/timers/src/timer.job.integration.spec.ts',
          'apps/intake/src/main.ts~',
          'apps/intake/src/.main.ts.swp',
          'apps/intake/src/.#main.ts',
          'apps/intake/src/4913',
          'scripts/start.ts',
          'docs/development.md',
          'apps/unknown/src/main.ts',
        ],
        libUsers,
      ),
    ).toEqual([]);
  });

  it("reads the repository's imports, following libs into libs", () => {
    const users = readLibUsers(repoRoot());
    expect(users.timers).toEqual(['triage', 'escalation', 'notifier']);
    expect(users['http-api']).toEqual(['console']);
    // The console imports no @redress/messaging itself; it loads it through the platform.
    expect(users.messaging).toContain('console');
    expect(users.infra).toEqual([]);
  });
});
