// Small article sets written for these tests, in the shapes the first sets lacked: the day and hour of one event
// told differently ("Saturday night" / "early on Sunday", "shortly after 4am" / "around 2am"), a weekday that does
// not fit its date, one person's name spelled or titled differently, a predicate stated in one article and denied
// in another, an order reported as advice. Each set also holds the traps a careless rule falls into: two events on
// different days, two people with one surname, "not only ... but", "could collapse", advice called advice twice.
// The last set tells one timeline consistently in three ways (a leak spotted on Thursday, water released from
// Friday, an order at 9pm on Saturday, statements on Sunday and Monday, repairs on Tuesday): every date in it
// agrees, so any date disagreement found there is a false alarm.

export const wildfireSet: Record<string, string> = {
  'fire-a.txt': `Wildfire forces thousands from Ashford homes

Published 10 March 2025

The evacuation of Ashford began on Saturday night as the Cedar Ridge fire jumped Highway 9, county officials said.

About 4,000 residents of the Glen Park district were ordered to leave their homes, and 1,800 people spent the night in school gyms and church halls.

The fire started shortly after 4am on Saturday near a campsite in the hills above the town, investigators said.

Mayor Debra Ruiz said the town's water treatment plant had been damaged by the flames. "We will get through this together," she told reporters.

County fire chief Mark Dunn said crews had contained about 30% of the blaze by Sunday evening.

Dr Helen Dunn, the medical director of Ashford General Hospital, said 14 people had been treated for smoke inhalation.

The town library, which has been used as a shelter, will reopen to readers on Thursday, the council said.
`,
  'fire-b.txt': `Ashford evacuated as Cedar Ridge fire spreads

March 10, 2025

Ashford was evacuated early on Sunday after the Cedar Ridge fire crossed Highway 9.

Some 4,000 people in the Glen Park district were advised to leave their homes, and about 1,800 stayed in emergency shelters overnight.

The fire started at around 2am on Saturday near a campsite, according to investigators.

Mayor Deborah Ruiz said the water treatment plant was not damaged and that tap water was safe to drink.

Fire chief Mark Dunn said 30% of the fire had been contained.

Schools in the district will reopen on Wednesday, the education office said.
`,
  'fire-c.txt': `Cedar Ridge fire: what we know so far

Residents of Ashford have been evacuated since Sunday morning, and roads into the town remain closed.

Fourteen people were treated in hospital for smoke inhalation, doctors said.

"We will get through this together," Mayor Ruis said on Sunday.

The fire, which started on Saturday near a campsite, has burned more than 6,000 acres.

Dunn, the county fire chief, said his crews were stretched thin.
`,
};

export const chlorineLeakSet: Record<string, string> = {
  'leak-a.txt': `Chlorine leak at Port Ellis chemical plant

Published 12 May 2025

Chlorine gas leaked from a storage tank at the Norvale Chemicals plant in Port Ellis on Sunday, May 11, sending a cloud over the harbour.

The leak was detected shortly after 4am, when the night shift was handing over, according to the company's operations director, Clara Voss.

The tank ruptured after pressure built up inside it, the company said.

People living within two kilometres of the plant were ordered to stay indoors with their windows shut.

Eleven workers were treated in hospital for breathing problems. Harbour police inspector Paul Voss said the roads around the site had been closed.
`,
  'leak-b.txt': `Toxic cloud forces Port Ellis lockdown

Chlorine gas leaked from the Norvale Chemicals plant on Sunday, May 10, and drifted over Port Ellis.

Norvale chief executive Clara Voss said the leak was detected at around 2am. "The tank itself did not rupture. A valve on the filling line failed," she said.

Residents within two kilometres were urged to stay indoors.

Nine workers were taken to hospital.
`,
  'leak-c.txt': `Port Ellis leak: questions for Norvale

The leak at the Norvale Chemicals plant began on Sunday morning and was stopped within five hours.

Clara Voss, the firm's chief engineer, said an alarm had sounded in the control room.

Eleven workers needed hospital treatment, and the harbour was closed to shipping.

Norvale has been fined twice since 2019 for safety breaches.
`,
  'leak-d.txt': `Norvale apologises for chlorine leak

Clara Voss, the director of operations at Norvale, apologised to residents of Port Ellis.

She said the company would pay for medical checks for anyone who had been near the harbour.
`,
};

