import type { Token } from './lineTokens.ts';

// Job titles written before or after a person's name. The table says how much a title pins down: a head of state
// or government ("President", "Prime Minister"), a minister with a portfolio, an envoy to somewhere, another
// named job ("mayor", "operations director", "chief engineer"), a role in the story ("the driver, Ilse Marchetti",
// "resident Tom Varga"), which names a person but is no job title to compare, or a generic word ("leader",
// "official", "Mr") that conflicts with nothing. It also says which titles one person may hold beside another (`holding`): an
// adviser may hold another job too, a spokesperson a job in communications, a military rank goes with a command;
// a company's president is often its chief executive, but its chair is not, unless an article says so ("chairwoman
// and chief executive"), and a seat on an elected body goes with a post on it ("Councillor" and "committee chairman");
// any two other jobs are two different jobs. And
// which titles say the holder's sex ("spokesman", "chairwoman"): one person is not both.

export type OfficeRank = 'head' | 'minister' | 'envoy' | 'other' | 'role' | 'generic';

/**
 * `side`: held beside any other job (adviser, founder, professor). `voice`: a spokesperson, who may also be an
 * officer or work in communications, but is not also the chief of staff or the mayor. `rank`: a military or
 * police rank, held beside a post. `executive`: a company's or body's top jobs; a president may be any of them,
 * the others are held together only when an article writes them together. `seat`: a seat on an elected body
 * (councillor, MP, senator), held beside a post on it or elsewhere, but not beside another seat. `post`: one job.
 */
export type OfficeHolding = 'post' | 'side' | 'voice' | 'rank' | 'executive' | 'seat';

export interface Office {
  words: readonly string[];
  office: string;
  rank: OfficeRank;
  holding?: OfficeHolding;
  /** A title that says whether its holder is a man or a woman ("spokesman" / "spokeswoman"). */
  gender?: 'man' | 'woman';
}

