import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeSet, type ArticleInput } from '../../../../../src/main/generator/analyzeSet.ts';
import { generateSet, type GeneratedSet } from '../../../../../src/main/generator/generateSet.ts';
import { buildItems } from '../../../../../src/main/generator/items/buildItems.ts';
import { verdictOptions } from '../../../../../src/main/generator/items/evidenceWording.ts';
import type { Analysis } from '../../../../../src/shared/analysis.ts';
import { itemFormats, skills, type Item } from '../../../../../src/shared/items.ts';
import { seedSetDir } from '../../../../support/paths.ts';

// The items the generator makes from the five seed articles, checked against the articles themselves and against
// the analysis they came from: counts, clean share, exact evidence, keys that follow from the evidence, and no
// wording that gives the key away.

let seed: GeneratedSet;
let items: Item[];
let analysis: Analysis;
const articleText = new Map<string, string[]>();

beforeAll(async () => {
  const generated = await generateSet(seedSetDir);
  if (!generated.ok) throw new Error(generated.error.message);
  seed = generated.value;
  items = seed.items.items;
  analysis = seed.analysis;
  for (const file of seed.files)
    articleText.set(file, (await readFile(join(seedSetDir, file), 'utf8')).split(/\r\n|\r|\n/));
});

const lineText = (file: string, line: number): string => articleText.get(file)?.[line - 1]?.trimEnd() ?? '';
const verdictOf = (file: string, line: number) => analysis.lines.find((l) => l.file === file && l.line === line);
const keyTexts = (item: Item): string[] =>
  item.format === 'mark_lines'
    ? []
    : item.options
        .filter((o) => (Array.isArray(item.key) ? item.key.includes(o.id) : o.id === item.key))
        .map((o) => o.text);
const otherTexts = (item: Item): string[] =>
  item.format === 'mark_lines' ? [] : item.options.map((o) => o.text).filter((t) => !keyTexts(item).includes(t));

describe('the seed set has enough items of every skill and format', () => {
  it('makes at least 8 items per skill and uses all three formats', () => {
    for (const skill of skills) expect(items.filter((i) => i.skill === skill).length, skill).toBeGreaterThanOrEqual(8);
    expect(new Set(items.map((i) => i.format))).toEqual(new Set(itemFormats));
  });

  it('gives about a third of each skill’s items a clean answer', () => {
    for (const skill of skills) {
      const ofSkill = items.filter((i) => i.skill === skill);
      const share = ofSkill.filter((i) => i.clean).length / ofSkill.length;
      expect(share, `${skill}: ${share.toFixed(2)}`).toBeGreaterThanOrEqual(0.25);
      expect(share, `${skill}: ${share.toFixed(2)}`).toBeLessThanOrEqual(0.45);
    }
  });

  it('spreads difficulty over more than one level in every skill', () => {
    for (const skill of skills)
      expect(new Set(items.filter((i) => i.skill === skill).map((i) => i.difficulty)).size, skill).toBeGreaterThan(1);
  });
});

describe('ids', () => {
  it('are unique and the same when the set is generated again', async () => {
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    const again = await generateSet(seedSetDir);
    if (!again.ok) throw new Error(again.error.message);
    expect(again.value.items.items).toEqual(items);
  });

  it('do not depend on the order the articles are read in', async () => {
    const inputs: ArticleInput[] = await Promise.all(
      seed.files.map(async (file) => ({ file, text: await readFile(join(seedSetDir, file), 'utf8') })),
    );
    const reversed = buildItems(analyzeSet([...inputs].reverse()));
    expect(reversed.map((i) => i.id)).toEqual(items.map((i) => i.id));
    expect(reversed).toEqual(items);
  });
});

