// Words that turn a group into nobody in particular: "some analysts", "many residents", "unnamed officials".
export const groupQuantifiers: ReadonlySet<string> = new Set([
  'some',
  'many',
  'several',
  'few',
  'most',
  'certain',
  'numerous',
  'various',
  'unnamed',
  'anonymous',
  'unidentified',
  'countless',
  'multiple',
]);