export const officeTable: readonly Office[] = [
  { words: ['deputy', 'prime', 'minister'], office: 'deputy prime minister', rank: 'other' },
  { words: ['prime', 'minister'], office: 'prime minister', rank: 'head' },
  { words: ['premier'], office: 'prime minister', rank: 'head' },
  { words: ['vice', 'president'], office: 'vice president', rank: 'head' },
  // A university's head; its chancellor is a figurehead, another post.
  { words: ['vice', 'chancellor'], office: 'vice chancellor', rank: 'head' },
  { words: ['vice', 'premier'], office: 'vice premier', rank: 'other' },
  { words: ['president'], office: 'president', rank: 'head', holding: 'executive' },
  { words: ['chancellor'], office: 'chancellor', rank: 'head' },
  { words: ['king'], office: 'king', rank: 'head' },
  { words: ['queen'], office: 'queen', rank: 'head' },
  { words: ['emperor'], office: 'emperor', rank: 'head' },
  { words: ['secretary', 'of', 'state'], office: 'foreign minister', rank: 'minister' },
  { words: ['secretary', '-', 'general'], office: 'secretary-general', rank: 'other' },
  { words: ['secretary', 'general'], office: 'secretary-general', rank: 'other' },
  { words: ['press', 'secretary'], office: 'spokesperson', rank: 'other', holding: 'voice' },
  { words: ['chief', 'of', 'staff'], office: 'chief of staff', rank: 'other' },
  // Ranks of fire, police and ambulance services: one officer holds one rank at a time, so "Battalion Chief" and
  // "Deputy Chief Officer" for one person disagree, as "Chief Inspector" and "Superintendent" do.
  { words: ['battalion', 'chief'], office: 'battalion chief', rank: 'other', holding: 'rank' },
  { words: ['division', 'chief'], office: 'division chief', rank: 'other', holding: 'rank' },
  { words: ['assistant', 'chief'], office: 'assistant chief', rank: 'other', holding: 'rank' },
  { words: ['fire', 'chief'], office: 'fire chief', rank: 'other', holding: 'rank' },
  { words: ['police', 'chief'], office: 'police chief', rank: 'other', holding: 'rank' },
  { words: ['chief', 'officer'], office: 'chief officer', rank: 'other', holding: 'rank' },
  { words: ['station', 'officer'], office: 'station officer', rank: 'other', holding: 'rank' },
  { words: ['chief', 'inspector'], office: 'chief inspector', rank: 'other', holding: 'rank' },
  { words: ['chief', 'superintendent'], office: 'chief superintendent', rank: 'other', holding: 'rank' },
  { words: ['chief', 'constable'], office: 'chief constable', rank: 'other', holding: 'rank' },
  // The ranks as police press offices write them: "Ch Supt Neil Garside", "DCI Ruth Kay", "Sgt Ali Noor".
  { words: ['ch', 'supt'], office: 'chief superintendent', rank: 'other', holding: 'rank' },
  { words: ['chief', 'supt'], office: 'chief superintendent', rank: 'other', holding: 'rank' },
  { words: ['supt'], office: 'superintendent', rank: 'other', holding: 'rank' },
  { words: ['ch', 'insp'], office: 'chief inspector', rank: 'other', holding: 'rank' },
  { words: ['chief', 'insp'], office: 'chief inspector', rank: 'other', holding: 'rank' },
  { words: ['dci'], office: 'chief inspector', rank: 'other', holding: 'rank' },
  { words: ['insp'], office: 'inspector', rank: 'other', holding: 'rank' },
  { words: ['sgt'], office: 'sergeant', rank: 'other', holding: 'rank' },
  // Officers named by what they do are posts, unlike a plain "officer": the returning officer runs an election.
  { words: ['returning', 'officer'], office: 'returning officer', rank: 'other' },
  { words: ['presiding', 'officer'], office: 'presiding officer', rank: 'other' },
  { words: ['medical', 'officer'], office: 'medical officer', rank: 'other' },
  { words: ['health', 'officer'], office: 'health officer', rank: 'other' },
  { words: ['safety', 'officer'], office: 'safety officer', rank: 'other' },
  // A trade union's paid officials: "Unite regional officer Dean Farrell" (an organiser is a role, below).
  { words: ['regional', 'officer'], office: 'regional officer', rank: 'other' },
  { words: ['national', 'officer'], office: 'national officer', rank: 'other' },
  { words: ['press', 'officer'], office: 'spokesperson', rank: 'other', holding: 'voice' },
  { words: ['liaison', 'officer'], office: 'liaison officer', rank: 'other' },
  { words: ['probation', 'officer'], office: 'probation officer', rank: 'other' },
  { words: ['magistrate'], office: 'magistrate', rank: 'other' },
  { words: ['chief', 'executive', 'officer'], office: 'chief executive', rank: 'other', holding: 'executive' },
  { words: ['chief', 'executive'], office: 'chief executive', rank: 'other', holding: 'executive' },
  // A managing director often also chairs the board, but is not "chief executive" under another name: articles
  // that call one person both disagree (`executiveTitles` in nameFacts.ts).
  { words: ['managing', 'director'], office: 'managing director', rank: 'other', holding: 'executive' },
  { words: ['general', 'secretary'], office: 'secretary-general', rank: 'other' },
  // Ports and ships: the harbour master runs a port's waters; a ship's master is its captain.
  { words: ['harbour', 'master'], office: 'harbour master', rank: 'other' },
  { words: ['harbor', 'master'], office: 'harbour master', rank: 'other' },
  { words: ['harbourmaster'], office: 'harbour master', rank: 'other' },
  { words: ['harbormaster'], office: 'harbour master', rank: 'other' },
  { words: ['master'], office: 'captain', rank: 'other', holding: 'rank' },
  { words: ['attorney', 'general'], office: 'attorney general', rank: 'other' },
  { words: ['head', 'teacher'], office: 'head teacher', rank: 'other' },
  { words: ['headteacher'], office: 'head teacher', rank: 'other' },
  { words: ['headmaster'], office: 'head teacher', rank: 'other', gender: 'man' },
  { words: ['headmistress'], office: 'head teacher', rank: 'other', gender: 'woman' },
  { words: ['principal'], office: 'head teacher', rank: 'other' },
  { words: ['minister'], office: 'minister', rank: 'minister' },
  { words: ['secretary'], office: 'secretary', rank: 'minister' },
  { words: ['ambassador'], office: 'ambassador', rank: 'envoy' },
  { words: ['envoy'], office: 'ambassador', rank: 'envoy' },
  { words: ['spokesman'], office: 'spokesperson', rank: 'other', holding: 'voice', gender: 'man' },
  { words: ['spokeswoman'], office: 'spokesperson', rank: 'other', holding: 'voice', gender: 'woman' },
  { words: ['spokesperson'], office: 'spokesperson', rank: 'other', holding: 'voice' },
  { words: ['adviser'], office: 'adviser', rank: 'other', holding: 'side' },
  { words: ['advisor'], office: 'adviser', rank: 'other', holding: 'side' },
  { words: ['founder'], office: 'founder', rank: 'other', holding: 'side' },
  { words: ['co', '-', 'founder'], office: 'founder', rank: 'other', holding: 'side' },
  { words: ['cofounder'], office: 'founder', rank: 'other', holding: 'side' },
  { words: ['owner'], office: 'owner', rank: 'other', holding: 'side' },
  { words: ['professor'], office: 'professor', rank: 'other', holding: 'side' },
  { words: ['ceo'], office: 'chief executive', rank: 'other', holding: 'executive' },
  { words: ['cfo'], office: 'chief financial officer', rank: 'other' },
  { words: ['coo'], office: 'chief operating officer', rank: 'other' },
  { words: ['cto'], office: 'chief technology officer', rank: 'other' },
  { words: ['dean'], office: 'dean', rank: 'other' },
  // The chair's deputy holds another post: "chair of the Tenshire branch" / "vice-chair of the Farmers' Alliance".
  { words: ['vice', 'chair'], office: 'vice chair', rank: 'other' },
  { words: ['vice', 'chairman'], office: 'vice chair', rank: 'other', gender: 'man' },
  { words: ['vice', 'chairwoman'], office: 'vice chair', rank: 'other', gender: 'woman' },
  { words: ['deputy', 'chair'], office: 'vice chair', rank: 'other' },
  { words: ['deputy', 'chairman'], office: 'vice chair', rank: 'other', gender: 'man' },
  { words: ['chairman'], office: 'chair', rank: 'other', holding: 'executive', gender: 'man' },
  { words: ['chairwoman'], office: 'chair', rank: 'other', holding: 'executive', gender: 'woman' },
  { words: ['chairperson'], office: 'chair', rank: 'other', holding: 'executive' },
  { words: ['chair'], office: 'chair', rank: 'other', holding: 'executive' },
  { words: ['governor'], office: 'governor', rank: 'other' },
  { words: ['mayor'], office: 'mayor', rank: 'other' },
  { words: ['senator'], office: 'senator', rank: 'other', holding: 'seat' },
  // A member of a parliament or assembly: "Labour MP Sarah Quinn", "Sarah Quinn, the MP for Hallam".
  { words: ['mp'], office: 'member of parliament', rank: 'other', holding: 'seat' },
  { words: ['msp'], office: 'member of parliament', rank: 'other', holding: 'seat' },
  { words: ['mla'], office: 'member of parliament', rank: 'other', holding: 'seat' },
  // A council's cabinet member for a portfolio ("the council's cabinet member for education"): a post on the
  // council, held beside a councillor's seat, and not its leader.
  { words: ['cabinet', 'member'], office: 'cabinet member', rank: 'other' },
  { words: ['councillor'], office: 'councillor', rank: 'other', holding: 'seat' },
  { words: ['cllr'], office: 'councillor', rank: 'other', holding: 'seat' },
  { words: ['councilor'], office: 'councillor', rank: 'other', holding: 'seat' },
  { words: ['councilman'], office: 'councillor', rank: 'other', holding: 'seat', gender: 'man' },
  { words: ['councilwoman'], office: 'councillor', rank: 'other', holding: 'seat', gender: 'woman' },
  { words: ['commissioner'], office: 'commissioner', rank: 'other' },
  { words: ['sheriff'], office: 'sheriff', rank: 'other' },
  { words: ['superintendent'], office: 'superintendent', rank: 'other', holding: 'rank' },
  { words: ['general'], office: 'general', rank: 'other', holding: 'rank' },
  { words: ['admiral'], office: 'admiral', rank: 'other', holding: 'rank' },
  { words: ['colonel'], office: 'colonel', rank: 'other', holding: 'rank' },
  { words: ['lieutenant'], office: 'lieutenant', rank: 'other', holding: 'rank' },
  { words: ['captain'], office: 'captain', rank: 'other', holding: 'rank' },
  { words: ['sergeant'], office: 'sergeant', rank: 'other', holding: 'rank' },
  { words: ['commander'], office: 'commander', rank: 'other' },
  // A yacht club's elected officers: "Club commodore Fiona Lusk" / "race director Fiona Lusk" are two jobs.
  { words: ['vice', 'commodore'], office: 'vice commodore', rank: 'other' },
  { words: ['rear', 'commodore'], office: 'rear commodore', rank: 'other' },
  { words: ['commodore'], office: 'commodore', rank: 'other' },
  { words: ['director'], office: 'director', rank: 'other' },
  { words: ['manager'], office: 'manager', rank: 'other' },
  { words: ['engineer'], office: 'engineer', rank: 'other' },
  { words: ['inspector'], office: 'inspector', rank: 'other', holding: 'rank' },
  { words: ['coordinator'], office: 'coordinator', rank: 'other' },
  // Common posts in public bodies, courts, hospitals, newsrooms and sport: each one job.
  { words: ['consultant'], office: 'consultant', rank: 'other' },
  // A family doctor and a hospital specialist are two jobs: "a Hexley GP" / "a consultant paediatrician".
  { words: ['gp'], office: 'general practitioner', rank: 'other' },
  { words: ['general', 'practitioner'], office: 'general practitioner', rank: 'other' },
  { words: ['paediatrician'], office: 'paediatrician', rank: 'other' },
  { words: ['pediatrician'], office: 'paediatrician', rank: 'other' },
  { words: ['examiner'], office: 'examiner', rank: 'other' },
  { words: ['registrar'], office: 'registrar', rank: 'other' },
  { words: ['auditor'], office: 'auditor', rank: 'other' },
  { words: ['controller'], office: 'controller', rank: 'other' },
  { words: ['comptroller'], office: 'controller', rank: 'other' },
  { words: ['supervisor'], office: 'supervisor', rank: 'other' },
  { words: ['coroner'], office: 'coroner', rank: 'other' },
  { words: ['ombudsman'], office: 'ombudsman', rank: 'other' },
  { words: ['editor'], office: 'editor', rank: 'other' },
  { words: ['curator'], office: 'curator', rank: 'other' },
  { words: ['warden'], office: 'warden', rank: 'other' },
  { words: ['clerk'], office: 'clerk', rank: 'other' },
  { words: ['bishop'], office: 'bishop', rank: 'other' },
  { words: ['archbishop'], office: 'archbishop', rank: 'other' },
  { words: ['lecturer'], office: 'lecturer', rank: 'other', holding: 'side' },
  { words: ['referee'], office: 'referee', rank: 'role' },
  { words: ['umpire'], office: 'umpire', rank: 'role' },
  { words: ['solicitor'], office: 'solicitor', rank: 'role' },
  { words: ['barrister'], office: 'barrister', rank: 'role' },
  { words: ['accountant'], office: 'accountant', rank: 'role' },
  { words: ['architect'], office: 'architect', rank: 'role' },
  { words: ['pharmacist'], office: 'pharmacist', rank: 'role' },
  { words: ['midwife'], office: 'midwife', rank: 'role' },
  { words: ['epidemiologist'], office: 'epidemiologist', rank: 'role' },
  { words: ['administrator'], office: 'administrator', rank: 'other' },
  { words: ['treasurer'], office: 'treasurer', rank: 'other' },
  { words: ['judge'], office: 'judge', rank: 'other' },
  { words: ['investigator'], office: 'investigator', rank: 'other' },
  { words: ['detective'], office: 'detective', rank: 'other', holding: 'rank' },
  { words: ['constable'], office: 'constable', rank: 'other', holding: 'rank' },
  { words: ['prosecutor'], office: 'prosecutor', rank: 'other' },
  // A trade union's posts at a workplace or in a region.
  { words: ['convenor'], office: 'convenor', rank: 'other' },
  { words: ['convener'], office: 'convenor', rank: 'other' },
  { words: ['shop', 'steward'], office: 'shop steward', rank: 'other' },
  { words: ['steward'], office: 'shop steward', rank: 'other' },
  { words: ['driver'], office: 'driver', rank: 'role' },
  { words: ['pilot'], office: 'pilot', rank: 'role' },
  { words: ['conductor'], office: 'conductor', rank: 'role' },
  { words: ['witness'], office: 'witness', rank: 'role' },
  { words: ['resident'], office: 'resident', rank: 'role' },
  { words: ['passenger'], office: 'passenger', rank: 'role' },
  { words: ['survivor'], office: 'survivor', rank: 'role' },
  { words: ['victim'], office: 'victim', rank: 'role' },
  { words: ['neighbour'], office: 'neighbour', rank: 'role' },
  { words: ['neighbor'], office: 'neighbor', rank: 'role' },
  { words: ['farmer'], office: 'farmer', rank: 'role' },
  { words: ['teacher'], office: 'teacher', rank: 'role' },
  { words: ['nurse'], office: 'nurse', rank: 'role' },
  { words: ['paramedic'], office: 'paramedic', rank: 'role' },
  { words: ['volunteer'], office: 'volunteer', rank: 'role' },
  { words: ['student'], office: 'student', rank: 'role' },
  { words: ['pupil'], office: 'pupil', rank: 'role' },
  { words: ['worker'], office: 'worker', rank: 'role' },
  { words: ['employee'], office: 'employee', rank: 'role' },
  { words: ['firefighter'], office: 'firefighter', rank: 'role' },
  { words: ['lawyer'], office: 'lawyer', rank: 'role' },
  { words: ['analyst'], office: 'analyst', rank: 'role' },
  { words: ['researcher'], office: 'researcher', rank: 'role' },
  { words: ['scientist'], office: 'scientist', rank: 'role' },
  { words: ['expert'], office: 'expert', rank: 'role' },
  { words: ['economist'], office: 'economist', rank: 'role' },
  { words: ['journalist'], office: 'journalist', rank: 'role' },
  { words: ['reporter'], office: 'reporter', rank: 'role' },
  { words: ['photographer'], office: 'photographer', rank: 'role' },
  { words: ['shopkeeper'], office: 'shopkeeper', rank: 'role' },
  { words: ['homeowner'], office: 'homeowner', rank: 'role' },
  { words: ['landlord'], office: 'landlord', rank: 'role' },
  { words: ['tenant'], office: 'tenant', rank: 'role' },
  { words: ['customer'], office: 'customer', rank: 'role' },
  { words: ['motorist'], office: 'motorist', rank: 'role' },
  { words: ['cyclist'], office: 'cyclist', rank: 'role' },
  { words: ['activist'], office: 'activist', rank: 'role' },
  { words: ['campaigner'], office: 'campaigner', rank: 'role' },
  { words: ['protester'], office: 'protester', rank: 'role' },
  { words: ['organiser'], office: 'organiser', rank: 'role' },
  { words: ['organizer'], office: 'organizer', rank: 'role' },
  { words: ['fan'], office: 'fan', rank: 'role' },
  { words: ['player'], office: 'player', rank: 'role' },
  { words: ['coach'], office: 'coach', rank: 'role' },
  { words: ['doctor'], office: 'doctor', rank: 'role' },
  { words: ['surgeon'], office: 'surgeon', rank: 'role' },
  { words: ['vet'], office: 'vet', rank: 'role' },
  { words: ['priest'], office: 'priest', rank: 'role' },
  { words: ['pastor'], office: 'pastor', rank: 'role' },
  { words: ['imam'], office: 'imam', rank: 'role' },
  { words: ['rabbi'], office: 'rabbi', rank: 'role' },
  // Who someone is in the story's own words: "Grandmother Pauline Rusk", "Skipper Alasdair Penrose". The family
  // words say the person's sex, as "spokeswoman" does.
  { words: ['grandmother'], office: 'grandmother', rank: 'role', gender: 'woman' },
  { words: ['grandfather'], office: 'grandfather', rank: 'role', gender: 'man' },
  { words: ['grandma'], office: 'grandma', rank: 'role', gender: 'woman' },
  { words: ['grandpa'], office: 'grandpa', rank: 'role', gender: 'man' },
  { words: ['gran'], office: 'gran', rank: 'role', gender: 'woman' },
  { words: ['grandad'], office: 'grandad', rank: 'role', gender: 'man' },
  { words: ['mother'], office: 'mother', rank: 'role', gender: 'woman' },
  { words: ['father'], office: 'father', rank: 'role', gender: 'man' },
  { words: ['mum'], office: 'mum', rank: 'role', gender: 'woman' },
  { words: ['dad'], office: 'dad', rank: 'role', gender: 'man' },
  { words: ['widow'], office: 'widow', rank: 'role', gender: 'woman' },
  { words: ['widower'], office: 'widower', rank: 'role', gender: 'man' },
  { words: ['parent'], office: 'parent', rank: 'role' },
  { words: ['pensioner'], office: 'pensioner', rank: 'role' },
  { words: ['holidaymaker'], office: 'holidaymaker', rank: 'role' },
  { words: ['shopper'], office: 'shopper', rank: 'role' },
  { words: ['commuter'], office: 'commuter', rank: 'role' },
  { words: ['walker'], office: 'walker', rank: 'role' },
  { words: ['hiker'], office: 'hiker', rank: 'role' },
  { words: ['runner'], office: 'runner', rank: 'role' },
  { words: ['swimmer'], office: 'swimmer', rank: 'role' },
  { words: ['sailor'], office: 'sailor', rank: 'role' },
  { words: ['skipper'], office: 'skipper', rank: 'role' },
  { words: ['leader'], office: 'leader', rank: 'generic' },
  { words: ['chief'], office: 'leader', rank: 'generic' },
  { words: ['head'], office: 'leader', rank: 'generic' },
  { words: ['official'], office: 'official', rank: 'generic' },
  { words: ['officer'], office: 'official', rank: 'generic' },
  { words: ['diplomat'], office: 'official', rank: 'generic' },
  { words: ['aide'], office: 'official', rank: 'generic' },
  { words: ['mr'], office: 'mr', rank: 'generic', gender: 'man' },
  { words: ['mrs'], office: 'mr', rank: 'generic', gender: 'woman' },
  { words: ['ms'], office: 'mr', rank: 'generic', gender: 'woman' },
  { words: ['dr'], office: 'mr', rank: 'generic' },
];

