import { LOW_SCORE_REASONS, LowScoreReason } from '@redress/contracts';

/**
 * The feedback page: five smileys, the reasons asked of a rating of 1 or 2, and a comment box; it posts JSON to the
 * same address with a few lines of script.
 */
const TEXT = {
  ru: { title: 'Насколько полезным был наш ответ?', why: 'Если вы поставили 1 или 2, что пошло не так?', comment: 'Что нам стоит знать? (необязательно)', send: 'Отправить', thanks: 'Спасибо за ваш отзыв!', done: 'Вы уже ответили. Спасибо!', failed: 'Не получилось отправить, попробуйте ещё раз.', pick: 'Выберите смайлик.' },
  en: { title: 'How helpful was this?', why: 'If you gave 1 or 2, what went wrong?', comment: 'Anything we should know? (optional)', send: 'Send', thanks: 'Thank you for your feedback!', done: 'You have already answered. Thank you!', failed: 'Sending failed, please try again.', pick: 'Please pick a smiley.' },
};

const REASONS: Record<'ru' | 'en', Record<LowScoreReason, string>> = {
  ru: { 'not-fixed': 'Проблема не решена', 'too-slow': 'Слишком долго', compensation: 'Компенсация не устроила', communication: 'С нами было трудно общаться', other: 'Другое' },
  en: { 'not-fixed': 'The problem is not fixed', 'too-slow': 'It took too long', compensation: 'The compensation', communication: 'Talking to us was hard', other: 'Something else' },
};

const SMILEYS = ['😠', '🙁', '😐', '🙂', '😀'];

export function feedbackPage(locale: string, answered: boolean): string {
  const language = locale === 'en' ? 'en' : 'ru';
  const t = TEXT[language];
  const body = answered
    ? `<p>${t.done}</p>`
    : `<form id="f">
  <div class="smileys">${SMILEYS.map((smiley, index) => `<label><input type="radio" name="rating" value="${index + 1}"><span>${smiley}</span></label>`).join('')}</div>
  <fieldset><legend>${t.why}</legend>${LOW_SCORE_REASONS.map((reason) => `<label><input type="radio" name="reason" value="${reason}"> ${REASONS[language][reason]}</label>`).join('<br>')}</fieldset>
  <textarea name="comment" maxlength="2000" rows="4" placeholder="${t.comment}"></textarea>
  <button type="submit">${t.send}</button>
  <p id="m" role="status"></p>
</form>
<script>
document.getElementById('f').addEventListener('submit', async (e) => {
  e.preventDefault();
  const form = e.target, m = document.getElementById('m');
  const rating = Number(new FormData(form).get('rating'));
  if (!rating) { m.textContent = ${JSON.stringify(t.pick)}; return; }
  const comment = form.comment.value.trim(), reason = new FormData(form).get('reason');
  const answer = { rating };
  if (comment) answer.comment = comment;
  if (reason && rating <= 2) answer.reason = reason;
  const r = await fetch(location.pathname, { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify(answer) }).catch(() => null);
  if (r && (r.ok || r.status === 409)) form.outerHTML = '<p>' + (r.ok ? ${JSON.stringify(t.thanks)} : ${JSON.stringify(t.done)}) + '</p>';
  else m.textContent = ${JSON.stringify(t.failed)};
});
</script>`;
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title}</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem}.smileys{display:flex;gap:.5rem;font-size:2.5rem}
.smileys input{display:none}.smileys span{cursor:pointer;opacity:.45}.smileys input:checked+span{opacity:1}
fieldset{margin:1rem 0;border:1px solid #ccc;line-height:1.8}textarea{width:100%;margin:1rem 0;font:inherit}button{font:inherit;padding:.4rem 1.2rem}</style></head>
<body><h1>${t.title}</h1>
${body}
</body></html>`;
}
