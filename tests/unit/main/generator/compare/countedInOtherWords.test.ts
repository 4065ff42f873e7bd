import { describe, expect, it } from 'vitest';
import { factValuesWithOtherNews, findIn } from './compareTexts.ts';

// One count told with another noun for the same things: travellers for passengers, suitcases for bags, hamlets for
// villages, properties for homes, shops for stores, departures for flights, spacecraft for satellites, cops for
// officers, inmates for prisoners, SUVs for cars, seabirds for birds, sailors for crew members, workers for staff,
// children for pupils, games for matches, youngsters for children, tots for infants, fans for spectators, ships for
// warships, flats for homes, tenants for residents, swimmers for entrants.
// Sentences from a ferry, a retailer, a strike, a water supply, a space agency, a football ground, a jail, a carmaker,
// a nature reserve, a trawler, a sawmill, a rugby club, a school trip and a formula recall, none from the sets the
// words were first met in; equal figures stay quiet.

const numbers = (texts: Record<string, string>) => findIn(texts).disagreements.filter((fact) => fact.kind === 'number');
const valuesOf = (fact: { values: { text: string }[] }) => fact.values.map((value) => value.text);

const pairs: { name: string; a: (figure: string) => string; b: (figure: string) => string; apart: [string, string] }[] =
  [
    {
      name: 'passengers / travellers',
      a: (figure) => `The Skerry ferry was carrying ${figure} passengers when it lost power off Holm on Friday.`,
      b: (figure) => `${figure} travellers were on board the Skerry ferry when it lost power off Holm on Friday.`,
      apart: ['412', 'About 380'],
    },
    {
      name: 'bags / suitcases',
      a: (figure) => `Handlers at Brenna terminal left ${figure} bags behind when the belts stopped.`,
      b: (figure) => `${figure} suitcases were left behind at Brenna terminal when the belts stopped.`,
      apart: ['6,000', 'Some 8,500'],
    },
    {
      name: 'villages / hamlets',
      a: (figure) => `Bowsers will be sent to ${figure} villages above Carne while the pumping station is repaired.`,
      b: (figure) => `${figure} hamlets above Carne will get bowsers while the pumping station is repaired.`,
      apart: ['11', 'Nine'],
    },
    {
      name: 'homes / properties',
      a: (figure) => `Police evacuated ${figure} homes on Mill Lane after the gas leak in Carne.`,
      b: (figure) => `${figure} properties on Mill Lane were evacuated after the gas leak in Carne.`,
      apart: ['40', 'About 60'],
    },
    {
      name: 'stores / shops',
      a: (figure) => `Halvard will close ${figure} stores across Norland by the end of March, the company said.`,
      b: (figure) => `Halvard is shutting ${figure} shops across Norland by the end of March.`,
      apart: ['48', '52'],
    },
    {
      name: 'flights / departures',
      a: (figure) => `The strike at Vessel airport grounded ${figure} flights on Monday, the operator said.`,
      b: (figure) =>
        `A strike by controllers grounded ${figure} departures at Vessel airport on Monday, the operator said.`,
      apart: ['320', 'nearly 280'],
    },
    {
      name: 'satellites / spacecraft',
      a: (figure) => `The Osk-4 rocket was carrying ${figure} satellites for the Halm weather agency.`,
      b: (figure) => `${figure} spacecraft built for the Halm weather agency were lost with the Osk-4 rocket.`,
      apart: ['Six', 'five'],
    },
    {
      // First met on the oil-leak set: a compound whose last part is "birds" counts birds.
      name: 'birds / seabirds',
      a: (figure) => `Rangers on Holm have found ${figure} oiled birds since the spill, the reserve said.`,
      b: (figure) => `${figure} oiled seabirds have been found on Holm since the spill, the reserve said.`,
      apart: ['62', 'About 40'],
    },
    {
      // First met on the oil-leak set: the people who work a ship, however each outlet calls them.
      name: 'crew members / sailors',
      a: (figure) => `${figure} crew members were injured when the trawler Aldis struck rocks off Holm.`,
      b: (figure) => `${figure} sailors were injured when the trawler Aldis struck rocks off Holm.`,
      apart: ['Three', 'Five'],
    },
    {
      // First met on the whale set: a navy's ships, however each outlet calls them.
      name: 'warships / ships',
      a: (figure) => `${figure} warships from the Norland navy blockaded the port of Holm on Tuesday.`,
      b: (figure) => `The Norland navy sent ${figure} ships to blockade the port of Holm on Tuesday.`,
      apart: ['Nine', 'a dozen'],
    },
    {
      // First met on the golf set: those who came to watch, however each outlet calls them.
      name: 'spectators / fans',
      a: (figure) => `${figure} spectators watched the Harle cup final at the Brenmoor ground on Saturday.`,
      b: (figure) => `The Harle cup final drew ${figure} fans to the Brenmoor ground on Saturday.`,
      apart: ['About 9,000', '12,000'],
    },
    {
      name: 'officers / cops',
      a: (figure) => `${figure} officers were hurt when fans clashed outside the Brenmoor ground on Saturday.`,
      b: (figure) => `${figure} cops were injured as fans clashed outside the Brenmoor ground on Saturday.`,
      apart: ['Four', 'Six'],
    },
    {
      // First met on the battery-recall set: a recall counted in cars, vehicles or SUVs.
      name: 'cars / SUVs',
      a: (figure) => `Holm Motors is recalling ${figure} cars in Norland over a faulty brake hose.`,
      b: (figure) => `${figure} SUVs are being recalled in Norland by Holm Motors over a faulty brake hose.`,
      apart: ['about 92,000', 'almost 80,000'],
    },
    {
      // First met on the prison-escape set: the people a prison holds.
      name: 'inmates / prisoners',
      a: (figure) => `Harlow jail, which holds ${figure} inmates, was inspected in March.`,
      b: (figure) => `Harlow jail holds ${figure} prisoners and was inspected in March.`,
      apart: ['about 410', '450'],
    },
    {
      // First met on the bus-collapse set: the people a business employs, as staff or as workers.
      name: 'staff / workers',
      a: (figure) => `${figure} staff at the Holm sawmill walked out on Monday over plans to shut it in March.`,
      b: (figure) => `${figure} workers at the Holm sawmill went on strike on Monday against its closure.`,
      apart: ['roughly 230', 'almost 300'],
    },
    {
      // First met on the football set: a coach's record, counted in matches or in games.
      name: 'matches / games',
      a: (figure) => `Dale Varga, sacked by the Holm Hawks on Monday, won 30 of his ${figure} matches as coach.`,
      b: (figure) => `Varga won 30 of his ${figure} games in charge before the Holm Hawks sacked him on Monday.`,
      apart: ['81', '84'],
    },
    {
      // First met on the sewage set: children as youngsters.
      name: 'children / youngsters',
      a: (figure) => `${figure} children were taken to Holm Infirmary after the school trip to the lake.`,
      b: (figure) => `${figure} youngsters were taken to Holm Infirmary after the school trip to the lake.`,
      apart: ['Four', 'Six'],
    },
    {
      // First met on the baby-food set: the youngest, as infants or tots.
      name: 'infants / tots',
      a: (figure) => `${figure} infants were admitted to Holm Infirmary after the formula was recalled.`,
      b: (figure) => `${figure} tots were admitted to Holm Infirmary after the formula was recalled.`,
      apart: ['Two', 'Three'],
    },
    {
      // First met on the car-park set: the homes next to it, as flats or homes.
      name: 'homes / flats',
      a: (figure) => `Residents of ${figure} homes by the quarry were moved out after the blast, police said.`,
      b: (figure) => `${figure} flats by the quarry were evacuated after the blast, police said.`,
      apart: ['around 40', 'About 30'],
    },
    {
      // The gas-explosion set's block: "all 48 flats" / "a 52-flat residential block".
      name: 'flats / a block of so many flats',
      a: (figure) => `All ${figure} flats in the Weir House block were evacuated after the blast, police said.`,
      b: (figure) => `Police evacuated Weir House, a ${figure}-flat block, after the blast.`,
      apart: ['48', '52'],
    },
    {
      // The mould set's block: "More than 40 tenants" / "About 30 residents".
      name: 'residents / tenants',
      a: (figure) => `${figure} tenants live in Garside Court, the block the council inspected in May.`,
      b: (figure) => `Garside Court, the block the council inspected in May, is home to ${figure} residents.`,
      apart: ['More than 40', 'About 30'],
    },
    {
      // The care-home set: "Thirty-eight elderly residents" / "more than 40 pensioners".
      name: 'residents / pensioners',
      a: (figure) => `${figure} elderly residents of Fernleigh House must leave the care home by Friday.`,
      b: (figure) => `${figure} pensioners must be out of Fernleigh House, the care home, by Friday.`,
      apart: ['Thirty-eight', 'More than 40'],
    },
  ];

