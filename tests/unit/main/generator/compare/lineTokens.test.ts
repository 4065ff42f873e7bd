import { describe, expect, it } from 'vitest';
import { readSentences, sentencesOfLine } from '../../../../../src/main/generator/compare/lineTokens.ts';
import { splitLines } from '../../../../../src/main/generator/articleText.ts';
import { findNumberMentions } from '../../../../../src/main/generator/compare/numberMentions.ts';
import { factValuesWithOtherNews } from './compareTexts.ts';

// Repairs to wink's parts of speech that the finders rely on (sentences from the plant-closure fixture set).

function posOf(text: string, word: string): string | undefined {
  const tokens = sentencesOfLine('story.txt', 1, text).flatMap((sentence) => sentence.tokens);
  return tokens.find((token) => token.text === word)?.pos;
}

describe('sentencesOfLine repairs', () => {
  it('reads the word after a modal as a verb ("it will close its factory")', () => {
    const line = 'The Aarvik appliance group Solvang Home Group announced that it will close its factory in Wexmoor.';
    expect(posOf(line, 'close')).toBe('VERB');
  });

  it('reads a gerund that names a kind of thing as no verb ("washing-machine factory", "the washing machines")', () => {
    expect(posOf('It will close its washing-machine factory in Wexmoor.', 'washing')).toBe('ADJ');
    expect(posOf('The plant made 400,000 washing machines and dishwashers last year.', 'washing')).not.toBe('VERB');
    expect(posOf('Staff loaded the washing machines onto a lorry.', 'washing')).not.toBe('VERB');
    expect(posOf('Residents were seen washing cars in the street.', 'washing')).toBe('VERB');
  });
});

describe('words that carry a fact', () => {
  const sensesOf = (text: string): string[] =>
    sentencesOfLine('story.txt', 1, text)
      .flatMap((sentence) => sentence.tokens)
      .map((token) => token.sense)
      .filter((sense) => sense !== '');

  it('gives hedges and nearness no sense, so "Nearly 260,000 homes" and "near Millbridge" share nothing', () => {
    const homes = sensesOf('Nearly 260,000 homes lost power at around 5.47pm, just as the snow began.');
    const crews = sensesOf('Crews were sent to the substation near Millbridge shortly before 6pm.');
    expect(homes.filter((sense) => crews.includes(sense))).toEqual([]);
    expect(sensesOf('Roughly 40 staff, almost all of them engineers, were sent home.')).toEqual(
      sensesOf('40 staff, all of them engineers, were sent home.'),
    );
  });

  it('gives "its" no sense, as the stopword list gives "their" none', () => {
    expect(sensesOf('The board raised its forecast.')).toEqual(sensesOf('The board raised their forecast.'));
  });
});

describe('shouted words', () => {
  // A tabloid shouts words wink then takes for names: "for 14 HOURS" counted nothing. From the airport-outage set,
  // with sentences from a strike, a court and a football story.
  const read = (lines: string[]) =>
    readSentences([splitLines('tabloid.txt', lines.join('\n\n'))], () => true).filter((s) => s.line === 1);

  it('reads a shouted word in lower case where the set writes it so, keeping the line as written', () => {
    const cases: [string, string, string][] = [
      ['Families were grounded for 14 HOURS after the crash.', 'The outage lasted nine hours.', 'hours'],
      ['Drivers walked out AGAIN on Monday.', 'They may walk out again next week.', 'again'],
      ['The striker was BANNED for six games.', 'He was banned last season too.', 'banned'],
    ];
    for (const [shouting, plain, word] of cases) {
      const [sentence] = read([shouting, plain]);
      const token = sentence?.tokens.find((t) => t.lower === word);
      expect(token?.pos, shouting).not.toBe('PROPN');
      expect(sentence?.lineText).toBe(shouting);
      expect(sentence && shouting.slice(token?.start, token?.end).toLowerCase()).toBe(word);
    }
    const [hours] = read(cases[0]!.slice(0, 2));
    expect(hours && findNumberMentions(hours).map((figure) => figure.text)).toEqual(['14 HOURS']);
  });

  it('leaves acronyms and words the set never writes in lower case as they are', () => {
    const [sentence] = read(['The NATO summit and the LADA panel met in GENEVA.', 'Officials met in the city.']);
    for (const word of ['nato', 'lada', 'geneva']) {
      expect(sentence?.tokens.find((t) => t.lower === word)?.pos, word).toBe('PROPN');
    }
  });
});

describe('capitalised words that only open sentences', () => {
  // wink takes a capitalised first word for a name: "Mums-to-be waiting to be induced" then named nothing the other
  // article named, and two waits were never compared (the maternity-report set). Sentences from a hospital, a
  // railway and a court.
  const firstWord = (lines: string[]) =>
    readSentences([splitLines('story.txt', lines.join('\n\n'))], () => true).find((s) => s.line === 1)?.tokens[0];

  it('reads a plural, or a word before no verb, as a common noun', () => {
    expect(firstWord(['Mums-to-be waiting to be induced were left for hours.', 'The ward was full.'])?.pos).toBe(
      'NOUN',
    );
    expect(firstWord(['Commuters packed the platforms by 8am.', 'Trains were cancelled.'])?.pos).toBe('NOUN');
  });

  it('keeps a surname before its verb, and a word the set writes capitalised inside a sentence', () => {
    expect(firstWord(['Moreau wept as the sentence was read.', 'The court rose at noon.'])?.pos).toBe('PROPN');
    expect(firstWord(['Hollins says the plan is sound.', 'The chair, Dr Ama Hollins, backed the plan.'])?.pos).toBe(
      'PROPN',
    );
  });

  it('finds two waits disagreeing once the opening plural names nothing', () => {
    expect(
      factValuesWithOtherNews(
        {
          'a.txt': 'Women waiting to be induced were delayed by up to nine hours, the inspectorate said.',
          'b.txt': 'Mums-to-be waiting to be induced were left for as long as 12 hours, according to the report.',
        },
        'number',
      ).disagreements,
    ).toEqual([['up to nine hours', 'as long as 12 hours']]);
  });
});