// Each office by its name; where the table lists an office under several wordings, the last entry speaks for it.
const officesByName = new Map<string, Office>(officeTable.map((office) => [office.office, office]));

/** How an office is held beside others (`OfficeHolding`); a job the table does not know is one post. */
export function holdingOf(office: string): OfficeHolding {
  return officesByName.get(office)?.holding ?? 'post';
}

// The posts a member of an elected body holds on it or in government: a committee's chair, the mayor, the council
// leader, a cabinet member, a minister. A council's head of licensing or chief executive is staff, not a member.
const membersPosts = new Set([
  'chair',
  'vice chair',
  'mayor',
  'prime minister',
  'deputy prime minister',
  'cabinet member',
]);

/** Whether the holder of a seat (`seat`) may hold this office too. */
export function heldBesideSeat(office: string): boolean {
  return membersPosts.has(office) || office.endsWith(' leader') || officesByName.get(office)?.rank === 'minister';
}

// Offices by their first word, longest first, so a token is looked up once.
const byFirstWord = new Map<string, Office[]>();
for (const office of officeTable) {
  const first = office.words[0] ?? '';
  byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), office]);
}

/**
 * The office whose words start at token `index`, with the index of its last word. A title word right before
 * another office names a kind of it, not an office of its own: "chief engineer", "general manager".
 */
