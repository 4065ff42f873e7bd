import { describe, expect, it } from 'vitest';
import { factSchema } from '../../../../../src/shared/analysis.ts';
import { explainFacts, findFacts } from '../../../../../src/main/generator/compare/findFacts.ts';
import { wordDiff } from '../../../../../src/main/generator/compare/quoteDiff.ts';
import { everyLine, factsAt, readSeedArticles, valueAt, valuesStandInTheirLines } from './compareTexts.ts';

// The five seed articles about Putin's visit to Xi before the Winter Olympics: what they disagree on and agree on.

const articles = readSeedArticles();
const { disagreements, agreements } = findFacts(articles, everyLine);

describe('findFacts on the seed set', () => {
  it('finds the troop figures that differ, each distinct figure once with its hedge', () => {
    const [troops, ...others] = factsAt(disagreements, '001:5', '002:9');
    expect(others).toEqual([]);
    expect(troops?.kind).toBe('number');
    expect(troops?.fact).toMatch(/troops/i);
    expect(valueAt(troops!, '000:11')).toBe('Approximately 100,000');
    expect(valueAt(troops!, '001:5')).toBe('up to 130,000');
    expect(valueAt(troops!, '002:9')).toBe('close to 125,000');
    // "some 100,000" says what "Approximately 100,000" says: listing both would call an agreement a disagreement.
    expect(valueAt(troops!, '004:14')).toBeUndefined();
  });

  it('reports "Approximately 100,000" and "some 100,000" as an agreement', () => {
    const [same] = factsAt(agreements, '000:11', '004:14');
    expect(same?.kind).toBe('number');
    expect(same?.values.map((value) => value.text)).toEqual(['Approximately 100,000', 'some 100,000']);
  });

  it('finds the "no limits" statement quoted in different words by 000 and 004', () => {
    const [drift] = factsAt(disagreements, '000:17', '004:30');
    expect(drift?.kind).toBe('quote');
    expect(valueAt(drift!, '000:17')).toBe(
      'There are no ‘forbidden’ fields of collaboration between [Russia and China], there are no limitations to friendship',
    );
    expect(valueAt(drift!, '004:30')).toBe(
      "friendship between the two states has no limits, there are no 'forbidden' areas of cooperation",
    );
    const changes = wordDiff(valueAt(drift!, '000:17')!, valueAt(drift!, '004:30')!);
    expect(changes).toContainEqual({ op: 'removed', text: 'limitations to friendship' });
    expect(changes.filter((change) => change.op === 'same').map((change) => change.text)).toContain('there are no');
  });

  it('finds the NATO statement quoted differently by 003 and 004, and the fragment 002 quotes word for word', () => {
    const [drift] = factsAt(disagreements, '003:12', '004:20');
    expect(drift?.kind).toBe('quote');
    expect(valueAt(drift!, '003:12')).toMatch(/^The parties oppose the further expansion of NATO/);
    expect(valueAt(drift!, '004:20')).toMatch(/^The sides oppose further enlargement of NATO/);
    const [fragment] = factsAt(agreements, '002:7', '004:20');
    expect(fragment?.kind).toBe('quote');
    expect(valueAt(fragment!, '002:7')).toBe('ideologised cold war approaches');
  });

  it('finds "the closest allies" (002) against "do not have a formal alliance" (004)', () => {
    const [allies] = factsAt(disagreements, '002:9', '004:24');
    expect(allies?.kind).toBe('claim');
    expect(allies?.fact).toBe('Whether Russia and China are allies');
    expect(valueAt(allies!, '004:24')).toBe(
      'Though Russia and China do not have a formal alliance, their agreement on similar strategies is mutually reinforcing.',
    );
  });

  it('finds "tensions escalated" (002) against "escalating fighting" (003) between Moscow and others', () => {
    const [conflict] = factsAt(disagreements, '002:8', '003:8');
    expect(conflict?.kind).toBe('claim');
    expect(valueAt(conflict!, '003:8')).toBe(
      'The call comes amid escalating fighting between Moscow and the US-led military bloc in Eastern Europe.',
    );
  });

  it('agrees on the Friday meeting, checking the weekday of 4/2/2022 read as 4 February', () => {
    const [friday] = factsAt(agreements, '001:3', '003:8', '004:12');
    expect(friday?.kind).toBe('date');
    expect(friday?.fact).toBe('When Xi Jinping and Putin met in Beijing');
    expect(valueAt(friday!, '003:8')).toBe('Friday (4/2/2022)');
    expect(factsAt(disagreements, '003:8').filter((fact) => fact.kind === 'date')).toEqual([]);
  });

  it('agrees on the US claim made on Wednesday and on the titles of both presidents', () => {
    expect(factsAt(agreements, '000:35', '001:7')[0]?.kind).toBe('date');
    const putin = agreements.find((fact) => fact.fact === "Vladimir Putin's job title");
    expect(putin?.values.map((value) => value.text)).toEqual([
      'Russian President Vladimir Putin',
      'Russian President Vladimir Putin',
      "Russia's President Vladimir Putin",
    ]);
    expect(factsAt(agreements, '002:6', '003:6').some((fact) => fact.fact === "Xi Jinping's job title")).toBe(true);
  });

  it('reports nothing about figures only one article gives, years, ordinals or parts of names', () => {
    const listed = [...disagreements, ...agreements].flatMap((fact) => fact.values.map((value) => value.text));
    for (const lonely of [
      'more than 20',
      '15',
      'five',
      'US$100 billion',
      '30',
      'at least eight',
      'more than 5,000',
      '2022',
      '20',
    ]) {
      expect(listed).not.toContain(lonely);
    }
  });

  it('lists only exact words of article lines, one value per article, in the shared schema', () => {
    const facts = [...disagreements, ...agreements];
    expect(valuesStandInTheirLines(facts, articles)).toEqual([]);
    for (const fact of facts) expect(factSchema.safeParse(fact).success).toBe(true);
  });

  it('never lists a value that also agrees with another listed value of the same disagreement', () => {
    for (const fact of disagreements) {
      const sameAgreement = agreements.filter(
        (agreement) =>
          agreement.fact === fact.fact &&
          agreement.values.filter((value) =>
            fact.values.some(
              (mine) => mine.file === value.file && mine.line === value.line && mine.text === value.text,
            ),
          ).length >= 2,
      );
      expect(sameAgreement, fact.fact).toEqual([]);
    }
  });

  it('reads only the lines it is given: with 001 and 002 hidden the troop figures agree, nothing disagrees', () => {
    const hidden = (file: string): boolean => !file.startsWith('001') && !file.startsWith('002');
    const partial = findFacts(articles, (file) => hidden(file));
    expect(factsAt(partial.disagreements, '000:11')).toEqual([]);
    expect(factsAt(partial.agreements, '000:11', '004:14')).toHaveLength(1);
    expect(partial.disagreements.flatMap((fact) => fact.values).some((value) => !hidden(value.file))).toBe(false);
  });

  it('says why: every finding keeps the reasons that made it', () => {
    for (const finding of explainFacts(articles, everyLine)) expect(finding.reasons.length).toBeGreaterThan(0);
  });
});
