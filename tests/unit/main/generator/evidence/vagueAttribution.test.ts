import { describe, expect, it } from 'vitest';
import { judgeOne } from './judgeText.ts';

// Claims resting on sources a reader cannot check. The named ones after them must stay clean cases: calling a
// sourced claim vague teaches students to distrust everything.

const vague: [string, string][] = [
  ['Sources familiar with the matter said the deal could be signed next week.', 'Sources familiar with the matter'],
  ['Critics say the law will harm small businesses.', 'Critics say'],
  ['Some experts believe the virus escaped from a lab.', 'Some experts believe'],
  ['U.S. officials said Iran was behind the attack.', 'U.S. officials said'],
  ['It is believed that the hackers were based in Eastern Europe.', 'It is believed'],
  ['The president is widely seen as the front-runner.', 'is widely seen'],
  [
    'A senior administration official, speaking on condition of anonymity, said talks had stalled.',
    'on condition of anonymity',
  ],
  ['The army reportedly shelled the town overnight.', 'reportedly'],
  ['Many observers see the move as a snub to Washington.', 'Many observers'],
  ['People close to the negotiations said a deal was near.', 'People close to the negotiations'],
  ['Diplomats in Brussels expect the talks to collapse.', 'Diplomats in Brussels expect'],
  ['Some have suggested that the move was politically motivated.', 'Some have suggested'],
  ['Others argue the policy has failed.', 'Others argue'],
  ['The minister is understood to have offered his resignation.', 'is understood'],
  ['According to local reports, several houses were destroyed.', 'According to local reports'],
  ['According to state media, the president met the delegation in Pyongyang.', 'According to state media'],
  ['Intelligence reports suggest that Moscow is preparing an offensive.', 'Intelligence reports suggest'],
  ['The storm may reach the coast by Friday, forecasters said.', 'forecasters said'],
  ['Health officials said the outbreak was under control.', 'Health officials said'],
  ['A source said the minister would resign.', 'A source said'],
  // The newsroom's own unnamed sources (first met on the resignation set's tabloid page).
  ['The club has not paid a single fee since March, the Gazette understands.', 'the Gazette understands'],
  ['The Courier has learned that the stadium deal fell through.', 'The Courier has learned'],
  ['We understand that the board met in secret on Friday.', 'We understand'],
  ['It has been reported that the factory will close.', 'It has been reported'],
  ['Media reports said at least 30 people were killed.', 'Media reports said'],
  ['According to sources, the deal is worth $2 billion.', 'According to sources'],
  ['Insiders say the board is split.', 'Insiders say'],
  ['Many believe the election was rigged.', 'Many believe'],
  ['Rumours spread that the president was ill.', 'Rumours'],
  ['The military is thought to have lost dozens of tanks.', 'is thought'],
  ['Witnesses said the car was travelling at high speed.', 'Witnesses said'],
  ['There are fears that the conflict could spread.', 'There are fears'],
  ['A diplomat who asked not to be named said talks were stalled.', 'asked not to be named'],
  ['China is widely believed to be building up its nuclear arsenal.', 'is widely believed'],
  // Putin did the urging; nobody is named for the report that he did.
  ['Putin reportedly urged Xi to stay neutral.', 'reportedly'],
  // How many, but not who: a quantifier or "a number of" before any plural, not only the usual "experts".
  ['Some hydrologists believe the reservoir was filled too quickly.', 'Some hydrologists believe'],
  ['A number of farmers say the floodgates were opened without warning.', 'A number of farmers say'],
  ['Several shopkeepers suspect the pipe burst weeks ago.', 'Several shopkeepers suspect'],
  // A bare plural as the source, at the start of the sentence where wink takes every word for a name.
  ['Geologists say the hillside could slip again.', 'Geologists say'],
  ['Economists warn that the slowdown will deepen.', 'Economists warn'],
  ['Parents complain that the school ignored the warnings.', 'Parents complain'],
  // A belief with no believer, with an adverb and whatever follows the participle.
  ['It is widely believed in the valley that the warnings came too late.', 'It is widely believed'],
  ['It is generally assumed that the fire began in the kitchen.', 'It is generally assumed'],
  ['In the village, it is commonly said that the mine poisoned the well.', 'it is commonly said'],
  // "is thought to have been caused by": the "by" is the cause's, not the thinker's; a view with no holder.
  ['The landslide is thought to have been triggered by heavy rain.', 'is thought'],
  // Reports nobody is named for.
  ['The campaign cited reports of ballot stuffing in the north.', 'reports'],
  // A quantifier as the source, and people placed by where they live.
  ['Many in the town believe the warnings were ignored.', 'Many in the town believe'],
  ['Many of the residents say they were not warned.', 'Many of the residents say'],
  ['Residents of Riverton say the sirens never sounded.', 'Residents of Riverton say'],
  // A number tells how many, not who.
  [
    'The erosion may have been made worse by a blocked culvert, according to two engineers who visited the site.',
    'according to two engineers',
  ],
  // A side of a dispute named by its side alone.
  ['Campaigners claim the savings are illusory.', 'Campaigners claim'],
  ['Opponents of the scheme say it will cost far more.', 'Opponents of the scheme say'],
  ['Protesters said the police had been heavy-handed.', 'Protesters said'],
  // A spokesperson with no body named ("a police spokesman" names one).
  ['A spokesman said the ferry was safe.', 'A spokesman said'],
];

