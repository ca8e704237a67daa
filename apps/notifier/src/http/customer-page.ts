/**
 * The frame of the pages customers open from their messages (status, feedback): server-rendered, no script, in the
 * customer's language, with landmarks, one h1, visible focus, and a single column that fits a 375 px phone.
 */
export type PageLanguage = 'ru' | 'en';

export function pageLanguage(locale: string | null | undefined): PageLanguage {
  return locale === 'en' ? 'en' : 'ru';
}

const SHELL = {
  ru: { brand: 'Служба заботы о клиентах', skip: 'Перейти к содержанию' },
  en: { brand: 'Customer Care', skip: 'Skip to content' },
};

const STYLE = `*{box-sizing:border-box}
body{font-family:system-ui,sans-serif;line-height:1.5;margin:0;color:#1a1a1a;background:#fff}
header,main,footer{max-width:36rem;margin:0 auto;padding:0 1rem}
header{padding-top:1rem;color:#444}
h1{font-size:1.5rem;line-height:1.25;margin:.5rem 0 1rem}h2{font-size:1.15rem;margin:1.5rem 0 .5rem}
a{color:#0b57d0}
:focus-visible{outline:3px solid #0b57d0;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
.status{display:inline-block;padding:.2rem .6rem;border-radius:1rem;background:#e8f0fe;font-weight:600}
ol.timeline{list-style:none;padding:0;margin:0;border-left:3px solid #d0d7de}
ol.timeline li{margin:0 0 .75rem .75rem;overflow-wrap:anywhere}
ol.timeline time{display:block;font-size:.875rem;color:#555}
fieldset{border:1px solid #bbb;border-radius:.5rem;margin:1rem 0;padding:.5rem .75rem;min-width:0}
legend{font-weight:600;padding:0 .25rem}
.smileys{display:flex;flex-wrap:wrap;gap:.25rem}
.smileys label{position:relative;font-size:2rem;line-height:1}
.smileys input{position:absolute;opacity:0;width:100%;height:100%;margin:0;cursor:pointer}
.smileys span[aria-hidden]{display:block;padding:.25rem;border-radius:.5rem;opacity:.5;text-align:center}
.smileys small{display:block;font-size:.875rem}
.smileys input:checked+span[aria-hidden]{opacity:1;background:#e8f0fe}
.smileys input:focus-visible+span[aria-hidden]{outline:3px solid #0b57d0;opacity:1}
.reasons label{display:block;padding:.15rem 0}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
label.block{display:block;font-weight:600;margin-top:1rem}
textarea{display:block;width:100%;font:inherit;margin:.25rem 0 1rem}
button{font:inherit;padding:.5rem 1.5rem;border-radius:.5rem;border:2px solid #0b57d0;background:#0b57d0;color:#fff;cursor:pointer}
.error{color:#a50e0e;font-weight:600}`;

export function customerPage(language: PageLanguage, title: string, body: string): string {
  const shell = SHELL[language];
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><a class="skip" href="#main">${shell.skip}</a>
<header><p>${shell.brand}</p></header>
<main id="main" tabindex="-1">
<h1>${escapeHtml(title)}</h1>
${body}
</main>
</body></html>`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