export function officeAt(tokens: readonly Token[], index: number): { office: Office; last: number } | undefined {
  const found = officeStartingAt(tokens, index);
  if (!found) return undefined;
  const next = officeStartingAt(tokens, found.last + 1);
  if (next && titleWordAsGivenName(tokens, next.last)) return found;
  if (next && next.office.rank !== 'generic' && found.office.holding !== 'executive') {
    // "Vice-chancellor Professor Ines Marchetti-Royle": a head's academic title is a courtesy title, like "Dr".
    if (!(found.office.rank === 'head' && isAcademicTitle(tokens[found.last + 1]))) return undefined;
  }
  return found;
}

/**
 * "Regional officer Dean Farrell", "Dean Farrell, the union's regional officer": "Dean" with one name after it is a
 * given name. A college's dean has a full name after the title ("Dean Helen Ruiz") or a field ("Dean of Law").
 */
export function titleWordAsGivenName(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at];
  return (
    word?.lower === 'dean' &&
    /^[A-Z]/.test(word.text) &&
    tokens[at + 1]?.pos === 'PROPN' &&
    tokens[at + 2]?.pos !== 'PROPN'
  );
}

function officeStartingAt(tokens: readonly Token[], index: number): { office: Office; last: number } | undefined {
  const officerTitle = chiefOfficer(tokens, index) ?? headOfField(tokens, index) ?? hyphenatedOffice(tokens, index);
  if (officerTitle) return officerTitle;
  const candidates = byFirstWord.get(plainWord(tokens[index]));
  if (!candidates) return undefined;
  for (const office of candidates) {
    const matches = office.words.every((word, offset) => offset === 0 || plainWord(tokens[index + offset]) === word);
    if (!matches) continue;
    // A longer title ("Chief Inspector") has matched first; a bare "Chief" may still lead a trade.
    const trade = office.words.length === 1 ? chiefOfTrade(tokens, index) : undefined;
    return trade ?? { office, last: index + office.words.length - 1 };
  }
  return undefined;
}