export const bridgeSet: Record<string, string> = {
  'bridge-a.txt': `Storm damages Millbrook bridge

Published 3 November 2024

The old stone bridge over the Lune at Millbrook was not only damaged but partly swept away when the river rose on Friday night, police said.

Transport minister Sam Okafor said the bridge would stay closed until engineers had inspected it.

Residents of Mill Lane were advised to leave their homes as a precaution.

The footbridge downstream was not damaged.

The village school was closed on Monday.
`,
  'bridge-b.txt': `Millbrook bridge partly collapses in storm

The stone bridge over the River Lune in Millbrook was badly damaged and part of it collapsed late on Friday as the river rose, police said.

Engineers fear the rest of the bridge could collapse if the water rises again.

Dr Grace Okafor, a structural engineer at Lancaster University, said the bridge was more than 200 years old.

Residents of Mill Lane were urged to leave their homes as a precaution.

The road bridge was closed on Saturday for safety checks.
`,
  'bridge-c.txt': `Millbrook counts the cost of the storm

Transport minister Sam Okafur visited Millbrook on Sunday and promised money for repairs.

He said the bridge would be rebuilt in stone.
`,
};

export const spillwaySet: Record<string, string> = {
  'spillway-a.txt': `Fenwick Dam: thousands leave homes as spillway cracks

Published 11 March 2025

By Sarah Cole, Regional Correspondent

The evacuation of the towns below Fenwick Dam began on Saturday night, hours after inspectors reported water seeping through a crack in the concrete spillway.

Roughly 6,000 people living along the Tarrow River were ordered to leave their homes, county emergency manager Luis Ortega said on Sunday.

The spillway's left wall gave way shortly after 4am on Sunday, sending a torrent of water down the emergency channel, according to the state's Department of Water Resources.

Engineers stressed that the dam itself was not breached and that the reservoir remained under control. "The main embankment is holding," said Dana Whitlock, the department's chief engineer.

The reservoir, which holds about 1.4 million acre-feet of water, was built in 1961.

Governor Mark Ellison visited an evacuation centre in Carlow on Sunday, March 9, and promised state help for the repairs.

Related stories

Sign up for our newsletter
`,
  'spillway-b.txt': `Fenwick Dam spillway fails, forcing evacuations

March 10, 2025

Residents of Tarrow Falls and Milford were moved out early on Sunday after part of the spillway at Fenwick Dam collapsed, officials said.

The collapse happened at around 2am, when the water level in the reservoir was close to its record high.

About 6,000 people were advised to leave and stay with friends or in shelters, county officials said.

Video shared online appeared to show water pouring through a breach in the dam. State engineers later said the dam had burst along a 20-metre section of the spillway wall.

Dana Whitlock, the director of the state's Department of Water Resources, said crews would begin lowering the reservoir on Monday.

Governor Mark Ellison toured the area on Sunday, March 10, by helicopter.
`,
  'spillway-c.txt': `Evacuees wait for news as Fenwick repairs begin

CARLOW, March 11 (Valley News) - Families who fled their homes below Fenwick Dam have been out of their houses since Sunday morning, and many said they had no idea when they would be allowed back.

"We got the call at 3am and we were out of the house in ten minutes," said Paul Decker, 58, a farmer from Milford.

Emergency manager Luis Ortega said 6,000 people had left the area and that about 700 were staying in the Carlow fairground shelter.

Ortega said the spillway wall collapsed at 4.15am on Sunday.

State engineer Dana Whitlock said the dam was structurally sound.
`,
};

export const damLeakTimelineSet: Record<string, string> = {
  'brenner-a.txt': `Crews race to shore up Brenner Dam

Published 24 October 2023

Inspectors first noticed a leak at the foot of Brenner Dam on Thursday morning, the state water authority said.

By Friday afternoon the leak had grown, and the authority began releasing water from the reservoir on Friday evening to ease pressure on the embankment.

An evacuation order for about 1,500 people in Dalby and Ness was issued at 9pm on Saturday.

Most residents had left by midnight, police said. Two shelters were opened in Hallam.

On Sunday, engineers said the leak had slowed. The authority's director, Karen Wilde, told a news conference on Sunday afternoon that the dam was "stable for now".

Repairs are expected to start on Tuesday, once the water level has dropped by three metres.

Schools in Dalby will stay closed until Wednesday.
`,
  'brenner-b.txt': `Brenner Dam leak: evacuation order stays in place

October 23, 2023

About 1,500 residents of Dalby and Ness remained out of their homes on Monday, two days after an evacuation order was issued because of a leak at Brenner Dam.

The order went out late on Saturday, shortly after 9pm, as water seeping through the embankment turned muddy.

Karen Wilde, director of the state water authority, said on Sunday that the flow through the leak had slowed after the authority began releasing water on Friday.

The leak was first spotted by inspectors on Thursday.

Work to repair the embankment should begin on Tuesday, Wilde said. Police said on Monday that roads into Dalby would remain closed.
`,
  'brenner-c.txt': `Residents of Dalby wait to go home

HALLAM - Families who left Dalby on Saturday night are spending their third night at the Hallam sports centre.

"The police knocked on the door at half nine and told us to go," said Ann Pike, 71.

The state water authority said it had been releasing water from the Brenner reservoir since Friday and that the level was falling.

Karen Wilde, the authority's director, said on Monday that repairs would begin on Tuesday if the weather allowed.

The Dalby primary school will reopen on Wednesday.
`,
};
