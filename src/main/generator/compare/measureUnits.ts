import type { Token } from './lineTokens.ts';

// A measure is one quantity whatever unit it is told in: "65 m", "a 65-meter crane" and "213 feet" are one height;
// "60mph", "97 km/h" and "52 knots" one speed; "half a mile" and "800 metres" one distance. Each unit converts to
// the base unit of its dimension (metre, kilogram, metre per second, square metre, cubic metre, degree Celsius,
// watt, watt-hour, pascal, byte), so figures in different units of one dimension meet in the index and are compared by
// value.
// General unit knowledge only: nothing here names one story's things.

export type Dimension =
  | 'length'
  | 'mass'
  | 'speed'
  | 'area'
  | 'volume'
  | 'temperature'
  | 'power'
  | 'energy'
  | 'pressure'
  | 'containers'
  | 'concentration'
  | 'proportion'
  | 'data';

export interface MeasureUnit {
  /** One name per unit, whatever its spelling ("metre" for "m", "meters", "metres"). */
  name: string;
  dimension: Dimension;
  /** Base units in one of this unit; a unit used for two sizes ("ton": short or long) gives the smaller. */
  factor: number;
  /** The larger size of a unit used for two ("ton", "gallon"); equal to `factor` otherwise. */
  factorHigh: number;
  /** Added after the factor: degrees Fahrenheit to Celsius. */
  offset: number;
}

interface UnitEntry {
  name: string;
  dimension: Dimension;
  factor: number;
  factorHigh?: number;
  offset?: number;
  /** Spellings as wink tokenises them, lower case, tokens apart: "nautical miles", "km / h". */
  spellings: readonly string[];
}

const lengths: readonly UnitEntry[] = [
  { name: 'millimetre', dimension: 'length', factor: 0.001, spellings: ['mm', ...both('millimetre')] },
  { name: 'centimetre', dimension: 'length', factor: 0.01, spellings: ['cm', ...both('centimetre')] },
  { name: 'metre', dimension: 'length', factor: 1, spellings: ['m', ...both('metre')] },
  { name: 'kilometre', dimension: 'length', factor: 1000, spellings: ['km', 'kms', ...both('kilometre')] },
  { name: 'inch', dimension: 'length', factor: 0.0254, spellings: ['inch', 'inches', 'ins'] },
  { name: 'foot', dimension: 'length', factor: 0.3048, spellings: ['ft', 'foot', 'feet'] },
  { name: 'yard', dimension: 'length', factor: 0.9144, spellings: ['yd', 'yds', 'yard', 'yards'] },
  { name: 'nautical mile', dimension: 'length', factor: 1852, spellings: ['nautical mile', 'nautical miles', 'nm'] },
  { name: 'mile', dimension: 'length', factor: 1609.344, spellings: ['mi', 'mile', 'miles'] },
];

