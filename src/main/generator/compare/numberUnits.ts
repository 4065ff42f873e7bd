import type { Token } from './lineTokens.ts';
import { senseFamily } from './wordFamily.ts';

// What a figure counts decides which figures may be compared: troops with troops (or soldiers), dollars with
// dollars, deaths with deaths. A count of people is only comparable once we know what happened to them.

const currencySymbols: Record<string, string> = {
  $: '$',
  us$: '$',
  usd: '$',
  a$: 'AUD',
  aud: 'AUD',
  c$: 'CAD',
  cad: 'CAD',
  hk$: 'HKD',
  nz$: 'NZD',
  r$: 'BRL',
  '£': 'GBP',
  gbp: 'GBP',
  '€': 'EUR',
  eur: 'EUR',
  '¥': 'JPY/CNY',
  '₹': 'INR',
  rs: 'INR',
  inr: 'INR',
  '₽': 'RUB',
  rub: 'RUB',
  cny: 'CNY',
  rmb: 'CNY',
  jpy: 'JPY',
  chf: 'CHF',
};

const currencyWords: Record<string, string> = {
  dollar: '$',
  dollars: '$',
  euro: 'EUR',
  euros: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  sterling: 'GBP',
  yuan: 'CNY',
  renminbi: 'CNY',
  yen: 'JPY',
  rouble: 'RUB',
  roubles: 'RUB',
  ruble: 'RUB',
  rubles: 'RUB',
  rupee: 'INR',
  rupees: 'INR',
  francs: 'CHF',
  hryvnia: 'UAH',
  hryvnias: 'UAH',
  lira: 'TRY',
  kronor: 'kronor',
  krona: 'kronor',
  kroner: 'kroner',
  krone: 'kroner',
  zloty: 'PLN',
  rand: 'ZAR',
  shekels: 'ILS',
  naira: 'NGN',
  pesos: 'pesos',
  won: 'KRW',
};

/** The currency of a symbol written before a figure ("$", "US$", "£"). */
export function currencyOfSymbol(token: Token | undefined): string | undefined {
  if (!token) return undefined;
  return currencySymbols[token.lower];
}

/** The currency named after a figure ("dollars", "US dollars", "pounds sterling"), with the last token used. */
export function currencyAfter(tokens: Token[], index: number): { currency: string; last: number } | undefined {
  let at = index;
  if (['us', 'u.s.', 'american', 'australian', 'canadian', 'hong', 'new'].includes(tokens[at]?.lower ?? '')) {
    const named = currencyWords[tokens[at + 1]?.lower ?? ''];
    if (named !== '$') return undefined;
    const country = tokens[at]?.lower ?? '';
    const code = country === 'australian' ? 'AUD' : country === 'canadian' ? 'CAD' : '$';
    return { currency: code, last: at + 1 };
  }
  const currency = currencyWords[tokens[at]?.lower ?? ''];
  if (!currency) return undefined;
  // "100 pounds of rice" is a weight.
  if (currency === 'GBP' && tokens[at]?.lower.startsWith('pound') && tokens[at + 1]?.lower === 'of') return undefined;
  if (tokens[at + 1]?.lower === 'sterling') at += 1;
  return { currency, last: at };
}

/** "%", "percent", "per cent", "pct" after a figure, with the last token used. */
export function percentAfter(tokens: Token[], index: number): number | undefined {
  const word = tokens[index]?.lower;
  if (word === '%' || word === 'percent' || word === 'pct') return index;
  if (word === 'per' && tokens[index + 1]?.lower === 'cent') return index + 1;
  return undefined;
}

// What happened to the people counted. A figure for the dead is never compared with a figure for the injured.
const fates = [
  'killed',
  'injured',
  'arrested',
  'charged',
  'evacuated',
  'missing',
  'displaced',
  'rescued',
  'hospitalised',
  'infected',
  'fled',
  'homeless',
  'stranded',
  'employed',
  'vaccinated',
];
// Synonyms fold into the first word that names their fate: "detained" counts as "arrested".
const fateFamilies = new Map<string, string>();
for (const word of fates) if (!fateFamilies.has(senseFamily(word))) fateFamilies.set(senseFamily(word), word);
const peopleLike = new Set(
  [
    'people',
    'civilians',
    'children',
    'adults',
    'men',
    'women',
    // wink reads "men" and "people" as the lemma, so the singulars are their families too.
    'man',
    'woman',
    'child',
    'person',
    'passengers',
    'workers',
    'victims',
    'migrants',
    'refugees',
    'casualties',
    'students',
    'patients',
    'fans',
    'citizens',
    'inhabitants',
    'villagers',
    'residents',
    'individuals',
    'persons',
    'protesters',
    'demonstrators',
    'staff',
    'employees',
    'crew',
    'supporters',
    'voters',
    'members',
    'visitors',
    'spectators',
    'participants',
    'tenants',
    'occupants',
    'entrants',
    'competitors',
    'runners',
    'swimmers',
    'cyclists',
    'pensioners',
  ].map((word) => senseFamily(word)),
);

