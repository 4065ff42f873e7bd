import { describe, expect, it } from 'vitest';
import { claimsIn, disputedClaims } from './claimsIn.ts';

// Whether a thing that runs kept working: "Cash machines continued to work throughout" against "Even cash machines
// were down", first met on the bank-outage set. Sentences from a blackout, a museum theft and a flood, beside
// look-alikes that must stay quiet.

describe('whether a machine or system kept working', () => {
  it('reads working and out of service, however it is told', () => {
    expect(claimsIn('The lifts were not working.')).toEqual([{ thing: 'lifts', verb: 'working', denied: true }]);
    expect(claimsIn('The website was taken offline for two days.')).toContainEqual({
      thing: 'website',
      verb: 'taken offline',
      denied: true,
    });
    expect(claimsIn('The pumps were out of action.')).toEqual([
      { thing: 'pumps', verb: 'out of action', denied: true },
    ]);
    expect(claimsIn('The backup generator kept working.')).toContainEqual({
      thing: 'backup generator',
      verb: 'kept working',
      denied: false,
    });
  });

  it('finds a thing working in one article and down in another, cash machines under any name', () => {
    expect(
      disputedClaims({
        'courier.txt': 'Cash machines continued to work throughout, the society said.',
        'blitz.txt': 'Even cash machines were down, leaving many with no way to get money.',
      }),
    ).toEqual(['Whether the cash machines kept working']);
    expect(
      disputedClaims({
        'wire.txt': 'The museum’s CCTV cameras were working at the time of the raid, police said.',
        'daily.txt': 'The CCTV cameras had stopped working weeks before the raid.',
      }),
    ).toEqual(['Whether the CCTV cameras kept working']);
    expect(
      disputedClaims({
        'ledger.txt': 'ATMs kept working because they route through a separate switch.',
        'blitz.txt': 'The cash machines were out of order for most of the day.',
      }),
    ).toHaveLength(1);
  });

  it('reads a machine that failed as down and one that started up or kicked in as working (the blackout set)', () => {
    expect(
      disputedClaims({
        'wire.txt': "The station's flood pumps failed during the night, the water company said.",
        'daily.txt': "The station's flood pumps kicked in as the river rose, the water company said.",
      }),
    ).toEqual(['Whether the flood pumps kept working']);
    expect(
      disputedClaims({
        'wire.txt': 'A backup generator failed for around 20 minutes, staff said.',
        'daily.txt': 'The backup generators started immediately, the hospital said.',
      }),
    ).toHaveLength(1);
    // A failure to do something, or a body that failed, tells nothing of a machine.
    expect(
      disputedClaims({
        'wire.txt': 'The council failed in its duty to maintain the pumps, the report said.',
        'daily.txt': 'The pumps started immediately, the council said.',
      }),
    ).toEqual([]);
  });

  it('stays quiet for things that do not run, for people at work, and for two different machines', () => {
    expect(
      disputedClaims({
        'wire.txt': 'Shares in the lender went down by 4% in early trading.',
        'daily.txt': 'Shares kept working their way higher.',
      }),
    ).toEqual([]);
    expect(
      disputedClaims({
        'wire.txt': 'Staff continued to work through the night.',
        'daily.txt': 'Staff were down to a skeleton crew.',
      }),
    ).toEqual([]);
    expect(
      disputedClaims({
        'wire.txt': 'The flood pumps kept working.',
        'daily.txt': 'The sewage pumps were out of action.',
      }),
    ).toEqual([]);
  });
});
