import { LOW_SCORE_REASONS, LowScoreReason } from '@redress/contracts';
import { customerPage, escapeHtml, PageLanguage, pageLanguage } from '../../http/customer-page';
import { GiveFeedbackRequest } from './give-feedback.request.dto';

/**
 * "How helpful was this?": five smileys (radio buttons with a name each for screen readers), the reasons asked of a
 * rating of 1 or 2, and a comment box. A plain form post: it works without JavaScript. Used by the feedback link's
 * page and by the status page.
 */
const TEXT = {
  ru: {
    title: 'Насколько полезным был наш ответ?',
    rating: 'Ваша оценка',
    why: 'Если вы поставили 1 или 2, что пошло не так?',
    comment: 'Что нам стоит знать? (необязательно)',
    send: 'Отправить',
    thanks: 'Спасибо за ваш отзыв!',
    done: 'Вы уже ответили. Спасибо!',
    pick: 'Выберите оценку от 1 до 5.',
    tooLong: 'Комментарий должен быть не длиннее 2000 символов.',
  },
  en: {
    title: 'How helpful was this?',
    rating: 'Your rating',
    why: 'If you gave 1 or 2, what went wrong?',
    comment: 'Anything we should know? (optional)',
    send: 'Send',
    thanks: 'Thank you for your feedback!',
    done: 'You have already answered. Thank you!',
    pick: 'Please pick a rating from 1 to 5.',
    tooLong: 'Please keep the comment under 2,000 characters.',
  },
};

const REASONS: Record<PageLanguage, Record<LowScoreReason, string>> = {
  ru: {
    'not-fixed': 'Проблема не решена',
    'too-slow': 'Слишком долго',
    compensation: 'Компенсация не устроила',
    communication: 'С нами было трудно общаться',
    other: 'Другое',
  },
  en: {
    'not-fixed': 'The problem is not fixed',
    'too-slow': 'It took too long',
    compensation: 'The compensation',
    communication: 'Talking to us was hard',
    other: 'Something else',
  },
};

const SMILEYS = ['😠', '🙁', '😐', '🙂', '😀'];
const RATING_NAMES: Record<PageLanguage, string[]> = {
  ru: ['1 из 5, совсем бесполезно', '2 из 5', '3 из 5', '4 из 5', '5 из 5, очень полезно'],
  en: ['1 of 5, not helpful at all', '2 of 5', '3 of 5', '4 of 5', '5 of 5, very helpful'],
};

export type FeedbackFormError = 'pick' | 'tooLong';

/** The form alone, posting to `action`; `error` says what to fix (announced to screen readers). */
export function feedbackForm(
  language: PageLanguage,
  action: string,
  error?: FeedbackFormError,
  headingLevel: 'h2' | 'none' = 'none',
): string {
  const t = TEXT[language];
  const heading = headingLevel === 'h2' ? `<h2 id="feedback">${t.title}</h2>` : '';
  return `${heading}<form method="post" action="${escapeHtml(action)}" ${headingLevel === 'h2' ? 'aria-labelledby="feedback"' : `aria-label="${t.title}"`}>
${error ? `<p class="error" role="alert" id="form-error">${t[error]}</p>` : ''}
<fieldset${error === 'pick' ? ' aria-describedby="form-error"' : ''}><legend>${t.rating}</legend><div class="smileys">
${SMILEYS.map((smiley, index) => `<label><input type="radio" name="rating" value="${index + 1}" required><span aria-hidden="true">${smiley}<small>${index + 1}</small></span><span class="sr">${RATING_NAMES[language][index]}</span></label>`).join('\n')}
</div></fieldset>
<fieldset class="reasons"><legend>${t.why}</legend>
${LOW_SCORE_REASONS.map((reason) => `<label><input type="radio" name="reason" value="${reason}"> ${REASONS[language][reason]}</label>`).join('\n')}
</fieldset>
<label class="block" for="comment">${t.comment}</label>
<textarea id="comment" name="comment" maxlength="2000" rows="4"></textarea>
<button type="submit">${t.send}</button>
</form>`;
}

export function feedbackPage(locale: string, answered: boolean, action = '', error?: FeedbackFormError): string {
  const language = pageLanguage(locale);
  const t = TEXT[language];
  return customerPage(
    language,
    t.title,
    answered ? `<p role="status">${t.done}</p>` : feedbackForm(language, action, error),
  );
}

export function feedbackThanksPage(locale: string, alreadyAnswered: boolean): string {
  const language = pageLanguage(locale);
  const t = TEXT[language];
  return customerPage(language, t.title, `<p role="status">${alreadyAnswered ? t.done : t.thanks}</p>`);
}

/** The survey form's fields as posted (the survey page and the status page send the same form), for OpenAPI. */
export const FEEDBACK_FORM_SCHEMA = {
  type: 'object',
  properties: {
    rating: { type: 'integer', minimum: 1, maximum: 5, description: 'The smiley picked, 1 to 5' },
    comment: { type: 'string', maxLength: 2000 },
    reason: {
      type: 'string',
      enum: [...LOW_SCORE_REASONS],
      description: 'What went wrong; only with a rating of 1 or 2',
    },
  },
  required: ['rating'],
};

/** A posted form as the JSON answer would be; a missing or bad rating, or an overlong comment, is the error to show. */
export function feedbackFromForm(body: unknown): { request: GiveFeedbackRequest } | { error: FeedbackFormError } {
  const form = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const rating = Number(form.rating);
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) return { error: 'pick' };
  const comment = typeof form.comment === 'string' ? form.comment.trim() : '';
  if (comment.length > 2000) return { error: 'tooLong' };
  const reason = LOW_SCORE_REASONS.find((candidate) => candidate === form.reason);
  return { request: { rating, ...(comment ? { comment } : {}), ...(reason && rating <= 2 ? { reason } : {}) } };
}