const others: readonly UnitEntry[] = [
  { name: 'nanogram', dimension: 'mass', factor: 1e-12, spellings: ['ng', 'nanogram', 'nanograms'] },
  {
    name: 'microgram',
    dimension: 'mass',
    factor: 1e-9,
    spellings: ['mcg', 'µg', 'µ g', 'μg', 'μ g', 'microgram', 'micrograms'],
  },
  { name: 'milligram', dimension: 'mass', factor: 1e-6, spellings: ['mg', 'milligram', 'milligrams', 'milligramme'] },
  { name: 'gram', dimension: 'mass', factor: 0.001, spellings: ['grams', 'gram', 'grammes', 'gramme'] },
  {
    name: 'kilogram',
    dimension: 'mass',
    factor: 1,
    spellings: ['kg', 'kgs', 'kilo', 'kilos', 'kilogram', 'kilograms'],
  },
  {
    name: 'tonne',
    dimension: 'mass',
    factor: 1000,
    spellings: ['t', 'tonne', 'tonnes', 'metric ton', 'metric tons', 'metric tonne', 'metric tonnes'],
  },
  // A "ton" is 907 kg in America and 1,016 kg in Britain, and often a tonne: never the same as a tonne figure.
  { name: 'ton', dimension: 'mass', factor: 907.185, factorHigh: 1016.05, spellings: ['ton', 'tons'] },
  { name: 'pound', dimension: 'mass', factor: 0.45359, spellings: ['lb', 'lbs'] },
  { name: 'ounce', dimension: 'mass', factor: 0.02835, spellings: ['oz', 'ounce', 'ounces'] },
  { name: 'mph', dimension: 'speed', factor: 0.44704, spellings: ['mph'] },
  { name: 'km/h', dimension: 'speed', factor: 1 / 3.6, spellings: ['kph', 'kmh', 'km / h', 'kmph'] },
  { name: 'knot', dimension: 'speed', factor: 1852 / 3600, spellings: ['knot', 'knots', 'kn', 'kts'] },
  { name: 'hectare', dimension: 'area', factor: 1e4, spellings: ['ha', 'hectare', 'hectares'] },
  { name: 'acre', dimension: 'area', factor: 4046.86, spellings: ['acre', 'acres'] },
  { name: 'litre', dimension: 'volume', factor: 0.001, spellings: both('litre') },
  { name: 'millilitre', dimension: 'volume', factor: 1e-6, spellings: ['ml', ...both('millilitre')] },
  { name: 'decilitre', dimension: 'volume', factor: 1e-4, spellings: ['dl', ...both('decilitre')] },
  { name: 'gallon', dimension: 'volume', factor: 0.0037854, factorHigh: 0.0045461, spellings: ['gallon', 'gallons'] },
  { name: 'barrel', dimension: 'volume', factor: 0.158987, spellings: ['barrel', 'barrels'] },
  {
    name: 'celsius',
    dimension: 'temperature',
    factor: 1,
    spellings: ['° c', '°c', 'c', 'degrees celsius', 'degrees centigrade', 'celsius', 'centigrade'],
  },
  {
    name: 'fahrenheit',
    dimension: 'temperature',
    factor: 5 / 9,
    offset: (-32 * 5) / 9,
    spellings: ['° f', '°f', 'f', 'degrees fahrenheit', 'fahrenheit'],
  },
  { name: 'watt', dimension: 'power', factor: 1, spellings: ['w', 'watt', 'watts'] },
  { name: 'kilowatt', dimension: 'power', factor: 1e3, spellings: ['kw', 'kilowatt', 'kilowatts'] },
  { name: 'megawatt', dimension: 'power', factor: 1e6, spellings: ['mw', 'megawatt', 'megawatts'] },
  { name: 'gigawatt', dimension: 'power', factor: 1e9, spellings: ['gw', 'gigawatt', 'gigawatts'] },
  { name: 'kilowatt-hour', dimension: 'energy', factor: 1e3, spellings: ['kwh', 'kilowatt - hours', 'kilowatt hours'] },
  { name: 'megawatt-hour', dimension: 'energy', factor: 1e6, spellings: ['mwh', 'megawatt - hours', 'megawatt hours'] },
  { name: 'gigawatt-hour', dimension: 'energy', factor: 1e9, spellings: ['gwh', 'gigawatt - hours', 'gigawatt hours'] },
  { name: 'mmhg', dimension: 'pressure', factor: 133.322, spellings: ['mmhg', 'mm hg'] },
  // Not "mb" (megabytes) nor "bar" (a place or a bar of soap).
  { name: 'millibar', dimension: 'pressure', factor: 100, spellings: ['mbar', 'millibar', 'millibars', 'hpa'] },
  { name: 'psi', dimension: 'pressure', factor: 6894.76, spellings: ['psi'] },
  // Traces in water, air or soil: "50 parts per million", "3 ppb".
  {
    name: 'ppm',
    dimension: 'proportion',
    factor: 1e-6,
    spellings: ['ppm', 'parts per million', 'part per million'],
  },
  {
    name: 'ppb',
    dimension: 'proportion',
    factor: 1e-9,
    spellings: ['ppb', 'parts per billion', 'part per billion'],
  },
  // Container ships and terminals are measured in twenty-foot equivalent units.
  { name: 'teu', dimension: 'containers', factor: 1, spellings: ['teu', 'teus'] },
  // Data stolen, leaked or stored: "about 400 gigabytes" / "half a terabyte" / "400GB". Decimal sizes, as news
  // writes them. "MB" stays out with "mb" (millibars); "GB" after a figure is never Great Britain.
  { name: 'byte', dimension: 'data', factor: 1, spellings: ['byte', 'bytes'] },
  { name: 'kilobyte', dimension: 'data', factor: 1e3, spellings: ['kilobyte', 'kilobytes'] },
  { name: 'megabyte', dimension: 'data', factor: 1e6, spellings: ['megabyte', 'megabytes'] },
  { name: 'gigabyte', dimension: 'data', factor: 1e9, spellings: ['gb', 'gigabyte', 'gigabytes'] },
  { name: 'terabyte', dimension: 'data', factor: 1e12, spellings: ['tb', 'terabyte', 'terabytes'] },
  { name: 'petabyte', dimension: 'data', factor: 1e15, spellings: ['pb', 'petabyte', 'petabytes'] },
];

