import { senseFamily } from './wordFamily.ts';

// Some things said of one thing rule each other out without a "not": a mayor who resigned was not fired, a
// concert that was postponed was not cancelled, a protest that stayed peaceful did not turn violent, a fire that was
// an accident was not set on purpose, a crowd that held a protest did not hold a vigil, patients who were
// transferred to another hospital were not evacuated in an emergency nor sent home. Each group lists the sides;
// the words of one side are one claim, and stating it denies every other side. General news vocabulary, kept to
// words that cannot both be true of one thing at one time (not "opened" / "closed", said of a road a day apart).

const groups: readonly (readonly (readonly string[])[])[] = [
  // Left a post, was put out of it, was kept in it off duty for now (suspensions.ts reads "placed on leave"), left
  // it by agreement (departures.ts reads "by mutual consent"), or retired from it: an officer who retired did not
  // resign.
  [['resign', 'quit'], ['fire', 'dismiss', 'sack', 'oust'], ['onleave'], ['byconsent'], ['retire']],
  [
    ['postpone', 'delay', 'defer'],
    ['cancel', 'scrap'],
  ],
  [['acquit'], ['convict']],
  // Admitted the charges, or was found guilty by a court that heard the case (pleas.ts reads the phrases).
  [['pleadguilty'], ['foundguilty']],
  // How someone left a room or a meeting: walked out, or was put out (departures.ts reads the phrases).
  [['walkout'], ['expel', 'eject']],
  // Closed for a while or for good (permanence.ts reads "mothballed", "shut for good").
  [['temporary'], ['permanent']],
  // Stopped for a while or called off: "the search was suspended overnight" / "the search was called off".
  [['temporary'], ['cancel']],
  // A vessel gone down or still floating: "Kittiwake Blue sank shortly after" / "Kittiwake Blue was still afloat".
  [['sink', 'sank', 'sunk'], ['afloat']],
  // Not "orderly": its word family is that of "ordered", and people ordered to pay fines were not called peaceful.
  [
    ['peaceful', 'calm'],
    ['violent', 'riot'],
  ],
  [
    ['accidental', 'accident'],
    ['deliberate', 'intentional', 'arson'],
  ],
  // What a gathering was for: against something, in mourning or support, in joy.
  [
    ['protest', 'demonstration'],
    ['vigil', 'commemoration'],
    ['celebration', 'festivity'],
  ],
  // Where people were moved and how: an emergency, a planned move elsewhere, home; or not moved at all ("remained
  // on board", "stayed put": read in predicateClaims.ts, since a bare "stayed" is no side).
  [['evacuate'], ['transfer'], ['discharge'], ['stayput']],
  // How someone took news: showing nothing, or in tears (reactions.ts reads "showed no emotion", "stony-faced").
  [['impassive'], ['weep', 'sob']],
  // Open or closed as the article is written (openStates.ts reads "remains open", "has been closed").
  [['nowopen'], ['nowshut']],
  // Locked up or left free (custody.ts reads "taken into custody", "remained on bail").
  [['custody'], ['bail']],
  // At one's own hearing in person, on a screen, or not at all (attendance.ts reads the phrases).
  [['inperson'], ['byvideolink'], ['stayedaway']],
];

const headOf = new Map<string, string>();
const othersOf = new Map<string, string[]>();
for (const sides of groups) {
  const heads = sides.map((side) => senseFamily(side[0] ?? ''));
  sides.forEach((side, at) => {
    const head = heads[at] ?? '';
    for (const word of side) headOf.set(senseFamily(word), head);
    // A side may stand in two groups ("temporary" against "permanent" and against "cancel"): its contraries add up.
    othersOf.set(head, [...(othersOf.get(head) ?? []), ...heads.filter((_, other) => other !== at)]);
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

/** Nouns that name a happening with contraries ("a protest", "a vigil", "the evacuation"), held or joined by people. */
export function isContraryEvent(sense: string): boolean {
  return eventHeads.has(headOf.get(sense) ?? '');
}

const eventHeads = new Set(
  ['protest', 'vigil', 'celebration', 'evacuate', 'transfer', 'discharge'].map((word) => senseFamily(word)),
);

/** Words that describe a state with contraries ("peaceful", "accidental"), read after "was", "remained", "turned". */
export function isContraryState(sense: string): boolean {
  return stateHeads.has(headOf.get(sense) ?? '');
}

const stateHeads = new Set(
  ['peaceful', 'violent', 'accidental', 'deliberate', 'afloat'].map((word) => senseFamily(word)),
);
