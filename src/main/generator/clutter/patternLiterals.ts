// What any match of a cue pattern must contain, read once from the pattern's source: a list of clauses, each a
// list of plain strings, such that every match holds at least one string of every clause. "\bshare (?:this|the)
// (?:article|story)\b" gives one clause of four strings ("share this article", ...). A line that lacks every string
// of a clause cannot match, so the pattern need not run on it: most cue patterns are skipped for most lines.
//
// Only the syntax the cue patterns use is read (groups, alternatives, classes, escapes, quantifiers). Whatever
// this reader does not follow counts as "any text", which only weakens the clauses and never makes them wrong;
// syntax it cannot read at all gives no clauses, so the pattern always runs. Strings are lowercased and hold
// only characters whose case cannot hide them (ASCII, and symbols without case): the scanner folds the line the
// same way, so one reading serves case-sensitive and case-insensitive patterns alike.

export type Clause = string[];

interface Piece {
  /** Every string the piece can match, when few enough to list; undefined when unknown or too many. */
  exact: Set<string> | undefined;
  /** Requirements on a match of the piece, as for the whole pattern. */
  clauses: Clause[];
}

// Enough to spell out "(?:your|someone'?s) life is (?:in danger|at risk)"; beyond it the strings are cut into
// shorter runs, each its own clause.
const maxExactStrings = 64;
// A string's first eight characters are nearly as telling as the whole of it, and keep the scanner's table small
// (longer strings made the table twice the size and the scan slower).
const maxStringLength = 8;
// Shorter words ("a", "of") are in almost every line: such a clause costs scanning and rules nothing out. A short
// string with a mark in it ("/", "©", "#") is rare enough to keep.
const minStringLength = 3;
const wordsAndSpaces = /^[\p{L}\p{N}\s]*$/u;

const anyText: Piece = { exact: undefined, clauses: [] };
const emptyText: Piece = { exact: new Set(['']), clauses: [] };

export function requiredLiterals(pattern: RegExp): Clause[] {
  // Without the u flag escapes read differently; with g or y a skipped run would leave lastIndex unchanged.
  if (!pattern.flags.includes('u') || /[gyv]/u.test(pattern.flags)) return [];
  let piece: Piece;
  try {
    const reader = new SourceReader(pattern.source);
    piece = reader.alternatives();
    if (!reader.done()) return [];
  } catch {
    return [];
  }
  const clauses = new Map<string, Clause>();
  for (const clause of allClauses(piece)) {
    const strings = [...new Set(clause.map((text) => text.slice(0, maxStringLength)))];
    if (strings.every(isTelling)) clauses.set(JSON.stringify(strings), strings);
  }
  return [...clauses.values()];
}

class SourceReader {
  private at = 0;
  private readonly source: string;

  constructor(source: string) {
    this.source = source;
  }

  done(): boolean {
    return this.at >= this.source.length;
  }

  alternatives(): Piece {
    const options = [this.sequence()];
    while (this.peek() === '|') {
      this.at += 1;
      options.push(this.sequence());
    }
    return options.length === 1 ? (options[0] as Piece) : either(options);
  }

  private sequence(): Piece {
    const terms: Piece[] = [];
    while (!this.done() && this.peek() !== '|' && this.peek() !== ')') terms.push(this.quantified(this.atom()));
    return inSequence(terms);
  }

  private atom(): Piece {
    const char = this.next();
    if (char === '(') return this.group();
    if (char === '[') return this.characterClass();
    if (char === '\\') return this.escape();
    if (char === '.') return anyText;
    if (char === '^' || char === '$') return emptyText;
    if ('*+?{}])|'.includes(char)) throw new Error(`unexpected ${char}`);
    return literal(char);
  }

  private group(): Piece {
    let lookaround = false;
    if (this.source.startsWith('?:', this.at)) this.at += 2;
    else if (/^\?<?[=!]/u.test(this.source.slice(this.at, this.at + 3))) {
      lookaround = true;
      this.at += this.source[this.at + 1] === '<' ? 3 : 2;
    } else if (this.source.startsWith('?<', this.at)) {
      this.at = this.source.indexOf('>', this.at) + 1;
      if (this.at === 0) throw new Error('unclosed group name');
    } else if (this.peek() === '?') throw new Error('unknown group');
    const inner = this.alternatives();
    if (this.next() !== ')') throw new Error('unclosed group');
    // A lookaround tests the text beside the match without taking it into the match.
    return lookaround ? emptyText : inner;
  }

  private characterClass(): Piece {
    const negated = this.peek() === '^';
    if (negated) this.at += 1;
    const members: string[] = [];
    let plain = !negated;
    while (this.peek() !== ']') {
      const char = this.next();
      if (char === '\\') {
        const escaped = this.next();
        if (/[dDwWsSpPbBnrtvfcux0-9k]/u.test(escaped)) {
          plain = false;
          if ((escaped === 'p' || escaped === 'P') && this.peek() === '{') this.skipPast('}');
        } else members.push(escaped);
      } else if (char === '-' && members.length > 0 && this.peek() !== ']') plain = false;
      else members.push(char);
    }
    this.at += 1;
    if (!plain) return anyText;
    const chars = new Set(members.map((char) => char.toLowerCase()));
    return chars.size <= 8 && [...chars].every(isCaseProof) ? { exact: chars, clauses: [] } : anyText;
  }

