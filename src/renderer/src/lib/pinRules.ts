// What the PIN forms ask before sending: the same rule as main's (src/shared/people.ts: 4 to 12 digits, so it can
// be typed on any keyboard and read aloud), and the new PIN typed twice the same.

const pinPattern = /^\d{4,12}$/;

export function pinProblem(pin: string, again?: string): string | undefined {
  if (pin === '') return 'Type the PIN.';
  if (!pinPattern.test(pin)) return 'A PIN is 4 to 12 digits (0–9), nothing else.';
  if (again !== undefined && again !== pin) return 'The two PINs are not the same; type the new PIN twice.';
  return undefined;
}
