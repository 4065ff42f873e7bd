import type { LineRef } from '../../../shared/analysis.ts';
import type { ArticleSentence } from './lineTokens.ts';
import type { FactFinding } from './finding.ts';
import type { ValueMatch } from './factValues.ts';
import { findingsFor } from './factFindings.ts';
import {
  endingSlip,
  familiarGivenName,
  nearSpelling,
  sameSoundingName,
  shortForm,
  withoutAccents,
} from './samePerson.ts';
import { reportsSpeech } from './reportingVerbs.ts';

// One person's name written differently by different articles: "Debra Ruiz" / "Deborah Ruiz" / "Ruis". Which
// mentions are one person is decided by samePerson.ts (a name alone is not enough); this file compares how each
// article writes the name. A surname alone agrees with any first name; an article that writes the name two ways
// itself takes no side. Only people whose name the articles write differently are reported.

export interface NameWriting {
  file: string;
  order: number;
  sentence: ArticleSentence;
  /** The name as written ("Debra Ruiz"), and its words in lower case. */
  text: string;
  words: readonly string[];
}

/**
 * Names the titled mentions missed: "Deborah Ruiz, who runs the town" or "Ruis said", when they match a person
 * of the set by a spelling of their full name, or as a lone surname before a verb of saying.
 */
export function untitledWritings(
  sentences: readonly ArticleSentence[],
  spellings: ReadonlyMap<string, string>,
  surnames: ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<string>>>,
): { person: string; writing: NameWriting }[] {
  const found: { person: string; writing: NameWriting }[] = [];
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    for (let index = 0; index < tokens.length; index += 1) {
      const token = tokens[index];
      if (!token || token.pos !== 'PROPN' || tokens[index - 1]?.pos === 'PROPN') continue;
      let last = index;
      while (last + 1 < tokens.length && last - index < 2 && tokens[last + 1]?.pos === 'PROPN') last += 1;
      let words = tokens.slice(index, last + 1).map((word) => word.lower);
      // A lone word written as a titled mention writes it is no new spelling.
      if (words.length === 1 && spellings.has(words[0] ?? '')) {
        index = last;
        continue;
      }
      let person = spellings.get(words.join(' ')) ?? variantOfKnownName(words, surnames);
      // "Boss Delphine Arkright": a capitalised word no title list knows, standing before a known name's writing.
      let first = index;
      if (!person && words.length === 3) {
        person = spellings.get(words.slice(1).join(' ')) ?? variantOfKnownName(words.slice(1), surnames);
        if (person) {
          words = words.slice(1);
          first = index + 1;
        }
      }
      const next = tokens[last + 1];
      if (!person && words.length === 1 && next && reportsSpeech(next)) {
        const holders = new Set<string>();
        for (const [surname, people] of surnames.get((words[0] ?? '').charAt(0)) ?? []) {
          if (nearSpelling(surname, words[0] ?? '')) for (const someone of people) holders.add(someone);
        }
        if (holders.size === 1) person = [...holders][0];
      }
      if (person) {
        const head = tokens[first];
        const tail = tokens[last];
        if (head && tail) {
          found.push({
            person,
            writing: {
              file: sentence.file,
              order: sentence.order * 1000 + first,
              sentence,
              text: sentence.lineText.slice(head.start, tail.end),
              words,
            },
          });
        }
      }
      index = last;
    }
  }
  return found;
}

// "Ruairidh MacPhail" beside a titled "Captain Ruaridh MacPhail": the same surname and a given name spelled a letter
// off, sounding the same or cut short ("Pieter" / "Piet"), when only one person of the set bears that surname with
// such a name. "Helen Dunn" beside "Mark Dunn" is someone else.
function variantOfKnownName(
  words: readonly string[],
  surnames: ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<string>>>,
): string | undefined {
  if (words.length !== 2) return undefined;
  const [given = '', surname = ''] = words;
  const bearers = [...(surnames.get(surname.charAt(0))?.get(surname) ?? [])].filter((person) => {
    const known = person.split(' ');
    const knownGiven = known[0] ?? '';
    // Without a job to go on, a short name a letter off ("Dan" / "Don") may be someone else.
    const near = Math.min(knownGiven.length, given.length) >= 5 && nearSpelling(knownGiven, given);
    return (
      known.length === 2 &&
      (near ||
        sameSoundingName(knownGiven, given) ||
        shortForm(knownGiven, given) ||
        familiarGivenName(knownGiven, given))
    );
  });
  if (bearers.length === 1) return bearers[0];
  return respelledSurname(given, surname, surnames);
}

