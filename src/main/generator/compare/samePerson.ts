import { distance } from 'fastest-levenshtein';
import type { TitledName } from './nameMentions.ts';
import { heldBesideSeat, holdingOf } from './officeTitles.ts';
import { academicGrade } from './academicTitles.ts';

// Which named mentions of a set are one person. "Xi" is "Xi Jinping" when one full name of the set contains it.
// Two spellings of a name are one person only with more to go on than the letters: the same first name and a
// surname a letter or two apart ("Sam Okafor" / "Sam Okafur"), or the same surname, a near first name and the same
// job ("Mayor Debra Ruiz" / "Mayor Deborah Ruiz"), or a lone surname near a known one with the same job ("Mayor
// Ruis"). "Mark Dunn" and "Helen Dunn" share a surname and are two people; so are a mayor Ruiz and a judge Ruiz.

/** Full names compared with each other only within a bucket this size, so a crowded set stays linear. */
const namesPerBucket = 48;

export interface People {
  /** The person a mention is, as the key of their fullest name ("debra ruiz"). */
  personOf: (mention: TitledName) => string;
}

/** Resolves the titled mentions of a set to people. */
export function resolvePeople(mentions: readonly (TitledName & { file: string })[]): People {
  const offices = new Map<string, Set<string>>();
  const firstSeen = new Map<string, readonly string[]>();
  const files = new Map<string, Set<string>>();
  const graded = new Set<string>();
  for (const mention of mentions) {
    const key = mention.nameWords.join(' ');
    if (!firstSeen.has(key)) firstSeen.set(key, mention.nameWords);
    if (mention.rank !== 'generic') addTo(offices, key, mention.office);
    if (academicGrade(mention)) graded.add(key);
    addTo(files, key, mention.file);
  }
  const full = [...firstSeen.entries()].filter(([, words]) => words.length >= 2);
  const parent = new Map(full.map(([key]) => [key, key]));
  const root = (key: string): string => {
    let at = key;
    while (parent.get(at) !== at) at = parent.get(at) ?? at;
    return at;
  };
  const buckets = new Map<string, string[]>();
  for (const [key, words] of full) {
    // Names are compared where they share both initials, or one whole word: "Maren Aldous" / "Karen Aldous".
    const given = words[0] ?? '';
    const surname = words[words.length - 1] ?? '';
    for (const bucketKey of [`${initial(given)}|${initial(surname)}`, `given|${given}`, `surname|${surname}`]) {
      const bucket = buckets.get(bucketKey) ?? [];
      for (const other of bucket) {
        const otherWords = firstSeen.get(other) ?? [];
        const apart = neverTogether(files.get(key), files.get(other));
        // "Councillor Alun Pritchard" / "Committee chairman Alan Pritchard", in articles that never name both: the
        // seat and the post go together, as one job would.
        const seatAndPost = apart && seatBesidePost(offices.get(key), offices.get(other));
        const shared = shareOffice(offices.get(key), offices.get(other)) || seatAndPost;
        const jobsDiffer = !shared && (offices.get(key)?.size ?? 0) > 0 && (offices.get(other)?.size ?? 0) > 0;
        // "Dr Aled Prosser" / "Dr Alun Prosser", in articles that never name both and give no two jobs: a doctor's
        // grade on each is as good as one job.
        const sameJob = shared || (apart && !jobsDiffer && graded.has(key) && graded.has(other));
        if (sameFullName(words, otherWords, sameJob, apart, jobsDiffer)) {
          parent.set(root(key), root(other));
        }
      }
      if (bucket.length < namesPerBucket) bucket.push(key);
      buckets.set(bucketKey, bucket);
    }
  }
  // The fullest, earliest spelling names the person.
  const clusters = new Map<string, string[]>();
  for (const [key] of full) {
    const members = clusters.get(root(key));
    if (members) members.push(key);
    else clusters.set(root(key), [key]);
  }
  const nameOfRoot = new Map<string, string>();
  for (const [rootKey, keys] of clusters) nameOfRoot.set(rootKey, keys[0] ?? rootKey);
  const clusterOffices = new Map<string, Set<string>>();
  for (const [key] of full) {
    const own = offices.get(key) ?? new Set<string>();
    for (const office of own) addTo(clusterOffices, root(key), office);
  }

  const byWord = new Map<string, Set<string>>();
  for (const [key, words] of full) {
    for (const word of [words[0] ?? '', words[words.length - 1] ?? '']) {
      addTo(byWord, word, root(key));
    }
  }
  // Surnames by first letter, a bucket's worth each, for lone surnames spelled a letter off.
  const surnamesByInitial = new Map<string, [string, string][]>();
  for (const [key, words] of full) {
    const surname = words[words.length - 1] ?? '';
    const bucket = surnamesByInitial.get(surname.charAt(0)) ?? [];
    if (bucket.length < namesPerBucket) bucket.push([root(key), surname]);
    surnamesByInitial.set(surname.charAt(0), bucket);
  }
  const loneWord = (word: string, office: string | undefined): string => {
    const exact = byWord.get(word);
    if (exact?.size === 1) return nameOfRoot.get([...exact][0] as string) ?? word;
    if (exact || !office) return word;
    // "Mayor Ruis" beside "Mayor Debra Ruiz": a surname a letter off, for a person with the same job.
    const near = (surnamesByInitial.get(word.charAt(0)) ?? []).filter(
      ([rootKey, surname]) => clusterOffices.get(rootKey)?.has(office) === true && nearSpelling(word, surname),
    );
    const people = new Set(near.map(([rootKey]) => rootKey));
    return people.size === 1 ? (nameOfRoot.get([...people][0] ?? '') ?? word) : word;
  };

  return {
    personOf: (mention) => {
      const key = mention.nameWords.join(' ');
      if (mention.nameWords.length >= 2) return nameOfRoot.get(root(key)) ?? key;
      return loneWord(mention.nameWords[0] ?? '', mention.rank === 'generic' ? undefined : mention.office);
    },
  };
}

