import { roleDatabaseUrl, serviceRolesFromEnv } from './database-roles';

const PASSWORDS = {
  INTAKE_DATABASE_PASSWORD: 'intake-password-0001',
  TRIAGE_DATABASE_PASSWORD: 'triage-password-0001',
  ESCALATION_DATABASE_PASSWORD: 'escalation-password-1',
  NOTIFIER_DATABASE_PASSWORD: 'notifier-password-001',
  CONSOLE_DATABASE_PASSWORD: 'console-password-0001',
};

describe('service roles from the environment', () => {
  it('names each role redress_<app> with the password of its setting', () => {
    const roles = serviceRolesFromEnv(PASSWORDS);
    expect(roles.escalation).toEqual({ name: 'redress_escalation', password: 'escalation-password-1' });
    expect(roles.console).toEqual({ name: 'redress_console', password: 'console-password-0001' });
  });

  it('names every missing password setting', () => {
    const { TRIAGE_DATABASE_PASSWORD, CONSOLE_DATABASE_PASSWORD, ...rest } = PASSWORDS;
    expect(() => serviceRolesFromEnv(rest)).toThrow(
      'setting TRIAGE_DATABASE_PASSWORD, CONSOLE_DATABASE_PASSWORD required',
    );
  });

  it.each(['too-short-12', 'has a space in it somewhere', 'non-ascii-pässword-long-enough'])(
    'refuses the password "%s", naming its setting',
    (password) => {
      expect(() => serviceRolesFromEnv({ ...PASSWORDS, NOTIFIER_DATABASE_PASSWORD: password })).toThrow(
        /^setting NOTIFIER_DATABASE_PASSWORD: must be 16 to 200/,
      );
    },
  );
});

describe('a role database URL', () => {
  it("keeps the admin URL's server, database and options, and encodes the password", () => {
    const url = roleDatabaseUrl('postgres://admin:secret@db.internal:6432/redress?sslmode=require', {
      name: 'redress_triage',
      password: 'p@ss/w:rd#1234567',
    });
    const parsed = new URL(url);
    expect([parsed.username, decodeURIComponent(parsed.password), parsed.host, parsed.pathname, parsed.search]).toEqual(
      ['redress_triage', 'p@ss/w:rd#1234567', 'db.internal:6432', '/redress', '?sslmode=require'],
    );
  });
});
