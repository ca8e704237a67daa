import { guessLocale } from './locale';
import { NEUTRAL_SUMMARY, renderMessage } from './messages';

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

  it('apologises, says what was done in the words written for customers, the compensation, thanks, and links the feedback page', () => {
    const text = renderMessage(
      {
        kind: 'resolution',
        reference: 'CRM-1',
        customerSummary: 'We now have more couriers on weekends',
        compensation: { granted: '150.00 RUB', underReview: false },
        feedbackUrl: 'http://x/feedback/abc',
      },
      en,
      'email',
    ).text;
    for (const part of ['apologise', 'What we did: We now have more couriers on weekends', '150.00 RUB', 'Thank you', 'http://x/feedback/abc']) {
      expect(text).toContain(part);
    }
  });

  it('says a neutral sentence when no summary was written for customers', () => {
    const facts = { kind: 'resolution', reference: 'CRM-1', customerSummary: null, compensation: { granted: null, underReview: false }, feedbackUrl: null } as const;
    expect(renderMessage(facts, en, 'email').text).toContain(NEUTRAL_SUMMARY.en);
    expect(renderMessage(facts, ru, 'sms').text).toContain(NEUTRAL_SUMMARY.ru);
  });

  it('ends every message with the status page link, in the customer language', () => {
    const url = 'https://care.example/status/st_abc';
    expect(renderMessage({ kind: 'acknowledgement', reference: 'CRM-1' }, en, 'email', url).text).toContain(`Follow your complaint: ${url}\n\nKind regards`);
    expect(renderMessage({ kind: 'acknowledgement', reference: 'CRM-1', playbookText: 'Snow.' }, ru, 'sms', url).text).toMatch(
      new RegExp(`Snow\\. Следить за обращением: ${url}$`),
    );
    expect(renderMessage({ kind: 'acknowledgement', reference: 'CRM-1' }, en, 'email').text).not.toContain('Follow your complaint');
  });

  it('guesses the language from the complaint text', () => {
    expect(guessLocale('Курьер опоздал', 'en')).toBe('ru');
    expect(guessLocale('The courier was late', 'ru')).toBe('en');
    expect(guessLocale('!!! 123', 'ru')).toBe('ru');
  });
});
