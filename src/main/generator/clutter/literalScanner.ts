// Finds which of a fixed list of lowercase strings occur in a line, in one pass over its characters
// (Aho-Corasick, compiled to a table: one lookup per character, however many strings). Running each of a few
// hundred cue patterns over every line was the clutter rules' largest cost; scanning once for the strings those
// patterns need (patternLiterals.ts) tells which patterns can match at all.
//
// Letters are folded as a case-insensitive pattern compares them: A-Z to a-z, and the two other characters that
// fold to ASCII letters, the long s and the Kelvin sign. The strings hold only ASCII and caseless symbols
// (patternLiterals.ts sees to that), so no other folding can hide one.

export type LiteralScan = (text: string) => Uint8Array;

const root = 0;
// Every character that no string holds shares this column: it sends the scan back to the root.
const otherColumn = 0;

export function compileLiteralScanner(literals: readonly string[]): LiteralScan {
  const columnOf = foldedColumns(literals);
  const columns = Math.max(...columnOf, otherColumn) + 1;

  // The trie of the strings, by column.
  const children: Map<number, number>[] = [new Map()];
  const ends: number[][] = [[]];
  literals.forEach((text, id) => {
    let state = root;
    for (let at = 0; at < text.length; at += 1) {
      const column = columnOf[text.charCodeAt(at)] ?? otherColumn;
      let next = children[state]?.get(column);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        ends.push([]);
        children[state]?.set(column, next);
      }
      state = next;
    }
    ends[state]?.push(id);
  });

  // Breadth first, so a state's fallback (its longest proper suffix in the trie) is complete before its children.
  const moves = new Int32Array(children.length * columns);
  const found: (number[] | undefined)[] = new Array<number[] | undefined>(children.length);
  const fallback = new Int32Array(children.length);
  const queue = [root];
  for (let head = 0; head < queue.length; head += 1) {
    const state = queue[head] as number;
    const back = fallback[state] as number;
    const inherited = state === root ? [] : (found[back] ?? []);
    const own = ends[state] ?? [];
    found[state] = own.length + inherited.length > 0 ? [...own, ...inherited] : undefined;
    for (let column = 0; column < columns; column += 1) {
      const child = children[state]?.get(column);
      const viaBack = state === root ? root : (moves[back * columns + column] as number);
      if (child === undefined) {
        moves[state * columns + column] = viaBack;
      } else {
        moves[state * columns + column] = child;
        fallback[child] = viaBack;
        queue.push(child);
      }
    }
  }

  return (text) => {
    const present = new Uint8Array(literals.length);
    let state = root;
    for (let at = 0; at < text.length; at += 1) {
      state = moves[state * columns + (columnOf[text.charCodeAt(at)] as number)] as number;
      const ids = found[state];
      if (ids !== undefined) for (const id of ids) present[id] = 1;
    }
    return present;
  };
}

/** A column for every UTF-16 unit: the same for a letter's two cases, the other column for unused units. */
function foldedColumns(literals: readonly string[]): Uint16Array {
  const numbered = new Map<number, number>();
  for (const text of literals) {
    for (let at = 0; at < text.length; at += 1) {
      const unit = text.charCodeAt(at);
      if (!numbered.has(unit)) numbered.set(unit, numbered.size + 1);
    }
  }
  const columnOf = new Uint16Array(0x10000);
  for (let unit = 0; unit < columnOf.length; unit += 1) columnOf[unit] = numbered.get(fold(unit)) ?? otherColumn;
  return columnOf;
}

const longS = 0x17f;
const kelvinSign = 0x212a;

function fold(unit: number): number {
  if (unit >= 0x41 && unit <= 0x5a) return unit + 0x20;
  if (unit === longS) return 0x73;
  if (unit === kelvinSign) return 0x6b;
  return unit;
}
