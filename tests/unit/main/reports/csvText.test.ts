import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvText } from '../../../../src/main/reports/csvText.ts';

const header = ['student_name', 'group', 'score'];

function cells(text: string): string[][] {
  return Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
}

describe('CSV for spreadsheets', () => {
  it('starts with a byte order mark and ends every record with CRLF', () => {
    const text = csvText(header, [['Zoë', '7B', 0.5]]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toBe('\uFEFFstudent_name,group,score\r\nZoë,7B,0.5\r\n');
  });

  it('keeps commas, quotes and line breaks inside their cell', () => {
    const name = 'Smith, "Jo"\nsecond line';
    expect(cells(csvText(header, [[name, null, 1]]))).toEqual([header, [name, '', '1']]);
  });

  it('makes every text a spreadsheet would run as a formula inert, line breaks and all', () => {
    const risky = ['=HYPERLINK("http://x","y")', '+1', '-2+3', '@SUM(A1)', '\tTab', '\rCR', '=1\n+2'];
    const read = cells(
      csvText(
        ['name'],
        risky.map((name) => [name]),
      ),
    );
    expect(read.slice(1).map(([cell]) => cell)).toEqual(risky.map((name) => `'${name}`));
  });

  it('leaves numbers as numbers, negative ones included', () => {
    expect(cells(csvText(['n'], [[-3], [0.25]])).slice(1)).toEqual([['-3'], ['0.25']]);
  });
});
