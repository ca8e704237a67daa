import { Channel, NotificationKind } from '@redress/contracts/vocabulary';
import { Locale } from './locale';

/** What a customer is told, in their terms; amounts are already formatted ("200.00 RUB"). */
export type MessageFacts =
  /** `playbookText`: a force-majeure playbook's message, said instead of the usual acknowledgement. */
  | { kind: 'acknowledgement'; reference: string; playbookText?: string }
  | {
      kind: 'progress';
      reference: string;
      handler: string;
      department: string;
      escalated: boolean;
      newsBy: Date;
      /** Set when `newsBy` replaces a date given before: why (see `DateChange`). */
      change?: DateChange;
    }
  | {
      kind: 'resolution';
      reference: string;
      /** What the owner wrote for customers; null: a neutral sentence. Never the internal cause report. */
      customerSummary: string | null;
      /** `earlier`: settled before the resolution (a playbook, COMPENSATION_MAX_WAIT), and told then. */
      compensation: { granted: string | null; underReview: boolean; earlier?: boolean };
      /** Null when the complaint was already sent its one survey. */
      feedbackUrl: string | null;
    }
  /** Compensation settled before the cause is removed (COMPENSATION_MAX_WAIT): what is paid, and what a person reviews. */
  | { kind: 'compensation'; reference: string; granted: string | null; underReview: boolean }
  /** A supervisor's decision: the total the customer receives; `reason` only on a rejection, null for the neutral default. */
  | { kind: 'review-decision'; reference: string; approved: boolean; total: string | null; reason: string | null };

/**
 * Why a date the customer was given changes: the person in charge did not take the case up in time (`not-taken-up`,
 * passed to a senior), the date passed and a senior takes over (`overdue`), or the date passed with nobody above
 * (`overdue-at-top`, with the date that was missed).
 */
export type DateChange = { why: 'not-taken-up' } | { why: 'overdue' } | { why: 'overdue-at-top'; missed: Date };

export interface Recipient {
  /** The customer's form of address, else their name. */
  addressAs: string;
  locale: Locale;
  timeZone: string;
}

export interface RenderedMessage {
  subject: string;
  text: string;
  /** Where the customer can read on (an SMS cut to its length ends with it); absent when the message has none. */
  link?: string;
}

type Templates = {
  greeting(name: string): string;
  signature: string;
  acknowledgement(facts: Extract<MessageFacts, { kind: 'acknowledgement' }>): RenderedMessage;
  progress(facts: Extract<MessageFacts, { kind: 'progress' }>, when: string): RenderedMessage;
  resolution(facts: Extract<MessageFacts, { kind: 'resolution' }>): RenderedMessage;
  compensation(facts: Extract<MessageFacts, { kind: 'compensation' }>): RenderedMessage;
  reviewDecision(facts: Extract<MessageFacts, { kind: 'review-decision' }>): RenderedMessage;
  /** The sentence saying why a date changed; `missed` is the passed date, formatted. */
  dateChange(change: DateChange, missed: string): string;
  dateChangeSubject(reference: string): string;
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
        compensation.granted && compensation.earlier
          ? `Компенсацию ${compensation.granted}, о которой мы вам писали, мы уже перечислили.${compensation.underReview ? ' Вашу просьбу о большей сумме рассматривает руководитель.' : ''}`
          : compensation.granted
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
    compensation: ({ reference, granted, underReview }) => ({
      subject: `Обращение ${reference}: компенсация`,
      text: [
        `Мы ещё устраняем причину вашего обращения ${reference} и сообщим, когда закончим. Но ждать компенсации вам не нужно.`,
        granted ? `Мы возвращаем вам ${granted}.` : '',
        underReview
          ? granted
            ? 'Вашу просьбу о большей сумме рассматривает руководитель; мы сообщим о решении.'
            : 'Вашу компенсацию рассматривает руководитель; мы сообщим о решении.'
          : '',
      ]
        .filter(Boolean)
        .join('\n'),
    }),
    reviewDecision: ({ reference, approved, total, reason }) => ({
      subject: `Обращение ${reference}: решение о компенсации`,
      text: approved
        ? `Руководитель рассмотрел вашу просьбу о компенсации и одобрил её: всего вы получите ${total}.`
        : [
            `Руководитель рассмотрел вашу просьбу о компенсации и не смог её удовлетворить${total ? `; вы получаете ${total}, как мы сообщали` : ''}.`,
            `Причина: ${reason ?? 'сумма определена по нашим правилам компенсации для таких случаев.'}`,
          ].join('\n'),
    }),
    dateChangeSubject: (reference) => `Обращение ${reference}: новый срок`,
    dateChange: (change, missed) =>
      change.why === 'not-taken-up'
        ? 'Ответственный не взялся за ваше обращение вовремя, поэтому мы передали его руководителю.'
        : change.why === 'overdue'
          ? 'Мы не успели устранить причину к обещанному сроку, поэтому передали обращение руководителю.'
          : `Мы не успели устранить причину к обещанному сроку (${missed}) и продолжаем работу.`,
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
        compensation.granted && compensation.earlier
          ? `The compensation of ${compensation.granted} we told you about has already been paid.${compensation.underReview ? ' A manager is reviewing your request for more.' : ''}`
          : compensation.granted
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
    compensation: ({ reference, granted, underReview }) => ({
      subject: `Complaint ${reference}: your compensation`,
      text: [
        `We are still working on the cause of your complaint ${reference} and will tell you when it is removed. Your compensation need not wait for that.`,
        granted ? `We are refunding you ${granted}.` : '',
        underReview
          ? granted
            ? 'A manager is reviewing your request for more; we will tell you the decision.'
            : 'A manager is reviewing your compensation; we will tell you the decision.'
          : '',
      ]
        .filter(Boolean)
        .join('\n'),
    }),
    reviewDecision: ({ reference, approved, total, reason }) => ({
      subject: `Complaint ${reference}: the decision on your compensation`,
      text: approved
        ? `A manager has reviewed your compensation request and approved it: you receive ${total} in total.`
        : [
            `A manager has reviewed your compensation request and could not grant it${total ? `; you keep the ${total} we told you about` : ''}.`,
            `Why: ${reason ?? 'the amount follows our compensation rules for cases like yours.'}`,
          ].join('\n'),
    }),
    dateChangeSubject: (reference) => `Complaint ${reference}: a new date`,
    dateChange: (change, missed) =>
      change.why === 'not-taken-up'
        ? 'The person in charge did not take up your complaint in time, so we passed it to a senior manager.'
        : change.why === 'overdue'
          ? 'We could not remove the cause by the date we gave you, so we passed your complaint to a senior manager.'
          : `We could not remove the cause by the date we gave you (${missed}), and we are still working on it.`,
  },
};

