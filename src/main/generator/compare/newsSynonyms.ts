// Words news writers use interchangeably for the same thing. Folding them lets "no 'forbidden' fields of
// collaboration" meet "no 'forbidden' areas of cooperation", and "troops" meet "soldiers". Groups are general
// news vocabulary, kept narrow: a word that also has an unrelated everyday sense stays out.
export const synonymGroups: readonly (readonly string[])[] = [
  ['say', 'said', 'says', 'tell', 'told', 'add', 'added', 'announce', 'announced', 'declare', 'declared'],
  ['accuse', 'allege', 'charge'],
  // With them, the verbs for a quake or storm hitting a place: "struck", "shook", "rocked", "battered".
  [
    'attack',
    'strike',
    'assault',
    'raid',
    'offensive',
    'bombardment',
    'shake',
    'shook',
    'jolt',
    'rock',
    'batter',
    'lash',
    'slam',
  ],
  // Animals put down (phrasalVerbs.ts) or euthanised by vets were killed: "11 were put down" / "a dozen euthanised".
  [
    'kill',
    'killed',
    'dead',
    'death',
    'die',
    'died',
    'fatality',
    'fatalities',
    'toll',
    'perish',
    'lives',
    'drown',
    'euthanise',
    'euthanised',
    'euthanize',
  ],
  // A dog that "mauled" or "savaged" people injured them.
  ['injure', 'injured', 'injury', 'injuries', 'wound', 'wounded', 'hurt', 'maul', 'mauled', 'savage', 'savaged'],
  ['meet', 'met', 'meeting', 'talks', 'summit', 'session'],
  // Money missing from a budget: "an $18.5 million funding gap", "a $20 million black hole", "a shortfall".
  ['shortfall', 'deficit', 'gap', 'hole'],
  // What each customer is due after a failure: "owed £80", "entitled to £80", "£75 each in compensation"; and what
  // a sacked manager or chief executive walks away with: "a £1.5m payoff", "his severance".
  ['compensation', 'compensate', 'compensated', 'payout', 'payouts', 'owed', 'entitled', 'payoff', 'severance'],
  ['fake', 'false', 'phony', 'phoney', 'bogus', 'fabricated', 'sham'],
  // Not "servicemen": cut to six letters, its family is that of "services" (trains, buses, clinics).
  ['troop', 'troops', 'soldier', 'soldiers', 'personnel', 'forces'],
  // A navy's ships: "nine warships" and "a dozen ships" in one exercise count one fleet.
  ['ship', 'ships', 'warship', 'warships'],
  // Those who came to watch: "9,000 spectators" and "12,000 fans" at one match count one crowd.
  ['spectator', 'spectators', 'fan', 'fans', 'supporter', 'supporters'],
  // Not "accord": its family is also that of "according to".
  ['agreement', 'deal', 'pact', 'treaty'],
  [
    'rise',
    'rising',
    'increase',
    'grow',
    'growing',
    'climb',
    // Said of a share price or a currency: "Nordhalm Bank gained 2.4%" / "Nordhalm shares climbed 3 per cent".
    'gain',
    'mount',
    'mounting',
    'escalate',
    'escalating',
    'surge',
    'heighten',
    'heightened',
    'intensify',
    'soar',
  ],
  ['fall', 'decrease', 'decline', 'drop', 'plunge', 'slump'],
  // "The exercise ended on Sunday" / "finished on Monday".
  ['end', 'ended', 'finish', 'finished', 'conclude', 'concluded'],
  ['border', 'frontier'],
  ['cooperation', 'cooperate', 'collaboration', 'collaborate', 'partnership'],
  ['invade', 'invasion', 'incursion'],
  ['plan', 'plot', 'scheme'],
  ['evidence', 'proof'],
  ['limit', 'limitation', 'limits', 'bound', 'bounds'],
  ['forbidden', 'prohibited', 'banned', 'off-limits'],
  ['area', 'field', 'sphere', 'domain', 'realm'],
  ['expansion', 'enlargement', 'expand', 'enlarge'],
  ['abandon', 'renounce', 'refrain', 'discard'],
  ['protester', 'protesters', 'protestor', 'protestors'],
  ['people', 'person', 'persons', 'individuals'],
  ['government', 'authorities'],
  // "Members had raised the alarm in March 2025" / "it had warned TEN in June 2025".
  ['warn', 'warning', 'caution', 'alarm'],
  ['arrest', 'arrested', 'detain', 'detained'],
  // In a news story "officers" counted are police ("Two officers were hurt" / "Three cops were injured").
  ['police', 'cops', 'cop', 'officer', 'officers', 'policeman', 'policemen'],
  ['deploy', 'deployed', 'amass', 'amassed', 'gather', 'gathered', 'send', 'sent', 'dispatch', 'dispatched'],
  ['ideological', 'ideologized', 'ideologised'],
  ['sides', 'parties'],
  ['worry', 'concern', 'concerns'],
  ['oppose', 'opposition', 'against'],
  ['president', 'presidents'],
  ['civilian', 'civilians', 'resident', 'residents'],
  // Not "commence": cut to six letters, its family is that of "comment".
  ['begin', 'began', 'start', 'started'],
  ['evacuate', 'evacuation', 'evacuee', 'flee', 'fled'],
  ['visit', 'tour'],
  ['buy', 'bought', 'acquire', 'acquired', 'acquisition', 'purchase', 'purchased'],
  ['factory', 'plant'],
  // Equipment or a structure put in place: "installed in 2009", "commissioned in 2009", "erected in 2006".
  ['install', 'installed', 'installation', 'commissioned', 'erect', 'erected'],
  // A company, school or party begun: "founded in 2019", "established in 2019" ("set up" in phrasalVerbs.ts).
  ['found', 'founded', 'establish', 'established'],
  // A business that failed: "filed for bankruptcy", "filed for insolvency", "went bust", "became insolvent".
  // In Britain a company "goes into administration", "calls in administrators", is "placed in receivership".
  ['bankruptcy', 'bankrupt', 'insolvency', 'insolvent', 'bust', 'administration', 'administrator', 'receivership'],
  // What a ship, plane or bus carries is aboard it: "carrying 38 vehicles" / "with 41 vehicles aboard".
  ['carry', 'carrying', 'carried', 'aboard', 'onboard'],
  ['fire', 'blaze', 'wildfire', 'inferno'],
  // What a thing is worth: "worth almost £3million" / "values the stolen group at £2.4m" / "valued at", "a
  // provisional valuation of £1.2 million" / "could fetch £2 million".
  ['value', 'worth', 'valued', 'valuation', 'fetch'],
  // What one side asks for: "the union wants 9%", "is seeking nine per cent", "is demanding 10 per cent".
  ['demand', 'seek', 'want'],
  // Things taken or lost, however an outlet counts them: "seven objects", "nine treasures", "eight artefacts".
  ['object', 'item', 'artefact', 'artifact', 'treasure', 'valuables'],
  // An apology, however worded: "I apologise unreservedly" / "we are sorry" / "we deeply regret".
  ['apologise', 'apologize', 'apology', 'sorry', 'regret'],
  // A vaccine given: "1,100 MMR doses" / "a thousand MMR jabs" / "900 vaccinations". Not "shot", also a gunshot.
  ['dose', 'jab', 'vaccination', 'inoculation', 'injection'],
  // One country under its short and long names: "430 stores across the UK" / "412 stores in Britain".
  ['britain', 'uk', 'gb'],
  ['usa', 'us', 'america'],
  // The people a plane, train or ship carries, by the word each outlet picked: "31,000 passengers" / "28,000
  // travellers" / "50,000 holidaymakers"; a cruise line's "2,410 guests aboard".
  ['passenger', 'traveller', 'traveler', 'holidaymaker', 'flyer', 'guest'],
  // The people who work a ship: "All 23 crew" / "its 23 seafarers" / "crewed by 24 sailors".
  ['crew', 'sailor', 'seafarer', 'seaman', 'crewman'],
  ['luggage', 'baggage', 'bag', 'suitcase'],
  // The people a prison holds: "about 620 inmates" / "some 620 prisoners". Not "convict" or "detainee", whose
  // families are those of "convicted" and "detained".
  ['prisoner', 'inmate'],
  // Children as news writes them: "two children were treated" / "three youngsters were rushed to hospital", and the
  // youngest: "one infant was admitted" / "two tots were rushed to hospital". Not "toddler", which is older.
  ['child', 'youngster', 'kid'],
  // A hospital's emergency department is its "A&E".
  ['emergency', 'a&e'],
  ['baby', 'infant', 'tot'],
  // The people a company or a service employs: "roughly 430 staff" / "almost 500 workers". Not "employees", whose
  // family is that of "employed", the fate of a workforce counted ("employs 900 people").
  ['worker', 'staff'],
  ['store', 'shop'],
  // Jobs or places nobody holds: "midwife posts were vacant" / "nearly a third of midwife jobs were empty".
  ['vacant', 'unfilled', 'empty'],
  // What broke off a thing: "Two smaller fragments were recovered" / "Three smaller pieces were found".
  ['fragment', 'piece', 'shard'],
  // How long someone held a post: "his 18-month reign", "a two-year tenure", "a brief stint" (and "17 months in
  // charge", read in durations.ts). Not "spell", also a stretch of weather.
  ['tenure', 'reign', 'stint'],
  // Who runs a team, in the sports pages' word: "the fourth manager to leave" / "the fifth boss in four years".
  ['manager', 'boss'],
  // A team's games counted by the word each outlet picked: "21 of his 68 matches" / "21 of his 70 games".
  ['match', 'game'],
  // A recall counted by the word each outlet picked: "almost 150,000 electric cars" / "about 165,000 Lumen electric
  // SUVs". ("148,000 vehicles" may be cars or buses: numberFacts.ts lets vehicles meet either.)
  ['car', 'suv'],
  // Places people live, by the word each outlet picked: "standpipes in 14 villages" / "in a dozen hamlets", "23 homes
  // were evacuated" / "30 houses" / "23 properties at the foot of the slope".
  ['village', 'hamlet'],
  ['home', 'house', 'property', 'dwelling'],
  // One scheduled trip, by air or by sea: "its next departure" / "the ship's next cruise" / "the next sailing".
  ['flight', 'departure', 'sailing', 'voyage', 'cruise'],
  ['satellite', 'spacecraft', 'smallsat', 'cubesat'],
  // Units written in full and as symbols: "112 millimetres" and "150mm" measure the same thing.
  ['millimetre', 'millimeter', 'mm'],
  ['centimetre', 'centimeter', 'cm'],
  ['kilometre', 'kilometer', 'km'],
  ['kilogram', 'kilo', 'kg'],
  ['hectare', 'ha'],
];