// Words for people in general: "4,000 residents" and "4,000 people" told to leave are one count.
const anyone = new Set(
  [
    'people',
    'person',
    'persons',
    'adults',
    'individuals',
    'residents',
    'civilians',
    'citizens',
    'inhabitants',
    'villagers',
    'locals',
    // Those who live in one building or take part in one event: "More than 40 tenants" / "About 30 residents",
    // "about 400 swimmers" / "more than 450 entrants".
    'tenants',
    'occupants',
    'entrants',
    'participants',
    'competitors',
    // "Thirty-eight elderly residents" / "more than 40 pensioners" of a care home: a tabloid's word for the old.
    'pensioners',
  ].map((word) => senseFamily(word)),
);
const people = senseFamily('people');

/** The unit of a count of people with no fate: one unit for people in general, the noun for anyone narrower. */
export function peopleUnit(sense: string): string {
  return anyone.has(sense) ? people : sense;
}

// "dockworkers", "steelworkers", "fishermen", "townspeople": a compound whose last part names people counts what
// that part counts.
const countedEndings: readonly (readonly [RegExp, string])[] = [
  [/^\p{L}{2,}workers?$/u, senseFamily('workers')],
  [/^\p{L}{3,}(?:wo)?men$/u, senseFamily('men')],
  [/^\p{L}{3,}people$/u, people],
  // "41 oiled seabirds" / "around 30 affected birds": seabirds, shorebirds and waterbirds are birds.
  [/^\p{L}{3,}birds?$/u, senseFamily('birds')],
  // "About 30 flats were evacuated" / "residents of around 40 homes" / "a 52-flat block": counted, flats and
  // apartments are homes.
  [/^(?:flats?|apartments?)$/u, senseFamily('homes')],
];

const notPeople = new Set(['specimen', 'regimen', 'abdomen', 'acumen', 'stamen', 'albumen', 'cyclamen']);

// The word family a counted noun stands for: its own, or that of the people or birds its last part names.
export function countedSense(token: Token): string {
  if (countsPeople(token.sense) || token.pos !== 'NOUN' || notPeople.has(token.lower)) return token.sense;
  for (const [ending, sense] of countedEndings) if (ending.test(token.lower)) return sense;
  return token.sense;
}

/** Whether a counted noun is people whose fate must be known before two counts can be compared. */
export function countsPeople(sense: string): boolean {
  return peopleLike.has(sense);
}

/** The fate named near a count of people ("45 people were killed", "killing 45"), as a comparison key. */
export function fateNear(tokens: Token[], noun: number, from: number, to: number): string | undefined {
  // The verb after the noun ("45 people were killed") is a closer tie than one before ("killing 45 people"), but
  // not past "and": in "killing 12 people and injuring 300" the injured are the next figure's.
  for (let at = noun + 1; at <= Math.min(tokens.length - 1, to); at += 1) {
    // "Two men, aged 27 and 34, were arrested", "Three men, aged 19, 28 and 34, have since been arrested": the ages
    // set off by commas are passed over whole.
    if (tokens[at]?.text === ',' && tokens[at + 1]?.lower === 'aged') {
      const close = tokens.findIndex(
        (token, index) => index > at + 1 && token.text === ',' && tokens[index + 1]?.pos !== 'NUM',
      );
      if (close > 0) {
        to += close - at;
        at = close;
        continue;
      }
    }
    if (tokens[at]?.pos === 'PUNCT' && tokens[at]?.text !== ',') break;
    if (tokens[at]?.pos === 'CCONJ') break;
    const fate = takesObject(tokens, at) ? undefined : fateOf(tokens[at]);
    if (fate) return fate;
  }
  for (let at = noun - 1; at >= Math.max(0, from); at -= 1) {
    // "fourth arrest as two men appear in court": a conjunction starts the count's own clause.
    if (clauseOpeners.has(tokens[at]?.lower ?? '')) break;
    const fate = fateOf(tokens[at]);
    if (fate) return fate;
  }
  return undefined;
}
const clauseOpeners = new Set(['as', 'while', 'when', 'after', 'before', 'because', 'since', 'until']);

// "28,000 travellers missing their flights": a fate word with an object is the verb of something else done.
const possessives = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their']);
function takesObject(tokens: Token[], at: number): boolean {
  const next = tokens[at + 1];
  return next !== undefined && (next.pos === 'DET' || possessives.has(next.lower));
}