/**
 * Whether two full names are one person's. `apart` says no article uses both: an article that names "Mark Dunn"
 * and "Mary Dunn" names two people, while one article's "Karen Aldous" beside the others' "Maren Aldous" is a slip.
 */
export function sameFullName(
  a: readonly string[],
  b: readonly string[],
  sameJob: boolean,
  apart = false,
  jobsDiffer = false,
): boolean {
  if (a.length !== b.length || a.length < 2) return false;
  const firstA = a[0] ?? '';
  const firstB = b[0] ?? '';
  const lastA = a[a.length - 1] ?? '';
  const lastB = b[b.length - 1] ?? '';
  const middlesAlike = a.slice(1, -1).every((word, index) => nearOrEqual(word, b[index + 1] ?? ''));
  if (!middlesAlike) return false;
  if (firstA === firstB) {
    // "Rachel Munro" / "Rachel Monroe": a surname spelled as it sounds is a slip too, if it is long enough for its
    // vowels to be a spelling ("Anna Berg" / "Anna Borg" are two names).
    const soundSlip =
      endingSlip(lastA, lastB) || (Math.min(lastA.length, lastB.length) >= 5 && sameSoundingName(lastA, lastB));
    return nearOrEqual(lastA, lastB) || (apart && (slipOf(lastA, lastB) || (!jobsDiffer && soundSlip)));
  }
  // A first name spelled differently is one person only with the same job, or in articles that never name both
  // and give no other job ("Mayor Debra Ruiz" / "Judge Deborah Ruiz" are two people). The surname must be the same
  // or a letter off: "Judge Annelie Vosberg" / "Judge Annalie Vossberg" (a letter each, in names long enough that a
  // letter is a slip), not "Coach Mark Dunn" / "Coach Mary Dunne".
  // "Tomas Reyland" / "Thomas Reyland", "Ana Morrow" / "Anna Morrow", "Hester" / "Esther": a given name that reads the
  // same, written with a silent "h" or a doubled letter, or cut short ("Piet" / "Pieter"), in articles that never name both, is one
  // person even where the articles give the person different jobs (which is then a disagreement of its own).
  if (lastA === lastB && apart && (spelledAlike(firstA, firstB) || shortForm(firstA, firstB))) return true;
  // "Ops chief Danny Fairbrace" / "Daniel Fairbrass, director of operations": a familiar form of the given name
  // ("Danny", "Garry" for "Gareth"), or one that keeps its first four letters ("Paula" / "Pauline"), with the same
  // surname or one a letter or two off, in articles that never name both and give no two different jobs.
  if (apart && !jobsDiffer && nearOrEqual(lastA, lastB) && familiarGivenName(firstA, firstB)) {
    return true;
  }
  // "Daniel Pellow" / "Dan Pellowe": a given name cut short, beside a surname a letter off, is the surname misspelt
  // in a tabloid's familiar style; with the same surname ("Dan Pellow") it may be a relative's name.
  if (apart && !jobsDiffer && lastA !== lastB && nearOrEqual(lastA, lastB) && cutShort(firstA, firstB)) return true;
  if (!sameJob && (!apart || jobsDiffer)) return false;
  if (lastA === lastB) {
    // "Dr Maren Aldous" / "Dr Karen Aldous", both directors: even the first letter may slip.
    if (sameSoundingName(firstA, firstB) || droppedLetter(firstA, firstB)) return true;
    // "The Court's chair, Sir Edwin Palethorpe" / "Board chairman Sir Edward Palethorpe": one surname and one job,
    // in articles that never name both, is one person whose given name the articles disagree on.
    if (sameJob && apart && initial(firstA) === initial(firstB)) return true;
    return sameJob && (nearSpelling(firstA, firstB) || slipOf(firstA, firstB));
  }
  // "Rhona Castellan" / "Rona Castellane": a letter dropped from each word, in articles that never name both; a
  // letter changed makes another name ("Mark Dunn" / "Mary Dunne").
  if (apart && droppedLetter(firstA, firstB) && droppedLetter(lastA, lastB)) return true;
  if (!sameJob) return false;
  const long = Math.min(firstA.length, firstB.length, lastA.length, lastB.length) >= 5;
  return long && distance(firstA, firstB) === 1 && distance(lastA, lastB) === 1 && nearSpelling(lastA, lastB);
}

