import { describe, expect, it } from 'vitest';
import { judgeOne } from './judgeText.ts';

// A record withheld is no less withheld for a compound name written with a hyphen ("the engine-room logs", "the
// flight-data recordings"), first met on the oil-leak set, written here in other trades' words. A hyphen between
// words apart ("the logs - the data") joins nothing.

describe('a withheld record named by a hyphenated compound', () => {
  it('is flagged', () => {
    for (const sentence of [
      'The airline has not released the flight-data recordings that would show why the engine stopped.',
      'The trust has not yet published the ward-level figures behind the claim.',
    ]) {
      expect(judgeOne(sentence).kind, sentence).toBe('flagged');
    }
  });

  it('leaves a compound that names no record, and a record the article describes', () => {
    for (const sentence of [
      'The airline has not released the flight-deck crew from duty.',
      'The engine-room logs show the power failed shortly after three, according to the owner.',
    ]) {
      expect(judgeOne(sentence).kind, sentence).not.toBe('flagged');
    }
  });
});
