/**
 * Excerpts of the customers' pages, as examples in the OpenAPI document (`…` stands for the page's shell and styles).
 * The texts are the pages' own (status-page.ts, feedback-page.ts).
 */
const page = (lang: string, title: string, body: string) =>
  `<!doctype html>\n<html lang="${lang}">…<main id="main" tabindex="-1">\n<h1>${title}</h1>\n${body}\n</main>\n</body></html>`;

export const STATUS_PAGE_EXAMPLE = page('en', 'Complaint CRM-88172', '<section aria-labelledby="timeline">…</section>');

export const NOT_FOUND_PAGE_EXAMPLE = page(
  'ru',
  'Страница не найдена',
  '<p>Эта ссылка не действует…</p><div lang="en"><h2>Page not found</h2><p>This link does not work: it may be ' +
    'mistyped, or the complaint was closed a while ago.</p></div>',
);

export const TOO_MANY_REQUESTS_PAGE_EXAMPLE = page(
  'ru',
  'Слишком много запросов',
  '<p>Пожалуйста, попробуйте снова через минуту.</p><div lang="en"><h2>Too many requests</h2>' +
    '<p>Please try again in a minute.</p></div>',
);

export const STATUS_PAGE_TO_FIX_EXAMPLE = page(
  'en',
  'Complaint CRM-88172',
  '…<h2 id="feedback">How helpful was this?</h2><form method="post" action="…" aria-labelledby="feedback">\n' +
    '<p class="error" role="alert" id="form-error">Please pick a rating from 1 to 5.</p>…</form>',
);

export const SURVEY_PAGE_EXAMPLE = page('en', 'How helpful was this?', '<form method="post" action="…">…</form>');

export const SURVEY_PAGE_TO_FIX_EXAMPLE = page(
  'en',
  'How helpful was this?',
  '<form method="post" action="…">\n<p class="error" role="alert" id="form-error">Please pick a rating from 1 to 5.</p>…</form>',
);

export const THANKS_PAGE_EXAMPLE = page(
  'en',
  'How helpful was this?',
  '<p role="status">Thank you for your feedback!</p>',
);

export const ALREADY_ANSWERED_PAGE_EXAMPLE = page(
  'en',
  'How helpful was this?',
  '<p role="status">You have already answered. Thank you!</p>',
);
