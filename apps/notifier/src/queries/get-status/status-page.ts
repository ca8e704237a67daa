import { customerPage, escapeHtml, PageLanguage, pageLanguage } from '../../http/customer-page';
import { feedbackForm, FeedbackFormError } from '../../commands/give-feedback/feedback-page';
import { CustomerStatus } from '../../domain/customer-status';
import { NEUTRAL_SUMMARY } from '../../domain/messages';
import { ComplaintStatusView } from './get-status.query';

const TEXT = {
  ru: {
    title: (reference: string) => `Обращение ${reference}`,
    statusNow: 'Статус',
    status: {
      received: 'Получено',
      'in-progress': 'В работе',
      resolved: 'Причина устранена',
      callback: 'Мы вам перезвоним',
      closed: 'Закрыто',
    } as Record<CustomerStatus, string>,
    timeline: 'Что происходило',
    received: 'Мы получили ваше обращение.',
    message: (subject: string, sent: boolean) => `${sent ? 'Мы написали вам' : 'Готовим сообщение'}: «${subject}»`,
    progress: (handler: string, department: string, when: string) =>
      `Причиной занимается ${handler} (${department}). Новости — не позднее ${when}.`,
    waiting: (when: string) =>
      `Работа над причиной ждёт ответа от другой стороны. Мы продолжим, как только он придёт, и не позднее ${when}.`,
    paused: 'Работа ждёт ответа от другой стороны.',
    resumed: 'Работа продолжается.',
    resolved: 'Причина устранена.',
    rated: (rating: number) => `Вы оценили наш ответ: ${rating} из 5.`,
    callback: 'Мы перезвоним вам, чтобы разобраться.',
    closed: 'Обращение закрыто.',
    done: 'Что мы сделали',
    compensation: 'Компенсация',
    granted: (amount: string) => `Мы возвращаем вам ${amount}.`,
    review: 'Вашу компенсацию рассматривает руководитель.',
    rejected: 'Компенсация не назначена.',
    thanks: 'Спасибо за ваш отзыв!',
  },
  en: {
    title: (reference: string) => `Complaint ${reference}`,
    statusNow: 'Status',
    status: {
      received: 'Received',
      'in-progress': 'Being worked on',
      resolved: 'Cause removed',
      callback: 'We will call you back',
      closed: 'Closed',
    } as Record<CustomerStatus, string>,
    timeline: 'What has happened',
    received: 'We received your complaint.',
    message: (subject: string, sent: boolean) =>
      `${sent ? 'We wrote to you' : 'A message is on its way'}: “${subject}”`,
    progress: (handler: string, department: string, when: string) =>
      `${handler} (${department}) is removing the cause. News by ${when}.`,
    waiting: (when: string) =>
      `Work on the cause is waiting for an answer from another party. We carry on as soon as it comes, and by ${when} at the latest.`,
    paused: 'Work is waiting for an answer from another party.',
    resumed: 'Work has resumed.',
    resolved: 'The cause was removed.',
    rated: (rating: number) => `You rated our answer ${rating} of 5.`,
    callback: 'We will call you back to put things right.',
    closed: 'The complaint is closed.',
    done: 'What we did',
    compensation: 'Compensation',
    granted: (amount: string) => `We are refunding you ${amount}.`,
    review: 'A manager is reviewing your compensation.',
    rejected: 'No compensation was granted.',
    thanks: 'Thank you for your feedback!',
  },
};

interface Entry {
  at: Date;
  text: string;
}

