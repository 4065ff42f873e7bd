import { describe, expect, it } from 'vitest';
import { judgeOne } from './judgeText.ts';

// Two shapes first met on the gas-explosion set, written here in other trades' words: a record the article says
// does not exist to show a claim ("has seen no paperwork showing that the visit took place"), and people of any
// trade introduced as anonymous sources are ("Several engineers familiar with the network told ..."). Each beside
// look-alikes that stay as they were.

describe('no record showing that a claim is true', () => {
  it('is flagged, whoever looked for it', () => {
    for (const sentence of [
      'The Courier has seen no paperwork showing that the inspection took place.',
      'There are no minutes confirming that the board approved the loan.',
      'The club has produced no invoices proving that the fees were paid.',
    ]) {
      expect(judgeOne(sentence).kind, sentence).toBe('flagged');
    }
  });

  it('leaves a record that shows something else, or that the article describes', () => {
    for (const sentence of [
      'Residents have posted photos showing the damage to their cars.',
      'The council has published minutes showing how each member voted.',
      'The Courier has seen no paperwork since the office moved in March.',
    ]) {
      expect(judgeOne(sentence).kind, sentence).not.toBe('flagged');
    }
  });
});

describe('people of any trade kept anonymous', () => {
  it('are a vague source when introduced the way anonymous sources are, then quoted', () => {
    for (const sentence of [
      'Several nurses familiar with the ward told the Gazette that staffing had been cut for months.',
      'Two pilots with knowledge of the fleet said the warning lights had failed before.',
    ]) {
      expect(judgeOne(sentence).kind, sentence).toBe('vague_attribution');
    }
  });

  it('leaves people described by where they stand, or who say nothing', () => {
    for (const sentence of [
      'Homes close to the river were told to prepare sandbags, the council said.',
      'Engineers familiar with the network were sent to repair the main on Friday.',
    ]) {
      expect(judgeOne(sentence).kind, sentence).not.toBe('vague_attribution');
    }
  });
});
