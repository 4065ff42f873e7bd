import type { Token } from './lineTokens.ts';
import { senseFamily } from './wordFamily.ts';

// Whether a machine, system or service kept working: "Cash machines continued to work throughout", "ATMs kept
// working", "the CCTV cameras were working" against "Even cash machines were down", "the website went offline",
// "the lifts stopped working", "the pumps were out of action". What stayed up is disputed after outages,
// blackouts, floods and thefts alike. Only things that run are read: "shares went down" and "staff worked through
// the night" tell of something else.

/** The verb a claim that a thing kept working stands for. */
export const keptWorking = senseFamily('keptworking');

export interface ServiceState {
  /** Index of the first word of the phrase ("continued" of "continued to work", "went" of "went down"). */
  first: number;
  /** Index of the last word of the phrase. */
  last: number;
  /** Index of the word the subject and any auxiliaries stand before ("went" of "went down", "down" of "were down"). */
  verb: number;
  /** Told as out of service ("were down", "stopped working"), before any "not". */
  down: boolean;
}

const running = new Set(
  [
    'machine',
    'system',
    'network',
    'website',
    'app',
    'server',
    'computer',
    'phone',
    'line',
    'lift',
    'elevator',
    'escalator',
    'signal',
    'pump',
    'alarm',
    'generator',
    'sprinkler',
    'camera',
    'cctv',
    'radio',
    'platform',
    'switch',
    'terminal',
    'scanner',
    'barrier',
  ].map((word) => senseFamily(word)),
);

// "ATMs", "cashpoints": cash machines, under any name.
const cashMachineNames = new Set(['atm', 'atms', 'cashpoint', 'cashpoints']);
const cashMachine = { sense: senseFamily('machine'), narrower: senseFamily('cash') };

/** The word family and narrower a thing that runs is filed under, if the noun names one. */
export function runningThing(token: Token): { sense: string; narrower?: string } | undefined {
  if (cashMachineNames.has(token.lower)) return cashMachine;
  return token.pos === 'NOUN' && running.has(token.sense) ? { sense: token.sense } : undefined;
}

const work = senseFamily('work');
const outOf = new Set(['action', 'order', 'service', 'use']);

/** The state the word at `index` tells of, if it says a thing worked or was out of service. */
export function serviceStateAt(tokens: readonly Token[], index: number): ServiceState | undefined {
  const token = tokens[index];
  if (!token) return undefined;
  const before = tokens[index - 1];
  // wink reads "working" after "stopped" as an adjective now and then, so the word's family is matched.
  if (token.sense === work && (token.pos === 'VERB' || before?.lemma === 'keep' || before?.lemma === 'stop')) {
    // "continued to work", "kept working", "stopped working", "were working normally".
    if (before?.lemma === 'stop') return { first: index - 1, last: index, verb: index - 1, down: true };
    if (before?.lemma === 'keep') return { first: index - 1, last: index, verb: index - 1, down: false };
    if (before?.lower === 'to' && tokens[index - 2]?.lemma === 'continue') {
      return { first: index - 2, last: index, verb: index - 2, down: false };
    }
    return { first: index, last: index, verb: index, down: false };
  }
  // "were down", "went offline", "was taken offline".
  if ((token.lower === 'down' || token.lower === 'offline') && isBeOrGo(before, tokens[index - 2])) {
    const verb = before?.pos === 'VERB' ? index - 1 : index;
    return { first: verb, last: index, verb, down: true };
  }
  // "A backup generator failed for 20 minutes" / "backup generators started immediately", "kicked in": a thing
  // that failed (not "failed to" do something) was out of service; one that started or kicked in worked.
  if (token.pos === 'VERB' && token.lemma === 'fail' && tokens[index + 1]?.lower !== 'to') {
    return { first: index, last: index, verb: index, down: true };
  }
  if (token.pos === 'VERB' && startedUp(tokens, index)) {
    return { first: index, last: index + 1, verb: index, down: false };
  }
  // "out of action", "out of order".
  if (token.lower === 'out' && tokens[index + 1]?.lower === 'of' && outOf.has(tokens[index + 2]?.lower ?? '')) {
    return { first: index, last: index + 2, verb: index, down: true };
  }
  return undefined;
}

const startingAdverbs = new Set(['immediately', 'automatically', 'instantly', 'straight', 'up']);
function startedUp(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1]?.lower ?? '';
  if (tokens[index]?.lemma === 'kick') return next === 'in';
  return tokens[index]?.lemma === 'start' && startingAdverbs.has(next);
}

// "were down", "went down", "was taken offline": the verb before the word, or a participle between.
function isBeOrGo(before: Token | undefined, earlier: Token | undefined): boolean {
  if (!before) return false;
  if (before.lemma === 'be' || before.lemma === 'go') return true;
  return (before.lemma === 'take' || before.lemma === 'knock') && earlier?.lemma === 'be';
}
