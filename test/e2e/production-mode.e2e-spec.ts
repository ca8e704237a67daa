import { findFreePort } from '@redress/infra';
import { randomBytes } from 'node:crypto';
import { AppStack, startAppStack } from '../../scripts/stack/app-stack';
import { DemoSecrets } from '../../scripts/stack/provision';
import { AppName, ServiceProcess } from '../../scripts/stack/service-process';
import { Sinks, startSinks } from '../../scripts/stack/sinks';
import { complaintBody, postComplaint } from '../support/complaints';
import { eventually } from '../support/eventually';
import { TestInfrastructureEnv } from '../support/test-infrastructure';
import { describeE2E, testDatabase, testTopics } from '../support/test-stack';

/** Every unsafe setting production mode knows, at once; '' hides a value the shell running the tests may have set. */
const UNSAFE = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://redress:redress@127.0.0.1:1/redress',
  KAFKA_BROKERS: '127.0.0.1:1',
  KAFKA_SASL_MECHANISM: 'plain',
  KAFKA_SASL_USERNAME: 'admin',
  KAFKA_SASL_PASSWORD: 'admin-secret',
  INTAKE_SERVICE_TOKEN: '',
  WEBHOOK_SIGNING_KEY: '',
  FEEDBACK_BASE_URL: 'http://0.0.0.0:3003',
  CONSOLE_URL: '',
  SMTP_URL: '',
  SMS_GATEWAY_URL: '',
  CHANNELS: '',
  CONSOLE_SESSION_SECRET: '',
  CONSOLE_INTAKE_API_KEY: 'rk_unused',
};

const DATABASE_LINE =
  'setting DATABASE_URL uses the development password "redress": give the database role its own password';
const BROKER_LINE =
  'setting KAFKA_SASL_PASSWORD is a default or example password (or the user name): give the broker user its own password';
const SERVICE_TOKEN_LINE =
  'setting INTAKE_SERVICE_TOKEN is required when NODE_ENV=production: give at least 32 random characters';
const EXPECTED: Record<AppName, string[]> = {
  intake: [
    DATABASE_LINE,
    BROKER_LINE,
    'setting WEBHOOK_SIGNING_KEY is required when NODE_ENV=production: give at least 32 random characters',
    SERVICE_TOKEN_LINE,
  ],
  triage: [DATABASE_LINE, BROKER_LINE],
  escalation: [DATABASE_LINE, BROKER_LINE],
  notifier: [
    DATABASE_LINE,
    BROKER_LINE,
    SERVICE_TOKEN_LINE,
    'setting FEEDBACK_BASE_URL: "http://0.0.0.0:3003" is not an https:// URL',
    'setting CONSOLE_URL is required when NODE_ENV=production: the public https:// address of the console, which staff notices link to',
    'setting SMTP_URL is required when NODE_ENV=production and CHANNELS includes email: emails would only be logged',
    'setting SMS_GATEWAY_URL is required when NODE_ENV=production and CHANNELS includes sms: SMS would only be logged (CHANNELS=email,webhook turns SMS off)',
  ],
  console: [
    DATABASE_LINE,
    'setting CONSOLE_SESSION_SECRET is required when NODE_ENV=production: give at least 32 random characters',
  ],
};

describeE2E('production mode', () => {
  it.each(Object.keys(EXPECTED) as AppName[])(
    '%s exits with code 1 and one line per unsafe setting, no stack trace',
    async (app) => {
      const lines: string[] = [];
      const process = new ServiceProcess({
        service: app,
        port: await findFreePort(),
        env: UNSAFE,
        onLine: (line) => lines.push(line),
      });
      await expect(process.start(30_000)).rejects.toThrow(`${app} exited with code 1 before it was ready`);
      expect(lines.filter((line) => line.startsWith(`${app}: `))).toEqual(
        EXPECTED[app].map((line) => `${app}: ${line}`),
      );
      expect(lines.filter((line) => /^\s+at /.test(line))).toEqual([]);
    },
  );

  describe('with a complete production configuration', () => {
    let sinks: Sinks;
    let stack: AppStack;

    beforeAll(async () => {
      sinks = await startSinks();
      const id = `prodmode_${randomBytes(3).toString('hex')}`;
      const production = { NODE_ENV: 'production' };
      stack = await startAppStack({
        infrastructure: {
          brokers: process.env[TestInfrastructureEnv.Brokers] ?? '',
          createDatabase: testDatabase,
          createTopics: testTopics,
        },
        database: id,
        topicPrefix: `${id}.`,
        // Each app connects as a role of its own with a generated password, never the development one.
        rolePrefix: `${id}_`,
        env: {
          ...production,
          LOG_LEVEL: 'warn',
          INTAKE_SERVICE_TOKEN: randomBytes(32).toString('base64url'),
          WEBHOOK_SIGNING_KEY: randomBytes(32).toString('base64url'),
          FEEDBACK_BASE_URL: 'https://care.example.com',
          CONSOLE_URL: 'https://console.example.com',
          SMTP_URL: sinks.smtpUrl,
          // No SMS gateway in this deployment: SMS is switched off rather than logged.
          CHANNELS: 'email,webhook',
          // Around the clock, so the test's email goes whatever the hour (production refuses CONTACT_WINDOWS=ignore).
          DEFAULT_CONTACT_WINDOW: '00:00-00:00',
        },
        console: {
          env: { ...production, LOG_LEVEL: 'warn', CONSOLE_SESSION_SECRET: randomBytes(32).toString('base64url') },
        },
      });
    });

    afterAll(async () => {
      await stack?.stop();
      await sinks?.stop();
    });

    it('starts every service and the console, each ready', async () => {
      for (const app of [...Object.values(stack.services), stack.console]) {
        expect([app?.service, (await fetch(`${app?.url}/health/ready`)).status]).toEqual([app?.service, 200]);
      }
    });

    it('records an email as sent by SMTP, and fails a message for a switched-off channel instead of logging it', async () => {
      const secrets = stack.secrets as DemoSecrets;
      const customer = {
        name: 'Anna Petrova',
        phone: '+79161234567',
        email: 'anna@example.com',
        preferredChannel: 'email',
      };
      const reference = `PROD-${randomBytes(4).toString('hex')}`;
      const emailed = await postComplaint(
        stack.services.intake.url,
        secrets.apiKey,
        complaintBody({ externalRef: reference, customer }),
      );
      const phoneOnly = await postComplaint(
        stack.services.intake.url,
        secrets.apiKey,
        complaintBody({ customer: { ...customer, email: undefined, preferredChannel: 'sms' } }),
      );
      expect([emailed.status, phoneOnly.status]).toEqual([202, 202]);
      const notifications = (complaintId: string) =>
        eventually(
          async () => {
            const response = await fetch(`${stack.services.notifier.url}/notifications?complaintId=${complaintId}`, {
              headers: { authorization: `Bearer ${secrets.supervisorToken}` },
            });
            return ((await response.json()) as { items: { status: string }[] }).items;
          },
          (items) => items.length > 0 && items[0].status !== 'scheduled',
          { what: 'the acknowledgement delivered or failed' },
        );
      expect(await notifications(emailed.body?.id)).toEqual([
        expect.objectContaining({ channel: 'email', status: 'sent', transport: 'smtp' }),
      ]);
      expect(sinks.messages.some((message) => message.subject?.includes(reference))).toBe(true);
      expect(await notifications(phoneOnly.body?.id)).toEqual([
        expect.objectContaining({ channel: 'sms', status: 'failed', transport: null }),
      ]);
    });
  });
});
