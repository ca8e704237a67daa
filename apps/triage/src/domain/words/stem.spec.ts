import { stemEnglish } from './stem-english';
import { stemRussian } from './stem-russian';
import { wordsOf } from './words';

describe('stemEnglish', () => {
  // Porter's published vocabulary and output.
  it.each([
    ['caresses', 'caress'],
    ['ponies', 'poni'],
    ['relational', 'relat'],
    ['conditional', 'condit'],
    ['generalization', 'gener'],
    ['hopping', 'hop'],
    ['filing', 'file'],
    ['happy', 'happi'],
    ['agreed', 'agre'],
    ['oscillators', 'oscil'],
    ['electrical', 'electr'],
    ['hopeful', 'hope'],
    ['goodness', 'good'],
    ['adjustment', 'adjust'],
    ['delays', 'delai'],
    ['delayed', 'delai'],
    ['chocolate', 'chocol'],
  ])('%s -> %s', (word, stem) => expect(stemEnglish(word)).toBe(stem));
});

describe('stemRussian', () => {
  // Snowball's published vocabulary and output.
  it.each([
    ['вазах', 'ваз'],
    ['важного', 'важн'],
    ['ведомости', 'ведом'],
    ['великолепное', 'великолепн'],
    ['задержка', 'задержк'],
    ['задержки', 'задержк'],
    ['задержался', 'задержа'],
    ['опоздала', 'опозда'],
    ['сломанный', 'слома'],
    ['поврежденный', 'поврежден'],
    ['красивейшая', 'красив'],
    ['читавши', 'чита'],
    ['грубый', 'груб'],
  ])('%s -> %s', (word, stem) => expect(stemRussian(word)).toBe(stem));
});

describe('wordsOf', () => {
  it('splits on anything but letters and digits, joins apostrophes and writes ё as е', () => {
    expect(wordsOf("Wasn't LATE—Её 500!").map((word) => word.text)).toEqual(['wasnt', 'late', 'ее', '500']);
  });
});
