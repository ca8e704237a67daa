import Handlebars from 'handlebars';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Translate } from './i18n/translate';
import type { Language } from './i18n/languages';

/** apps/console, found from this file whether it runs from source (tests) or from dist/. */
export function consoleDir(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'apps', 'console');
    if (existsSync(join(candidate, 'views'))) return candidate;
  }
  throw new Error(`cannot find apps/console/views above ${__dirname}`);
}

interface RootContext {
  page: { t: Translate; language: Language };
}
type HelperOptions = { hash: Record<string, unknown>; data: { root: RootContext } };

/** Handlebars with the helpers the templates use: texts in the page's language, dates, comparisons. */
export function viewEngine(): typeof Handlebars {
  const engine = Handlebars.create();
  // A helper given a missing value gets the options object in its place: the last argument is always the options.
  const optionsOf = (args: unknown[]) => args[args.length - 1] as HelperOptions;
  engine.registerHelper('t', (key: string, ...rest: unknown[]) =>
    optionsOf(rest).data.root.page.t(key as never, optionsOf(rest).hash),
  );
  engine.registerHelper('statusLabel', (...args: unknown[]) =>
    typeof args[0] === 'string' ? optionsOf(args).data.root.page.t(`status.${args[0]}` as never) : '',
  );
  engine.registerHelper('dateTime', (...args: unknown[]) =>
    typeof args[0] === 'string'
      ? new Intl.DateTimeFormat(optionsOf(args).data.root.page.language, {
          dateStyle: 'medium',
          timeStyle: 'short',
        }).format(new Date(args[0]))
      : '',
  );
  engine.registerHelper('concat', (...parts: unknown[]) => parts.slice(0, -1).join(''));
  engine.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  // A file's size in whole KiB (rounded up, as intake's timeline writes it) or MiB to one decimal.
  engine.registerHelper('fileSize', (...args: unknown[]) => {
    if (typeof args[0] !== 'number') return '';
    const mebibytes = args[0] >= 1024 * 1024;
    const number = new Intl.NumberFormat(optionsOf(args).data.root.page.language, { maximumFractionDigits: 1 });
    return mebibytes
      ? `${number.format(args[0] / (1024 * 1024))} MiB`
      : `${number.format(Math.ceil(args[0] / 1024))} KiB`;
  });
  return engine;
}
