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
export function errorsByField(t: Translate, errors: FieldError[], values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(errors.map((error) => [error.field, (values[error.field] ?? '').trim() === '' ? t('form.required') : error.reason]));
}

/** A path that stays on this site: `next=` must not send a person elsewhere after signing in. */
export function localPath(next: unknown, fallback: string): string {
  return typeof next === 'string' && /^\/(?![/\\])/.test(next) ? next : fallback;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids in page paths: anything but a UUID is a page that does not exist. */
export class PageId implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!UUID.test(value)) throw new NotFoundException();
    return value.toLowerCase();
  }
}
