import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cueFamilies } from '../../../../../src/main/generator/clutter/cuePhrases.ts';
import { findCues, mayBeGlued, type CueMatch } from '../../../../../src/main/generator/clutter/findCues.ts';
import { compileLiteralScanner } from '../../../../../src/main/generator/clutter/literalScanner.ts';
import { requiredLiterals } from '../../../../../src/main/generator/clutter/patternLiterals.ts';

const root = resolve(import.meta.dirname, '../../../../..');

describe('requiredLiterals', () => {
  it('spells out the strings a match must hold, lowercased and cut to their first eight characters', () => {
    expect(requiredLiterals(/\b(?:Log|Sign) ?in (?:now|here)\b/iu)).toEqual([
      ['log in n', 'log in h', 'login no', 'login he', 'sign in ', 'signin n', 'signin h'],
    ]);
  });

  it('keeps one clause per part that every match holds, an optional part as written or left out', () => {
    const clauses = requiredLiterals(/\bconsent\b.{0,40}\b(?:data|cookies?)\b(?: please)?/iu);
    expect(clauses).toEqual([['consent'], ['data ple', 'data', 'cookies ', 'cookies', 'cookie p', 'cookie']]);
  });

  it('takes nothing from a lookaround, which is not part of the match', () => {
    expect(requiredLiterals(/^(?!.*\bsaid\b)if you\b/iu)).toEqual([['if you']]);
  });

  it('gives no clause of short words, which nearly every line holds, but keeps a short string with a mark', () => {
    expect(requiredLiterals(/^by\s*$/iu)).toEqual([]);
    expect(requiredLiterals(/\p{Lu}{2,}\/\p{Lu}/u)).toEqual([['/']]);
    // A back reference is not read: the pattern always runs.
    expect(requiredLiterals(/\bby (\p{L}+), for \1\b/iu)).toEqual([]);
  });

  it('reads a letter outside ASCII as any text, since its case forms are not folded', () => {
    expect(requiredLiterals(/café society/iu)).toEqual([['caf'], [' society']]);
  });
});

describe('compileLiteralScanner', () => {
  const strings = ['share', 'share this', 'this article', '→'];
  const scan = compileLiteralScanner(strings);
  const found = (text: string): string[] => strings.filter((_, index) => scan(text)[index] === 1);

  it('finds every string, overlapping ones too, in either case', () => {
    expect(found('SHARE THIS ARTICLE')).toEqual(['share', 'share this', 'this article']);
    expect(found('Read on →')).toEqual(['→']);
    expect(found('Shared this artic')).toEqual(['share']);
  });

  it('folds the two other characters a case-insensitive pattern reads as ASCII letters', () => {
    expect(found('\u017Fhare')).toEqual(['share']);
    expect(compileLiteralScanner(['kit'])('\u212Ait')[0]).toBe(1);
  });

  it('folds exactly what a case-insensitive pattern folds to ASCII', () => {
    // Every code point that /iu matches to an ASCII character is one of them or a folded form the scanner knows.
    const foldsToAscii = /^[\0-\x7f]$/iu;
    const outside: string[] = [];
    for (let code = 0x80; code <= 0x10ffff; code += 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      if (foldsToAscii.test(String.fromCodePoint(code))) outside.push(code.toString(16));
    }
    expect(outside).toEqual(['17f', '212a']);
  });
});

describe('findCues', () => {
  it('looks for glued words wherever a lowercase letter could run into a capital', () => {
    const lowercase = /^\p{Ll}$/u;
    const capital = /^\p{Lu}$/u;
    const missed: string[] = [];
    for (let code = 0; code <= 0x10ffff; code += 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCodePoint(code);
      if (lowercase.test(char) && !mayBeGlued.test(`${char}A`)) missed.push(code.toString(16));
      if (capital.test(char) && !mayBeGlued.test(`a${char}`)) missed.push(code.toString(16));
    }
    expect(missed).toEqual([]);
    expect(mayBeGlued.test('the mayor’s office — said')).toBe(false);
  });

  // Every line of the article sets, in its own case and in capitals: the prefilter may skip a pattern only where
  // running it would have found nothing.
  it('finds what running every cue pattern on every line finds', () => {
    const lines = articleFiles().flatMap((file) =>
      readFileSync(file, 'utf8')
        .split(/\r\n|\r|\n/)
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    );
    expect(lines.length).toBeGreaterThan(3000);
    let withCues = 0;
    for (const line of lines) {
      for (const text of [line, line.toUpperCase()]) {
        const expected = everyPattern(text);
        if (expected.length > 0) withCues += 1;
        expect(findCues(text, 0), text).toEqual(expected);
      }
    }
    expect(withCues).toBeGreaterThan(500);
  });
});

function everyPattern(text: string): CueMatch[] {
  const unglued = text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
  return cueFamilies.flatMap((family) =>
    family.patterns.flatMap((pattern) => {
      const match = pattern.exec(text) ?? pattern.exec(unglued);
      return match ? [{ family: family.name, phrase: match[0].trim() }] : [];
    }),
  );
}

function articleFiles(): string[] {
  const sets = [join(root, 'tests/fixtures/articles'), join(root, 'content/articles')];
  return sets.flatMap((setsDir) =>
    readdirSync(setsDir).flatMap((set) =>
      readdirSync(join(setsDir, set))
        .filter((file) => file.endsWith('.txt'))
        .map((file) => join(setsDir, set, file)),
    ),
  );
}
