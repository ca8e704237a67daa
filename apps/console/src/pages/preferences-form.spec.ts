import { MessageKey } from '../i18n/messages.en';
import { translator } from '../i18n/translate';
import { formFieldOf, KINDS_OF, profileRequest, profileValues } from './preferences-form';

describe('the preferences form', () => {
  const kinds = KINDS_OF.member;

  it('shows each kind as at once or a digest hour, the defaults where the profile has none', () => {
    const values = profileValues(
      {
        email: null,
        chatWebhookUrl: 'https://hooks.example/x',
        timeZone: 'Europe/Moscow',
        preferences: { 'new-root-cause': { delivery: 'digest', hour: 7 } },
      },
      kinds,
    );
    expect(values).toEqual({
      email: '',
      chatWebhookUrl: 'https://hooks.example/x',
      timeZone: 'Europe/Moscow',
      'new-root-cause': 'digest:7',
      'review-deadline-approaching': 'now',
      'root-cause-decided': 'now',
    });
  });

  it('sends emptied fields as cleared, leaves out a blank zone and any choice it does not know', () => {
    const body = profileRequest(
      {
        email: '  ',
        chatWebhookUrl: '',
        timeZone: ' ',
        'new-root-cause': 'digest:23',
        'review-deadline-approaching': 'now',
        'root-cause-decided': 'sometimes',
      },
      kinds,
    );
    expect(body).toEqual({
      email: null,
      chatWebhookUrl: null,
      preferences: {
        'new-root-cause': { delivery: 'digest', hour: 23 },
        'review-deadline-approaching': { delivery: 'now' },
      },
    });
  });

  it('puts a kind’s errors beside its own choice', () => {
    expect(formFieldOf('preferences.new-root-cause.hour')).toBe('new-root-cause');
    expect(formFieldOf('timeZone')).toBe('timeZone');
  });

  it('labels the kinds on an admin’s form for someone else without “me”, and on a person’s own form with it', () => {
    const firstPerson = /(^|[\s’])(me|my|I|мне|мой|моего|моей|я)($|[\s,.’])/i;
    for (const language of ['en', 'ru'] as const) {
      const t = translator(language);
      for (const kind of Object.values(KINDS_OF).flat()) {
        const label = t(`people.kind.${kind}` as MessageKey);
        expect(label).not.toBe(`people.kind.${kind}`);
        expect([kind, label]).not.toEqual([kind, expect.stringMatching(firstPerson)]);
      }
      expect(t('notices.kind.assignment-created')).toMatch(firstPerson);
      expect(t('notices.kind.callback-owed')).toMatch(firstPerson);
    }
  });
});