/** The status page: where the complaint stands, what has happened, what was done, the compensation, and the survey. */
export function statusPage(view: ComplaintStatusView, feedbackAction: string, error?: FeedbackFormError): string {
  const language = pageLanguage(view.locale);
  const t = TEXT[language];
  const when = (at: Date) => formatWhen(at, language, view.timeZone);
  const entries: Entry[] = [
    ...(view.receivedAt ? [{ at: view.receivedAt, text: t.received }] : []),
    ...view.messages.map((message) => ({ at: message.at, text: t.message(message.subject, message.sent) })),
    ...view.pauses.flatMap((pause) => [
      ...(view.receivedAt && pause.pausedAt >= view.receivedAt ? [{ at: pause.pausedAt, text: t.paused }] : []),
      ...(pause.resumedAt ? [{ at: pause.resumedAt, text: t.resumed }] : []),
    ]),
    ...(view.resolvedAt ? [{ at: view.resolvedAt, text: t.resolved }] : []),
    ...(view.feedback?.answered && view.feedback.at && view.feedback.rating
      ? [{ at: view.feedback.at, text: t.rated(view.feedback.rating) }]
      : []),
    ...(view.callbackOwedSince ? [{ at: view.callbackOwedSince, text: t.callback }] : []),
    ...(view.closedAt ? [{ at: view.closedAt, text: t.closed }] : []),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  const sections = [
    `<p>${t.statusNow}: <strong class="status">${t.status[view.status]}</strong></p>`,
    view.progress
      ? `<p>${escapeHtml(t.progress(view.progress.handler, view.progress.department, when(view.progress.newsBy)))}</p>`
      : '',
    view.progress?.waiting?.resumesBy
      ? `<p class="waiting">${escapeHtml(t.waiting(when(view.progress.waiting.resumesBy)))}</p>`
      : '',
    `<section aria-labelledby="timeline"><h2 id="timeline">${t.timeline}</h2><ol class="timeline">
${entries.map((entry) => `<li><time datetime="${entry.at.toISOString()}">${when(entry.at)}</time>${escapeHtml(entry.text)}</li>`).join('\n')}
</ol></section>`,
    view.resolvedAt
      ? `<section aria-labelledby="done"><h2 id="done">${t.done}</h2><p>${escapeHtml(view.customerSummary ?? NEUTRAL_SUMMARY[language])}</p></section>`
      : '',
    view.compensation
      ? `<section aria-labelledby="compensation"><h2 id="compensation">${t.compensation}</h2><p>${compensationText(view.compensation, t)}</p></section>`
      : '',
    // Once closed the page stays a record: the survey belongs to the open complaint.
    view.feedback && !view.feedback.answered && !view.closedAt
      ? `<section>${feedbackForm(language, feedbackAction, error, 'h2')}</section>`
      : '',
  ];
  return customerPage(language, t.title(view.reference), sections.filter(Boolean).join('\n'));
}

function compensationText(
  compensation: NonNullable<ComplaintStatusView['compensation']>,
  t: (typeof TEXT)[PageLanguage],
): string {
  if (compensation.status === 'review') return t.review;
  if (compensation.status === 'rejected') return t.rejected;
  return escapeHtml(t.granted(`${compensation.amount} ${compensation.currency}`));
}

function formatWhen(at: Date, language: PageLanguage, timeZone: string): string {
  return new Intl.DateTimeFormat(language === 'ru' ? 'ru-RU' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone,
  }).format(at);
}

const NOT_FOUND = {
  ru: {
    title: 'Страница не найдена',
    text: 'Эта ссылка не действует: возможно, в ней опечатка, или обращение закрыто давно.',
  },
  en: {
    title: 'Page not found',
    text: 'This link does not work: it may be mistyped, or the complaint was closed a while ago.',
  },
};

const TOO_MANY = {
  ru: { title: 'Слишком много запросов', text: 'Пожалуйста, попробуйте снова через минуту.' },
  en: { title: 'Too many requests', text: 'Please try again in a minute.' },
};

/** Unknown or expired links: the page says nothing about whether the link ever existed. Both languages: we know neither. */
export function notFoundPage(): string {
  return bilingual(NOT_FOUND);
}

export function tooManyRequestsPage(): string {
  return bilingual(TOO_MANY);
}

function bilingual(text: Record<PageLanguage, { title: string; text: string }>): string {
  return customerPage(
    'ru',
    text.ru.title,
    `<p>${text.ru.text}</p><div lang="en"><h2>${text.en.title}</h2><p>${text.en.text}</p></div>`,
  );
}