  private escape(): Piece {
    const char = this.next();
    if (char === 'b' || char === 'B') return emptyText;
    // Back references and character codes run on past this character; none is worth reading.
    if (/[0-9kuxc]/u.test(char)) throw new Error(`unread escape \\${char}`);
    if ((char === 'p' || char === 'P') && this.peek() === '{') this.skipPast('}');
    // A class of characters (\d, \p{L}) or a control character: any text, which is always safe.
    if (/[dDwWsSpPnrtvf]/u.test(char)) return anyText;
    return literal(char);
  }

  private quantified(atom: Piece): Piece {
    const bounds = this.quantifier();
    if (!bounds) return atom;
    if (this.peek() === '?') this.at += 1;
    const [min, max] = bounds;
    if (min === 0) {
      return max === 1 && atom.exact ? { exact: new Set([...atom.exact, '']), clauses: [] } : anyText;
    }
    return { exact: min === 1 && max === 1 ? atom.exact : undefined, clauses: allClauses(atom) };
  }

  private quantifier(): [number, number] | undefined {
    const char = this.peek();
    if (char === '*') return this.take([0, Infinity], 1);
    if (char === '+') return this.take([1, Infinity], 1);
    if (char === '?') return this.take([0, 1], 1);
    const braces = /^\{(\d+)(,(\d*))?\}/u.exec(this.source.slice(this.at));
    if (!braces) return undefined;
    const min = Number(braces[1]);
    const max = braces[2] === undefined ? min : braces[3] ? Number(braces[3]) : Infinity;
    return this.take([min, max], braces[0].length);
  }

  private take(bounds: [number, number], length: number): [number, number] {
    this.at += length;
    return bounds;
  }

  private peek(): string | undefined {
    const code = this.source.codePointAt(this.at);
    return code === undefined ? undefined : String.fromCodePoint(code);
  }

  private next(): string {
    const char = this.peek();
    if (char === undefined) throw new Error('unexpected end');
    this.at += char.length;
    return char;
  }

  private skipPast(close: string): void {
    const end = this.source.indexOf(close, this.at);
    if (end < 0) throw new Error(`no ${close}`);
    this.at = end + 1;
  }
}

function isTelling(text: string): boolean {
  return text.length >= minStringLength || (text !== '' && !wordsAndSpaces.test(text));
}

function literal(char: string): Piece {
  const lower = char.toLowerCase();
  return isCaseProof(lower) ? { exact: new Set([lower]), clauses: [] } : anyText;
}

/**
 * A character the scanner finds whatever its case in the line: ASCII (folded to lowercase there), or a mark with
 * no case at all ("©", "→"). Other letters have case forms the scanner does not fold, so they read as any text.
 */
function isCaseProof(char: string): boolean {
  if (char.length === 1 && char.charCodeAt(0) < 0x80) return true;
  return !/[\p{L}\p{M}]/u.test(char) && char.toLowerCase() === char && char.toUpperCase() === char;
}

function either(options: readonly Piece[]): Piece {
  let exact: Set<string> | undefined = new Set<string>();
  for (const option of options) {
    exact = exact && option.exact ? new Set([...exact, ...option.exact]) : undefined;
  }
  if (exact && exact.size > maxExactStrings) exact = undefined;
  // A match holds one of the options, so it holds a string of one option's clause: their union is a clause.
  const union: string[] = [];
  for (const option of options) {
    const clause = bestClause(allClauses(option));
    if (!clause) return { exact, clauses: [] };
    union.push(...clause);
  }
  return { exact, clauses: [[...new Set(union)]] };
}

function inSequence(terms: readonly Piece[]): Piece {
  const clauses: Clause[] = [];
  let run = new Set(['']);
  let complete = true;
  const close = (strings: Set<string>): void => {
    if (!strings.has('')) clauses.push([...strings]);
  };
  for (const term of terms) {
    if (term.exact) {
      const joined = joinSets(run, term.exact);
      if (joined.size <= maxExactStrings) run = joined;
      else {
        close(run);
        run = new Set(term.exact);
        complete = false;
      }
    } else {
      close(run);
      clauses.push(...term.clauses);
      run = new Set(['']);
      complete = false;
    }
  }
  if (complete) return { exact: run, clauses };
  close(run);
  return { exact: undefined, clauses };
}

function joinSets(before: ReadonlySet<string>, after: ReadonlySet<string>): Set<string> {
  const joined = new Set<string>();
  for (const head of before) for (const tail of after) joined.add(head + tail);
  return joined;
}

function allClauses(piece: Piece): Clause[] {
  return piece.exact && !piece.exact.has('') ? [...piece.clauses, [...piece.exact]] : piece.clauses;
}

/** The clause whose shortest string is longest: the one least likely to be met by chance. */
function bestClause(clauses: readonly Clause[]): Clause | undefined {
  let best: Clause | undefined;
  let bestLength = 0;
  for (const clause of clauses) {
    const shortest = Math.min(...clause.map((text) => text.length));
    if (shortest > bestLength) {
      best = clause;
      bestLength = shortest;
    }
  }
  return best;
}