// A name is never a fate, whatever its stem: "At Strandvik Academy, 40 students" were not stranded. Nor is the verb
// "live", whose family is that of "lives" ("claimed 12 lives"): "2,000 people live there" counts residents.
function fateOf(token: Token | undefined): string | undefined {
  if (!token || token.pos === 'PROPN' || (token.pos === 'VERB' && token.lemma === 'live')) return undefined;
  return fateFamilies.get(token.sense);
}

/** Whether a word family names a fate ("dead", "deaths", "fatalities"), or is one ("killed"). */
export function fateOfWord(sense: string): string | undefined {
  return fateFamilies.get(sense) ?? (fates.includes(sense) ? sense : undefined);
}

const job = senseFamily('jobs');
/** The unit of jobs lost: "850 jobs are to go", "1,100 jobs axed", "900 employees will lose their jobs". */
export const jobsLost = `${job} lost`;
const jobsCreated = `${job} created`;
const losing = new Set([
  'go',
  'axe',
  'cut',
  'eliminate',
  'lose',
  'shed',
  'slash',
  'scrap',
  'disappear',
  'threaten',
  'remove',
  'abolish',
]);
const creating = new Set(['create', 'offer', 'add', 'hire', 'bring', 'generate', 'promise']);

/**
 * Jobs are counted by what happens to them, as people are: "850 jobs are to go" and "1,100 jobs axed" count jobs
 * lost, "offers around 80 jobs" and "100,000 new jobs" jobs created, and the two are never one figure. The verb after the noun ("jobs
 * would be eliminated") or before the figure ("will cut 300 jobs"); plain "jobs" when neither says.
 */
/** Whether the unit counts jobs, whatever happens to them. */
export function countsJobs(unit: string): boolean {
  return unit === job || unit === jobsLost || unit === jobsCreated;
}

/** Plain "jobs" meets jobs lost or created ("the 38 library jobs" / "remove 38 full-time posts"); lost and created never meet. */
export function jobsMeet(a: string, b: string): boolean {
  return (a === job && countsJobs(b)) || (b === job && countsJobs(a));
}

// "38 full-time posts", "120 part-time positions", "200 posts will go": a post or position is a job when the words
// say it is work, by its hours or by what happens to it.
const postWords = new Set(['post', 'posts', 'position', 'positions', 'role', 'roles', 'vacancy', 'vacancies']);
export function postAsJob(tokens: Token[], noun: number, valueFirst: number): string | undefined {
  if (!postWords.has(tokens[noun]?.lower ?? '')) return undefined;
  const unit = jobUnit(tokens, noun, valueFirst);
  if (unit !== job) return unit;
  const hours = tokens.slice(valueFirst + 1, noun).some((token) => /^(full|part)(-time)?$/.test(token.lower));
  return hours ? job : undefined;
}

export function jobUnit(tokens: Token[], noun: number, valueFirst: number): string {
  let at = noun + 1;
  while (at < noun + 5 && ['AUX', 'PART', 'ADV'].includes(tokens[at]?.pos ?? '')) at += 1;
  const after = tokens[at];
  const before = tokens[valueFirst - 1]?.pos === 'ADV' ? tokens[valueFirst - 2] : tokens[valueFirst - 1];
  if (tokens[noun - 1]?.lower === 'new') return jobsCreated;
  for (const verb of [after, before]) {
    if (!verb || (verb.pos !== 'VERB' && verb !== after)) continue;
    if (losing.has(verb.lemma)) return jobsLost;
    if (creating.has(verb.lemma)) return jobsCreated;
  }
  return job;
}

/**
 * "900 employees will lose their jobs", "900 lose the job", "300 workers were laid off", "made redundant": people
 * who lose their work are the jobs lost, and count as jobs ("850 jobs are to go"). The unit and the token index
 * of the last word that says so, or undefined.
 */
export function jobLossAfter(tokens: Token[], from: number): { unit: string; last: number } | undefined {
  let at = from;
  while (at < from + 4 && (tokens[at]?.pos === 'AUX' || tokens[at]?.pos === 'ADV' || tokens[at]?.pos === 'PART')) {
    at += 1;
  }
  const verb = tokens[at];
  if (!verb) return undefined;
  if (verb.lemma === 'lose') {
    let object = at + 1;
    if (['DET', 'PRON'].includes(tokens[object]?.pos ?? '')) object += 1;
    return /^jobs?$/.test(tokens[object]?.lower ?? '') ? { unit: jobsLost, last: object } : undefined;
  }
  const next = tokens[at + 1]?.lower;
  if ((verb.lemma === 'lay' && next === 'off') || (verb.lemma === 'make' && next === 'redundant')) {
    return { unit: jobsLost, last: at + 1 };
  }
  return undefined;
}
