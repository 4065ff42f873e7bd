import { describe, expect, it } from 'vitest';
import { judgeOne, judgeText } from './judgeText.ts';
import { itFlagsOnlyThese } from './flaggedCases.ts';

// Shapes of unproven and vaguely sourced claims first met on the council-vote and drug-trial pages, written here
// in other domains' words (courts, business, sport, disasters, politics, health): a review by peers not yet done,
// a reporter who could not see the record, a request for evidence answered in the next sentence, a negated subject
// far from its check; anonymous sources with a place after them, a person in a relative clause, people familiar
// with the matter. And the clean cases beside them: headings, glossary entries, a headline's one source, the
// parties of an event, a request that was answered.

const flagged: [string, string][] = [
  ['Full dataset has not been peer-reviewed.', 'has not been peer-reviewed'],
  ['The findings have not yet been peer reviewed.', 'have not yet been peer reviewed'],
  ['The model behind the flood forecast has not been peer-reviewed.', 'has not been peer-reviewed'],
  ['We have not been able to see the full contract.', 'have not been able to see the full contract'],
  ['The BBC has not been able to examine the documents.', 'has not been able to examine the documents'],
  [
    'Neither claim is one the agency has been able to verify.',
    'Neither claim is one the agency has been able to verify',
  ],
  [
    "None of the figures in the ministry's report is something we have been able to check.",
    "None of the figures in the ministry's report is something we have been able to check",
  ],
];

const clean = [
  'The study was peer-reviewed and published in the Lancet.',
  'She had not seen the report before the meeting.',
  'The judge has not yet reviewed the case.',
  'Nobody at the meeting disputed that the plan had been checked by engineers.',
];

describe('evidence the article says is missing, in other words', () => {
  itFlagsOnlyThese(flagged, clean);
});

describe('a request for evidence, answered in the next sentence', () => {
  const unanswered: [string, string][] = [
    ['We asked the club on Friday for the medical records. It has not provided them.', 'It has not provided them'],
    ['I asked the airline twice for the maintenance records. Nothing yet.', 'Nothing yet'],
    [
      'Reporters asked the ministry for the data behind the figure. The ministry did not respond.',
      'The ministry did not respond',
    ],
    ['We requested the inspection report from the landlord. No reply.', 'No reply'],
    [
      'The Herald asked the trust for the audit on Monday. The paper has not received it.',
      'The paper has not received it',
    ],
  ];

  it.each(unanswered)('flags the answer in "%s" on "%s"', (text, cue) => {
    const answer = judgeText(text).at(-1);
    expect(answer?.kind, answer?.reasons.join('; ')).toBe('flagged');
    expect(answer?.cue).toBe(cue);
  });

  it.each([
    'We asked the hospital for the inspection report. It was published on Tuesday.',
    'We asked the minister for comment. She said the plan was sound.',
    'The board asked for the audit last year. No one objected.',
    'Nothing yet. We asked the council for the document behind the figure.',
  ])('does not flag the answer in "%s"', (text) => {
    for (const verdict of judgeText(text)) expect(verdict.kind, verdict.sentence).not.toBe('flagged');
  });
});

describe('a request for evidence and its refusal in one sentence', () => {
  itFlagsOnlyThese(
    [
      [
        'The Gazette has asked the landlord for the gas safety certificate, but he has not produced it.',
        'asked the landlord for the gas safety certificate, but he has not produced it',
      ],
      [
        'We asked the trust for the audit twice, and it has refused to publish it.',
        'asked the trust for the audit twice, and it has refused to publish it',
      ],
      // Told from the asker's side: what was asked for never arrived.
      [
        'The Chronicle has asked the club for details of the payments but has not yet received them.',
        'asked the club for details of the payments but has not yet received them',
      ],
    ],
    [
      'We asked the trust for the audit, and it published it the same day.',
      'We asked the club for details of the payments and received them within the hour.',
      'The council asked residents for the survey forms but did not say when it would publish the results.',
      'It has not released it yet, though the board asked for the inspection report in May.',
    ],
  );
});

describe('vague sources, in other words', () => {
  const vague: [string, string][] = [
    ['Sources inside the ministry say the budget was rewritten overnight.', 'Sources inside the ministry say'],
    ['Sources within the club say the manager will be sacked.', 'Sources within the club say'],
    ['Someone who works at the plant told me the alarms had been switched off.', 'Someone'],
    ['A man who saw the crash said the driver had been speeding.', 'A man'],
    [
      'The bank is weighing a bid for its rival, according to people familiar with the matter.',
      'people familiar with the matter',
    ],
    ['The floodgates were left open, witnesses said.', 'witnesses said'],
    ['Insiders warn the hospital will close two wards next.', 'Insiders warn'],
  ];

  it.each(vague)('finds "%s" vague on "%s"', (sentence, cue) => {
    const verdict = judgeOne(sentence);
    expect(verdict.kind, verdict.reasons.join('; ')).toBe('vague_attribution');
    expect(verdict.cue).toBe(cue);
  });

  it.each([
    'Officials at Acme Corp said the plant would close.',
    'Mike Roberts, who works at the plant, said it would close.',
    'Divers who inspected the hull found a crack, the coastguard said.',
    'Organisers said more than 3,000 people took part in the march.',
    'Prosecutors said the defendant had wired the money abroad.',
    // Headings name what the section tells; a glossary entry defines a term; a headline's one source is named below.
    'What the mayor said',
    'What the coach said',
    'How the study was run',
    'Peer review: checking of a study by independent experts before it appears in a journal.',
    'Quorum: the smallest number of members needed for a vote by the council.',
    'The cuts are deep, says one senior economist, but overdue',
  ])('does not call "%s" vague', (sentence) => {
    const verdict = judgeOne(sentence);
    expect(verdict.kind, verdict.reasons.join('; ')).not.toBe('vague_attribution');
  });

  it('still calls a crowd vague in a headline', () => {
    expect(judgeOne('Experts say the flood defences will fail').kind).toBe('vague_attribution');
  });
});