// "Priya Athwall" beside a titled "Councillor Priya Athwal": the same given name (or one that sounds the same) and a
// surname a letter or two off,
// when only one person of the set bears such a name. The given name must match in full ("Helen Dunne" beside "Mark
// Dunn" is someone else), and the surname be long enough that a letter off is a slip: "Anna Borg" beside "Anna
// Berg" may be another Anna.
function respelledSurname(
  given: string,
  surname: string,
  surnames: ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<string>>>,
): string | undefined {
  if (given.length < 3 || surname.length < 5) return undefined;
  const bearers = new Set<string>();
  for (const [known, people] of surnames.get(surname.charAt(0)) ?? []) {
    const misheard = endingSlip(known, surname);
    if (!nearSpelling(known, surname) && !misheard) continue;
    for (const person of people) {
      const words = person.split(' ');
      if (misheard && words.length === 2 && words[0] === given) bearers.add(person);
      // "Isabel Fairley" beside "Isobel Fairlie": a name that sounds the same in both words is the same name.
      const soundsAlike = sameSoundingName(words[0] ?? '', given) && sameSoundingName(known, surname);
      const familiar = familiarGivenName(words[0] ?? '', given);
      if (words.length === 2 && (words[0] === given || soundsAlike || familiar)) bearers.add(person);
    }
  }
  return bearers.size === 1 ? [...bearers][0] : undefined;
}

/** The disagreement on how one person's name is written, with the agreements inside it; nothing if all agree. */
export function spellingFacts(writings: readonly NameWriting[]): FactFinding[] {
  const listed = onePerArticle(writings);
  if (listed.length < 2) return [];
  const found = findingsFor(listed, {
    kind: 'name',
    fact: `How ${fullest(listed).text}'s name is written`,
    compare: compareWritings,
    refOf,
    reasonsFor: (a, b) => [`one person: ${a.text} / ${b.text}`, `written "${a.text}" and "${b.text}"`],
  });
  return found.some((finding) => finding.verdict === 'disagreement') ? found : [];
}

/**
 * Whether two articles write a name the same way. An accent left off ("Siobhan" for "Siobhán") is the same name
 * typed without it, not another spelling.
 */
export function compareWritings(first: NameWriting, second: NameWriting): ValueMatch {
  const a = { ...first, words: first.words.map(withoutAccents) };
  const b = { ...second, words: second.words.map(withoutAccents) };
  if (a.words.length < 2 || b.words.length < 2) {
    // "Xi" against "Xi Jinping", "Ruiz" against "Debra Ruiz": a lone word is any part of the full name.
    const [lone, other] = a.words.length <= b.words.length ? [a.words[0] ?? '', b.words] : [b.words[0] ?? '', a.words];
    if (other.includes(lone)) return other.length === 1 ? 'same' : 'compatible';
    return other.some((word) => nearSpelling(word, lone)) ? 'different' : 'compatible';
  }
  const surnameA = a.words[a.words.length - 1] ?? '';
  const surnameB = b.words[b.words.length - 1] ?? '';
  if (surnameA !== surnameB) return 'different';
  const firstA = a.words[0] ?? '';
  const firstB = b.words[0] ?? '';
  if (firstA === firstB) return a.words.join(' ') === b.words.join(' ') ? 'same' : 'compatible';
  // "D. Ruiz": an initial does not contradict "Deborah Ruiz". A short form is another writing ("Piet" / "Pieter"),
  // as is a letter more at the end ("Dermot" / "Dermott").
  const [short, long] = firstA.length <= firstB.length ? [firstA, firstB] : [firstB, firstA];
  const stem = short.replace(/\.$/, '');
  if (stem.length === 1 && long.startsWith(stem)) return 'compatible';
  return 'different';
}

// Each article's fullest writing; an article that writes the name two ways is left out.
function onePerArticle(writings: readonly NameWriting[]): NameWriting[] {
  const byFile = new Map<string, NameWriting[]>();
  for (const writing of writings) {
    const own = byFile.get(writing.file);
    if (own) own.push(writing);
    else byFile.set(writing.file, [writing]);
  }
  const chosen: NameWriting[] = [];
  for (const own of byFile.values()) {
    const distinct = [...new Map(own.map((writing) => [writing.words.join(' '), writing])).values()];
    const consistent = distinct.every((writing) =>
      distinct.every((other) => compareWritings(writing, other) !== 'different'),
    );
    if (!consistent) continue;
    chosen.push(fullest(own));
  }
  return chosen.sort((a, b) => a.order - b.order);
}

function fullest(writings: readonly NameWriting[]): NameWriting {
  return writings.reduce((best, writing) => (writing.words.length > best.words.length ? writing : best));
}

function refOf(writing: NameWriting): LineRef {
  return { file: writing.file, line: writing.sentence.line, text: writing.text };
}
