import { senseFamily } from './wordFamily.ts';

// Some things said of one thing rule each other out without a "not": a mayor who resigned was not fired, a
// concert that was postponed was not cancelled, a protest that stayed peaceful did not turn violent, a fire that was
// an accident was not set on purpose. Each group lists the sides; the words of one side are one claim, and stating
// it denies every other side. General news vocabulary, kept to pairs that cannot both be true of one thing.

const groups: readonly (readonly (readonly string[])[])[] = [
  [
    ['resign', 'quit'],
    ['fire', 'dismiss', 'sack', 'oust'],
  ],
  [
    ['postpone', 'delay', 'defer'],
    ['cancel', 'scrap'],
  ],
  [['acquit'], ['convict']],
  [
    ['peaceful', 'calm', 'orderly'],
    ['violent', 'riot'],
  ],
  [
    ['accidental', 'accident'],
    ['deliberate', 'intentional', 'arson'],
  ],
];

const headOf = new Map<string, string>();
const othersOf = new Map<string, string[]>();
for (const sides of groups) {
  const heads = sides.map((side) => senseFamily(side[0] ?? ''));
  sides.forEach((side, at) => {
    const head = heads[at] ?? '';
    for (const word of side) headOf.set(senseFamily(word), head);
    othersOf.set(
      head,
      heads.filter((_, other) => other !== at),
    );
  });
}

/** The side a word family stands for ("sack" and "dismiss" stand for "fire"), if it has contraries. */
export function contraryHead(sense: string): string | undefined {
  return headOf.get(sense);
}

/** The sides that stating this one denies. */
export function contrariesOf(head: string): readonly string[] {
  return othersOf.get(head) ?? [];
}

/** Words that describe a state with contraries ("peaceful", "accidental"), read after "was", "remained", "turned". */
export function isContraryState(sense: string): boolean {
  return stateHeads.has(headOf.get(sense) ?? '');
}

const stateHeads = new Set(['peaceful', 'violent', 'accidental', 'deliberate'].map((word) => senseFamily(word)));
