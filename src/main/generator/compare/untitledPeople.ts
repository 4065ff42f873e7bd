import type { ArticleSentence } from './lineTokens.ts';
import { isCalendarWord } from '../calendarWords.ts';
import { sameFullName } from './samePerson.ts';
import { officeTable } from './officeTitles.ts';

// People the articles name without a title: "Mother-of-two Rhona Castellan" in one article, "Rona Castellane's son"
// in another. Without a job to go on, two spellings are one person when one word is the same, the other a slip
// (`sameFullName`), and no article writes both: an article that names both names two people.

/** Full names (lower case, "rhona castellan") of people named without a title, grouped by person. */
export function untitledPeople(sentences: readonly ArticleSentence[], known: ReadonlySet<string>): string[][] {
  const files = new Map<string, Set<string>>();
  const common = commonWords(sentences);
  for (const sentence of sentences) {
    for (const name of twoWordNames(sentence, common)) {
      if (known.has(name)) continue;
      const seen = files.get(name);
      if (seen) seen.add(sentence.file);
      else files.set(name, new Set([sentence.file]));
    }
  }
  const names = [...files.keys()];
  // Candidates share a word, or the start of the surname ("castellan" / "castellane").
  const byKey = new Map<string, string[]>();
  const keysOf = (name: string): string[] => {
    const [given = '', surname = ''] = name.split(' ');
    return [`given|${given}`, `surname|${surname}`, `start|${surname.slice(0, 3)}`];
  };
  for (const name of names) for (const key of keysOf(name)) push(byKey, key, name);
  const groups: string[][] = [];
  const grouped = new Set<string>();
  for (const name of names) {
    if (grouped.has(name)) continue;
    const own = files.get(name) ?? new Set<string>();
    const group = [name];
    for (const other of keysOf(name).flatMap((key) => byKey.get(key) ?? [])) {
      if (other === name || grouped.has(other) || group.includes(other)) continue;
      const theirs = files.get(other) ?? new Set<string>();
      if ([...own].some((file) => theirs.has(file))) continue;
      if (sameFullName(name.split(' '), other.split(' '), false, true)) group.push(other);
    }
    if (group.length < 2) continue;
    for (const member of group) grouped.add(member);
    groups.push(group);
  }
  return groups;
}

// A given name and a surname: two capitalised words the tagger reads as a name, standing alone. Longer runs are
// places and bodies ("Lenholm Royal Infirmary"); courtesy titles, days, job titles and words the set also writes in
// lower case ("the Islands Minister" / "the Islands Ministry") are not names.
function twoWordNames(sentence: ArticleSentence, common: ReadonlySet<string>): string[] {
  const tokens = sentence.tokens;
  const names: string[] = [];
  for (let index = 0; index + 1 < tokens.length; index += 1) {
    const pair = [tokens[index], tokens[index + 1]];
    if (tokens[index - 1]?.pos === 'PROPN' || tokens[index + 2]?.pos === 'PROPN') continue;
    if (!pair.every((token) => token?.pos === 'PROPN' && /^\p{Lu}\p{Ll}{2,}$/u.test(token.text))) continue;
    const words = pair.map((token) => token?.lower ?? '');
    if (words.some((word) => isCalendarWord(word) || courtesy.has(word) || common.has(word) || titleWords.has(word))) {
      continue;
    }
    names.push(words.join(' '));
  }
  return names;
}

function commonWords(sentences: readonly ArticleSentence[]): Set<string> {
  const words = new Set<string>();
  for (const sentence of sentences)
    for (const token of sentence.tokens) if (/^\p{Ll}/u.test(token.text)) words.add(token.text);
  return words;
}

const titleWords = new Set(officeTable.flatMap((office) => office.words));

const courtesy = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'doctor', 'sir', 'dame', 'lord', 'lady', 'professor']);

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
