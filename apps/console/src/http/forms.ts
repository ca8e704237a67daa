import { NotFoundException, PipeTransform } from '@nestjs/common';
import { Translate } from '../i18n/translate';
import { FieldError } from '../upstream/upstream';

/** A posted form field as text; a missing or repeated field reads as empty. */
export function field(body: unknown, name: string): string {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : '';
}

/**
 * A service's field errors for the form, by field. A blank field gets the page's own words; anything else keeps the
 * service's reason, which says more than a translation of it could.
 */
export function errorsByField(
  t: Translate,
  errors: FieldError[],
  values: Record<string, string>,
): Record<string, string> {
  return Object.fromEntries(
    errors.map((error) => [error.field, (values[error.field] ?? '').trim() === '' ? t('form.required') : error.reason]),
  );
}

/** Stands for this site's origin, whatever it is: only the origin of the parsed path is compared with it. */
const HERE = 'https://console.invalid';
/** A slash or backslash written as %2F or %5C: no page of ours has one, and some servers decode it into a new path. */
const ENCODED_SLASH = /%(2f|5c)/i;

/**
 * A path that stays on this site (`next=` must not send a person elsewhere after signing in), judged as the browser
 * will read the Location header: WHATWG URL parsing drops tabs and newlines anywhere and leading spaces and control
 * characters, and reads a backslash as a slash, so `/\evil.example` and `/\t/evil.example` are both `//evil.example`.
 * Returns the path as parsed (percent-encoded, so nothing can break out of the header), or `fallback`.
 */
export function localPath(next: unknown, fallback: string): string {
  if (typeof next !== 'string') return fallback;
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  const cleaned = next.replace(/[\t\n\r]/g, '').replace(/^[\x00-\x20]+/, '');
  if (!/^\/(?![/\\])/.test(cleaned)) return fallback;
  let url: URL;
  try {
    url = new URL(cleaned, `${HERE}/`);
  } catch {
    return fallback;
  }
  if (url.origin !== HERE || ENCODED_SLASH.test(url.pathname)) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids in page paths: anything but a UUID is a page that does not exist. */
export class PageId implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!UUID.test(value)) throw new NotFoundException();
    return value.toLowerCase();
  }
}
