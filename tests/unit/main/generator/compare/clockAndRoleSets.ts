// Sets written for the shapes the first sets lacked, in house styles that differ more: a Title Case headline, a
// time "local time" beside a GMT one, a spokesman who is a chief of staff elsewhere, people named by their role in
// the story ("the driver, Ilse Marchetti"), "people on board" for passengers, "7.42pm", an article without its own
// date that says "yesterday", titles of one board told two ways. The storm set says everything the same way in
// different words ("half a million" / "500,000", "£4bn" / "4 billion pounds", "noon" / "midday", "a fortnight" /
// "two weeks", times in GMT and local time): any disagreement found there is a false alarm.

export const quakeSet: Record<string, string> = {
  'quake-a.txt': `Powerful Quake Kills 12 In Northern Valdora, Hundreds Injured

Published 4 June 2025

A magnitude 6.4 earthquake struck northern Valdora at 2.15am local time on Tuesday, killing at least 12 people and injuring more than 300, the country's disaster agency said.

The epicentre was 40 kilometres south of the city of Orvik, according to the national seismology institute.

Government spokesman Tomas Bereny said 1,200 buildings had been damaged, 85 of them seriously.

Rescue teams were searching the rubble of a collapsed hospital wing in Orvik, where 30 patients had been evacuated.

The airport in Orvik was closed on Tuesday and will reopen on Thursday, the transport ministry said.

"We are doing everything we can to reach people still trapped," Bereny told reporters on Tuesday afternoon.
`,
  'quake-b.txt': `Earthquake in Valdora kills 15, flattens hospital wing

June 4, 2025

ORVIK, Valdora — A magnitude 6.1 earthquake shook northern Valdora early Wednesday, killing 15 people and injuring about 300, officials said.

The quake was centred 25 kilometres south of Orvik, the seismology institute said.

Chief of staff Tomas Bereny said about 1,200 buildings had suffered damage.

The hospital wing in Orvik was not damaged, and 30 patients were moved to a field clinic as a precaution.

Orvik airport will reopen on Friday, the transport ministry said.

"We are doing everything possible to reach those still trapped," Bereny said.
`,
  'quake-c.txt': `Valdora Quake Toll Climbs To 14 As Rescuers Search Rubble

Rescuers in northern Valdora were still digging through rubble yesterday after the earthquake that struck on Tuesday.

The death toll stood at 14, with 320 people injured, the disaster agency said.

Presidential spokeswoman Tomas Bereny said the government had declared a state of emergency in three provinces.
`,
};

export const derailmentSet: Record<string, string> = {
  'rail-a.txt': `Dozens hurt as Northern Line express derails near Brill

Published 17 October 2025, 08:15

About 240 passengers were on board when the Northern Line express left the tracks near Brill at 7.42pm on Thursday, rail operator Norrail said.

Thirty-one people were taken to hospital, four of them with serious injuries.

The train was travelling at about 90 km/h when the front carriages derailed on a curve south of the Ashby viaduct.

The viaduct itself was not damaged, engineers said.

The driver, Ilse Marchetti, was killed.

Residents of Lower Brill were ordered to stay indoors while a diesel leak was contained.

Rail Safety Board chair Omar Haddad said investigators would examine the track. "We will find out what happened, and we will tell the public," he said.
`,
  'rail-b.txt': `Train Derailment Near Brill Injures 40, Driver Dies
Updated 17 Oct 2025

Nearly 300 passengers were aboard the Northern Line express that derailed near Brill shortly before 8pm on Wednesday.

At least 40 people were hurt, the ambulance service said.

The train was going at 120 km/h, more than the limit for the curve, according to a leaked report.

Part of the Ashby viaduct collapsed after the crash, witnesses said.

Driver Ilse Marchetty died at the scene.

Residents of Lower Brill were advised to stay indoors because of a fuel leak.

Rail Safety Board chief investigator Omar Haddad said: "We will find out what happened and tell the public."
`,
  'rail-c.txt': `What we know about the Brill derailment

The Northern Line express left the tracks at 7.42pm yesterday, Thursday, October 16, near Brill.

Some 240 people were on board, Norrail said. Thirty-one were taken to hospital.

The driver was killed, police confirmed.

Board chair Omar Haddad, of the Rail Safety Board, said the inquiry would take months.

"We will find out what happened, and we will tell the public," Mr Haddad said.
`,
};

/** The day set.json gives the derailment set; "rail-c" has no date of its own. */
export const derailmentSetDate = new Date(Date.UTC(2025, 9, 17, 12));

export const stormSet: Record<string, string> = {
  'storm-a.txt': `Storm Ellen batters coast, half a million without power

Storm Ellen made landfall near Port Amber shortly before midnight on Monday, bringing winds of up to 150 km/h.

Half a million homes lost power, and a dozen people were injured by falling trees, the energy ministry said.

Two-thirds of the town's ferries were cancelled on Tuesday.

Repairs to the sea wall will cost £4bn and take two weeks, according to the ministry.

Energy minister Clara Bisset said crews had restored power to 1.5 million customers by noon on Tuesday.

The storm hit at 11.40pm on Monday local time (2140 GMT).

Spokeswoman Lina Orr said: "We have never seen damage like this."
`,
  'storm-b.txt': `Storm Ellen: 500,000 homes lose power

Storm Ellen came ashore near Port Amber late on Monday night with winds reaching 150 kilometres an hour.

About 500,000 homes were left without electricity and 12 people were hurt, officials said.

Some 66% of ferry crossings from the town were cancelled on Tuesday.

The energy ministry said repairing the sea wall would cost 4 billion pounds and take a fortnight.

Minister for energy Clara Bisset said 1,500,000 customers had their power back by midday Tuesday.

Ms Orr, the ministry's spokeswoman, said: "We have never seen damage like this."
`,
  'storm-c.txt': `Storm Ellen: what we know

The storm struck at 2140 GMT on Monday, just before midnight local time.

Roughly 500,000 homes were without power on Tuesday morning, the ministry said.

Ms Lina Orr, a ministry spokesperson, said the damage was unprecedented.
`,
};
