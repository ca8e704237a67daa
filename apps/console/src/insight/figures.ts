import { Language } from '../i18n/languages';

/**
 * Numbers, money, shares and dates written the reader's way ("1 234,50 ₽" in Russian, "RUB 1,234.50" in English).
 * The services send amounts as decimal strings; at most 13 digits before the point, so a double holds them exactly
 * enough to be shown.
 */
export class Figures {
  private readonly whole: Intl.NumberFormat;
  private readonly decimal: Intl.NumberFormat;
  private readonly share: Intl.NumberFormat;

  constructor(readonly language: Language) {
    this.whole = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
    this.decimal = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
    this.share = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
  }

  count(value: number): string {
    return this.whole.format(value);
  }

  /** A rating or any figure with a fraction; null (nothing to average) is a dash. */
  number(value: number | null): string {
    return value === null ? '–' : this.decimal.format(value);
  }

  /** A share of 0-1 as a percentage; null is a dash. */
  percent(value: number | null): string {
    return value === null ? '–' : this.share.format(value);
  }

  /** `part` of `whole` as a percentage, or a dash when there is no whole. */
  ratio(part: number, whole: number): string {
    return whole > 0 ? this.share.format(part / whole) : '–';
  }

  money(amount: string | number, currency: string): string {
    const value = typeof amount === 'number' ? amount : Number(amount);
    try {
      return new Intl.NumberFormat(this.language, { style: 'currency', currency }).format(value);
    } catch {
      // A code Intl does not know: the number the reader's way, then the code.
      return `${new Intl.NumberFormat(this.language, { minimumFractionDigits: 2 }).format(value)} ${currency}`;
    }
  }

  /** `2026-11` as "November 2026" / "ноябрь 2026 г.". */
  month(month: string): string {
    const [year, number] = month.split('-').map(Number);
    if (!year || !number) return month;
    return new Intl.DateTimeFormat(this.language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(Date.UTC(year, number - 1, 1)),
    );
  }

  /** An instant as its UTC day, the way the services count periods. */
  day(instant: string | Date): string {
    return new Intl.DateTimeFormat(this.language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(instant));
  }
}
