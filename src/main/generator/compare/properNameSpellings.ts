import { distance } from 'fastest-levenshtein';
import type { LineRef } from '../../../shared/analysis.ts';
import type { ArticleSentence, Token } from './lineTokens.ts';
import type { FactFinding } from './finding.ts';
import { findingsFor } from './factFindings.ts';
import { peopleOfSet } from './peopleNames.ts';
import { pushTo } from './pushTo.ts';

// The name of a company, a place, a body or a product written two ways: "Tallisent Software" / "tech firm
// Talisent", "Ostrel Cell Works" / "Ostrell Cellworks". People's names have their own finder (nameSpellings.ts);
// this one reads every other capitalised word inside a sentence. Two words one letter apart, never written both by
// one article, are one name spelled two ways; so are two words two letters apart before the same rest of a name
// ("Aurel Earth Imaging" / "Aurelle Earth Imaging"). Not a word's forms ("Americans" / "American"), not a word the
// set also writes in lower case, not a short word (four letters leave too many real names a letter apart).

const shortestName = 5;

interface NameWord {
  file: string;
  order: number;
  sentence: ArticleSentence;
  token: Token;
  /** Lower case, without accents: the key of one spelling. */
  spelling: string;
  /** The whole name the word stands in, as written ("Ostrel Cell Works"). */
  name: string;
}

/** Disagreements, and agreements among the articles that spell alike, for names a letter apart across articles. */
export function properNameSpellingFacts(sentences: readonly ArticleSentence[]): FactFinding[] {
  const people = peopleOfSet(sentences);
  const lowerCase = new Set<string>();
  const firstWriting = new Map<string, Map<string, NameWord>>();
  for (const sentence of sentences) {
    sentence.tokens.forEach((token, index) => {
      if (token.kind !== 'word') return;
      if (/^\p{Ll}/u.test(token.text)) {
        lowerCase.add(plain(token.lower));
        return;
      }
      // A sentence's first word is capitalised anyway; it is a name when a name goes on after it ("Aurel Earth
      // Imaging lost three satellites").
      const opensName = index === 0 && sentence.tokens[1]?.pos === 'PROPN' && /^\p{Lu}/u.test(sentence.tokens[1].text);
      if ((index === 0 && !opensName) || !/^\p{Lu}\p{Ll}/u.test(token.text) || token.text.length < shortestName) return;
      if (
        (people.has(token.lower) && !opensFirmName(sentence, index, people)) ||
        familyOf(token.lower, people) ||
        sentence.tokens[index - 1]?.text === '"'
      ) {
        return;
      }
      const spelling = plain(token.lower);
      const byFile = firstWriting.get(spelling) ?? new Map<string, NameWord>();
      const name = nameAround(sentence, index);
      // Each article by its fullest writing of the name: "Ostrel Cell Works" in the body, not "Ostrel" in a heading.
      const known = byFile.get(sentence.file);
      if (!known || name.length > known.name.length) {
        const order = sentence.order * 1000 + index;
        byFile.set(sentence.file, { file: sentence.file, order, sentence, token, spelling, name });
      }
      firstWriting.set(spelling, byFile);
    });
  }
  const names = [...firstWriting.keys()].filter((spelling) => !lowerCase.has(spelling));
  // Filed by first letter and length, so a name meets only spellings it could be one letter from.
  const filed = new Map<string, string[]>();
  for (const spelling of names) pushTo(filed, `${spelling.charAt(0)}${spelling.length}`, spelling);
  const findings: FactFinding[] = [];
  for (const spelling of names) {
    for (const length of [spelling.length, spelling.length + 1, spelling.length + 2]) {
      for (const other of filed.get(`${spelling.charAt(0)}${length}`) ?? []) {
        if (other <= spelling && length === spelling.length) continue;
        const mine = firstWriting.get(spelling);
        const theirs = firstWriting.get(other);
        if (!mine || !theirs || [...mine.keys()].some((file) => theirs.has(file))) continue;
        if (
          !oneName(spelling, other) &&
          !twoLettersBeforeOneEnding(spelling, other, [...mine.values(), ...theirs.values()])
        ) {
          continue;
        }
        const group = [...mine.values(), ...theirs.values()].sort((a, b) => a.order - b.order);
        const usual = mine.size >= theirs.size ? mine : theirs;
        const written = [...usual.values()][0]?.name ?? spelling;
        findings.push(
          ...findingsFor(group, {
            kind: 'name',
            fact: `How the name ${written} is written`,
            compare: (a, b) => (a.spelling === b.spelling ? 'same' : 'different'),
            refOf,
            reasonsFor: (a, b) => [`one letter apart: ${a.token.text} / ${b.token.text}`, 'no article writes both'],
          }),
        );
      }
    }
  }
  return findings;
}

// "the Pellows declined to comment": a family named by the plural of its people's surname, whose spelling is theirs.
function familyOf(word: string, people: ReadonlySet<string>): boolean {
  return /s$/.test(word) && (people.has(word.slice(0, -1)) || (/es$/.test(word) && people.has(word.slice(0, -2))));
}

// A family's name is often its firm's too: "Bryony Halloran" is a person, but "Halloran Coaches" a company whose
// name may be misspelled on its own ("Holloran Coaches").
function opensFirmName(sentence: ArticleSentence, index: number, people: ReadonlySet<string>): boolean {
  const next = sentence.tokens[index + 1];
  return next !== undefined && /^\p{Lu}\p{Ll}/u.test(next.text) && !people.has(next.lower);
}

// One letter changed, added or dropped; not a word's forms (a plural, "Valdoran" / "Valdora", "Office" /
// "Officer", "Unite" / "United"), and not two words that differ in their first letter.
function oneName(a: string, b: string): boolean {
  if (a.charAt(0) !== b.charAt(0) || distance(a, b) !== 1) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return !(long.startsWith(short) && /^(?:s|n|i|e|r|d|y)$/u.test(long.slice(short.length)));
}

// "Aurel Earth Imaging" / "Aurelle Earth Imaging": two letters apart, but the rest of the name, written by every
// article, is the same.
function twoLettersBeforeOneEnding(a: string, b: string, writings: readonly NameWord[]): boolean {
  if (a.charAt(0) !== b.charAt(0) || distance(a, b) !== 2) return false;
  const endings = new Set(
    writings.map((writing) => {
      const words = writing.name.split(' ');
      return words[0]?.toLowerCase() === writing.token.lower ? words.slice(1).join(' ') : '';
    }),
  );
  return endings.size === 1 && !endings.has('');
}

// The run of capitalised words a name word stands in: "Tallisent Software", "Ostrell Cellworks".
function nameAround(sentence: ArticleSentence, index: number): string {
  const tokens = sentence.tokens;
  const capital = (at: number): boolean => at > 0 && /^\p{Lu}/u.test(tokens[at]?.text ?? '');
  let first = index;
  let last = index;
  while (capital(first - 1)) first -= 1;
  while (capital(last + 1)) last += 1;
  return sentence.lineText.slice(tokens[first]?.start, tokens[last]?.end);
}

function plain(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

function refOf(word: NameWord): LineRef {
  return { file: word.file, line: word.sentence.line, text: word.name };
}