function both(metre: string): string[] {
  const meter = metre.replace(/re$/u, 'er');
  return [metre, `${metre}s`, meter, `${meter}s`];
}

// Single letters stand for a unit only written right after the figure, and some only in capitals: "30C" is
// Celsius, but "c" after a figure in lower case is not.
const capitalOnly = new Set(['c', 'f', 'w']);

interface Spelling {
  words: string[];
  unit: MeasureUnit;
}

function unitOf(entry: UnitEntry): MeasureUnit {
  return {
    name: entry.name,
    dimension: entry.dimension,
    factor: entry.factor,
    factorHigh: entry.factorHigh ?? entry.factor,
    offset: entry.offset ?? 0,
  };
}

// Longest spellings first, so "nautical miles" wins over "miles" and "km / h" over "km".
const spellings: Spelling[] = [...lengths, ...others]
  .flatMap((entry) => entry.spellings.filter(Boolean).map((text) => ({ words: text.split(' '), unit: unitOf(entry) })))
  .sort((a, b) => b.words.length - a.words.length);
const lengthUnits = lengths.map(unitOf);

// "fell to minus nine degrees", "temperatures of 40 degrees": bare degrees of the weather, read as Celsius (the unit
// news outside the US gives; a US article's Fahrenheit is written out often enough to be told apart).
const celsiusEntry = others.find((entry) => entry.name === 'celsius');
/** Degrees Celsius, for degrees a sentence gives of the weather without naming the scale. */
export const degreesOfWeather: MeasureUnit | undefined = celsiusEntry && unitOf(celsiusEntry);

/** A unit read at a figure, with the index of its last token. */
export interface MeasureAt {
  unit: MeasureUnit;
  first: number;
  last: number;
}

/**
 * The unit of measure written at token `at`, right after a figure: "65 m", "65-meter", "60mph", "97 km/h",
 * "90 miles per hour", "20 m/s", "12 square kilometres", "40 km²", "250 cubic metres", "1,400 metric tons", "30C".
 */
export function measureAt(tokens: readonly Token[], at: number): MeasureAt | undefined {
  // "a 65-meter crane", "45-knot gusts": the unit joined to the figure by a hyphen.
  const joined = tokens[at]?.text === '-' && !tokens[at]?.spaceBefore && !tokens[at + 1]?.spaceBefore;
  const from = joined ? at + 1 : at;
  const shaped = shapedLength(tokens, from);
  if (shaped) return { ...shaped, first: at };
  const read = spellingAt(tokens, from);
  if (!read) return undefined;
  const speed = read.unit.dimension === 'length' ? perTime(tokens, read.last + 1) : undefined;
  if (speed) {
    const unit = { ...read.unit, name: `${read.unit.name}/${speed.per}`, dimension: 'speed' as const };
    const per = speed.per === 'h' ? 3600 : 1;
    return {
      unit: { ...unit, factor: unit.factor / per, factorHigh: unit.factorHigh / per },
      first: at,
      last: speed.last,
    };
  }
  const volume =
    read.unit.dimension === 'mass'
      ? (perVolume(tokens, read.last + 1) ?? perVolumeOfSubstance(tokens, read.last + 1))
      : undefined;
  if (volume) {
    const factor = read.unit.factor / volume.unit.factor;
    return {
      unit: {
        name: `${read.unit.name}/${volume.unit.name}`,
        dimension: 'concentration',
        factor,
        factorHigh: factor,
        offset: 0,
      },
      first: at,
      last: volume.last,
    };
  }
  const power = read.unit.dimension === 'length' ? powerAfter(tokens, read.last + 1) : undefined;
  if (power) return { unit: raised(read.unit, power.power), first: at, last: power.last };
  return { unit: read.unit, first: at, last: read.last };
}

