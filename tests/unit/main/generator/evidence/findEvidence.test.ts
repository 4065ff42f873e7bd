import { describe, expect, it } from 'vitest';
import { splitLines } from '../../../../../src/main/generator/articleText.ts';
import { findEvidence } from '../../../../../src/main/generator/evidence/findEvidence.ts';
import { analysisSchema } from '../../../../../src/shared/analysis.ts';
import { readSeedSet } from './judgeText.ts';

// The five seed articles about Putin's visit to Xi: two say a US claim is unproven, three lean on sources nobody
// can check, and many name their source. Lines are looked up by article and number, as the teacher reads them.

const articles = readSeedSet();
const everyLine = (): boolean => true;
const { unsupported, supported } = findEvidence(articles, everyLine);

function lineText(file: string, line: number): string {
  const article = articles.find((a) => a.file.startsWith(file));
  const found = article?.lines.find((l) => l.line === line);
  if (!found) throw new Error(`${file} has no line ${line}`);
  return found.text;
}

function unsupportedAt(file: string, line: number) {
  return unsupported.filter((entry) => entry.file.startsWith(file) && entry.line === line);
}

function supportedAt(file: string, line: number) {
  return supported.filter((entry) => entry.file.startsWith(file) && entry.line === line);
}

describe('findEvidence on the seed set', () => {
  it('flags "The US did not give proof" in 000 and links it to the accusation two lines up', () => {
    const [flagged, ...others] = unsupportedAt('000', 37);
    expect(others).toEqual([]);
    expect(flagged).toMatchObject({
      kind: 'flagged',
      text: 'The US did not give proof to back up its claim that Russia was planning to stage an attack.',
      cue: 'did not give proof',
      claim: {
        line: 35,
        text: 'In the midst of a mounting verbal battle, the US accused Russia on Wednesday of trying to create a phoney Ukrainian strike to justify an invasion.',
      },
    });
  });

  it('flags "the U.S. has refused to provide evidence" in 001 and links it to the allegation in the same paragraph', () => {
    const [flagged, ...others] = unsupportedAt('001', 7);
    expect(others).toEqual([]);
    expect(flagged).toMatchObject({
      kind: 'flagged',
      text: 'So far, the U.S. has refused to provide evidence of the allegation.',
      cue: 'refused to provide evidence',
      claim: { line: 7 },
    });
    expect(flagged?.claim?.text).toMatch(/^The U\.S\. Alleged on Wednesday that its intelligence uncovered a plot/);
  });

  it('does not offer the claims the article calls unproven as clean, sourced cases', () => {
    expect(supportedAt('000', 35)).toEqual([]);
    expect(supportedAt('001', 7).map((entry) => entry.source)).not.toContain('The U.S.');
  });

  it('finds the vague attributions: "Western diplomats fear", "some analysts", "It’s mostly perceived"', () => {
    expect(unsupportedAt('004', 24)).toMatchObject([{ kind: 'vague_attribution', cue: 'Western diplomats fear' }]);
    expect(unsupportedAt('003', 36)).toMatchObject([{ kind: 'vague_attribution', cue: 'some analysts' }]);
    expect(unsupportedAt('000', 21)).toMatchObject([{ kind: 'vague_attribution', cue: 'It’s mostly perceived' }]);
  });

  it('finds the reports 003 leans on without saying whose: "The West points to reports of a troop buildup"', () => {
    expect(unsupportedAt('003', 22)).toMatchObject([{ kind: 'vague_attribution', cue: 'reports' }]);
  });

  it('finds the writer’s guess in 004 that sits beside a named source: "remarks ... that could carry"', () => {
    expect(unsupportedAt('004', 30)).toMatchObject([{ kind: 'speculation', cue: 'could' }]);
    expect(supportedAt('004', 30)).toEqual([]);
  });

  it('finds the writer’s own guess in 000: "Any invasion ... might harm President Xi’s reputation"', () => {
    expect(unsupportedAt('000', 33)).toMatchObject([
      {
        kind: 'speculation',
        cue: 'might',
        text: 'Any invasion or military action by Russia might harm President Xi’s reputation.',
      },
    ]);
  });

  it('takes "BBC News reported" as the named source of 001 line 13, not as a vague "is seen as"', () => {
    expect(unsupportedAt('001', 13)).toEqual([]);
    expect(supportedAt('001', 13)).toMatchObject([{ source: 'BBC News' }]);
  });

  it('takes the leaked document in 003 and the Kremlin adviser as named sources', () => {
    expect(supportedAt('003', 26)).toMatchObject([{ source: 'a document leaked to Spanish newspaper El Pais' }]);
    expect(supportedAt('003', 30)).toMatchObject([{ source: 'Kremlin foreign policy adviser Yury Ushakov' }]);
    expect(supportedAt('003', 12)).toMatchObject([{ source: 'the statement' }]);
    expect(supportedAt('004', 26)).toMatchObject([{ source: 'the statement' }]);
  });

  it('never calls the same sentence both supported and unsupported', () => {
    const keys = new Set(unsupported.map((entry) => `${entry.file}:${entry.line}:${entry.text}`));
    for (const entry of supported) expect(keys.has(`${entry.file}:${entry.line}:${entry.text}`)).toBe(false);
  });

  it('quotes every sentence, cue, source and claim exactly as written in its line', () => {
    for (const entry of unsupported) {
      expect(lineText(entry.file, entry.line)).toContain(entry.text);
      expect(entry.text).toContain(entry.cue);
      if (entry.claim) expect(lineText(entry.claim.file, entry.claim.line)).toContain(entry.claim.text);
    }
    for (const entry of supported) {
      expect(lineText(entry.file, entry.line)).toContain(entry.text);
      expect(entry.text).toContain(entry.source);
    }
  });

  it('gives output that fits analysis.json', () => {
    const parsed = analysisSchema.shape.unsupported.safeParse(unsupported);
    expect(parsed.success).toBe(true);
    expect(analysisSchema.shape.supported.safeParse(supported).success).toBe(true);
  });

  it('reads only the lines the clutter classifier calls article lines', () => {
    // Without line 37 there is no "did not give proof" in 000, and nothing else there is flagged.
    const without37 = findEvidence(articles, (file, line) => !(file.startsWith('000') && line === 37));
    expect(without37.unsupported.filter((e) => e.file.startsWith('000') && e.kind === 'flagged')).toEqual([]);
    // The accusation on line 35 is then an ordinary sourced claim again.
    expect(without37.supported.filter((e) => e.file.startsWith('000') && e.line === 35)).toMatchObject([
      { source: 'the US' },
    ]);
    // The teaser under "Latest articles" in 000 ("According to the Head of Land Capability,...") is chrome.
    const articleOnly = findEvidence(articles, (file, line) => !(file.startsWith('000') && line > 40));
    expect(articleOnly.supported.some((e) => e.file.startsWith('000') && e.line > 40)).toBe(false);
  });

  it('gives the same findings whatever the order of the articles', () => {
    const reversed = findEvidence([...articles].reverse(), everyLine);
    const byPlace = (
      a: { file: string; line: number; text: string },
      b: { file: string; line: number; text: string },
    ) => a.file.localeCompare(b.file) || a.line - b.line || a.text.localeCompare(b.text);
    expect([...reversed.unsupported].sort(byPlace)).toEqual([...unsupported].sort(byPlace));
    expect([...reversed.supported].sort(byPlace)).toEqual([...supported].sort(byPlace));
  });

  it('finds nothing in an article without sentences of claims', () => {
    const empty = findEvidence([splitLines('empty.txt', 'Subscribe\n\nShare this\n')], everyLine);
    expect(empty).toEqual({ unsupported: [], supported: [] });
  });
});
