import { describe, expect, it } from 'vitest';
import { disagreementsWithOtherNews } from './compareTexts.ts';

// "Chief Coastguard Iain Foulds": the capitalised word after "Chief" is the trade led, not the first word of the
// name, so the person is "Iain Foulds" and meets "Iain Faulds" of another article (first met on the oil-leak set).
// Sentences from a national park and a fire service, beside a chief whose name has three words.

const names = (texts: Record<string, string>) => disagreementsWithOtherNews(texts, 'name');

describe('a trade between "Chief" and a full name', () => {
  it('is the job, so the name meets its other spelling and the jobs are compared', () => {
    expect(
      names({
        'a.txt': 'Chief Ranger Tom Ames said the trail would stay shut.',
        'b.txt': 'Tom Aimes, the park’s head of visitor safety, said the trail would stay shut.',
      }),
    ).toEqual([
      ['Chief Ranger Tom Ames', 'Tom Aimes, the park’s head of visitor safety'],
      ['Tom Ames', 'Tom Aimes'],
    ]);
  });

  it('leaves a known rank after "Chief", and a chief named by two words', () => {
    expect(
      names({
        'a.txt': 'Chief Inspector Anna Berg said two men had been arrested.',
        'b.txt': 'Chief Inspector Anna Berg confirmed the arrests.',
      }),
    ).toEqual([]);
    expect(
      names({
        'a.txt': 'Chief Tom Ames said the trail would stay shut.',
        'b.txt': 'Chief Tom Ames said the trail was closed.',
      }),
    ).toEqual([]);
  });
});