// "Chief Coastguard Iain Foulds", "Chief Ranger Tom Ames": a capitalised word between "Chief" and a full name is the
// trade the person leads, not the first word of the name.
function chiefOfTrade(tokens: readonly Token[], index: number): { office: Office; last: number } | undefined {
  if (plainWord(tokens[index]) !== 'chief') return undefined;
  const capitalisedWord = (token: Token | undefined): boolean =>
    token !== undefined && /^\p{Lu}\p{Ll}+$/u.test(token.text) && (token.pos === 'PROPN' || token.pos === 'NOUN');
  if (![1, 2, 3].every((ahead) => capitalisedWord(tokens[index + ahead]))) return undefined;
  if (capitalisedWord(tokens[index + 4])) return undefined;
  const trade = plainWord(tokens[index + 1]);
  return { office: { words: ['chief', trade], office: `chief ${trade}`, rank: 'other' }, last: index + 1 };
}

// "Vice-president", "vice-chancellor": a title of two words written as one hyphenated word.
function hyphenatedOffice(tokens: readonly Token[], index: number): { office: Office; last: number } | undefined {
  const parts = plainWord(tokens[index]).split('-');
  if (parts.length < 2) return undefined;
  const office = byFirstWord
    .get(parts[0] ?? '')
    ?.find((entry) => entry.words.length === parts.length && entry.words.every((word, at) => word === parts[at]));
  return office ? { office, last: index } : undefined;
}