describe('a count told with another word for the same things', () => {
  for (const { name, a, b, apart } of pairs) {
    it(`reports ${name} that differ, and not those that agree`, () => {
      const [first, second] = apart;
      expect(numbers({ 'a.txt': a(first), 'b.txt': b(second) }).map(valuesOf)).toEqual([[first, second]]);
      expect(numbers({ 'a.txt': a(first), 'b.txt': b(first) })).toEqual([]);
    });
  }

  // The sewage set's charity swim: "about 400 swimmers" / "more than 450 entrants". Swimmers are people in one role,
  // so the pair's other words must tie them, as the news around them in a real set lets them.
  it('reads the entrants of a swim as its swimmers', () => {
    const swim = (figure: string) =>
      `The Harbour Mile, a charity swim that had drawn ${figure} swimmers, was called off on Sunday.`;
    const entrants = (figure: string) =>
      `Organisers of the Harbour Mile, which had ${figure} entrants, called the swim off on Sunday.`;
    const counts = (first: string, second: string) =>
      factValuesWithOtherNews({ 'a.txt': swim(first), 'b.txt': entrants(second) }, 'number');
    expect(counts('about 400', 'more than 450')).toEqual({
      disagreements: [['about 400', 'more than 450']],
      agreements: [],
    });
    expect(counts('about 400', 'about 400').disagreements).toEqual([]);
  });

  // The maternity set's vacancies: "posts were vacant, about 22 per cent" / "nearly a third of midwife jobs were
  // empty". Told here of a fire service.
  it('reads a share of posts vacant and of jobs empty as one share', () => {
    const vacant = (share: string) =>
      `According to the report, 40 firefighter posts were vacant at the time, ${share} of the planned total.`;
    const empty = (share: string) =>
      `Inspectors found ${share} of firefighter jobs at Harl station were empty, leaving crews stretched.`;
    const shares = (first: string, second: string) =>
      factValuesWithOtherNews({ 'a.txt': vacant(first), 'b.txt': empty(second) }, 'number').disagreements;
    expect(shares('about 22 per cent', 'nearly a third')).toEqual([['about 22 per cent', 'nearly a third']]);
    expect(shares('about 30 per cent', 'nearly a third')).toEqual([]);
  });

  // The meteorite set's "Two smaller fragments were recovered" / "Three smaller pieces were found". Told here of a
  // statue broken by vandals.
  it('reads fragments and pieces of a broken thing as one count', () => {
    const fragments = 'Two fragments of the statue were recovered from the pond, the parish council said.';
    const pieces = (count: string) => `${count} pieces of the statue were found in the pond, the council said.`;
    const counts = (count: string) =>
      factValuesWithOtherNews({ 'a.txt': fragments, 'b.txt': pieces(count) }, 'number').disagreements;
    expect(counts('Three')).toEqual([['Two', 'Three']]);
    expect(counts('Two')).toEqual([]);
  });

  // A sum due to each customer is "owed", "compensation", "a payout" or what they are "entitled" to: one sum.
  it('reads a sum owed, a compensation and a payout as one sum', () => {
    const owed = (sum: string) => `Households cut off for more than a day are owed ${sum}, the network said.`;
    const paid = (sum: string) => `Each customer will get ${sum} in compensation.`;
    const sums = (first: string, second: string) =>
      factValuesWithOtherNews({ 'a.txt': owed(first), 'b.txt': paid(second) }, 'number');
    expect(sums('€60', '€45')).toEqual({ disagreements: [['€60', '€45']], agreements: [] });
    expect(sums('€60', '€60')).toEqual({ disagreements: [], agreements: [['€60', '€60']] });
  });

  // What a sacked chief walks away with is a "payoff", "severance" or "compensation" (the football set): one sum.
  it('reads a payoff and a compensation as one sum', () => {
    const due = (sum: string) => `People close to the board said Ms Varga was due ${sum} in compensation.`;
    const payoff = (sum: string) => `Reports tonight suggest her payoff could be as much as ${sum}.`;
    const sums = (first: string, second: string) =>
      factValuesWithOtherNews({ 'a.txt': due(first), 'b.txt': payoff(second) }, 'number');
    expect(sums('$3.2m', '$4m')).toEqual({ disagreements: [['$3.2m', 'as much as $4m']], agreements: [] });
    expect(sums('$3.2m', '$3.2m').disagreements).toEqual([]);
  });

  // What a find is worth is its "valuation" or what it "could fetch"; the find itself a hoard or a haul (the hoard
  // set). Told here of a painting, each article with a second sum beside it.
  it('reads a valuation and what a thing could fetch as one sum', () => {
    const valued = (sum: string) =>
      `The painting has been given a provisional valuation of ${sum}. Restoring it cost £40,000.`;
    const fetch = (sum: string) =>
      `Dealers say the painting could fetch ${sum} at auction. The barn sold for £300,000.`;
    const sums = (first: string, second: string) =>
      factValuesWithOtherNews({ 'a.txt': valued(first), 'b.txt': fetch(second) }, 'number');
    expect(sums('£1.2 million', '£2m').disagreements).toEqual([['£1.2 million', '£2m']]);
    expect(sums('£2 million', '£2m').disagreements).toEqual([]);
  });

  // First met on the bus-collapse set: children counted beside a school are its pupils.
  it('reads children and pupils as one count', () => {
    const pupils = (first: string, second: string) =>
      factValuesWithOtherNews(
        {
          'a.txt': `The closure of the Holm road leaves ${first} pupils without a school bus.`,
          'b.txt': `${second} children who take the school bus on the Holm road are affected by its closure.`,
        },
        'number',
      );
    expect(pupils('About 240', '300')).toEqual({ disagreements: [['About 240', '300']], agreements: [] });
    expect(pupils('About 240', '240')).toEqual({ disagreements: [], agreements: [['About 240', '240']] });
  });

  // First met on the bus-collapse set: vehicles counted meet one kind of vehicle, as people meet one role.
  it('reads vehicles as buses or cars, and keeps buses apart from cars', () => {
    expect(
      numbers({
        'a.txt': 'Ferrand Coaches ran a fleet of 96 vehicles from its depot in Holm.',
        'b.txt': 'All 80 buses at the Holm depot of Ferrand Coaches are parked up.',
      }).map(valuesOf),
    ).toEqual([['96', '80']]);
    expect(
      numbers({
        'a.txt': 'The 80 buses are still parked up at the depot.',
        'b.txt': 'Ferrand Coaches ran 96 vehicles under an operator licence.',
      }).map(valuesOf),
    ).toEqual([['80', '96']]);
    expect(
      numbers({
        'a.txt': 'Holm Motors is recalling about 92,000 vehicles in Norland over a faulty brake hose.',
        'b.txt': 'Almost 80,000 cars are being recalled in Norland by Holm Motors over a faulty brake hose.',
      }).map(valuesOf),
    ).toEqual([['about 92,000', 'Almost 80,000']]);
    expect(
      numbers({
        'a.txt': 'The pile-up on the Holm bypass involved 14 cars on Friday.',
        'b.txt': 'The pile-up on the Holm bypass involved three buses on Friday.',
      }),
    ).toEqual([]);
  });

  it('keeps counts of other things apart: passengers and crew, bags and parcels', () => {
    expect(
      numbers({
        'a.txt': 'The Skerry ferry was carrying 412 passengers when it lost power off Holm on Friday.',
        'b.txt': 'The Skerry ferry had 38 crew on board when it lost power off Holm on Friday.',
      }),
    ).toEqual([]);
    expect(
      numbers({
        'a.txt': 'Handlers at Brenna terminal left 6,000 bags behind when the belts stopped.',
        'b.txt': 'Some 900 parcels were left behind at Brenna terminal when the belts stopped.',
      }),
    ).toEqual([]);
  });
});

