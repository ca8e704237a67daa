import { capSms, recapSms, smsAlphabet, smsSegments } from './sms-length';

const words = (word: string, count: number) => Array.from({ length: count }, () => word).join(' ');

describe('SMS length', () => {
  it('counts GSM-7 segments: 160 in one, 153 each when concatenated, extension characters twice', () => {
    expect(smsAlphabet('Dear Anna, €5 [ok]')).toBe('gsm-7');
    expect(smsSegments('a'.repeat(160))).toBe(1);
    expect(smsSegments('a'.repeat(161))).toBe(2);
    expect(smsSegments('a'.repeat(306))).toBe(2);
    expect(smsSegments('a'.repeat(307))).toBe(3);
    expect(smsSegments('€'.repeat(80))).toBe(1);
    expect(smsSegments('€'.repeat(81))).toBe(2);
  });

  it('counts UCS-2 segments once any character is outside GSM-7: 70 in one, 67 each when concatenated', () => {
    expect(smsAlphabet('Здравствуйте')).toBe('ucs-2');
    expect(smsAlphabet('Dear Anna 🙂')).toBe('ucs-2');
    expect(smsSegments('я'.repeat(70))).toBe(1);
    expect(smsSegments('я'.repeat(71))).toBe(2);
    expect(smsSegments('я'.repeat(201))).toBe(3);
    expect(smsSegments('я'.repeat(202))).toBe(4);
    // One Cyrillic letter turns a Latin text into UCS-2.
    expect(smsSegments(`${'a'.repeat(100)}я`)).toBe(2);
  });
});

describe('capSms', () => {
  const link = 'https://feedback.example/feedback/fb_abc';

  it('keeps a text that fits as it is', () => {
    const text = words('word', 80);
    expect(smsSegments(text)).toBe(3);
    expect(capSms(text, 3, link)).toBe(text);
  });

  it('cuts a long GSM-7 text at a word to the segment cap and appends the link', () => {
    const text = words('delivery', 100);
    const capped = capSms(text, 3, link);
    expect(smsSegments(capped)).toBe(3);
    expect(capped.length).toBeGreaterThan(3 * 153 - 'delivery '.length - link.length - 4);
    expect(capped).toMatch(/delivery\.\.\. https:\/\/feedback\.example\/feedback\/fb_abc$/);
    expect(text.startsWith(capped.slice(0, capped.indexOf('...')))).toBe(true);
  });

  it('cuts a long Cyrillic text to the UCS-2 cap, at a word', () => {
    const text = words('доставка', 100);
    const capped = capSms(text, 2, link);
    expect(smsSegments(capped)).toBe(2);
    expect(capped.length).toBeLessThanOrEqual(134);
    expect(capped).toMatch(/доставка\.\.\. https:/);
    expect(smsSegments(capSms(text, 1))).toBe(1);
  });

  it('does not repeat a link the part kept already has, and marks the cut without one', () => {
    const text = `See ${link} ${words('more', 200)}`;
    const capped = capSms(text, 1, link);
    expect(capped.split(link)).toHaveLength(2);
    expect(capped.endsWith('more...')).toBe(true);
    expect(capSms(words('more', 200), 1, null)).toMatch(/more\.\.\.$/);
  });

  it('cuts inside a word longer than the room', () => {
    const capped = capSms('x'.repeat(1000), 1);
    expect(capped).toBe(`${'x'.repeat(157)}...`);
  });
});

describe('recapSms', () => {
  const link = 'https://feedback.example/feedback/fb_x';
  it('keeps an SMS that fits as it is', () => {
    expect(recapSms(`Dear Ms P, all done. ${link}`, 2)).toBe(`Dear Ms P, all done. ${link}`);
  });

  it('cuts again, once, an SMS a long form of address made too long, keeping its link', () => {
    const written = capSms(`Dear {{addressAs}}, ${'words of the message '.repeat(30)}${link}`, 2, link);
    const sent = recapSms(written.replace('{{addressAs}}', 'Ms '.padEnd(150, 'x')), 2);
    expect(smsSegments(sent)).toBeLessThanOrEqual(2);
    expect(sent.endsWith(`... ${link}`)).toBe(true);
    expect(sent).not.toContain('...... ');
  });
});