const notVague = [
  'Analysts at Capital Economics said growth would slow to 2 percent.',
  'Pentagon officials said the drone was shot down over international waters.',
  'A spokesman for the ministry said the claims were false.',
  'Kremlin spokesman Dmitry Peskov told reporters that the allegations were baseless.',
  'This pact is seen as an effort to boost security in the region, BBC News reported.',
  'The plan is widely seen as a snub to Washington, according to the Financial Times.',
  'Many residents fled the city on Monday.',
  'Many countries have imposed sanctions on Russia.',
  'Analysts were surprised by the result.',
  'Officials at the health ministry said the outbreak had peaked.',
  'A Pentagon spokesperson declined to comment.',
  '"Some experts say the vaccine is dangerous, and they are wrong," the minister said.',
  // A body that speaks as one is a source, with or without "the".
  'The river authority said the gates would stay open.',
  'The blaze was under control by midnight, the fire service said.',
  'Two people were hurt, police said.',
  'The health ministry said 40 people were treated in hospital.',
  'The council said in a statement that the bridge would reopen.',
  // Understanding that is no sourcing: a person's, or sympathy.
  'Ms Okafor understands the concerns of parents.',
  'We understand the anger of parents whose children missed lessons.',
  // Not sources at all.
  'Some 300 residents attended the meeting.',
  'Residents were evacuated on Monday.',
  'The area is known as the Golden Valley.',
  // A headline drops "the": "Hospital" is the hospital the article is about.
  'Hospital admits delays after patient deaths',
];

describe('vague or missing attribution', () => {
  it.each(vague)('finds "%s" vague on the words "%s"', (sentence, cue) => {
    const verdict = judgeOne(sentence);
    expect(verdict.kind, verdict.reasons.join('; ')).toBe('vague_attribution');
    expect(verdict.cue).toBe(cue);
  });

  it.each(notVague)('does not call "%s" vague', (sentence) => {
    const verdict = judgeOne(sentence);
    expect(verdict.kind, verdict.reasons.join('; ')).not.toBe('vague_attribution');
  });

  it('explains that the group names no one', () => {
    expect(
      judgeOne('Western diplomats fear a Russian invasion of Ukraine could encourage China.').reasons.join(' '),
    ).toMatch(/vague speaker \(\+3\): the source is not named: "Western diplomats" names no one in particular/);
  });
});