/**
 * Two spellings of one given name that sound alike though letters apart: "Fionnuala" / "Finola", "Siobhan" /
 * "Shivaun" are not, but "Ruairidh" / "Ruaridh", "Katharine" / "Kathryn", "Stephen" / "Steven" keep their
 * consonants in order. Vowels, doubled letters and a silent "h" aside, the consonants must match, and be three or
 * more: "Dan" and "Don" are two names.
 */
export function sameSoundingName(a: string, b: string): boolean {
  if (a === b || initial(a) !== initial(b)) return false;
  const skeleton = consonantsOf(a);
  return skeleton.length >= 3 && skeleton === consonantsOf(b);
}

// "Piet" / "Pieter", "Alex" / "Alexander": a given name cut short, four letters or more of it kept (three for
// `cutShort`: "Dan" / "Daniel").
export function shortForm(a: string, b: string, kept = 4): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= kept && long.startsWith(short);
}

function spelledAlike(a: string, b: string): boolean {
  const plain = (name: string): string =>
    withoutAccents(name)
      .toLowerCase()
      .replace(/^h(?=[aeiou])/, '')
      .replace(/(?<=.)h/g, '')
      .replace(/(.)\1+/g, '$1');
  return a !== b && plain(a) === plain(b);
}

function consonantsOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/ph/g, 'v')
    .replace(/[^a-z]|[aeiouyhw]/g, '')
    .replace(/(.)\1+/g, '$1');
}

