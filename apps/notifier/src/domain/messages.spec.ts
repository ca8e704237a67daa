import { guessLocale } from './locale';
import { renderMessage } from './messages';

describe('messages', () => {
  const ru = { addressAs: 'госпожа Петрова', locale: 'ru' as const, timeZone: 'Europe/Moscow' };
  const en = { addressAs: 'Ms Petrova', locale: 'en' as const, timeZone: 'Europe/London' };

  it('acknowledges in the customer\'s language with their form of address', () => {
    expect(renderMessage({ kind: 'acknowledgement', reference: 'CRM-1' }, ru, 'email')).toEqual({
      subject: 'Мы получили ваше обращение CRM-1',
      text: expect.stringMatching(/^Здравствуйте, госпожа Петрова!\n\n.*CRM-1.*\n\nС уважением/s),
    });
    expect(renderMessage({ kind: 'acknowledgement', reference: 'CRM-1' }, en, 'email').text).toMatch(/^Dear Ms Petrova,\n\nThank you/);
  });

  it('says who handles it and when to expect news, in the customer\'s time zone', () => {
    const facts = { kind: 'progress' as const, reference: 'CRM-1', handler: 'Oleg Ivanov', department: 'logistics', escalated: false, newsBy: new Date('2025-06-10T21:30:00Z') };
    expect(renderMessage(facts, en, 'email').text).toContain('Oleg Ivanov (logistics) is in charge');
    expect(renderMessage(facts, en, 'email').text).toContain('10 June 2025 at 22:30');
    expect(renderMessage(facts, ru, 'email').text).toContain('11 июня 2025');
    expect(renderMessage({ ...facts, escalated: true }, en, 'sms').text).toMatch(/^Dear Ms Petrova, To speed things up/);
  });

  it('apologises, says what caused it, what was done, the compensation, thanks, and links the feedback page', () => {
    const text = renderMessage(
      {
        kind: 'resolution',
        reference: 'CRM-1',
        cause: 'Too few couriers on weekends',
        actionsTaken: 'Hired four couriers',
        compensation: { granted: '150.00 RUB', underReview: false },
        feedbackUrl: 'http://x/feedback/abc',
      },
      en,
      'email',
    ).text;
    for (const part of ['apologise', 'Too few couriers', 'Hired four couriers', '150.00 RUB', 'Thank you', 'http://x/feedback/abc']) {
      expect(text).toContain(part);
    }
  });

  it('gives the message\'s link apart, for an SMS cut short to end with', () => {
    const facts = { kind: 'resolution' as const, reference: 'CRM-1', cause: 'c', actionsTaken: 'a', compensation: { granted: null, underReview: false } };
    expect(renderMessage({ ...facts, feedbackUrl: 'http://x/feedback/abc' }, ru, 'sms').link).toBe('http://x/feedback/abc');
    expect(renderMessage({ ...facts, feedbackUrl: null }, ru, 'sms').link).toBeUndefined();
    expect(renderMessage({ kind: 'acknowledgement', reference: 'CRM-1' }, en, 'sms').link).toBeUndefined();
  });

  it('guesses the language from the complaint text', () => {
    expect(guessLocale('Курьер опоздал', 'en')).toBe('ru');
    expect(guessLocale('The courier was late', 'ru')).toBe('en');
    expect(guessLocale('!!! 123', 'ru')).toBe('ru');
  });
});