/** "Professor" before a name: held beside a job, so after a head's title it only courts the name. */
export function isAcademicTitle(token: Token | undefined): boolean {
  const word = plainWord(token);
  return word === 'professor' || word === 'prof';
}

// "chief operating officer", "chief financial officer": one job each, unlike a plain "officer".
function chiefOfficer(tokens: readonly Token[], index: number): { office: Office; last: number } | undefined {
  if (plainWord(tokens[index]) !== 'chief' || plainWord(tokens[index + 2]) !== 'officer') return undefined;
  const field = plainWord(tokens[index + 1]);
  if (!/^[a-z]+$/.test(field) || field === 'executive') return undefined;
  const office = `chief ${officerFields.get(field.slice(0, 4)) ?? field} officer`;
  return { office: { words: ['chief', field, 'officer'], office, rank: 'other' }, last: index + 2 };
}

// "chief finance officer" is the chief financial officer, "chief operations officer" the chief operating officer.
const officerFields = new Map([
  ['fina', 'financial'],
  ['oper', 'operating'],
  ['tech', 'technology'],
  ['scie', 'scientific'],
  ['medi', 'medical'],
  ['info', 'information'],
  ['mark', 'marketing'],
]);

// "head of communications", "head of security": a job with its field after it, unlike a plain "head" or "the head
// of the UN" (an organisation is no field). The field is read as the "of" complement (nameMentions.ts).
const headOfficeEntry: Office = { words: ['head'], office: 'head', rank: 'other' };
const headsOfState = new Set(['state', 'government']);

