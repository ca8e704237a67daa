import {
  choosePlaybook,
  playbookCompensation,
  playbookMatches,
  PlaybookRule,
  renderPlaybookText,
  unknownPlaceholders,
} from './playbook';

const storm: PlaybookRule = {
  touchpoint: 'delivery',
  keywords: ['snow', 'снег'],
  activeFrom: new Date('2026-11-20T00:00:00Z'),
  activeUntil: new Date('2026-11-23T00:00:00Z'),
};
const complaint = {
  touchpoint: 'delivery' as const,
  text: 'Courier stuck in the SNOW, parcel late',
  receivedAt: new Date('2026-11-21T10:00:00Z'),
};

describe('force-majeure playbooks', () => {
  it.each([
    ['a keyword in any case within the period', complaint, true],
    ['a Russian keyword with ё folded', { ...complaint, text: 'Из-за СНЕГа курьер опоздал' }, true],
    ['exactly at the start', { ...complaint, receivedAt: storm.activeFrom }, true],
    ['a millisecond before the start', { ...complaint, receivedAt: new Date(storm.activeFrom.getTime() - 1) }, false],
    ['exactly at the end (exclusive)', { ...complaint, receivedAt: storm.activeUntil! }, false],
    ['another touchpoint', { ...complaint, touchpoint: 'store' as const }, false],
    ['no keyword in the text', { ...complaint, text: 'Parcel damaged' }, false],
  ])('%s: %s', (_, facts, expected) => {
    expect(playbookMatches(storm, facts)).toBe(expected);
  });

  it('matches every complaint of the period when it has no keywords and no touchpoint, and runs open-ended', () => {
    const outage: PlaybookRule = {
      touchpoint: null,
      keywords: [],
      activeFrom: new Date('2026-11-21T00:00:00Z'),
      activeUntil: null,
    };
    expect(
      playbookMatches(outage, {
        ...complaint,
        touchpoint: 'app',
        text: 'Nothing works',
        receivedAt: new Date('2030-01-01T00:00:00Z'),
      }),
    ).toBe(true);
  });

  it('chooses the first matching playbook only', () => {
    const first = { ...storm, name: 'first' };
    const second = { ...storm, keywords: [], name: 'second' };
    expect(choosePlaybook([first, second], complaint)?.name).toBe('first');
    expect(choosePlaybook([first, second], { ...complaint, text: 'late' })?.name).toBe('second');
    expect(choosePlaybook([first], { ...complaint, text: 'late' })).toBeNull();
  });

  it("fills the placeholders in the customer's language, else the other one, and names unknown placeholders", () => {
    const templates = {
      ru: 'Обращение {reference}: возвращаем {compensation}.',
      en: 'Complaint {reference}: we refund {compensation}.',
    };
    expect(renderPlaybookText(templates, 'en', { reference: 'A1', compensation: '150.00 RUB' })).toBe(
      'Complaint A1: we refund 150.00 RUB.',
    );
    expect(renderPlaybookText({ ru: templates.ru }, 'en', { reference: 'A1', compensation: '150.00 RUB' })).toBe(
      'Обращение A1: возвращаем 150.00 RUB.',
    );
    expect(unknownPlaceholders('Dear {name}, {reference} {compensation} {refrence}')).toEqual(['name', 'refrence']);
  });

  it.each([
    ['below the limit', 15000, 15000],
    ['exactly at the limit', 20000, 20000],
    ['one minor unit above the limit, capped', 20001, 20000],
    ['zero (apology only)', 0, 0],
  ])('grants the pre-authorised amount %s', (_, amount, granted) => {
    expect(playbookCompensation(amount, { limit: 20000, currency: 'RUB' })).toEqual({
      granted,
      currency: 'RUB',
      basis: 'playbook',
      review: null,
    });
  });
});
