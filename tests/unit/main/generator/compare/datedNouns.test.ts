import { describe, expect, it } from 'vitest';
import { datesOfTwo } from './compareTexts.ts';

// A noun made from a verb, right before a date, is what happened then: "an unannounced inspection in early August"
// / "after inspecting the hospital in August", first met on the maternity-report set. Sentences from a care home
// and a museum theft.

describe('a date owned by the noun of a happening', () => {
  it('dates the inspection, as the verb "inspecting" dates it in another article', () => {
    expect(
      datesOfTwo(
        'The report follows an unannounced inspection in early March, the regulator said.',
        'Regulators recorded 12 complaints in a year after inspecting the care home in April.',
      ).disagreements,
    ).toEqual([['early March', 'April']]);
  });

  it('takes a place before a date for no happening', () => {
    expect(
      datesOfTwo(
        'Thieves got in through a fire exit at the back of the building at around 1.30am.',
        'The guard post had been cut, leaving the building unstaffed after 6pm.',
      ).disagreements,
    ).toEqual([]);
  });
});

// "The exercise ended on Sunday" / "finished on Monday" (the whale set): one happening in other words. Told here of
// a festival and a trial.
describe('a thing that ended or finished', () => {
  it('dates "ended" and "finished" as one happening', () => {
    expect(
      datesOfTwo(
        'The festival ended on Sunday, and the stalls were cleared within hours.',
        'A spokesperson told the Gazette that Festival Harbour Lights, held on the quayside, finished on Monday.',
      ).disagreements,
    ).toEqual([['Sunday', 'Monday']]);
    expect(
      datesOfTwo(
        'The trial concluded on Tuesday with a guilty verdict.',
        'The trial ended on Tuesday and sentencing was set for May.',
      ).disagreements,
    ).toEqual([]);
  });
});