/**
 * The message for a customer, in their language and time zone, for a channel (an SMS is one short paragraph), with
 * the link to their status page when given.
 */
export function renderMessage(
  facts: MessageFacts,
  recipient: Recipient,
  channel: Channel,
  statusUrl?: string,
): RenderedMessage {
  const t = TEMPLATES[recipient.locale];
  let body: RenderedMessage;
  if (facts.kind === 'acknowledgement')
    body = { ...t.acknowledgement(facts), ...(facts.playbookText ? { text: facts.playbookText } : {}) };
  else if (facts.kind === 'progress')
    body = withDateChange(t, facts, t.progress(facts, formatWhen(facts.newsBy, recipient)), recipient);
  else if (facts.kind === 'resolution') body = t.resolution(facts);
  else if (facts.kind === 'compensation') body = t.compensation(facts);
  else body = t.reviewDecision(facts);
  if (statusUrl) body = { ...body, text: `${body.text}\n${STATUS_LINE[recipient.locale](statusUrl)}` };
  // An SMS cut short ends with this link: the survey's on a resolution, the status page's on any other message.
  const link = messageLink(facts) ?? statusUrl;
  const linked = link ? { link } : {};
  if (channel === 'sms')
    return {
      subject: body.subject,
      text: `${t.greeting(recipient.addressAs)} ${body.text.replace(/\n/g, ' ')}`,
      ...linked,
    };
  return {
    subject: body.subject,
    text: `${t.greeting(recipient.addressAs)}\n\n${body.text}\n\n${t.signature}`,
    ...linked,
  };
}

/** The link a message carries for the customer, if any. */
function messageLink(facts: MessageFacts): string | undefined {
  return facts.kind === 'resolution' ? (facts.feedbackUrl ?? undefined) : undefined;
}

/** A changed date is said first, with its reason, before the usual progress text and its new date. */
function withDateChange(
  t: Templates,
  facts: Extract<MessageFacts, { kind: 'progress' }>,
  body: RenderedMessage,
  recipient: Recipient,
): RenderedMessage {
  const change = facts.change;
  if (!change) return body;
  const missed = change.why === 'overdue-at-top' ? formatWhen(change.missed, recipient) : '';
  return { subject: t.dateChangeSubject(facts.reference), text: `${t.dateChange(change, missed)} ${body.text}` };
}

function formatWhen(at: Date, recipient: Recipient): string {
  return new Intl.DateTimeFormat(recipient.locale === 'ru' ? 'ru-RU' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: recipient.timeZone,
  }).format(at);
}

export const MESSAGE_KINDS: readonly NotificationKind[] = [
  'acknowledgement',
  'progress',
  'resolution',
  'compensation',
  'review-decision',
];

/**
 * Messages are written without the customer's form of address and the client's reference, which the notifier does not
 * keep (ADR 0009): these stand in for them until the delivery worker, having asked intake, puts them in (`addressed`).
 */
export const ADDRESS_PLACEHOLDER = '{{addressAs}}';
export const REFERENCE_PLACEHOLDER = '{{reference}}';

/** The message with the customer's form of address and the complaint's reference in place of the placeholders. */
export function addressed(text: string, contact: { addressAs: string; reference: string }): string {
  return text.split(ADDRESS_PLACEHOLDER).join(contact.addressAs).split(REFERENCE_PLACEHOLDER).join(contact.reference);
}

/**
 * The message as shown where the delivery's contact is not at hand (the customer's status page): the reference as
 * given, the form of address left out with the space or comma around it. Never a bare placeholder.
 */
export function shownWithoutContact(text: string, reference: string): string {
  return addressed(text, { addressAs: '', reference })
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/[ \t]+([,.!?:;»”])/g, '$1')
    .replace(/^[,\s]+|[,\s]+$/g, '')
    .replace(/,([,.!?])/g, '$1');
}
