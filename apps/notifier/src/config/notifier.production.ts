import { Env, intakeServiceTokenCheck, ProductionCheck } from '@redress/platform';
import { readEnabledChannels } from './enabled-channels';

/** Feedback links go to customers: they must point at the public HTTPS address, not the service's own. */
const feedbackBaseUrl: ProductionCheck = (env) => {
  const text = env.FEEDBACK_BASE_URL;
  if (!text)
    return [
      'setting FEEDBACK_BASE_URL is required when NODE_ENV=production: the public https:// address of the feedback pages',
    ];
  return URL.canParse(text) && new URL(text).protocol === 'https:'
    ? []
    : [`setting FEEDBACK_BASE_URL: "${text}" is not an https:// URL`];
};

/** Hosts that name the machine itself: a link to one reaches nobody's console but the reader's own machine. */
const LOOPBACK_HOSTS = /^(localhost|127(\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\])$/i;

/**
 * Staff notices link to the console: unset, CONSOLE_URL defaults to the local stack's `http://127.0.0.1:3004`, which
 * in production would send every person to their own machine.
 */
const consoleUrl: ProductionCheck = (env) => {
  const text = env.CONSOLE_URL;
  if (!text)
    return [
      'setting CONSOLE_URL is required when NODE_ENV=production: the public https:// address of the console, which staff notices link to',
    ];
  if (!URL.canParse(text) || new URL(text).protocol !== 'https:')
    return [`setting CONSOLE_URL: "${text}" is not an https:// URL`];
  return LOOPBACK_HOSTS.test(new URL(text).hostname)
    ? [`setting CONSOLE_URL: "${text}" names this machine, not the console's public address`]
    : [];
};

/** Each enabled channel has a real transport: without one its messages would only be written to the log. */
const channelTransports: ProductionCheck = (env: Env) => {
  let channels;
  try {
    channels = readEnabledChannels(env);
  } catch (error) {
    return [(error as Error).message];
  }
  const problems: string[] = [];
  if (channels.includes('email') && !env.SMTP_URL) {
    problems.push(
      'setting SMTP_URL is required when NODE_ENV=production and CHANNELS includes email: emails would only be logged',
    );
  }
  if (channels.includes('sms') && !env.SMS_GATEWAY_URL) {
    problems.push(
      'setting SMS_GATEWAY_URL is required when NODE_ENV=production and CHANNELS includes sms: SMS would only be logged (CHANNELS=email,webhook turns SMS off)',
    );
  }
  return problems;
};

/** Contact windows keep customers from being messaged at night; ignoring them is for tests and demos. */
const contactWindows: ProductionCheck = (env) =>
  env.CONTACT_WINDOWS === 'ignore'
    ? ['setting CONTACT_WINDOWS=ignore messages customers at any hour: not in production']
    : [];

export const NOTIFIER_PRODUCTION_CHECKS: readonly ProductionCheck[] = [
  intakeServiceTokenCheck,
  feedbackBaseUrl,
  consoleUrl,
  channelTransports,
  contactWindows,
];
