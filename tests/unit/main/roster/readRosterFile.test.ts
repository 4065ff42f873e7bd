import { describe, expect, it } from 'vitest';
import { readRosterFile, type RosterFile } from '../../../../src/main/roster/readRosterFile.ts';
import { csvText } from '../../../../src/main/reports/csvText.ts';

// Roster files as teachers make them: typed by hand, saved from Excel in several countries, exported from the
// school's system. Each test reads a file and checks the students and the row numbers a spreadsheet would show.

function read(text: string, group?: string): RosterFile {
  const file = readRosterFile('class.csv', text, group);
  if (!file.ok) throw new Error(`class.csv was refused: ${file.error.message}`);
  return file.value;
}

const names = (file: RosterFile): string[] => file.rows.map((row) => row.name);

describe('readRosterFile: header rows', () => {
  it.each([
    ['name', 'Name,Group\nAna Lima,7B\nBo Chen,7C\n'],
    ['student', 'STUDENT,class\nAna Lima,7B\nBo Chen,7C\n'],
    ['student name', 'Student Name,Form\nAna Lima,7B\nBo Chen,7C\n'],
    ['full_name', 'full_name,tutor group\nAna Lima,7B\nBo Chen,7C\n'],
    ['first name + last name', 'First Name,Last Name,Class\nAna,Lima,7B\nBo,Chen,7C\n'],
    ['given name + family name', 'Family name,Given name,Group\nLima,Ana,7B\nChen,Bo,7C\n'],
    ['forename + surname', 'Surname,Forename,Group\nLima,Ana,7B\nChen,Bo,7C\n'],
  ])('reads the name and group under a "%s" header', (_, text) => {
    const file = read(text);
    expect(file.problems).toEqual([]);
    expect(file.rows).toEqual([
      { row: 2, name: 'Ana Lima', group: '7B' },
      { row: 3, name: 'Bo Chen', group: '7C' },
    ]);
  });

  it('reads an id column, in any position, and keeps columns it does not know out of the way', () => {
    const file = read('email,Student ID,name\nana@school.example,s-001,Ana Lima\nbo@school.example,,Bo Chen\n');
    expect(file.rows).toEqual([
      { row: 2, name: 'Ana Lima', id: 's-001' },
      { row: 3, name: 'Bo Chen' },
    ]);
  });

  it('prefers a whole-name column to name parts, and uses one part alone when the other is missing', () => {
    expect(names(read('name,first name,last name\nAna Lima,A,L\n'))).toEqual(['Ana Lima']);
    expect(names(read('surname,group\nLima,7B\n'))).toEqual(['Lima']);
    expect(names(read('first name,last name\nAna,\n,Chen\n'))).toEqual(['Ana', 'Chen']);
  });

  it('gives rows without a group the group asked for, and leaves a row its own group', () => {
    const file = read('name,group\nAna Lima,\nBo Chen,7C\n', ' 7B ');
    expect(file.rows.map((row) => row.group)).toEqual(['7B', '7C']);
    expect(read('name\nAna Lima\n').rows[0]).toEqual({ row: 2, name: 'Ana Lima' });
  });

  it('refuses a header with a group or id column but no name column, saying what to call it', () => {
    const refused = readRosterFile('class.csv', 'pupil ref,class\nAna,7B\n');
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('BAD_IMPORT');
      expect(refused.error.message).toMatch(/^class\.csv: the header row has no name column\. .*"name"/);
    }
  });
});

describe('readRosterFile: a name per row, no header', () => {
  it('takes every row as a name, numbering from row 1', () => {
    const file = read('Ana Lima\nBo Chen\n\nCy Diaz\n');
    expect(file.rows).toEqual([
      { row: 1, name: 'Ana Lima' },
      { row: 2, name: 'Bo Chen' },
      { row: 4, name: 'Cy Diaz' },
    ]);
  });

  it('reports a row with several cells, since nothing says which one is the name', () => {
    const file = read('Ana Lima\nChen, Bo\nCy Diaz\n');
    expect(names(file)).toEqual(['Ana Lima', 'Cy Diaz']);
    expect(file.problems).toHaveLength(1);
    expect(file.problems[0]?.row).toBe(2);
    expect(file.problems[0]?.message).toMatch(/no header row/);
  });

  it('reads a name quoted because it has a comma', () => {
    expect(names(read('"Lima, Ana"\n"Chen, Bo"\n'))).toEqual(['Lima, Ana', 'Chen, Bo']);
  });
});