function headOfField(tokens: readonly Token[], index: number): { office: Office; last: number } | undefined {
  if (plainWord(tokens[index]) !== 'head' || tokens[index + 1]?.lower !== 'of') return undefined;
  const field = tokens[index + 2];
  // "head of launch safety": the tagger may read the first word of a compound field as a verb. "head of
  // radiological protection", "head of public health": a field may be described by an adjective.
  const compound = (field?.pos === 'VERB' || field?.pos === 'ADJ') && tokens[index + 3]?.pos === 'NOUN';
  if (!field || (field.pos !== 'NOUN' && !compound) || !/^[a-z]/.test(field.text) || headsOfState.has(field.lower)) {
    return undefined;
  }
  return { office: headOfficeEntry, last: index };
}

/** The fields of a government or company portfolio: "foreign" minister, "finance" director. */
export const portfolioWords = new Set([
  'foreign',
  'defence',
  'defense',
  'finance',
  'interior',
  'home',
  'health',
  'economy',
  'economic',
  'trade',
  'justice',
  'energy',
  'education',
  'agriculture',
  'environment',
  'transport',
  'labour',
  'labor',
  'culture',
  'security',
  'policy',
  'national',
  'digital',
  'treasury',
  'war',
  'commerce',
  'communications',
  'immigration',
  'press',
]);