describe('evidence', () => {
  it('is the exact text at the given offsets of the article line', () => {
    for (const item of items) {
      for (const passage of item.evidence) {
        expect(lineText(passage.file, passage.line).slice(passage.start, passage.end), item.id).toBe(passage.text);
      }
    }
  });

  it('shows mark-the-lines items in the article’s own lines, in order', () => {
    for (const item of items) {
      if (item.format !== 'mark_lines') continue;
      for (const shown of item.lines) expect(lineText(item.file, shown.line), item.id).toBe(shown.text);
      const numbers = item.lines.map((l) => l.line);
      expect(numbers, item.id).toEqual([...numbers].sort((a, b) => a - b));
    }
  });
});

describe('every key follows from its evidence and the analysis', () => {
  it('clutter: the marked lines are exactly the chrome lines shown, and clean windows have none', () => {
    for (const item of items.filter((i) => i.skill === 'clutter' && i.format === 'mark_lines')) {
      if (item.format !== 'mark_lines') continue;
      const chrome = item.lines.filter((l) => verdictOf(item.file, l.line)?.boilerplate).map((l) => l.line);
      expect(item.key, item.id).toEqual(chrome);
      expect(item.clean, item.id).toBe(chrome.length === 0);
      expect(
        item.lines.some((l) => !verdictOf(item.file, l.line)?.boilerplate),
        item.id,
      ).toBe(true);
    }
  });

  it('clutter: a key line is chrome, the other options are article lines (and the other way round when clean)', () => {
    for (const item of items.filter((i) => i.skill === 'clutter' && i.format !== 'mark_lines')) {
      const file = item.evidence[0]?.file as string;
      const isChrome = (text: string): boolean | undefined =>
        analysis.lines.find((l) => l.file === file && l.text === text)?.boilerplate;
      for (const text of keyTexts(item)) expect(isChrome(text), `${item.id}: ${text}`).toBe(!item.clean);
      for (const text of otherTexts(item)) expect(isChrome(text), `${item.id}: ${text}`).toBe(item.clean);
    }
  });

  it('evidence: the key verdict is the finder’s verdict on the claim, and clean means a named source', () => {
    for (const item of items.filter((i) => i.skill === 'evidence' && i.format === 'single_choice')) {
      const [key] = keyTexts(item);
      expect(item.clean, item.id).toBe(key === verdictOptions.supported);
      const cue = item.evidence.at(-1);
      const fromFinder = item.clean
        ? analysis.supported.some(
            (s) => s.file === cue?.file && s.line === cue?.line && (s.source === cue?.text || s.text === cue?.text),
          )
        : analysis.unsupported.some(
            (u) =>
              u.file === cue?.file && u.line === cue?.line && u.cue === cue?.text && verdictOptions[u.kind] === key,
          );
      expect(fromFinder, item.id).toBe(true);
    }
  });

  it('evidence: keys are the unsupported claims, the other options sentences that name their source', () => {
    const unsupported = new Set(analysis.unsupported.map((u) => u.claim?.text ?? u.text));
    const supported = new Set(analysis.supported.map((s) => s.text));
    for (const item of items.filter((i) => i.skill === 'evidence' && i.format === 'choose_all')) {
      for (const text of keyTexts(item)) expect(unsupported.has(text), `${item.id}: ${text}`).toBe(true);
      for (const text of otherTexts(item)) expect(supported.has(text), `${item.id}: ${text}`).toBe(true);
    }
    for (const item of items.filter((i) => i.skill === 'evidence' && i.format === 'mark_lines')) {
      if (item.format !== 'mark_lines') continue;
      const claimLines = new Set(
        analysis.unsupported.filter((u) => (u.claim?.file ?? u.file) === item.file).map((u) => u.claim?.line ?? u.line),
      );
      expect(item.key, item.id).toEqual(item.lines.map((l) => l.line).filter((line) => claimLines.has(line)));
    }
  });

  it('compare: the key pairs each outlet with its own value, and clean means the finder found them agreeing', () => {
    const pairs = items.filter(
      (i) => i.skill === 'compare' && i.format === 'single_choice' && keyTexts(i)[0]?.startsWith('First:'),
    );
    expect(pairs.length).toBeGreaterThan(0);
    for (const item of pairs) {
      const [first, second] = item.evidence;
      const [key] = keyTexts(item);
      if (!first || !second) throw new Error(`${item.id} has fewer than two passages`);
      expect(key, item.id).toBe(`First: “${first.text}”. Second: “${second.text}”.`);
      const together = (facts: Analysis['agreements']): boolean =>
        facts.some((f) =>
          [first, second].every((p) =>
            f.values.some((v) => v.file === p.file && v.line === p.line && v.text === p.text),
          ),
        );
      const inDisagreement = analysis.disagreements.some((f) =>
        f.values.some((v) => [first, second].some((p) => v.file === p.file && v.line === p.line && v.text === p.text)),
      );
      if (item.clean) expect(together(analysis.agreements), item.id).toBe(true);
      else expect(!together(analysis.agreements) && inDisagreement, item.id).toBe(true);
    }
  });
});

