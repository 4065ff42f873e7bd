import { describe, expect, it } from 'vitest';
import { judgeOne } from './judgeText.ts';

// "The article itself says the evidence is missing", in the many ways reporters write it. Every one of these must
// be flagged (the generator promises 100 % recall on them); the sentences after them mention evidence, data or
// verification without saying anything is missing, and must not be.

const missingEvidence: [string, string][] = [
  ['The ministry offered no evidence for its claim that the protesters were paid.', 'offered no evidence'],
  ['The footage could not be independently verified.', 'could not be independently verified'],
  ['The company has not published the data behind the study.', 'has not published the data'],
  ['Reuters could not immediately verify the report.', 'could not immediately verify'],
  ['Israel said the strike killed a senior commander, without providing evidence.', 'without providing evidence'],
  ['No evidence was presented at the hearing.', 'No evidence'],
  ['Officials have yet to provide any proof of the alleged plot.', 'have yet to provide any proof'],
  ['The claims are unsubstantiated.', 'unsubstantiated'],
  ['The White House declined to provide details of the intelligence.', 'declined to provide details'],
  ['The BBC has not been able to verify these claims.', 'has not been able to verify'],
  ['Neither claim could be confirmed by CNN.', 'Neither claim could be confirmed'],
  ['Moscow has provided no documentation to support the assertion.', 'provided no documentation'],
  ['The allegations remain unproven.', 'unproven'],
  ['Al Jazeera was not able to independently verify the video.', 'was not able to independently verify'],
  ['Trump, without citing evidence, said the election had been rigged.', 'without citing evidence'],
  ['It was not possible to verify the figures independently.', 'was not possible to verify'],
  ['There was no immediate confirmation from Kyiv.', 'no immediate confirmation'],
  ['Evidence has not been made public.', 'Evidence has not been made public'],
  ['The report did not say how the agency obtained the documents.', 'did not say how the agency obtained'],
  ['None of this has been proven.', 'None of this has been proven'],
  ['Those are serious allegations, and there is no proof.', 'no proof'],
  ['The government did not present any data to back its figures.', 'did not present any data'],
  ['So far no evidence has emerged to back up the claims.', 'no evidence'],
  ['Hamas has not provided proof that the hostages are alive.', 'has not provided proof'],
  ['The report provided no sources for its figures.', 'provided no sources'],
  ['The government has offered scant evidence for the claim.', 'offered scant evidence'],
  ['The allegation has not been substantiated.', 'has not been substantiated'],
  ['The figures cannot be independently checked.', 'cannot be independently checked'],
  ['There is no way to verify the claim.', 'no way to verify'],
  ["The ministry's figures were impossible to verify.", 'impossible to verify'],
  ['The army did not back up the claim with evidence.', 'did not back up the claim'],
  ['He did not back his claims with evidence.', 'did not back his claims'],
  // A claim whose evidence was not laid down: documented, demonstrated, evidenced (courts, health, business, sport).
  ['The union has not documented the allegation, and the hospital denies it.', 'has not documented the allegation'],
  ['The club has not documented its claim that the referee was biased.', 'has not documented its claim'],
  ['The prosecution did not demonstrate the claim to the jury.', 'did not demonstrate the claim'],
  ['The start-up has failed to evidence its claims about battery life.', 'failed to evidence its claims'],
  ['The statement did not include any evidence.', 'did not include any evidence'],
  ['He offered no details.', 'offered no details'],
  ['Evidence is lacking.', 'Evidence is lacking'],
  ['Proof of the plot remains elusive.', 'Proof of the plot remains elusive'],
  ['Verification was not possible.', 'Verification was not possible'],
  ['It could not be established whether the letter was genuine.', 'could not be established'],
  ['The group did not say how it knew the names of the soldiers.', 'did not say how it knew'],
  // How a figure was reached, left unsaid; a review or journal that has not checked it; a request left unanswered.
  ['Officials did not say how they arrived at the figure.', 'did not say how they arrived'],
  // A charge left without its particulars (first met on the wind-farm set).
  [
    'The residents said the inspectors had been "misled" about the noise, but did not say in what way.',
    'did not say in what way',
  ],
  ['The union claimed the ballot had been rigged but would not explain how.', 'would not explain how'],
  // A claim's particulars its maker kept back, after a "but" or "though" (first met on the hoard and planning sets).
  ['The charity says it already has donations worth £90,000, but it has not said who gave them.', 'has not said who'],
  [
    'The mayor claimed rivals had broken spending rules, though she did not name any candidates.',
    'did not name any candidates',
  ],
  ['It is not clear where the figure comes from.', 'is not clear where the figure comes'],
  ['It is unclear how the council calculated the gap.', 'unclear how the council calculated'],
  ['The authority has not shown how it reached the figure of $5m.', 'has not shown how it reached'],
  ['No breakdown of the figure was given.', 'No breakdown of the figure was given'],
  ['The firm has not published its costings.', 'has not published its costings'],
  ['The report itself has not been released.', 'report itself has not been released'],
  ['The estimate was not backed by any published analysis.', 'was not backed by any published analysis'],
  ['The study has not been independently reviewed.', 'has not been independently reviewed'],
  [
    'The results were announced in a press release and have not yet appeared in a journal.',
    'have not yet appeared in a journal',
  ],
  ['The club did not respond to requests for evidence.', 'did not respond to requests for evidence'],
  [
    'Asked for evidence, the spokeswoman declined to comment.',
    'Asked for evidence, the spokeswoman declined to comment',
  ],
];

