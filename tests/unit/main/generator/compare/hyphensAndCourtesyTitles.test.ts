import { describe, expect, it } from 'vitest';
import { findIn } from './compareTexts.ts';
import { sentencesOfLine } from '../../../../../src/main/generator/compare/lineTokens.ts';
import { findTitledNames } from '../../../../../src/main/generator/compare/nameMentions.ts';
import { findNumberMentions } from '../../../../../src/main/generator/compare/numberMentions.ts';

// Names and titles the student-protest set missed, tested with sentences from other trades: a title written as one
// hyphenated word ("Vice-chancellor", "vice-president"), an academic title between a head's job and the name
// ("Vice-chancellor Professor ..."), a chair's deputy ("vice-chair"), a double-barrelled surname
// ("Marchetti-Royle"), and one person's given name told two ways by articles that give the same surname and job
// ("Sir Edwin" / "Sir Edward"). And a figure after a currency sign, which is read with the sign or not at all ("from
// £6,200 to £9,450").

const titled = (text: string) =>
  sentencesOfLine('story.txt', 1, text).flatMap((sentence) =>
    findTitledNames(sentence).map((mention) => ({ office: mention.office, name: mention.name })),
  );

const nameValues = (texts: Record<string, string>) => {
  const found = findIn(texts);
  const of = (list: typeof found.disagreements) =>
    list.filter((fact) => fact.kind === 'name').map((fact) => fact.values.map((value) => value.text));
  return { disagreements: of(found.disagreements), agreements: of(found.agreements) };
};

describe('titles written as one hyphenated word, and a professor who heads a university', () => {
  it('reads the job before "Professor" and the whole double-barrelled name', () => {
    expect(titled('Vice-chancellor Professor Ines Marchetti-Royle is due to meet union leaders.')).toEqual([
      { office: 'vice chancellor', name: 'Ines Marchetti-Royle' },
    ]);
    expect(titled('Student union vice-president Niamh Tolliver told the crowd to stay.')).toEqual([
      { office: 'vice president', name: 'Niamh Tolliver' },
    ]);
    // An investigator who is also a professor keeps "professor" as the title nearest the name.
    expect(titled('Lead investigator Professor Maren Tolvik presented the results.')).toEqual([
      { office: 'professor', name: 'Maren Tolvik' },
    ]);
  });

  it('tells a vice-chancellor from a chancellor, and agrees with the same title written two ways', () => {
    expect(
      nameValues({
        'a.txt': 'Vice-chancellor Professor Hanne Ostrow-Blake said the college would reopen on Monday.',
        'b.txt': 'College chancellor Professor Hanne Ostrow-Blake was said to be shocked by the flooding.',
      }).disagreements,
    ).toEqual([['Vice-chancellor Professor Hanne Ostrow-Blake', 'College chancellor Professor Hanne Ostrow-Blake']]);
    expect(
      nameValues({
        'a.txt': 'Vice-chancellor Professor Hanne Ostrow-Blake said the college would reopen on Monday.',
        'b.txt': 'Vice-Chancellor Hanne Ostrow-Blake has not commented on the flooding.',
      }),
    ).toEqual({
      disagreements: [],
      agreements: [['Vice-chancellor Professor Hanne Ostrow-Blake', 'Vice-Chancellor Hanne Ostrow-Blake']],
    });
  });
});

describe('a chair and the vice-chair', () => {
  it('reads "vice-chair" and "deputy chairman" as the chair\'s deputy, another post than the chair', () => {
    // First met on the algae-bloom set: "chair of the Tenshire branch" / "vice-chair of the Farmers' Alliance".
    expect(titled('Ruth Okoro, vice-chair of the Harbour Users Group, said boats were stuck.')).toEqual([
      { office: 'vice chair', name: 'Ruth Okoro' },
    ]);
    expect(titled('Deputy chairman Tom Reed said the harbour would reopen.')).toEqual([
      { office: 'vice chair', name: 'Tom Reed' },
    ]);
    expect(
      nameValues({
        'a.txt': 'Ruth Okoro, chair of the Harbour Users Group, said boats had been stuck for a week.',
        'b.txt': 'Ruth Okoro, vice-chair of the Harbour Users Group, said boats had been stuck for days.',
      }).disagreements,
    ).toEqual([['Ruth Okoro, chair of the Harbour Users Group', 'Ruth Okoro, vice-chair of the Harbour Users Group']]);
  });
});

describe('one surname and one job, two given names', () => {
  it('reports the given name when the articles never name both', () => {
    const found = nameValues({
      'a.txt': "The trust's chair, Sir Edwin Palmerston, did not respond to a request for comment.",
      'b.txt': 'Trust chairman Sir Edward Palmerston said: "The damage is unacceptable."',
    });
    expect(found.disagreements).toEqual([['Edwin Palmerston', 'Edward Palmerston']]);
  });

  it('keeps two people apart when the jobs differ or one article names both', () => {
    // No finding sets one given name against the other.
    const givenNamesSetApart = (texts: Record<string, string>): boolean =>
      nameValues(texts).disagreements.some(
        (values) => values.some((value) => value.includes('Edwin')) && values.some((value) => value.includes('Edward')),
      );
    expect(
      givenNamesSetApart({
        'a.txt': "The trust's chair, Sir Edwin Palmerston, did not respond to a request for comment.",
        'b.txt': 'Head gardener Edward Palmerston said the storm had flattened the orchard.',
      }),
    ).toBe(false);
    expect(
      givenNamesSetApart({
        'a.txt': "The trust's chair, Sir Edwin Palmerston, and its former chair, Sir Edward Palmerston, both attended.",
        'b.txt': 'Trust chairman Sir Edward Palmerston said: "The damage is unacceptable."',
      }),
    ).toBe(false);
  });
});

describe('a figure after a currency sign', () => {
  it('is read with its sign or not at all', () => {
    const [sentence] = sentencesOfLine(
      'story.txt',
      1,
      'The board voted to raise fees from £6,200 to £9,450, a jump of £3,250 a year.',
    );
    const figures = sentence ? findNumberMentions(sentence).map((mention) => mention.text) : [];
    expect(figures).toEqual(['£9,450', '£3,250 a year']);
  });
});