function spellingAt(tokens: readonly Token[], from: number): { unit: MeasureUnit; last: number } | undefined {
  const first = tokens[from];
  if (!first) return undefined;
  for (const spelling of spellings) {
    const last = spelledUntil(tokens, from, spelling.words);
    if (last === undefined) continue;
    const written = first.text.replace(/\.$/u, '');
    if (spelling.words.length === 1 && written.length === 1) {
      // "65 m", "1,400 t", "30C": a letter counts only as the next word after the figure, not as "a" or "I".
      if (capitalOnly.has(written.toLowerCase()) && written === written.toLowerCase()) continue;
      if (!capitalOnly.has(written.toLowerCase()) && written !== written.toLowerCase()) continue;
    }
    return { unit: spelling.unit, last };
  }
  return undefined;
}

// The last token of a unit's words written from `from`, spaced ("nautical miles") or hyphenated inside a compound
// ("a 5-nautical-mile exclusion zone").
function spelledUntil(tokens: readonly Token[], from: number, words: readonly string[]): number | undefined {
  let at = from;
  for (const [offset, word] of words.entries()) {
    if (offset > 0 && tokens[at]?.text === '-' && !tokens[at]?.spaceBefore && !tokens[at + 1]?.spaceBefore) at += 1;
    if (plainLower(tokens[at]) !== word) return undefined;
    at += 1;
  }
  return at - 1;
}

// "12 square kilometres", "12 sq km", "250 cubic metres": a length squared or cubed, read before the length.
function shapedLength(tokens: readonly Token[], from: number): { unit: MeasureUnit; last: number } | undefined {
  const word = plainLower(tokens[from]);
  const power = word === 'square' || word === 'sq' ? 2 : word === 'cubic' ? 3 : 0;
  if (power === 0) return undefined;
  const length = spellingAt(tokens, from + 1);
  if (!length || !lengthUnits.some((unit) => unit.name === length.unit.name)) return undefined;
  return { unit: raised(length.unit, power), last: length.last };
}

function raised(unit: MeasureUnit, power: number): MeasureUnit {
  return {
    name: `${unit.name}^${power}`,
    dimension: power === 2 ? 'area' : 'volume',
    factor: unit.factor ** power,
    factorHigh: unit.factorHigh ** power,
    offset: 0,
  };
}

// "km²", "m³" (wink keeps the sign apart), "m2" written without the sign.
function powerAfter(tokens: readonly Token[], at: number): { power: number; last: number } | undefined {
  const token = tokens[at];
  if (!token || token.spaceBefore) return undefined;
  if (token.text === '²' || token.text === '2') return { power: 2, last: at };
  if (token.text === '³' || token.text === '3') return { power: 3, last: at };
  return undefined;
}

// "0.3 ng/mL", "50 mg per litre", "40 micrograms per cubic metre", "25 µg/m³": a mass in a volume of water, blood or
// air, one concentration whatever units it is told in.
function perVolume(tokens: readonly Token[], at: number): { unit: MeasureUnit; last: number } | undefined {
  const next = plainLower(tokens[at]);
  if (next !== '/' && next !== 'per') return undefined;
  const shaped = shapedLength(tokens, at + 1);
  if (shaped) return shaped;
  const read = spellingAt(tokens, at + 1) ?? letterL(tokens, at + 1);
  if (read?.unit.dimension === 'volume') return read;
  const power = read?.unit.dimension === 'length' ? powerAfter(tokens, read.last + 1) : undefined;
  return read && power?.power === 3 ? { unit: raised(read.unit, 3), last: power.last } : undefined;
}

