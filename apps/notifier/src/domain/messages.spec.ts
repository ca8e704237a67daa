import { guessLocale } from './locale';
import { NEUTRAL_SUMMARY, renderMessage, shownWithoutContact } from './messages';

describe('messages', () => {
  const ru = { addressAs: 'госпожа Петрова', locale: 'ru' as const, timeZone: 'Europe/Moscow' };
  const en = { addressAs: 'Ms Petrova', locale: 'en' as const, timeZone: 'Europe/London' };

  it("acknowledges in the customer's language with their form of address", () => {
    expect(renderMessage({ kind: 'acknowledgement', reference: 'CRM-1' }, ru, 'email')).toEqual({
      subject: 'Мы получили ваше обращение CRM-1',
      text: expect.stringMatching(/^Здравствуйте, госпожа Петрова!\n\n.*CRM-1.*\n\nС уважением/s),
    });
    expect(renderMessage({ kind: 'acknowledgement', reference: 'CRM-1' }, en, 'email').text).toMatch(
      /^Dear Ms Petrova,\n\nThank you/,
    );
  });

  it("says who handles it and when to expect news, in the customer's time zone", () => {
    const facts = {
      kind: 'progress' as const,
      reference: 'CRM-1',
      handler: 'Oleg Ivanov',
      department: 'logistics',
      escalated: false,
      newsBy: new Date('2025-06-10T21:30:00Z'),
    };
    expect(renderMessage(facts, en, 'email').text).toContain('Oleg Ivanov (logistics) is in charge');
    expect(renderMessage(facts, en, 'email').text).toContain('10 June 2025 at 22:30');
    expect(renderMessage(facts, ru, 'email').text).toContain('11 июня 2025');
    expect(renderMessage({ ...facts, escalated: true }, en, 'sms').text).toMatch(
      /^Dear Ms Petrova, To speed things up/,
    );
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
    for (const part of [
      'apologise',
      'What we did: We now have more couriers on weekends',
      '150.00 RUB',
      'Thank you',
      'http://x/feedback/abc',
    ]) {
      expect(text).toContain(part);
    }
  });

  it("gives the message's link apart, for an SMS cut short to end with", () => {
    const facts = {
      kind: 'resolution' as const,
      reference: 'CRM-1',
      customerSummary: null,
      compensation: { granted: null, underReview: false },
    };
    expect(renderMessage({ ...facts, feedbackUrl: 'http://x/feedback/abc' }, ru, 'sms').link).toBe(
      'http://x/feedback/abc',
    );
    expect(renderMessage({ ...facts, feedbackUrl: null }, ru, 'sms').link).toBeUndefined();
    expect(renderMessage({ kind: 'acknowledgement', reference: 'CRM-1' }, en, 'sms').link).toBeUndefined();
  });

  it('pays before the cause is removed, saying the work goes on and what a manager still reviews', () => {
    const paid = { kind: 'compensation' as const, reference: 'CRM-1', granted: '150.00 RUB', underReview: false };
    expect(renderMessage(paid, en, 'email')).toEqual({
      subject: 'Complaint CRM-1: your compensation',
      text: expect.stringMatching(/still working on the cause.*We are refunding you 150\.00 RUB\./s),
    });
    expect(renderMessage(paid, ru, 'email').text).toMatch(/ещё устраняем причину.*возвращаем вам 150\.00 RUB/s);
    expect(renderMessage({ ...paid, underReview: true }, en, 'email').text).toContain(
      'A manager is reviewing your request for more',
    );
    expect(renderMessage({ ...paid, granted: null, underReview: true }, ru, 'sms').text).toContain(
      'Вашу компенсацию рассматривает руководитель',
    );
  });

  it('says at the resolution that a compensation told before is paid already, rather than paying it again', () => {
    const resolution = { kind: 'resolution' as const, reference: 'CRM-1', customerSummary: null, feedbackUrl: null };
    const earlier = renderMessage(
      { ...resolution, compensation: { granted: '150.00 RUB', underReview: false, earlier: true } },
      en,
      'email',
    ).text;
    expect(earlier).toContain('The compensation of 150.00 RUB we told you about has already been paid.');
    expect(earlier).not.toContain('we are refunding you');
    expect(
      renderMessage(
        { ...resolution, compensation: { granted: '150.00 RUB', underReview: false, earlier: true } },
        ru,
        'email',
      ).text,
    ).toContain('уже перечислили');
  });

  it('tells a review decision: the approved total, or the rejection with its reason or a neutral one', () => {
    const decision = {
      kind: 'review-decision' as const,
      reference: 'CRM-1',
      approved: true,
      total: '650.00 RUB',
      reason: null,
    };
    expect(renderMessage(decision, en, 'email').text).toContain('approved it: you receive 650.00 RUB in total');
    expect(renderMessage(decision, ru, 'email').text).toContain('всего вы получите 650.00 RUB');
    const rejected = {
      ...decision,
      approved: false,
      total: '200.00 RUB',
      reason: 'The receipt shows a different order',
    };
    expect(renderMessage(rejected, en, 'email').text).toMatch(
      /could not grant it; you keep the 200\.00 RUB.*\nWhy: The receipt shows a different order/s,
    );
    expect(renderMessage({ ...rejected, reason: null, total: null }, ru, 'email').text).toMatch(
      /не смог её удовлетворить\.\nПричина: сумма определена по нашим правилам/,
    );
  });

  it('renews a passed or changed date, saying why, with the new date', () => {
    const progress = {
      kind: 'progress' as const,
      reference: 'CRM-1',
      handler: 'Oleg Ivanov',
      department: 'logistics',
      escalated: false,
      newsBy: new Date('2025-06-12T09:00:00Z'),
    };
    const breach = renderMessage(
      { ...progress, change: { why: 'overdue-at-top', missed: new Date('2025-06-10T21:30:00Z') } },
      en,
      'email',
    );
    expect(breach.subject).toBe('Complaint CRM-1: a new date');
    expect(breach.text).toMatch(
      /could not remove the cause by the date we gave you \(10 June 2025 at 22:30\).*by 12 June 2025 at 10:00/s,
    );
    const overdue = renderMessage({ ...progress, escalated: true, change: { why: 'overdue' } }, ru, 'email');
    expect(overdue).toEqual({
      subject: 'Обращение CRM-1: новый срок',
      text: expect.stringMatching(/не успели устранить причину к обещанному сроку, поэтому передали.*12 июня 2025/s),
    });
    expect(renderMessage({ ...progress, escalated: true, change: { why: 'not-taken-up' } }, en, 'sms').text).toContain(
      'did not take up your complaint in time',
    );
  });

  it('says a neutral sentence when no summary was written for customers', () => {
    const facts = {
      kind: 'resolution',
      reference: 'CRM-1',
      customerSummary: null,
      compensation: { granted: null, underReview: false },
      feedbackUrl: null,
    } as const;
    expect(renderMessage(facts, en, 'email').text).toContain(NEUTRAL_SUMMARY.en);
    expect(renderMessage(facts, ru, 'sms').text).toContain(NEUTRAL_SUMMARY.ru);
  });

  it('ends every message with the status page link, in the customer language', () => {
    const url = 'https://care.example/status/st_abc';
    expect(renderMessage({ kind: 'acknowledgement', reference: 'CRM-1' }, en, 'email', url).text).toContain(
      `Follow your complaint: ${url}\n\nKind regards`,
    );
    expect(
      renderMessage({ kind: 'acknowledgement', reference: 'CRM-1', playbookText: 'Snow.' }, ru, 'sms', url).text,
    ).toMatch(new RegExp(`Snow\\. Следить за обращением: ${url}$`));
    expect(renderMessage({ kind: 'acknowledgement', reference: 'CRM-1' }, en, 'email').text).not.toContain(
      'Follow your complaint',
    );
  });

  it('guesses the language from the complaint text', () => {
    expect(guessLocale('Курьер опоздал', 'en')).toBe('ru');
    expect(guessLocale('The courier was late', 'ru')).toBe('en');
    expect(guessLocale('!!! 123', 'ru')).toBe('ru');
  });

  describe('shownWithoutContact (the status page has no contact to fill in)', () => {
    it('puts the reference in and leaves the form of address out, with its comma', () => {
      expect(shownWithoutContact('{{addressAs}}, we have received your complaint {{reference}}', 'ORD-7')).toBe(
        'we have received your complaint ORD-7',
      );
      expect(shownWithoutContact('Ваша жалоба {{reference}} получена', '')).toBe('Ваша жалоба получена');
      expect(shownWithoutContact('Complaint {{reference}}: resolved', '')).toBe('Complaint: resolved');
    });

    it('leaves no placeholder in any message the notifier renders', () => {
      for (const locale of ['ru', 'en'] as const) {
        const subject = renderMessage(
          { kind: 'acknowledgement', reference: '{{reference}}' },
          { addressAs: '{{addressAs}}', locale, timeZone: 'Europe/Moscow' },
          'email',
        ).subject;
        expect(shownWithoutContact(subject, '')).not.toMatch(/\{\{|\}\}/);
      }
    });
  });
});
