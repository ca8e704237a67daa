import { customerLocale } from './locale';

describe('customerLocale', () => {
  it('keeps the locale the complaint names, whatever the text is written in', () => {
    expect(customerLocale('en', 'Курьер опоздал на три часа', 'ru')).toBe('en');
    expect(customerLocale('ru', 'The courier was late', 'en')).toBe('ru');
  });

  it('guesses from the text only when the complaint names none', () => {
    expect(customerLocale(undefined, 'Курьер опоздал', 'en')).toBe('ru');
    expect(customerLocale(undefined, 'The courier was late', 'ru')).toBe('en');
    expect(customerLocale(undefined, '!!! 123', 'en')).toBe('en');
  });
});