/**
 * A name misheard or mistyped, first letter included: "Maren" / "Karen", "Valström" / "Wahlstrom". Accents aside,
 * a letter apart in a name of four letters or more, two in one of seven or more.
 */
export function slipOf(a: string, b: string): boolean {
  const plainA = withoutAccents(a);
  const plainB = withoutAccents(b);
  if (plainA === plainB) return a !== b;
  if (Math.min(plainA.length, plainB.length) < 4) return false;
  return distance(plainA, plainB) <= (Math.max(plainA.length, plainB.length) >= 7 ? 2 : 1);
}

/**
 * "Fiona Aldous" / "Fiona Aldiss", "Dean Farrow" / "Dean Farrell": a surname heard right to its third letter and
 * misheard after it (three letters at most). Only under the same given name, where nothing says two people.
 */
export function endingSlip(a: string, b: string): boolean {
  const plainA = withoutAccents(a);
  const plainB = withoutAccents(b);
  return (
    Math.min(plainA.length, plainB.length) >= 5 && sharedStart(plainA, plainB) >= 3 && distance(plainA, plainB) <= 3
  );
}

function droppedLetter(a: string, b: string): boolean {
  const plainA = withoutAccents(a);
  const plainB = withoutAccents(b);
  return Math.abs(plainA.length - plainB.length) === 1 && distance(plainA, plainB) === 1;
}

/** A word with its accents taken off: "Valström" gives "Valstrom". */
export function withoutAccents(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

function neverTogether(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): boolean {
  if (!a || !b) return false;
  for (const file of a) if (b.has(file)) return false;
  return true;
}

function nearOrEqual(a: string, b: string): boolean {
  return a === b || nearSpelling(a, b);
}

/** Two spellings of one name: same first letter, a letter or two apart ("ruiz"/"ruis", "debra"/"deborah"). */
export function nearSpelling(a: string, b: string): boolean {
  if (a === b || a.length < 3 || b.length < 3 || initial(a) !== initial(b)) return false;
  const allowed = Math.max(a.length, b.length) >= 7 ? 2 : 1;
  return distance(a, b) <= allowed;
}

// One name holds only seats on elected bodies, the other only posts a member of one holds.
function seatBesidePost(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): boolean {
  const seatsOnly = (offices: ReadonlySet<string>): boolean =>
    [...offices].every((office) => holdingOf(office) === 'seat');
  const membersPostsOnly = (offices: ReadonlySet<string>): boolean => [...offices].every(heldBesideSeat);
  if (!a?.size || !b?.size) return false;
  return (seatsOnly(a) && membersPostsOnly(b)) || (seatsOnly(b) && membersPostsOnly(a));
}

function shareOffice(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): boolean {
  if (!a || !b) return false;
  for (const office of a) if (b.has(office)) return true;
  return false;
}

function initial(word: string | undefined): string {
  return (word ?? '').charAt(0);
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

function sharedStart(a: string, b: string): number {
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at += 1;
  return at;
}

// "Dan" / "Daniel", "Sam" / "Samuel": the whole of the shorter name starts the longer.
function cutShort(a: string, b: string): boolean {
  return a !== b && shortForm(a, b, 3);
}

/** "Danny" / "Daniel", "Garry" / "Gareth", "Paula" / "Pauline": one given name, familiar or cut at four letters. */
export function familiarGivenName(a: string, b: string): boolean {
  return a !== b && (familiarForm(a, b) || familiarForm(b, a) || sharedStart(a, b) >= 4);
}

// "Danny" for "Daniel", "Garry" for "Gareth": the start of the name, its last letter doubled or not, and "y" or "ie".
function familiarForm(short: string, long: string): boolean {
  const stem = /^(.{2,}?)(.)?\2?(?:y|ie|ey)$/.exec(short);
  if (!stem || long.length <= short.length) return false;
  // Three letters at least: "Jerry" keeps "jer", which "Jeffrey" does not start with.
  return long.startsWith((stem[1] ?? '') + (stem[2] ?? ''));
}
