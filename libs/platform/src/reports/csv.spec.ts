import { parseCsv } from '../../../../test/support/csv';
import { csvCell, csvDocument, csvLine } from './csv';

describe('CSV cells', () => {
  it('quotes commas, quotes and line breaks, and reads back as written', () => {
    const values = ['plain', 'a, b', 'say "hi"', 'two\nlines', 'cr\r\nlf', 'Анна Петрова', ''];
    expect(parseCsv(csvLine(values))).toEqual([values]);
  });

  it('keeps text a spreadsheet would run as a formula as text', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    for (const start of ['+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1`).replace(/^"/, '')).toMatch(/^'/);
  });

  it('writes numbers, booleans and empty cells plainly', () => {
    expect(csvLine([-5, 0.25, true, null, undefined])).toBe('-5,0.25,true,,\r\n');
  });

  it('writes a header and rows', () => {
    expect(
      parseCsv(
        csvDocument(
          ['department', 'count'],
          [
            ['logistics', 3],
            ['billing', 1],
          ],
        ),
      ),
    ).toEqual([
      ['department', 'count'],
      ['logistics', '3'],
      ['billing', '1'],
    ]);
  });
});