describe('every compare item stands on a finding', () => {
  it('a clean item’s passages are values of one agreement; any other item cites a disagreement', () => {
    const holds = (fact: Analysis['agreements'][number], p: Item['evidence'][number]): boolean =>
      fact.values.some((v) => v.file === p.file && v.line === p.line && v.text === p.text);
    for (const item of items.filter((i) => i.skill === 'compare')) {
      if (item.clean) {
        expect(
          analysis.agreements.some((f) => item.evidence.every((p) => holds(f, p))),
          item.id,
        ).toBe(true);
      } else {
        expect(
          analysis.disagreements.some((f) => item.evidence.some((p) => holds(f, p))),
          item.id,
        ).toBe(true);
      }
    }
  });
});

describe('no key leaks into the wording', () => {
  it('letters the options a, b, c … in display order', () => {
    for (const item of items) {
      if (item.format === 'mark_lines') continue;
      expect(
        item.options.map((o) => o.id),
        item.id,
      ).toEqual(item.options.map((_, at) => String.fromCharCode(97 + at)));
    }
  });

  it('does not always put the key in the same place', () => {
    const shuffled = items.filter((i) => i.format === 'single_choice' && !(i.skill === 'evidence'));
    const positions = new Set(shuffled.map((i) => (i.format === 'single_choice' ? i.key : '')));
    expect(positions.size).toBeGreaterThanOrEqual(3);
  });

  it('never repeats the key option’s text in the prompt', () => {
    for (const item of items)
      for (const text of keyTexts(item)) expect(item.prompt.includes(text), item.id).toBe(false);
  });

  it('asks clean and unclean items of a kind in the same words', () => {
    // What may differ: which articles, which fact, which passage, which line numbers. Nothing else.
    const headlines = analysis.articles.map((a) => a.headline).filter((h) => h !== '');
    // A fact as a heading and as it stands in a sentence ("How many troops" / "the number of troops").
    const facts = [...analysis.disagreements, ...analysis.agreements].flatMap((f) => [
      f.fact,
      f.fact.replace(/^How many /u, 'the number of '),
    ]);
    const template = (item: Item): string => {
      let prompt = item.prompt;
      for (const headline of headlines) prompt = prompt.split(headline).join('H');
      for (const fact of facts)
        prompt = prompt
          .split(fact)
          .join('F')
          .split(fact.charAt(0).toLowerCase() + fact.slice(1))
          .join('F');
      prompt = prompt
        .replace(/line \d+: .*? Going by/u, 'line N: S Going by')
        .replace(/“[^”]*”/gu, 'Q')
        .replace(/\d+/gu, 'N');
      return `${item.skill}/${item.format}: ${prompt}`;
    };
    const unclean = new Set(items.filter((i) => !i.clean).map(template));
    // The one exception by design: "which line is the story's own?" asks the clutter question the other way round.
    const sameQuestion = items.filter((i) => i.clean && !(i.skill === 'clutter' && i.format === 'single_choice'));
    expect(sameQuestion.length).toBeGreaterThan(0);
    for (const item of sameQuestion) expect(unclean.has(template(item)), template(item)).toBe(true);
  });
});
