import { inParts, redactText, REDACTED } from './personal-data';

describe('redactText', () => {
  const anna = { name: 'Anna Petrova', formOfAddress: 'Ms Petrova', phone: '+79161234567', email: 'anna@example.com' };

  it('takes out the phone however it was typed', () => {
    for (const typed of ['+79161234567', '+7 916 123-45-67', '8 (916) 123-45-67', '89161234567', '916.123.45.67']) {
      expect(redactText(`Call me on ${typed} please`, anna)).toBe(`Call me on ${REDACTED} please`);
    }
  });

  it('keeps other numbers, even ones that contain the phone digits as a part', () => {
    expect(redactText('Order 791612345678 and 12345', anna)).toBe('Order 791612345678 and 12345');
  });

  it('takes out the email ignoring case, and the name and its words as whole words', () => {
    expect(redactText('Write to ANNA@example.com. Anna Petrova here; Petrova or anna, not Annabel.', anna)).toBe(
      `Write to ${REDACTED}. ${REDACTED} here; ${REDACTED} or ${REDACTED}, not Annabel.`,
    );
  });

  it('changes nothing when the text holds none of it', () => {
    expect(redactText('The courier was late.', anna)).toBe('The courier was late.');
  });

  it('handles names in Cyrillic', () => {
    expect(redactText('Меня зовут Анна Петрова', { name: 'Анна Петрова' })).toBe(`Меня зовут ${REDACTED}`);
  });
});

describe('inParts', () => {
  it('splits in order, the last part shorter', () => {
    expect(inParts([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(inParts([], 2)).toEqual([]);
  });
});
