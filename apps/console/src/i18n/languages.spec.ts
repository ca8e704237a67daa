import { pickLanguage } from './languages';

describe('pickLanguage', () => {
  it('prefers the language chosen on the page', () => {
    expect(pickLanguage('ru', 'en-GB,en;q=0.9')).toBe('ru');
  });

  it.each([
    ['ru-RU,ru;q=0.9,en;q=0.8', 'ru'],
    ['de-DE,en;q=0.5,ru;q=0.7', 'ru'],
    ['de-DE,fr;q=0.5', 'en'],
    ['ru;q=0,en', 'en'],
    ['', 'en'],
  ])('reads %p from the browser as %s', (header, language) => {
    expect(pickLanguage(undefined, header)).toBe(language);
  });

  it('ignores a chosen value it does not support', () => {
    expect(pickLanguage('xx', 'ru')).toBe('ru');
  });
});