describe('the people in a group, and a count the sentence goes on from', () => {
  const people = (a: string, b: string) => factValuesWithOtherNews({ 'a.txt': a, 'b.txt': b }, 'number');

  it('counts the people of "a five-strong gang" as "a gang of four men" counts them (the robbery set)', () => {
    const gang = (size: string) => `Bailiffs said a ${size}-strong gang netted the salmon pool on Sunday night.`;
    const men = 'A gang of four men netted the salmon pool on Sunday night, the river trust said.';
    expect(people(gang('five'), men)).toEqual({ disagreements: [['five', 'four']], agreements: [] });
    expect(people(gang('four'), men)).toEqual({ disagreements: [], agreements: [['four', 'four']] });
  });

  it('counts "a gang of four men" as the gang\u2019s people, so a tabloid\u2019s "FIVE-STRONG gang" meets it', () => {
    const arrests = "Police said a gang of four men armed with a sledgehammer robbed the pawnbroker's shop on Friday.";
    const gang = "A FIVE-STRONG gang brandishing a shotgun and axes raided the pawnbroker's shop on Friday.";
    expect(people(arrests, gang).disagreements).toEqual([['four', 'FIVE']]);
  });

  it('leaves out "Two men were arrested, and a third man ...": the whole is the article\u2019s count', () => {
    const a =
      'Three men have been arrested. Two men were arrested over the poaching on Monday, and a third man was detained on Tuesday, bailiffs said.';
    expect(people(a, 'Four people have now been arrested over the poaching, bailiffs said.').disagreements).toEqual([
      ['Three', 'Four'],
    ]);
  });
});
