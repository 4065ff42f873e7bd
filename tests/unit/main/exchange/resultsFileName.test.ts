import { describe, expect, it } from 'vitest';
import { exportFileSchema } from '../../../../src/shared/exportFile.ts';
import { nameSlug, resultsFileName } from '../../../../src/main/exchange/resultsFileName.ts';

describe('resultsFileName', () => {
  it('names the student and the day, so a folder of class files sorts by name', () => {
    expect(resultsFileName('Ana López', new Date(2026, 10, 23, 18, 45).getTime())).toBe(
      'crossread-results-ana-lopez-2026-11-23.json',
    );
  });

  it('keeps letters of any script, drops accents and everything that is not a letter or digit', () => {
    expect(nameSlug('Åsa Öberg-Lind')).toBe('asa-oberg-lind');
    expect(nameSlug('  Zoë  (7B) ')).toBe('zoe-7b');
    expect(nameSlug('Анна Петрова')).toBe('анна-петрова');
    expect(nameSlug('../../etc/passwd')).toBe('etc-passwd');
    expect(nameSlug('=HYPERLINK("x")')).toBe('hyperlink-x');
    expect(nameSlug('!!!')).toBe('student');
  });

  it('stays a short file name without a folder, however long the name', () => {
    const name = resultsFileName(`${'Maximiliana '.repeat(10)}Long`, Date.UTC(2026, 0, 1, 12));
    expect(nameSlug(`${'Maximiliana '.repeat(10)}Long`)).toBe('maximiliana-maximiliana-maximiliana-maxi');
    // Cut just after a word, the slug does not end in a hyphen.
    expect(nameSlug(`${'x'.repeat(39)} Nilsson`)).toBe('x'.repeat(39));
    expect(exportFileSchema.shape.fileName.safeParse(name).success).toBe(true);
  });
});
