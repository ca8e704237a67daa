/**
 * Money crosses the HTTP boundary as a decimal string ("2490.00") and lives everywhere else as integer minor
 * units of its currency, so no amount is ever a float.
 */
const DECIMAL = /^(\d{1,13})(?:\.(\d+))?$/;

const digitsByCurrency = new Map<string, number>();

/** How many digits a currency has after the point (RUB 2, JPY 0, KWD 3), per the runtime's ISO 4217 data. */
export function minorUnitDigits(currency: string): number {
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}

/** Returns the amount in minor units, or an error text saying why the string is not money in that currency. */
export function toMinorUnits(
  decimal: string,
  currency: string,
): { ok: true; amount: number } | { ok: false; error: string } {
  const match = DECIMAL.exec(decimal);
  if (!match) return { ok: false, error: 'must be a decimal string such as "2490.00"' };
  const digits = minorUnitDigits(currency);
  const fraction = match[2] ?? '';
  if (fraction.length > digits) {
    return { ok: false, error: `${currency} has ${digits} digit(s) after the decimal point` };
  }
  const amount = Number(match[1]) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  if (!Number.isSafeInteger(amount)) return { ok: false, error: 'is too large' };
  return { ok: true, amount };
}

/** The decimal string of an amount in minor units: 20000 RUB -> "200.00". */
export function formatMinorUnits(amount: number, currency: string): string {
  const digits = minorUnitDigits(currency);
  if (digits === 0) return String(amount);
  const text = String(Math.abs(amount)).padStart(digits + 1, '0');
  return `${amount < 0 ? '-' : ''}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}
