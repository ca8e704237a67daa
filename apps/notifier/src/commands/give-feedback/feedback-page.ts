/** The feedback page: five smileys and a comment box; it posts JSON to the same address with a few lines of script. */
const TEXT = {
  ru: { title: 'Насколько полезным был наш ответ?', comment: 'Что нам стоит знать? (необязательно)', send: 'Отправить', thanks: 'Спасибо за ваш отзыв!', done: 'Вы уже ответили. Спасибо!', failed: 'Не получилось отправить, попробуйте ещё раз.', pick: 'Выберите смайлик.' },
  en: { title: 'How helpful was this?', comment: 'Anything we should know? (optional)', send: 'Send', thanks: 'Thank you for your feedback!', done: 'You have already answered. Thank you!', failed: 'Sending failed, please try again.', pick: 'Please pick a smiley.' },
};

const SMILEYS = ['😠', '🙁', '😐', '🙂', '😀'];

export function feedbackPage(locale: string, answered: boolean): string {
  const t = locale === 'en' ? TEXT.en : TEXT.ru;
  const body = answered
    ? `<p>${t.done}</p>`
    : `<form id="f">
  <div class="smileys">${SMILEYS.map((smiley, index) => `<label><input type="radio" name="rating" value="${index + 1}"><span>${smiley}</span></label>`).join('')}</div>
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
  const comment = form.comment.value.trim();
  const r = await fetch(location.pathname, { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify(comment ? { rating, comment } : { rating }) }).catch(() => null);
  if (r && (r.ok || r.status === 409)) form.outerHTML = '<p>' + (r.ok ? ${JSON.stringify(t.thanks)} : ${JSON.stringify(t.done)}) + '</p>';
  else m.textContent = ${JSON.stringify(t.failed)};
});
</script>`;
  return `<!doctype html>
<html lang="${locale === 'en' ? 'en' : 'ru'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title}</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem}.smileys{display:flex;gap:.5rem;font-size:2.5rem}
.smileys input{display:none}.smileys span{cursor:pointer;opacity:.45}.smileys input:checked+span{opacity:1}
textarea{width:100%;margin:1rem 0;font:inherit}button{font:inherit;padding:.4rem 1.2rem}</style></head>
<body><h1>${t.title}</h1>
${body}
</body></html>`;
}
