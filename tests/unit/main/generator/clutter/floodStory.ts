import { splitLines, type ArticleText } from '../../../../../src/main/generator/articleText.ts';

// A small set about one event (the October 2024 floods around Valencia), in the words of three outlets, to
// wrap synthetic page chrome around. Chrome kinds the seed set lacks are tested by placing them where real pages
// put them: above the title, between paragraphs, and below the article.

export const floodParagraphs = [
  'At least 200 people have died after flash floods swept through towns south of Valencia, Spanish officials said on Friday.',
  'A year’s worth of rain fell in eight hours in some areas on Tuesday, turning streets into rivers and sweeping away cars.',
  'Rescue teams were still searching for people missing in the town of Paiporta, where more than 60 people died.',
  'Prime Minister Pedro Sánchez declared three days of national mourning and promised to rebuild the towns that were hit.',
  'Scientists said that warmer sea water in the Mediterranean had made such extreme rainfall more likely.',
];

const otherOutlets = [
  [
    'Spain floods: death toll passes 200 as search for missing continues',
    'The death toll from flash floods in eastern Spain has risen above 200, officials in Valencia said on Friday, as rescue teams searched for missing people.',
    'Torrential rain on Tuesday turned streets in towns such as Paiporta into rivers, sweeping away cars and flooding homes.',
    'Pedro Sánchez, the prime minister, declared national mourning and said the government would help rebuild the towns.',
    'Climate scientists said a warmer Mediterranean sea made extreme rainfall of this kind more likely.',
  ],
  [
    'Valencia floods: what we know about Spain’s deadliest floods in decades',
    'More than 200 people died after a year’s rain fell in hours on the region of Valencia on Tuesday.',
    'The town of Paiporta was among the worst hit, with dozens of deaths, and rescue teams were still searching homes and cars for the missing.',
    'The government declared three days of mourning, and Pedro Sánchez said the state would rebuild the towns.',
    'Scientists linked the extreme rainfall to warmer sea water in the Mediterranean.',
  ],
];

export function companionArticles(): ArticleText[] {
  return otherOutlets.map((lines, index) => splitLines(`companion-${index + 1}.txt`, lines.join('\n\n')));
}

/** One outlet's page: the given lines, one per line, as a scraped page would read. */
export function page(file: string, lines: readonly string[]): ArticleText {
  return splitLines(file, lines.join('\n'));
}
