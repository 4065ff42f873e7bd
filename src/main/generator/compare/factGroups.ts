// Mentions of one fact across articles are found through an index, never by comparing every sentence with every
// other: each mention is filed under a few keys (what a figure counts, a quotation's rare words), and only
// mentions sharing a key are compared. A crowded key is capped, so 1,000 articles cost about ten times 100.

export interface Mentioned {
  file: string;
  /** Reading order in the set; keeps results stable from run to run. */
  order: number;
}

export interface GroupingRules<M extends Mentioned> {
  keys: (mention: M) => readonly string[];
  /** Positive when two mentions tell the same fact; at most zero otherwise. */
  relate: (a: M, b: M) => number;
  /**
   * Whether a mention may stand in a group beside a member it was not paired with: by default it must relate to
   * it too; a looser test (nothing vetoes it, some context shared) keeps one fact from splitting in two.
   */
  fits?: (a: M, b: M) => boolean;
  /** A test on the group as a whole (the pair's member and the first others together), on top of `fits`. */
  fitsGroup?: (members: readonly M[], other: M) => boolean;
  /**
   * A mention tells one fact: once in a group it starts no other. Not so for quotations, where one long quotation
   * can hold two sentences another article quotes apart.
   */
  exclusive?: boolean;
}

/** A key with more mentions than this compares new mentions only with the first ones filed under it. */
export const bucketCap = 48;
/** At most this many comparisons per mention, rarest keys first; a set of a few dozen articles never reaches it. */
export const comparisonsPerMention = 64;
/** A mention joins a group only if it also fits this many of its members. */
const membersChecked = 4;

export interface MentionPair<M> {
  a: M;
  b: M;
  score: number;
}

/** Groups of mentions, one per article, that tell the same fact; every group spans at least two articles. */
export function groupMentions<M extends Mentioned>(mentions: readonly M[], rules: GroupingRules<M>): M[][] {
  return groupPairs(candidatePairs(mentions, rules), rules);
}

/**
 * Groups built from related pairs, strongest first. A mention joins a group only if it relates to the group's
 * first members too, so a chain A~B~C of loosely similar sentences does not become one fact.
 */
export function groupPairs<M extends Mentioned>(
  pairs: readonly MentionPair<M>[],
  rules: Pick<GroupingRules<M>, 'relate' | 'fits' | 'fitsGroup' | 'exclusive'>,
): M[][] {
  const sorted = [...pairs].sort(
    (x, y) =>
      y.score - x.score ||
      Math.min(x.a.order, x.b.order) - Math.min(y.a.order, y.b.order) ||
      Math.max(x.a.order, x.b.order) - Math.max(y.a.order, y.b.order),
  );
  const groups: Group<M>[] = [];
  const groupsOf = new Map<M, Group<M>[]>();
  const join = (group: Group<M>, mention: M): void => {
    group.members.push(mention);
    group.byFile.set(mention.file, mention);
    const known = groupsOf.get(mention);
    if (known) known.push(group);
    else groupsOf.set(mention, [group]);
  };

  for (const { a, b } of sorted) {
    if ((groupsOf.get(a) ?? []).some((group) => group.byFile.get(b.file) === b)) continue;
    if (rules.exclusive && groupsOf.has(a) && groupsOf.has(b)) continue;
    if (joinExisting(a, b, groupsOf, rules, join) || joinExisting(b, a, groupsOf, rules, join)) continue;
    if (rules.exclusive && (groupsOf.has(a) || groupsOf.has(b))) continue;
    const group: Group<M> = { members: [], byFile: new Map() };
    groups.push(group);
    join(group, a.order <= b.order ? a : b);
    join(group, a.order <= b.order ? b : a);
  }
  return groups.map((group) => group.members.sort((x, y) => x.order - y.order));
}

interface Group<M> {
  members: M[];
  byFile: Map<string, M>;
}