// The withheld thing is a record a reader could check, not the word "evidence". A record the article says was not
// handed over is missing evidence, not a source, even when the sentence goes on to say what it found.
const recordsWithheld: [string, string][] = [
  [
    'The water board has not published the engineering audit it commissioned in 2021.',
    'has not published the engineering audit',
  ],
  [
    'The airline has refused to release the maintenance logs for the aircraft.',
    'refused to release the maintenance logs',
  ],
  ['Investigators have not made the cockpit recording public.', 'have not made the cockpit recording public'],
  // "Public" before the record (the maternity-report set).
  [
    'The club denied any wrongdoing but has not made public the audit on which that rests.',
    'has not made public the audit',
  ],
  ["The hospital did not share the test results with the family's lawyers.", 'did not share the test results'],
  ['The footage has still not been released.', 'footage has still not been released'],
  [
    'The mining company says its tests show the river is safe, but it has not released the samples.',
    'has not released the samples',
  ],
  [
    "The council's safety review, which has not been made public, found no fault with the bridge.",
    'review, which has not been made public',
  ],
  [
    'The inspection report, which the ministry has declined to publish, criticises the owner of the dam.',
    'report, which the ministry has declined to publish',
  ],
  ['The survey was not released by the ministry.', 'survey was not released'],
  ['The company declined to provide a copy of the report.', 'declined to provide a copy of the report'],
  ['The data behind the forecast has never been released.', 'data behind the forecast has never been released'],
  // Kept back without a "not".
  ['The utility withheld the test results for three weeks.', 'withheld the test results'],
  ['The council has kept the inspection report secret.', 'kept the inspection report secret'],
  // Papers that certify, permit or show the workings behind a figure (the ferry set, 002_nctv-news.txt:44).
  [
    'Westmark says the Kestrel passed its annual safety inspection in March, but it has not released the inspection certificate.',
    'has not released the inspection certificate',
  ],
  [
    'The council says the cuts will save £2m a year, but it has not published the costings.',
    'has not published the costings',
  ],
  ['The drug maker has declined to share the trial protocol.', 'declined to share the trial protocol'],
  ['The operator has not produced a valid licence for the quay cranes.', 'has not produced a valid licence'],
  ['The inspection records remain confidential.', 'records remain confidential'],
  ['The engineering report is still unpublished.', 'report is still unpublished'],
  // Nothing handed over, a check not made.
  ['The group provided nothing to substantiate its claims.', 'nothing to substantiate'],
  ['The turnout figures have not been independently audited.', 'have not been independently audited'],
  // A check or a source the article says it could not see, in other words than "evidence".
  [
    'The ministry has not said whether the casualty figures were verified.',
    'has not said whether the casualty figures were verified',
  ],
  [
    'The league has not said how many of the samples were confirmed by a second lab.',
    'has not said how many of the samples were confirmed',
  ],
  ["We couldn't trace where the quote first came from.", "couldn't trace where the quote first came"],
  ['The Gazette has not been able to stand the story up.', 'has not been able to stand the story up'],
  [
    'No official has yet shown reporters anything to support the allegation.',
    'No official has yet shown reporters anything',
  ],
  ['No insurer has provided documents backing the claim.', 'No insurer has provided documents'],
];

// The missing evidence is one item of a list, or comes with words around it.
const listedOrModified: [string, string][] = [
  ["The group's posts offered no photographs or other proof of the sabotage.", 'offered no photographs or other proof'],
  ['The mayor gave no dates, names or documents to back up the accusation.', 'gave no dates, names or documents'],
  ['The minister cited no independent data for the figure.', 'cited no independent data'],
  ['The company repeated the claim without any supporting documents.', 'without any supporting documents'],
  ['Neither photos nor documents were provided.', 'Neither photos nor documents were provided'],
  [
    'The activists have shown no video, photographs, or other evidence.',
    'shown no video, photographs, or other evidence',
  ],
];