describe('readRosterFile: how the file was saved', () => {
  const expected = [
    { row: 2, name: 'Émile Zola', group: '7B' },
    { row: 3, name: 'Bo Chen', group: '7C' },
  ];

  it.each([
    ['semicolons (European Excel)', 'Name;Class\r\nÉmile Zola;7B\r\nBo Chen;7C\r\n'],
    ['tabs', 'Name\tClass\nÉmile Zola\t7B\nBo Chen\t7C\n'],
    ['a byte order mark and CRLF', '\uFEFFname,class\r\nÉmile Zola,7B\r\nBo Chen,7C\r\n'],
    ['empty rows between students', 'name;class\n;\n\nÉmile Zola;7B\n'],
    ['spaces around cells and inside names', 'name , class\n  Émile   Zola , 7B \nBo Chen,7C'],
  ])('reads a file with %s', (what, text) => {
    const file = read(text);
    expect(file.problems).toEqual([]);
    if (what === 'empty rows between students')
      expect(file.rows).toEqual([{ row: 4, name: 'Émile Zola', group: '7B' }]);
    else expect(file.rows).toEqual(expected);
  });

  it("reads back the names in Crossread's own CSV, dropping the apostrophe it puts before formula-like text", () => {
    const text = csvText(
      ['Name', 'Group'],
      [
        ['=Ana', '7B'],
        ["O'Brien", '-7C'],
        ["'quoted", null],
      ],
    );
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(read(text).rows).toEqual([
      { row: 2, name: '=Ana', group: '7B' },
      { row: 3, name: "O'Brien", group: '-7C' },
      { row: 4, name: "'quoted" },
    ]);
  });
});

describe('readRosterFile: bad rows', () => {
  it('reports each bad row with its spreadsheet row number and imports the rest', () => {
    const long = 'A'.repeat(81);
    const text = [
      'name,group,id',
      'Ana Lima,7B,s1', // row 2
      ',7B,s2', // row 3: no name
      `${long},7B,`, // row 4: name too long
      `Bo Chen,${'G'.repeat(61)},`, // row 5: group too long
      '"Cy\nDiaz",7B,', // row 6: a line break inside the name
      `Dee Ek,7B,${'x'.repeat(101)}`, // row 7: id too long
      'Fay Gu,7B,"s\t7"', // row 8: a tab in the id
      'Hal Ito,7B,', // row 9
    ].join('\n');
    const file = read(text);
    expect(file.rows).toEqual([
      { row: 2, name: 'Ana Lima', group: '7B', id: 's1' },
      { row: 9, name: 'Hal Ito', group: '7B' },
    ]);
    expect(file.problems.map((problem) => problem.row)).toEqual([3, 4, 5, 6, 7, 8]);
    const [noName, longName, longGroup, lineBreak, longId, tabId] = file.problems.map((problem) => problem.message);
    expect(noName).toMatch(/no name/);
    expect(longName).toMatch(/81 characters.*at most 80/);
    expect(longGroup).toMatch(/group of Bo Chen is 61 characters.*at most 60/);
    expect(lineBreak).toMatch(/invisible character/);
    expect(longId).toMatch(/id of Dee Ek/);
    expect(tabId).toMatch(/id of Fay Gu/);
  });

  it('reports a name with an invisible format character, or with no letter at all', () => {
    const file = read('Ana\u200BLima\n\u202EamiL anA\n---\nBo Chen\n');
    expect(names(file)).toEqual(['Bo Chen']);
    expect(file.problems.map((problem) => problem.row)).toEqual([1, 2, 3]);
    expect(file.problems[0]?.message).toMatch(/invisible character/);
    expect(file.problems[1]?.message).toMatch(/invisible character/);
    expect(file.problems[2]?.message).toBe('"---" is not a name: a name needs at least one letter.');
  });

  it('accepts a name of exactly 80 characters and a group of exactly 60', () => {
    const file = read(`name,group\n${'A'.repeat(80)},${'G'.repeat(60)}\n`);
    expect(file.problems).toEqual([]);
    expect(file.rows).toHaveLength(1);
  });

  it('reports a quote that never closes on its row, keeping the rows before it', () => {
    const file = read('name\nAna Lima\n"Bo Chen\nCy Diaz\n');
    expect(names(file)).toEqual(['Ana Lima']);
    expect(file.problems).toEqual([{ row: 3, message: expect.stringMatching(/quote \("\) opens a cell/) }]);
  });
});

describe('readRosterFile: not a roster at all', () => {
  it.each([
    ['an empty file', ''],
    ['only empty rows', '\n\r\n;;\n'],
    ['a header and nothing under it', 'name,group\n\n'],
    ['binary data', 'PK\u0003\u0004\u0000\u0000word/document.xml'],
    ['text that was not UTF-8', 'Ana L\uFFFDpez\n'],
  ])('refuses %s with BAD_IMPORT naming the file', (_, text) => {
    const refused = readRosterFile('roster 7B.xlsx', text);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('BAD_IMPORT');
      expect(refused.error.message).toMatch(/^roster 7B\.xlsx( is not a roster CSV|:)/);
    }
  });
});
