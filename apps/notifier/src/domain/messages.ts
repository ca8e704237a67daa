import { Channel, NotificationKind } from '@redress/contracts';
import { Locale } from './locale';

/** What a customer is told, in their terms; amounts are already formatted ("200.00 RUB"). */
export type MessageFacts =
  /** `playbookText`: a force-majeure playbook's message, said instead of the usual acknowledgement. */
  | { kind: 'acknowledgement'; reference: string; playbookText?: string }
  | { kind: 'progress'; reference: string; handler: string; department: string; escalated: boolean; newsBy: Date }
  | {
      kind: 'resolution';
      reference: string;
      /** What the owner wrote for customers; null: a neutral sentence. Never the internal cause report. */
      customerSummary: string | null;
      compensation: { granted: string | null; underReview: boolean };
      /** Null when the complaint was already sent its one survey. */
      feedbackUrl: string | null;
    };

export interface Recipient {
  /** The customer's form of address, else their name. */
  addressAs: string;
  locale: Locale;
  timeZone: string;
}

export interface RenderedMessage {
  subject: string;
  text: string;
}

type Templates = {
  greeting(name: string): string;
  signature: string;
  acknowledgement(facts: Extract<MessageFacts, { kind: 'acknowledgement' }>): RenderedMessage;
  progress(facts: Extract<MessageFacts, { kind: 'progress' }>, when: string): RenderedMessage;
  resolution(facts: Extract<MessageFacts, { kind: 'resolution' }>): RenderedMessage;
};

/** Said when the owner wrote nothing for customers: true, and nothing of the internal report. */
export const NEUTRAL_SUMMARY: Record<Locale, string> = {
  ru: 'Мы нашли, что привело к проблеме, и устранили причину.',
  en: 'We found what caused the problem and removed it.',
};

/** The line every message ends with: the customer's page to follow the complaint. */
const STATUS_LINE: Record<Locale, (url: string) => string> = {
  ru: (url) => `Следить за обращением: ${url}`,
  en: (url) => `Follow your complaint: ${url}`,
};

const TEMPLATES: Record<Locale, Templates> = {
  ru: {
    greeting: (name) => `Здравствуйте, ${name}!`,
    signature: 'С уважением, служба заботы о клиентах',
    acknowledgement: ({ reference }) => ({
      subject: `Мы получили ваше обращение ${reference}`,
      text:
        `Спасибо, что сообщили нам о проблеме. Ваше обращение ${reference} зарегистрировано, ` +
        'и мы уже выясняем, что к ней привело. Мы будем сообщать вам о ходе работы.',
    }),
    progress: ({ reference, handler, department, escalated }, when) => ({
      subject: `Обращение ${reference}: ${escalated ? 'передано руководителю' : 'назначен ответственный'}`,
      text:
        (escalated
          ? `Чтобы ускорить решение, ваше обращение ${reference} передано руководителю: теперь им занимается ${handler} (${department}). `
          : `Причиной вашего обращения ${reference} занимается ${handler} (${department}). `) +
        `Мы сообщим вам о результате не позднее ${when}.`,
    }),
    resolution: ({ reference, customerSummary, compensation, feedbackUrl }) => ({
      subject: `Обращение ${reference}: причина устранена`,
      text: [
        'Приносим извинения за доставленные неудобства.',
        customerSummary ? `Что мы сделали: ${customerSummary}` : NEUTRAL_SUMMARY.ru,
        compensation.granted
          ? `В качестве компенсации мы возвращаем вам ${compensation.granted}.${compensation.underReview ? ' Вашу просьбу о большей сумме рассматривает руководитель.' : ''}`
          : compensation.underReview
            ? 'Вашу компенсацию сейчас рассматривает руководитель; мы сообщим о решении.'
            : '',
        'Спасибо, что помогли нам стать лучше.',
        feedbackUrl ? `Насколько полезным был наш ответ? Оцените: ${feedbackUrl}` : '',
      ]
        .filter(Boolean)
        .join('\n'),
    }),
  },
  en: {
    greeting: (name) => `Dear ${name},`,
    signature: 'Kind regards, Customer Care',
    acknowledgement: ({ reference }) => ({
      subject: `We have received your complaint ${reference}`,
      text:
        `Thank you for telling us. Your complaint ${reference} is registered and we are already finding out what ` +
        'caused it. We will keep you informed.',
    }),
    progress: ({ reference, handler, department, escalated }, when) => ({
      subject: `Complaint ${reference}: ${escalated ? 'passed to a senior manager' : 'someone is in charge'}`,
      text:
        (escalated
          ? `To speed things up, your complaint ${reference} is now with ${handler} (${department}). `
          : `${handler} (${department}) is in charge of removing the cause of your complaint ${reference}. `) +
        `You will hear from us by ${when} at the latest.`,
    }),
    resolution: ({ reference, customerSummary, compensation, feedbackUrl }) => ({
      subject: `Complaint ${reference}: the cause is removed`,
      text: [
        'We apologise for the trouble we caused you.',
        customerSummary ? `What we did: ${customerSummary}` : NEUTRAL_SUMMARY.en,
        compensation.granted
          ? `As compensation we are refunding you ${compensation.granted}.${compensation.underReview ? ' A manager is reviewing your request for more.' : ''}`
          : compensation.underReview
            ? 'A manager is reviewing your compensation; we will tell you the decision.'
            : '',
        'Thank you for helping us improve.',
        feedbackUrl ? `How helpful was this? Tell us: ${feedbackUrl}` : '',
      ]
        .filter(Boolean)
        .join('\n'),
    }),
  },
};

/**
 * The message for a customer, in their language and time zone, for a channel (an SMS is one short paragraph), with
 * the link to their status page when given.
 */
export function renderMessage(facts: MessageFacts, recipient: Recipient, channel: Channel, statusUrl?: string): RenderedMessage {
  const t = TEMPLATES[recipient.locale];
  let body: RenderedMessage;
  if (facts.kind === 'acknowledgement') body = { ...t.acknowledgement(facts), ...(facts.playbookText ? { text: facts.playbookText } : {}) };
  else if (facts.kind === 'progress') body = t.progress(facts, formatWhen(facts.newsBy, recipient));
  else body = t.resolution(facts);
  if (statusUrl) body = { ...body, text: `${body.text}\n${STATUS_LINE[recipient.locale](statusUrl)}` };
  if (channel === 'sms') return { subject: body.subject, text: `${t.greeting(recipient.addressAs)} ${body.text.replace(/\n/g, ' ')}` };
  return { subject: body.subject, text: `${t.greeting(recipient.addressAs)}\n\n${body.text}\n\n${t.signature}` };
}

function formatWhen(at: Date, recipient: Recipient): string {
  return new Intl.DateTimeFormat(recipient.locale === 'ru' ? 'ru-RU' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: recipient.timeZone,
  }).format(at);
}

export const MESSAGE_KINDS: readonly NotificationKind[] = ['acknowledgement', 'progress', 'resolution'];