const noMissingEvidence = [
  // A record that was not seen, a name that was withheld, a report that was the subject: no claim left unproven.
  'The inspector said she had not yet seen the final report.',
  'Police have not released the names of the two victims.',
  'The band has not released an album since 2019.',
  'Officials did not release the prisoners until Friday.',
  'The report did not give a date for the reopening.',
  'The council has no plans to release the minutes before the vote.',
  'The ministry published the audit on Tuesday.',
  // Papers that were not held or not renewed, and plans that were not published: nothing about proof.
  'The driver did not have a licence.',
  'The council has not renewed the permit for the market.',
  'The council has not published its plans for the site.',
  'The inspection certificate was published on Tuesday.',
  'There were no photographs on the walls.',
  'Without the photos, the exhibition would have been half empty.',
  // A list that ends a clause, and a new clause that starts with an evidence noun.
  'There was no rain on Sunday, and evidence suggests the reservoir is still falling.',
  'There is no doubt the new evidence is important.',
  // Keeping and checking that leave nothing unproven.
  'She kept the receipts in a kitchen drawer.',
  'The company did not withhold the report.',
  'The accounts were audited by an outside firm.',
  'There were 40 confirmed cases on Monday.',
  'The court heard evidence from 12 witnesses.',
  'There is growing evidence that the policy is working.',
  'Scientists provided evidence that the ice sheet is melting faster than expected.',
  'Not only did the agency publish the data, it also released the code.',
  'The data center will open in May.',
  'Without data protection laws, users are exposed.',
  'The evidence was presented in court on Tuesday.',
  'He did not confirm whether he would run again.',
  'The agency has no plans to publish the figures until next year.',
  'Officials did not immediately respond to a request for comment.',
  'Russia denied the accusation, calling it "baseless".',
  'Germany did not back the proposal.',
  // Documenting and demonstrating that are not about a claim's proof.
  'The museum has not documented the collection since 1990.',
  'Protesters did not demonstrate outside the court on Monday.',
  'The nurses documented every dose they gave.',
  'The evidence is overwhelming.',
  'A Pentagon spokesperson declined to comment.',
  // A party dismissing the other side's claims is making a claim of its own, like "baseless".
  '"These are unverified claims," Peskov said.',
  // A review of one's own decision, a study that did appear, a question about the future, a request for comment.
  'The council has not reviewed its decision.',
  'The trial was published in a journal in May.',
  'It is not clear when the bridge will reopen.',
  'The band did not appear in the final.',
  'Officials did not respond to a request for comment about the data.',
  // Counts and whereabouts not given, standing up for someone, "no doubt": no claim left unchecked.
  'Police did not say how many people were arrested.',
  'The coach did not say how long he would stay.',
  'She did not say in what way she would vote until the meeting.',
  // Particulars untold with no claim set against them.
  'The council did not say who would run the service.',
  'Police have named the driver, but did not name the passenger.',
  'The ministry did not say how many soldiers were confirmed dead.',
  'Rescuers could not find where the climbers had sheltered.',
  'The players stood up to the pressure and won the final.',
  'She stood up for the nurses at the meeting.',
  'No doubt the council has published the audit.',
  'No charges have been filed.',
];

describe('sentences that say the evidence is missing', () => {
  it.each(missingEvidence)('flags "%s" on the words "%s"', (sentence, cue) => {
    const verdict = judgeOne(sentence);
    expect(verdict.kind, verdict.reasons.join('; ')).toBe('flagged');
    expect(verdict.cue).toBe(cue);
  });

  it.each(recordsWithheld)('flags the withheld record in "%s" on the words "%s"', (sentence, cue) => {
    const verdict = judgeOne(sentence);
    expect(verdict.kind, verdict.reasons.join('; ')).toBe('flagged');
    expect(verdict.cue).toBe(cue);
  });

  it.each(listedOrModified)('flags the listed or modified evidence in "%s" on the words "%s"', (sentence, cue) => {
    const verdict = judgeOne(sentence);
    expect(verdict.kind, verdict.reasons.join('; ')).toBe('flagged');
    expect(verdict.cue).toBe(cue);
  });

  it('does not take an unpublished audit as the source of what it found', () => {
    const verdict = judgeOne('The audit, which the company has not published, found no faults in the spillway.');
    expect(verdict).toMatchObject({ kind: 'flagged', cue: 'audit, which the company has not published' });
    expect(verdict.source).toBeUndefined();
  });

  it.each(noMissingEvidence)('does not flag "%s"', (sentence) => {
    expect(judgeOne(sentence).kind).not.toBe('flagged');
  });

  it('says which rule flagged the sentence and why', () => {
    const { reasons } = judgeOne('The US did not give proof to back up its claim.');
    expect(reasons.join(' ')).toMatch(
      /^evidence withheld \(\+3\): the article says the evidence was not given \("did not give proof"\)/,
    );
  });

  it('flags a quoted speaker who says there is no evidence, since the article reports that the proof is missing', () => {
    expect(judgeOne('"We have not seen any evidence of that," Pentagon spokesman John Kirby said.')).toMatchObject({
      kind: 'flagged',
      cue: 'have not seen any evidence',
    });
  });
});