// "50 micrograms of the toxin microcystin per litre": the substance named between the mass and the volume.
function perVolumeOfSubstance(tokens: readonly Token[], at: number): { unit: MeasureUnit; last: number } | undefined {
  if (plainLower(tokens[at]) !== 'of') return undefined;
  for (let per = at + 1; per <= at + 5; per += 1) {
    const token = tokens[per];
    if (!token || token.pos === 'PUNCT' || token.pos === 'VERB') return undefined;
    if (plainLower(token) === 'per') return perVolume(tokens, per);
  }
  return undefined;
}

// "mg/l", "mg/L": a litre written as one letter only after a slash.
function letterL(tokens: readonly Token[], at: number): { unit: MeasureUnit; last: number } | undefined {
  if (plainLower(tokens[at]) !== 'l' || tokens[at - 1]?.text !== '/') return undefined;
  const litre = others.find((entry) => entry.name === 'litre');
  return litre ? { unit: unitOf(litre), last: at } : undefined;
}

// "miles per hour", "miles an hour", "m/s", "metres per second".
function perTime(tokens: readonly Token[], at: number): { per: 'h' | 's'; last: number } | undefined {
  const next = plainLower(tokens[at]);
  const then = plainLower(tokens[at + 1]);
  const per = next === '/' || next === 'per' || next === 'an' || next === 'a';
  if (!per) return undefined;
  if (then === 'hour' || (next === '/' && (then === 'h' || then === 'hr'))) return { per: 'h', last: at + 1 };
  if ((then === 'second' && next === 'per') || (next === '/' && then === 's')) return { per: 's', last: at + 1 };
  return undefined;
}

// A word at the end of a sentence keeps its full stop in wink ("65 m."); it is still the unit.
function plainLower(token: Token | undefined): string {
  return (token?.lower ?? '').replace(/(?<=\w)\.$/u, '');
}

/** Whether a unit was read at `at` ("mile" in "half a mile"), for figures written as fractions. */
export function startsMeasure(tokens: readonly Token[], at: number): boolean {
  return spellingAt(tokens, at) !== undefined;
}

/** The key figures of one dimension share, so "65 m" and "213 feet" meet in the index. */
export function measureKey(dimension: Dimension): string {
  return `measure:${dimension}`;
}

/** The dimension a figure's key names, if it is a measure. */
export function dimensionOfKey(unit: string): Dimension | undefined {
  return unit.startsWith('measure:') ? (unit.slice('measure:'.length) as Dimension) : undefined;
}

/** A value in a unit, in the base unit of its dimension: the low end with the smaller size of an unsure unit. */
export function toBase(value: number, unit: MeasureUnit, high = false): number {
  return Number((value * (high ? unit.factorHigh : unit.factor) + unit.offset).toPrecision(12));
}

/** A rounded figure stands for at most this share of itself either side, whatever its trailing zeros. */
const roundingShare = 0.2;

/**
 * The step a figure was written to, in its own unit: 1 for "65", 10 for "60", 100 for "800", 0.1 for "1.5". A
 * whole number's trailing zeros are read as rounding, as a reader of "800 metres" would; but "100ft" is not anything
 * from 50 to 150 feet, so a step is never wider than twice `roundingShare` of the figure.
 */
export function writtenStep(value: number): number {
  if (value === 0) return 1;
  if (!Number.isInteger(value)) {
    const decimals = (/\.(\d+)$/u.exec(String(value))?.[1] ?? '').length;
    return 10 ** -decimals;
  }
  let step = 1;
  while (value % (step * 10) === 0) step *= 10;
  return Math.min(step, 2 * roundingShare * Math.abs(value));
}
