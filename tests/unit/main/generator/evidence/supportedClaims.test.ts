import { describe, expect, it } from 'vitest';
import { judgeOne } from './judgeText.ts';

// The clean cases: a claim that names who makes it. The source is quoted exactly, so the app can highlight it.

const named: [string, string][] = [
  [
    'According to a report by the World Health Organization, cases rose by 20 percent.',
    'a report by the World Health Organization',
  ],
  ['Analysts at Capital Economics said growth would slow to 2 percent.', 'Analysts at Capital Economics'],
  [
    'Prime Minister Boris Johnson told parliament that the measures would be lifted in June.',
    'Prime Minister Boris Johnson',
  ],
  ['The figures, which were provided by the health ministry, show a sharp rise in infections.', 'the health ministry'],
  [
    'The study, published in The Lancet, found that the drug reduced deaths by a third.',
    'The study, published in The Lancet',
  ],
  ['The data showed that unemployment fell to 3.5 percent, the Labor Department said.', 'the Labor Department'],
  ['The Financial Times reported that the bank was considering job cuts.', 'The Financial Times'],
  [
    'Data from the Office for National Statistics showed inflation rising to 9 percent.',
    'Data from the Office for National Statistics',
  ],
  ['According to the indictment, the men laundered $10 million.', 'the indictment'],
  ['"This could be the start of a wider war," Stoltenberg said.', 'Stoltenberg'],
  ['"We will appeal," said Kremlin spokesman Dmitry Peskov.', 'Kremlin spokesman Dmitry Peskov'],
  ['Investors may have overreacted, said Jane Smith, an economist at Barclays.', 'Jane Smith'],
  ['The conversations, described as “quite friendly” by the Kremlin, took place before the ceremony.', 'the Kremlin'],
  ['Qin Gang, China’s ambassador to the U.S. said war was “likely”.', 'Qin Gang, China’s ambassador to the U.S.'],
  ['A spokesman for the ministry said the claims were false.', 'A spokesman for the ministry'],
  // A spokesperson speaks for the body named before them; "a spokesman" alone stays vague.
  ['A police spokesman said two men had been arrested.', 'A police spokesman'],
  ['"It is too early to say what caused this," an inspectorate spokesperson said.', 'an inspectorate spokesperson'],
  [
    'Dr Anthony Fauci, the top US infectious disease expert, warned of a new wave.',
    'Dr Anthony Fauci, the top US infectious disease expert',
  ],
  ["Japan's defence ministry said the missile landed in the sea.", "Japan's defence ministry"],
  ['A report published on Monday by Amnesty International accused the army of war crimes.', 'Amnesty International'],
  ['The UN estimates that 1.5 million people have fled.', 'The UN'],
  ['Zelensky said in his nightly address that the situation was "very difficult".', 'Zelensky'],
  [
    'China\'s foreign minister Wang Yi called Russia\'s security concerns "legitimate".',
    "China's foreign minister Wang Yi",
  ],
  // Institutions: a body that speaks as one, named by what it is.
  ['The river authority said water levels had peaked.', 'The river authority'],
  ['The blaze was contained by dawn, the fire service said.', 'the fire service'],
  ['Two people were hurt, police said.', 'police'],
  ['Local police said the road would stay closed overnight.', 'Local police'],
  ['The district said the lake had dropped two feet overnight.', 'The district'],
  ['Water levels peaked on Tuesday, according to the river authority’s gauges.', 'the river authority’s gauges'],
  ['The county’s emergency manager said shelters were open.', 'The county’s emergency manager'],
  ['Data from the state water board show that inflows doubled.', 'Data from the state water board'],
  // A group with the body it works for, and a resident with her name.
  ['Scientists at the University of Kelvick say the lake is rising.', 'Scientists at the University of Kelvick'],
  ['A resident, Maria Lopez, said the sirens never sounded.', 'A resident, Maria Lopez'],
  [
    'According to data published by the ministry in January, waiting times are the longest in the region.',
    'data published by the ministry',
  ],
];

const unnamed = [
  'She said there was plenty of evidence to convict him.',
  'The two countries expressed “severe worry” about the treaty.',
  'Russia has amassed 130,000 troops and demanded guarantees, citing security concerns.',
  'The partnership known as AUKUS announced last year allows the exchange of technology.',
  'Despite the fact that the joint statement did not mention Ukraine, the two countries accused NATO.',
  'A Pentagon spokesperson declined to comment.',
  // A named actor doing something is not a claim resting on that actor.
  'Putin and Xi urged NATO to rule out expansion in Eastern Europe.',
  'Beijing expressed concern about the pact.',
  // A source that did not say it is no source.
  'The claims were not denied by the Kremlin.',
  // "The authorities" in the plural are whoever the reader imagines.
  'The authorities said the road was closed.',
];

describe('claims that name their source', () => {
  it.each(named)('takes "%s" as supported by "%s"', (sentence, source) => {
    const verdict = judgeOne(sentence);
    expect(verdict.kind, verdict.reasons.join('; ')).toBe('supported');
    expect(verdict.source).toBe(source);
  });

  it.each(unnamed)('finds no named source in "%s"', (sentence) => {
    expect(judgeOne(sentence).kind).not.toBe('supported');
  });
});