/** True when `other` joined one of `member`'s groups, or its article already tells the fact there. */
function joinExisting<M extends Mentioned>(
  member: M,
  other: M,
  groupsOf: Map<M, Group<M>[]>,
  rules: Pick<GroupingRules<M>, 'relate' | 'fits' | 'fitsGroup'>,
  join: (group: Group<M>, mention: M) => void,
): boolean {
  let settled = false;
  for (const group of groupsOf.get(member) ?? []) {
    const sameArticle = group.byFile.get(other.file);
    if (sameArticle) {
      // The article already speaks in this group through a mention of the same fact: nothing new to add.
      if (rules.relate(sameArticle, other) > 0) settled = true;
      continue;
    }
    const fits = rules.fits ?? ((a: M, b: M) => rules.relate(a, b) > 0);
    const checked = firstMembers(group.members, member);
    if (checked.every((m) => fits(m, other)) && (!rules.fitsGroup || rules.fitsGroup([member, ...checked], other))) {
      join(group, other);
      return true;
    }
  }
  return settled;
}

function firstMembers<M>(members: readonly M[], skip: M): M[] {
  const first: M[] = [];
  for (const member of members) {
    if (member === skip) continue;
    first.push(member);
    if (first.length === membersChecked) break;
  }
  return first;
}

/** Related pairs of mentions from different articles that share at least one key. */
export function candidatePairs<M extends Mentioned>(mentions: readonly M[], rules: GroupingRules<M>): MentionPair<M>[] {
  const buckets = new Map<string, number[]>();
  const pairs: MentionPair<M>[] = [];
  mentions.forEach((mention, index) => {
    const keys = [...new Set(rules.keys(mention))].sort(
      (x, y) => (buckets.get(x)?.length ?? 0) - (buckets.get(y)?.length ?? 0) || (x < y ? -1 : 1),
    );
    const compared = new Set<number>();
    for (const key of keys) {
      let bucket = buckets.get(key);
      if (!bucket) {
        bucket = [];
        buckets.set(key, bucket);
      }
      for (const earlier of bucket) {
        if (compared.size >= comparisonsPerMention) break;
        const other = mentions[earlier];
        if (!other || other.file === mention.file || compared.has(earlier)) continue;
        compared.add(earlier);
        const score = rules.relate(other, mention);
        if (score > 0) pairs.push({ a: other, b: mention, score });
      }
      if (bucket.length < bucketCap) bucket.push(index);
    }
  });
  return pairs;
}

/** Groups of one key compared for retelling; more than this and a key's groups are left as they are. */
const retoldGroupsChecked = 40;

/**
 * A headline often repeats a figure its body gives ("Death toll rises to 15" / "...rose to 15 on Thursday"), so the
 * headlines of a set form a second group for the same fact. Two groups merge when an article in both tells the
 * same value in each and those two mentions tell the same fact; each article then keeps its better mention.
 */
export function mergeRetold<M extends Mentioned>(
  groups: readonly M[][],
  keyOf: (mention: M) => string,
  sameFact: (a: M, b: M) => boolean,
  sameValue: (a: M, b: M) => boolean,
  better: (a: M, b: M) => M,
): M[][] {
  const byKey = new Map<string, M[][]>();
  for (const group of groups) {
    const key = keyOf(group[0] as M);
    const list = byKey.get(key);
    if (list) list.push(group);
    else byKey.set(key, [group]);
  }
  const merged: M[][] = [];
  for (const list of byKey.values()) {
    const open = list.map((group) => new Map(group.map((mention) => [mention.file, mention])));
    if (open.length <= retoldGroupsChecked) {
      for (let i = 0; i < open.length; i += 1) {
        for (let j = i + 1; j < open.length; j += 1) {
          const a = open[i] as Map<string, M>;
          const b = open[j] as Map<string, M>;
          if (a.size === 0 || b.size === 0 || !retold(a, b, sameFact, sameValue)) continue;
          for (const [file, mention] of b) {
            const kept = a.get(file);
            a.set(file, kept ? better(kept, mention) : mention);
          }
          b.clear();
        }
      }
    }
    for (const group of open) {
      if (group.size >= 2) merged.push([...group.values()].sort((x, y) => x.order - y.order));
    }
  }
  return merged;
}

function retold<M>(
  a: Map<string, M>,
  b: Map<string, M>,
  sameFact: (x: M, y: M) => boolean,
  sameValue: (x: M, y: M) => boolean,
): boolean {
  let linked = false;
  for (const [file, mention] of a) {
    const other = b.get(file);
    if (!other) continue;
    if (!sameValue(mention, other)) return false;
    if (sameFact(mention, other)) linked = true;
  }
  return linked;
}
