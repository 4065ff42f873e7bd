// A verb and its particle often mean what one other word means: "residents were moved out" were evacuated, a fire
// that "broke out" began, a wall that "gave way" collapsed. The verb takes that word's family, so a date or a claim
// about "moved out" meets one about "evacuation". General English, not the vocabulary of one story.

const phrasal: Readonly<Record<string, string>> = {
  'move out': 'evacuate',
  'clear out': 'evacuate',
  'pluck from': 'evacuate',
  'lift off': 'evacuate',
  // "350 staff were moved off the terminal": people moved off a place were moved out of it.
  'move off': 'evacuate',
  'break out': 'begin',
  'give way': 'collapse',
  'cave in': 'collapse',
  'break through': 'breach',
  'shut down': 'close',
  'close down': 'close',
  'call off': 'cancel',
  'push back': 'postpone',
  'step down': 'resign',
  'pull out': 'withdraw',
  // "has not paid back a single crown" / "repaid 22,000 crowns".
  'pay back': 'repay',
  'blow up': 'explode',
  'put out': 'extinguish',
  // "11 were put down by vets" / "a dozen of them euthanised": animals put down were killed.
  'put down': 'euthanise',
  // "the systems came back at 1.50pm": what came back after a failure was restored.
  'come back': 'restore',
  // "the alarm went off": an alarm or siren that went off sounded.
  'go off': 'sound',
  'put up': 'install',
  // "Halvik set up the company in 2018": a company, charity or party set up was founded.
  'set up': 'found',
};

/** The single word a verb and the particle after it stand for, if they are a known phrasal verb. */
export function phrasalMeaning(verbLemma: string, particle: string | undefined): string | undefined {
  if (!particle) return undefined;
  return phrasal[`${verbLemma} ${particle}`];
}