// "Council leader", "party leader", "opposition leader": the leader of an elected body is an office of its own;
// "union leader", "community leader" or "world leader" only describe someone.
const governingBodies = new Set([
  'council',
  'party',
  'opposition',
  'majority',
  'minority',
  'house',
  'senate',
  'assembly',
  'parliamentary',
  'cabinet',
]);
// "regional organiser", "national coordinator", "senior nurse", "chief economist": a role given a scope or a grade
// is a post.
const scopeWords = new Set([
  'regional',
  'national',
  'district',
  'area',
  'county',
  'branch',
  'senior',
  'lead',
  'chief',
  'principal',
]);

/**
 * An office read with the word written before it: a generic "leader" after a governing body ("Council leader")
 * and a role after a scope ("regional organiser") are posts that can conflict with another post.
 */
export function qualifiedOffice(office: Office, wordBefore: string | undefined): Office {
  const before = (wordBefore ?? '').toLowerCase();
  if (office.office === 'leader' && office.words[0] === 'leader' && governingBodies.has(before)) {
    return { words: [before, 'leader'], office: `${before} leader`, rank: 'other' };
  }
  if (office.rank === 'role' && scopeWords.has(before)) return { ...office, rank: 'other' };
  // "Council finance chief Ruth Achterberg": the head of a field, as "head of finance" is; a bare "chief" is anyone's.
  if (office.words.length === 1 && office.words[0] === 'chief' && portfolioWords.has(before)) return headOfficeEntry;
  return office;
}

/** "Mr", "Dr", "Prof": a courtesy title, which may stand between a job title and the name it belongs to. */
export function isHonorific(token: Token | undefined): boolean {
  return honorifics.has(plainWord(token));
}

// "Doctor" and "Reverend" written out are courtesy titles too: "the director of public health, Doctor Maren
// Aldous" names a director, not a doctor.
const honorifics = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'doctor', 'prof', 'sir', 'dame', 'rev', 'reverend']);

// "Mr." and "Mr" are one title.
function plainWord(token: Token | undefined): string {
  if (!token) return '';
  return token.lower.endsWith('.') ? token.lower.slice(0, -1) : token.lower;
}
