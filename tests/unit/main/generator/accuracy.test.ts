import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeSet } from '../../../../src/main/generator/analyzeSet.ts';
import { analysisSchema } from '../../../../src/shared/analysis.ts';
import { loadGold } from '../../../support/loadGold.ts';
import { projectRoot } from '../../../support/paths.ts';
import {
  accuracyThresholds,
  formatAccuracyMisses,
  formatAccuracyTable,
  scoreAnalysis,
  type AccuracyFigures,
} from '../../../support/scoreAnalysis.ts';

// The generator measured against a careful teacher's labels (tests/fixtures/gold/), every gold file there: the seed
// set the rules were written for, and sets written later by people who never read the rules. Once a set's misses
// have been looked at and the rules improved against them it is a development set; until then it is held out and
// only its table is printed, since listing its misses would invite tuning the rules to it. A failure here is a
// finding about the generator's rules; the answer is to change a rule, never the gold.

const goldDir = join(projectRoot, 'tests/fixtures/gold');
const seedGold = '2022-02-putin-xi-nato.json';

// Development sets: their misses are printed. A set held out from tuning is simply not listed here.
const developmentSets = new Set([
  seedGold,
  '2025-03-kelvick-dam-spillway.json',
  '2024-09-osterlund-hospital-ransomware.json',
  '2023-06-wexmoor-plant-closure.json',
  // Held out until 2026-11-23, then opened: scored on arrival, their misses looked at only after two more sets
  // had been commissioned to take their place as held-out sets.
  '2026-04-brennock-crane-collapse.json',
  '2025-11-brannoch-ferry-grounding.json',
  // Held out through the crane and ferry work (which moved neither), then opened on 2026-11-23.
  '2026-02-harwick-council-budget-vote.json',
  '2026-07-velorin-trial-results.json',
  // Held out through both rounds of 2026-11-23 (39 of 70 disagreements at the start, 42 of 70 after), then opened.
  '2026-09-corvane-fraud-verdict.json',
  '2026-08-tarrow-wildfire-evacuation.json',
  '2026-05-ostby-election-recount.json',
  // Held out through round 3 (8 of 24 each, tables only), opened on 2026-11-23 (later session) once three new
  // held-out sets had been commissioned to take their place.
  '2026-08-kessling-exam-grades-error.json',
  '2026-03-lenholm-measles-outbreak.json',
  // Held out through that session's first round (12 and 11 of 25 at its end, tables only), then opened once two
  // more held-out sets had been commissioned.
  '2026-11-drummore-museum-theft.json',
  '2026-09-aldwick-rail-strike.json',
  // Held out through the rest of that session (6 of 20 and 13 of 19, tables only), opened on 2026-11-23 (evening)
  // once two more held-out sets had been commissioned.
  '2026-05-quell-retail-data-breach.json',
  '2026-06-varro-ev-battery-recall.json',
  // Held out through the evening session of 2026-11-23 (8 and 9 of their disagreements at its end, tables only, both
  // slightly seen: see their floors), opened in the next session once two more held-out sets had been commissioned.
  '2026-11-pellham-airport-outage.json',
  '2026-11-ravel-doping-ban.json',
  // Held out through the session that wrote them (14 of 25 and 8 of 23 with its first rules, unchanged at its end;
  // tables only), opened the next once two more held-out sets had been commissioned. The grid-blackout set arrived
  // in that session and was opened at once, its arrival figures recorded first (see its floor).
  '2026-11-orsay-launch-failure.json',
  '2026-11-tolland-grid-blackout.json',
  // Written in the session after (a border clash, a rate decision) without reading the generator and scored with
  // that session's first rules, tables only (see their floors). The rate-decision set was then opened.
  '2026-11-castrel-rate-decision.json',
  // Written in the session after (a tunnel fire, a mayor's resignation) in the same way, scored with that session's
  // first rules, tables only (see their floors). The resignation set was then opened.
  '2026-11-braith-mayor-resignation.json',
  // Written in the session after (a boil-water notice, a cruise-ship outbreak) in the same way, scored with that
  // session's first rules (23f2295), tables only (see their floors). The cruise set was then opened.
  '2026-11-penmarra-cruise-outbreak.json',
  // Written in the session after (a bird-flu cull, a festival stage collapse) in the same way, scored with that
  // session's first rules (06a59da), tables only (see their floors). The festival set was then opened.
  '2026-11-ashby-festival-stage-collapse.json',
  // Written in the session after (a wildlife-park escape, a landslide) in the same way, scored with that session's
  // first rules (0489475), tables only (see their floors). The landslide set was then opened.
  '2026-11-rathmoy-landslide.json',
  // Written in the session after (an earthquake, water rationing) in the same way, scored with that session's first
  // rules (59f96c2), tables only (see their floors). The rationing set was then opened.
  '2026-11-wendle-water-rationing.json',
  // Written in the session after (a train derailment, a student protest) in the same way, scored with that
  // session's first rules (95823fb), tables only (see their floors). The protest set was then opened.
  '2026-11-lissane-tuition-protest.json',
  // Written in the session after (a storm surge, a coach crash) in the same way, scored with that session's first
  // rules (364de28), tables only (see their floors). The coach-crash set was then opened.
  '2026-11-pendrith-coach-crash.json',
  // Written in the session after (a gas explosion, a stadium crush) in the same way, scored with that session's
  // first rules (0e3cf6b), tables only (see their floors). The gas-explosion set was then opened.
  '2026-11-quarrendon-gas-explosion.json',
  // Written in the session after (a school food poisoning, a tanker's oil leak) in the same way, scored with that
  // session's first rules (918f610), tables only (see their floors). The oil-leak set was then opened.
  '2026-11-kelda-tanker-oil-leak.json',
  // Written in the session after (a bank's payments outage, a balloon crash) in the same way, scored with that
  // session's first rules (3c67523), tables only (see their floors). The outage set was then opened: its misses had
  // been listed once by mistake, with the development sets, before it was chosen, so it could not stay held out.
  '2026-11-saltrey-bank-payments-outage.json',
  // Written in the session after (a trawler sinking, a maternity unit's inspection report) in the same way, scored
  // with that session's first rules (4855c6e), tables only (see their floors). The report set was then opened.
  '2026-11-pellow-maternity-report.json',
  // Written in the same session (a baby-food recall, a sinkhole), halfway through it, in the same way; scored with
  // that session's first rules (4855c6e) and with its rules of the moment (abdb554), tables only: the same figures
  // (see their floors). The recall set was then opened.
  '2026-11-corbel-baby-food-recall.json',
  // Written in the session after (a prison escape, a warehouse fire) in the same way, scored with that session's
  // first rules (e22158e), tables only (see their floors). The escape set, the lower, was then opened.
  '2026-11-brisca-prison-escape.json',
  // Written in the same session (a toxic algae bloom, a heatwave), halfway through it, in the same way; scored with
  // that session's first rules (e22158e) and with its rules of the moment (1879943), tables only: the same figures
  // (see their floors). The algae set, the lower, was then opened.
  '2026-08-cadwell-algae-bloom.json',
  // Written in the session after (a bus operator's collapse, a cave rescue) in the same way, scored with that
  // session's first rules (4ef233c), tables only (see their floors). The bus set, the lower, was then opened.
  '2026-11-tellwick-bus-operator-collapse.json',
  // Written in the same session (a wind farm's approval, a jet's emergency landing), halfway through it, in the same
  // way; scored with that session's first rules (4ef233c) and with its rules of the moment (3b17265), tables only:
  // the same figures (see their floors). The wind-farm set, the lower, was then opened.
  '2026-11-brindle-wind-farm-approval.json',
  // Written in the session after (a charity funding cut, a tram collision) in the same way, scored with that
  // session's first rules (9df663b), tables only (see their floors). The funding set, the lower, was then opened.
  '2026-11-whitlow-charity-funding-cut.json',
  // Written in the same session (a dog attack, containers lost overboard), halfway through it, in the same way;
  // scored with that session's first rules (9df663b) and with its rules of the moment (3a8b552), tables only: the
  // same figures (see their floors). The dog-attack set, the lower, was then opened.
  '2026-11-ellerby-dog-attack.json',
  // Written in the session after (a campsite flash flood, a tower-block evacuation) in the same way, scored with that
  // session's first rules (65f215e) and its rules of the moment (05ea24e), tables only: the same figures (see their
  // floors). The two tied; the flood set, with its chrome below the threshold to learn from, was opened.
  '2026-11-gorran-campsite-flash-flood.json',
  // Written in the same session (a chimney demolition gone wrong, a football manager sacked), halfway through it, in
  // the same way; scored with that session's first rules (65f215e) and its rules of the moment (05ea24e), tables
  // only: the same figures (see their floors). The football set, the lower, was then opened.
  '2026-11-elsworth-manager-sacked.json',
  // Written in the session after (a hospital cyber attack, a train derailed by a landslip) in the same way, scored
  // with that session's first rules (7d8c22b) and its rules of the moment (a7c53eb), tables only: the same figures
  // (see their floors). The cyber-attack set, the lower, was opened.
  '2026-09-thornby-hospital-cyberattack.json',
  // Written in the same session (a mayoral election recount, a heatwave closing schools), halfway through it, in the
  // same way; scored with that session's first rules (7d8c22b) and its rules of the moment (08ad1d9), tables only:
  // the same figures (see their floors). The heatwave set, the lower, was opened.
  '2026-07-quenby-heatwave-schools.json',
  // Written at the start of the next session (sewage closing beaches, a tornado) by helpers who never read the
  // generator; scored with that session's first rules (f024b0e) and its rules of the moment (cbcaa28), tables only:
  // the same figures (see their floors). The sewage set, the lower, was opened.
  '2026-07-ashcombe-sewage-beaches.json',
  // Written in the same session (fishing crews blockading a harbour, a care home closed by the regulator), halfway
  // through it, in the same way; scored with that session's first rules (f024b0e) and its rules of the moment
  // (f1495a8), tables only: the same figures (see their floors). The care-home set, the lower, was opened.
  '2026-10-lowesby-care-home-closure.json',
  // Written at the start of the next session (a council unable to balance its budget, a landlord fined over mould)
  // in the same way; scored with that session's first rules (b9cc7ee) and its rules of the moment (9d65faf), tables
  // only: the same figures (see their floors). The mould set, the lower, was opened.
  '2025-09-kirkholt-landlord-mould-fine.json',
  // Written in the same session (university job cuts, an ambulance service's critical incident), halfway through
  // it, in the same way; scored with that session's first rules (b9cc7ee) and its rules of the moment (2a04f2b),
  // tables only: the same figures (see their floors). The university set, the lower, was opened.
  '2026-01-winslade-university-job-cuts.json',
  // Written at the start of the next session (schools closed over crumbling concrete, a police misconduct hearing)
  // in the same way; scored with that session's first rules (1201c75) and its rules of the moment (7738b2e), tables
  // only: the same figures (see their floors). The misconduct set, the lower, was opened.
  '2025-06-cressing-misconduct-hearing.json',
  // Written in the same session (an airline grounding part of its fleet, a death at a city marathon), halfway
  // through it, in the same way; scored with that session's first rules (1201c75) and its rules of the moment
  // (9e0ed6f), tables only: the same figures (see their floors). The marathon set, the lower, was opened.
  '2026-04-ravensby-marathon-death.json',
  // Written at the start of the next session (a planning appeal for a housing estate on green-belt land, a search
  // for two missing kayakers) in the same way; scored with that session's first rules (4af680c) and its rules of
  // the moment (0acc4b0), tables only: the same figures (see their floors). The planning set, the lower, was opened.
  '2026-06-skelwith-planning-appeal.json',
  // Written in the same session (a motorway pile-up in fog, a hoard of coins declared treasure), halfway through it,
  // in the same way; scored with that session's first rules (4af680c) and its rules of the moment (02a318f), tables
  // only: the same figures (see their floors). The hoard set, the lower, was opened.
  '2026-09-marstow-coin-hoard.json',
  // Written at the start of the next session (pilot whales stranded on a beach, a council ordered to refund parking
  // fines) in the same way; scored with that session's first rules (131348e) and its rules of the moment (4011966),
  // tables only: the same figures (see their floors). The whale set, the lower, was opened.
  '2026-11-calderbeck-whale-stranding.json',
  // Written in the same session (a cryptocurrency exchange freezing withdrawals, a lightning strike at a golf
  // tournament), halfway through it, in the same way; scored with that session's first rules (131348e) and its rules
  // of the moment (a24a143), tables only: the same figures (see their floors). The golf set, the lower, was opened.
  '2026-08-gilderdale-lightning-strike.json',
  // Written at the start of the next session (a ride stranding riders at a theme park, a fire on a seaside pier) in
  // the same way; scored with that session's first rules (0d57ea2) and its rules of the moment (d6e34d9), tables
  // only (see their floors). The pier set, the lower, was opened.
  '2026-05-saltcote-pier-fire.json',
  // Written at the start of the next session (an armed robbery at a jeweller's, a Legionnaires' disease outbreak) in
  // the same way; scored with that session's first rules (663b452) and its rules of the moment (d1daca1), tables
  // only: the same figures (see their floors). The robbery set, the lower, was opened.
  '2026-11-ashmire-jeweller-robbery.json',
  // Written at the start of the next session (a car-park deck collapse, a burst water main) in the same way; scored
  // with that session's first rules (b159e56) and its rules of the moment (d0d50d0), tables only: the same figures
  // (see their floors). The car-park set, the lower, was opened.
  '2026-11-yarwood-car-park-collapse.json',
  // Written at the start of the next session (a cable car stranded in high winds, a racing yacht's crew rescued) in
  // the same way; scored with that session's first rules (46ed1de) and its rules of the moment (a1398fe), tables
  // only: the same figures (see their floors). The yacht set, the lower, was opened.
  '2026-11-lowick-yacht-crew-rescue.json',
  // Written at the start of the next session (a meteorite through a house roof, a runaway barge striking a bridge)
  // in the same way; scored with that session's first rules (71f257a) and its rules of the moment (0ecd3bf), tables
  // only: the same figures (see their floors). The meteorite set, the lower, was opened.
  '2025-09-thornsby-meteorite-strike.json',
  // Written at the start of the next session (a chlorine leak at a leisure-centre pool, a radioactive gauge stolen
  // from a building site) in the same way; scored with that session's first rules (5950a8f) and its rules of the
  // moment (f216e8b), tables only: the same figures (see their floors). The gauge set, the lower, was opened.
  '2025-10-garstow-radioactive-gauge-theft.json',
]);

// Sets other than the seed are held to every threshold but disagreement recall, which has a floor per set: the
// figure measured when the set arrived, raised as the rules improve (raise a floor, never lower it). A set not
// listed is held to `defaultFloor` until it has been measured.
const disagreementFloors: Record<string, number> = {
  '2025-03-kelvick-dam-spillway.json': 0.9,
  '2024-09-osterlund-hospital-ransomware.json': 0.9,
  // 11 of 23 while it was held out; 22 of 23 as a development set.
  '2023-06-wexmoor-plant-closure.json': 0.95,
  // Measured on arrival while held out (9 of 24; 8 of 19), and as development sets 23 of 24 and 18 of 19.
  '2026-04-brennock-crane-collapse.json': 0.95,
  // All 19 once a ship's age and the year it was built were compared ("31-year-old vessel" / "Built: 1989").
  '2025-11-brannoch-ferry-grounding.json': 1,
  // 11 of 26 and 7 of 23 on arrival, unchanged by the crane and ferry work; 23 of 26 and 19 of 23 as development
  // sets.
  '2026-02-harwick-council-budget-vote.json': 0.88,
  '2026-07-velorin-trial-results.json': 0.82,
  // Written by people who never read the generator and held out through two rounds (15, 14 and 10 at the start
  // of the day; 15, 15 and 12 after), then opened: 22, 23 and 21.
  '2026-09-corvane-fraud-verdict.json': 0.95,
  '2026-08-tarrow-wildfire-evacuation.json': 0.95,
  '2026-05-ostby-election-recount.json': 0.91,
  // Held out: measured at the start of the day (10 of 22, 7 of 24), after rounds 1-2 (12, 8) and after round 3
  // (12, 8), tables only. Kessling was then opened (see developmentSets): 13 of 24.
  // The takeover set 13 of 22 in round 22, once "owned since 2019 by X" and "X bought it in 2018" dated one takeover
  // (summary table only).
  '2026-10-fenmoor-club-takeover.json': 0.59,
  // Kessling 14 of 24 once "nearly 40" was read as short of 40 ("41" / "nearly 40"). 15 once each article's only
  // count of schools was read as one count ("More than 200 schools contacted" / "nearly 150 schools complained").
  // 16 with each article's first clock time read as the hour of its event ("at 4pm on Monday" / "shortly before
  // 6pm", round 17). 17 with a share told in words set against a percentage ("nearly a third", round 20).
  '2026-08-kessling-exam-grades-error.json': 0.7,
  // Held out, written at the end of 2026-11-23 for the next round: 13 of 19 and 8 of 24 (11 and 7 with the rules
  // of the start of that day), tables only. Lenholm was then opened: 22 of 24.
  // Varro opened later: 14 of 19 once a company's name spelled a letter apart was read ("Ostrel" / "Ostrell"). 15
  // with a reference code written two ways ("R-2026-0417" / "R-2026-0471"), 16 with a recall told as voluntary and
  // as ordered (round 20). 18 with "N of them" read as a part of the figure before, a plural acronym as a noun and
  // SUVs as cars ("around 61,000 of them in Vesmark" / "roughly 58,000 of them", round 21).
  '2026-06-varro-ev-battery-recall.json': 0.94,
  '2026-03-lenholm-measles-outbreak.json': 0.91,
  // Held out, written in the later session of 2026-11-23 to replace kessling and lenholm: 11 of 25, 19 of 27 and
  // 10 of 25 with the rules of that session's start and, unchanged, after its first fixes; the job-title work then
  // found one more in the museum set (12 of 25), the
  // date work one more in the rail set (11 of 25; one of its rules was narrowed while watching that row). Tables
  // only. The museum and rail sets were then opened (17 and 15 of 25); the work on them found one more in the
  // chemical-spill set, still held out (20 of 27). 18 of 25 once "two of the museum's cameras" counted cameras.
  // 19 once a Culture Secretary and a Culture Minister were two posts. 20 with each article's first hour compared
  // (round 17). 21 once an alarm that "FAILED to go off" denied one that "did go off" (round 18). 22 once "No
  // guard was on duty" and "A security guard was on site" disagreed. 23 once "They have since been released on bail"
  // met "Two men arrested after the raid remain in custody" (round 27).
  '2026-11-drummore-museum-theft.json': 0.92,
  // 21 of 27 in round 14, once hamlets and villages, homes and properties were one thing counted (summary table only).
  // 22 in round 21, with a small count in words after "the", "its" or "their" read (summary table only).
  // 23 in round 22, with a surname misheard after its third letter read as one person's (summary table only).
  '2026-07-sallow-river-chemical-spill.json': 0.85,
  // Aldwick: 15 of 25, then 14 once a tabloid's shouted words were read in lower case (the talks' "Thursday" /
  // "Friday" lost: a timetable "published on Friday" beside "scheduled services" now fits the talks' "Rail
  // Mediation Service" by a hair and takes the Friday; see the 2026-11-23 night note). 15 with ordinals ("the second
  // walkout of 2026" / "for the THIRD time this year"). 16 with a share told in words set against a percentage
  // (round 20).
  // 17 in round 34: "There are no replacement buses at all" / "replacement buses are operating".
  '2026-09-aldwick-rail-strike.json': 0.68,
  // Held out, written to replace the museum and rail sets: 5 of 20 and 14 of 25 with the rules of that session's
  // start, 6 and 16 on arrival. Tables only.
  // Quell was then opened in the evening session of 2026-11-23: 7 of 20 once its chrome was fixed, 8 with spans of
  // time compared across units, 9 with a deputy's step read before a capitalised field.
  // 10 with the UK and Britain read as one country ("430 stores across the UK" / "412 stores in Britain").
  // 13 with a chair who is not the chief executive, "initial enquiries" / "a probe", and "Brightmere Data Services"
  // / "Brightmere Digital".
  '2026-05-quell-retail-data-breach.json': 0.65,
  '2026-10-marrow-bridge-closure.json': 0.68,
  // Held out, written in that evening session to replace quell and varro: 8 of 25 and 8 of 23 with the rules of the
  // session's start, unchanged by its first chrome and flagged-claim work. Tables only. Spans of time compared across
  // units then found 9 in the doping set and fixed its one mix-up, but not as a clean test: the lead had seen the
  // time-span rows of every gold file, held-out ones included, while counting how often such facts occur.
  // Opened the next session: 9 of 25 with shouted words read ("14 HOURS"), 10 with names spelled a letter apart.
  // 11 with flights and departures read as one thing counted. 12 once "travellers missing their flights" were no
  // missing people. 13 once systems that "came back" were dated as restored. 14 with "opened a review" / "launched a
  // formal investigation". 15 with each article's only count of bags read as one count ("some 10,000 suitcases" /
  // "Nearly 9,000 bags"). 16 with "Danny Fairbrace" / "Daniel Fairbrass" read as one person (round 17). 17 with
  // whether it was a cyber attack, 18 with only the names near two figures keeping them apart (round 20). 19 with
  // "not ... until" a day read as the day it happens ("not expected to be back to normal until Thursday", round 21).
  // 20 in round 34: "installed in 2019" / "has been in place since 2021".
  '2026-11-pellham-airport-outage.json': 0.8,
  // Opened: 10 of 23 once a month alone no longer counts as the same value as a day of it; 11 with stopwatch times
  // ("3:57.84" / "3:58.14"), 12 with concentrations and a slipped decimal point ("0.3 ng/mL" / "3 nanograms per
  // millilitre"), 13 with one event's medal in two colours.
  // 14 with an age told as "the 27-year-old" read as the person named before it.
  '2026-11-ravel-doping-ban.json': 0.6,
  // Held out, written in the next session (an avalanche rescue, a rocket launch failure) to replace the airport and
  // doping sets: 14 of 25 and 8 of 23 with the rules of that session's start. Tables only. Skarn, still held out:
  // 15 of 25 after the round-13 work (seen in the summary table only). 16 in round 20, with a word that only ever
  // opens sentences read as no name (summary table only). 17 in round 21, with a small count in words after "the",
  // "its" or "their" read (summary table only).
  '2026-11-skarn-avalanche-rescue.json': 0.68,
  // Orsay opened in the session after: 10 of 23 with a first name that reads the same (Tomas / Thomas), 11 with
  // "head of launch safety" read as a title (Ana / Anna Morrow).
  // 12 with satellites, spacecraft and smallsats read as one thing counted. 14 with "Northmark Securities" /
  // "Northmark Capital" and "Aurel" / "Aurelle Earth Imaging".
  // 15 with "barely a minute" and "about a minute and a half" read as spans of time (round 14). 16 with each
  // article's first hour compared ("06:42" / "6.51am", round 17).
  '2026-11-orsay-launch-failure.json': 0.69,
  // Written in the session after (a grid blackout, a mine flooding) without reading the generator: 11 of 27 and 12
  // of 25 with the rules of that session's start, unchanged by its first three fixes (an age told as "the
  // 27-year-old", "nearly 40" below 40, UK/Britain). Tables only. The blackout set was then opened.
  // Tolland opened: 12 of 27 once the text goes on below a list of topics set between paragraphs, 13 with
  // temperatures below zero. 15 with an Energy Secretary who is not the Energy Minister, and "looking into" / "a
  // formal investigation".
  // 16 with "more than a day and a half" read as a span of time (round 14). 17 with one surname and one job
  // under two given names ("Tomasz" / "Thomas Rewell", round 15). 18 with "owed £80" / "£75 each in compensation"
  // (round 16). 19 with each article's first hour compared (round 17). 20 with a generator that "failed" against
  // generators that "started immediately" (round 20). 21 with raising the alarm read as warning ("raised the
  // alarm about Greyhallow in March 2025" / "had warned TEN ... in June 2025", round 21). 22 of 27 since; the floor
  // caught up in round 23.
  '2026-11-tolland-grid-blackout.json': 0.81,
  // Hesket, still held out: 13 of 25 once a clock time told to the minute held to that minute (the next session).
  // 14 once a chair was no longer taken for the chief executive (a rule made for quell's and corvane's gold).
  '2026-11-hesket-mine-flooding.json': 0.56,
  // 15 of 26 and 13 of 25 with the rules of the session that commissioned them, unchanged by its first fixes
  // (clock times to the minute, hedges without sense, a page's own tools). Tables only. Castrel was then opened.
  // Velmar, still held out: 16 with each article's first hour compared (round 17, summary table only).
  '2026-11-velmar-border-clash.json': 0.61,
  // Castrel opened: 14 of 25 once the chrome of its money page and newsletter was read (one line fewer to pair
  // with) and "its" no longer counted as a shared word. 17 of 25 the next session: "an extra 38 florins a month" no
  // second group (which also fixed its mix-up), a ticker in brackets no sentence's end, "gained" a rise. 18 with a
  // senior economist who is not the chief economist. 19 with each article's first hour compared ("1200 local time"
  // / "at 1pm", round 17). 20 with a word that only ever opens sentences read as no name (round 20).
  '2026-11-castrel-rate-decision.json': 0.8,
  // 18 of 26 and 15 of 25 with the first rules of the session that commissioned them (8e73f2c), tables only. The
  // resignation set was then opened; the tunnel fire stays held out. Opened, the resignation set reached 20 of 25: a
  // share "more than" an estimate, "seven private meetings", "voted by 33 to 7", "Piet" / "Pieter", a "finance chief".
  // Hollin, still held out: 19 of 26 after the round-13 work (summary table only). 20 with each article's first
  // hour compared (round 17, summary table only).
  '2026-11-hollin-tunnel-fire.json': 0.76,
  // The resignation set reached 21 with "paid back" read as "repaid", 22 with the police "assessing" a referral as a
  // first look against "Cops have launched a fraud probe" (round 20), 23 with a chief of staff "suspended" against
  // one who "quit" (round 26).
  '2026-11-braith-mayor-resignation.json': 0.92,
  // 12 of 19 and 13 of 26 with the first rules of the session that commissioned them (23f2295), tables only. The
  // cruise set was then opened; the boil-water set stays held out.
  // Opened, the cruise set reached 20 of 26: "a three-day deep clean", "94 out of 100", a cruise line's "guests",
  // "the authority's chief port health officer", "asked to stay", "pushed back", "suspect is" / "confirmed".
  // Greyford, still held out: 13 of 19 after the round-13 work, 14 after the round-15 name rules (hyphenated titles
  // and surnames, a head's "Professor"), summary table only.
  '2026-11-greyford-boil-water-notice.json': 0.73,
  // 21 the next session, with "the fourth day of the voyage" / "the third day of the cruise". 22 with each
  // article's only count of crew read as one count ("41 crew members" / "At least three dozen crew members").
  // 23 in round 34: "Grandmother Pauline Rusk" / "Paula Rusk", the family word read as no part of the name.
  '2026-11-penmarra-cruise-outbreak.json': 0.88,
  // 14 of 25 and 15 of 26 with the first rules of the session that commissioned them (06a59da), tables only. The
  // festival set was then opened; the bird-flu set stays held out.
  // Opened, the festival set reached 20 of 26: a number word opening a sentence is no name, "Ch Supt" / "Supt",
  // "the festival's last day" postponed, "in its ninth year" / "tenth year", a yellow or an amber warning.
  // Linfold, still held out: 15 of 25 in round 14, with the name rules written for the rationing set (summary table
  // only). 16 in round 16, with a sum owed and a compensation read as one sum (summary table only).
  '2026-11-linfold-bird-flu-cull.json': 0.64,
  // 21 with "no suggestion of criminality" / "opened a criminal investigation" (round 17). 22 with "part of the roof
  // ... came crashing down" / "the entire canopy ... collapsed" (round 33).
  '2026-11-ashby-festival-stage-collapse.json': 0.84,
  // 15 of 28 and 14 of 26 with the first rules of the session that commissioned them (0489475), tables only. The
  // landslide set was then opened; the wildlife-park set stays held out (still 15 at the session's end).
  // Opened, the landslide set reached 16 of 26: a figure given by a named person is not said of that person ("about
  // 4.5 million euros" / "€7m"), and a title between two names set off by commas is the second name's.
  // Dunmere, still held out: 16 in round 15, with the only count of a kind of thing in each article paired whatever
  // places the sentences name (summary table only); the landslide set reached 17 with the same rule. 17 with each
  // article's first hour compared (round 17, summary table only). The landslide set reached 18 with "twice" read as a
  // count of times ("wrote twice" / "had written ... three times", round 20), 19 with only the names near two figures
  // keeping them apart. Dunmere, still held out, reached 18 with that rule (summary table only).
  '2026-11-dunmere-zoo-escape.json': 0.64,
  '2026-11-rathmoy-landslide.json': 0.73,
  // 13 of 23 and 15 of 25 with the first rules of the session that commissioned them (59f96c2), tables only. The
  // rationing set was then opened; the earthquake set stays held out. 14 with each article's first hour compared
  // (round 17, summary table only).
  '2026-11-carrow-earthquake.json': 0.6,
  // Opened, the rationing set reached 20 of 25: "Hester" / "Esther", "Boss Delphine Arkright", "its driest spell
  // since 1976" / "the driest summer for 30 years", villages / hamlets, "a hosepipe ban" / "hosepipe restrictions".
  '2026-11-wendle-water-rationing.json': 0.8,
  // 12 of 27 and 14 of 29 with the first rules of the session that commissioned them (95823fb), tables only. The
  // protest set was then opened; the derailment set stays held out. 13 with each article's first hour compared
  // (round 17, summary table only).
  '2026-11-tormouth-train-derailment.json': 0.48,
  // Opened, the protest set reached 19 of 29: its correction box and player notices read as chrome (a vote tally
  // "17-5" no longer meets the article's), "Vice-chancellor Professor", "Marchetti-Royle", "Sir Edwin" / "Sir
  // Edward", "UNI RIOT" / "the largely peaceful demonstration". 20 with officers and cops as one count (round 16).
  // 21 with only the names near two figures keeping them apart (round 20). 22 in round 29.
  // Round 36 reached 23: "from £6,200 to £8,950" / "from £6,200 to £9,450".
  '2026-11-lissane-tuition-protest.json': 0.79,
  // 20 of 22 and 12 of 26 with the first rules of the session that commissioned them (364de28), tables only. The
  // storm-surge set is the first held-out set to arrive above the target of 0.9; it stays held out. The coach-crash
  // set was opened.
  '2026-11-wyvenhoe-storm-surge.json': 0.9,
  // Opened, the coach-crash set reached 18 of 27 (its gold gained the boss's misspelt surname, which the writer's
  // notes name as a trap): a legal limit no longer quiets the hours worked, "Gareth Pryce, 58" / "Garry Price, 61",
  // "100ft" / "about 20 metres", "Halloran" / "Holloran Coaches", the seriously injured counted apart. 20 in round
  // 17: each article's first hour ("just before 4pm" / "at around 4.20pm"), "Garry Price" / "Gareth Pryce". 21 in
  // round 21 with one frame filled with two values of a closed set ("came to rest on its roof" / "on its side").
  '2026-11-pendrith-coach-crash.json': 0.77,
  // 13 of 25 and 17 of 25 with the first rules of the session that commissioned them (0e3cf6b), tables only; 13 and
  // 18 with the first hour of each article compared, a rule written before they arrived. The stadium-crush set stays
  // held out; the gas-explosion set was opened. 14 in round 19, with a relative clause between a speaker and the verb
  // of saying read as a fact of its own (written for the outage set).
  '2026-11-stennick-stadium-crush.json': 0.56,
  // Opened, the gas-explosion set reached 20 of 25: "no suggestion of criminality" / "Cops have launched a criminal
  // investigation", "built in the 1960s" / "built in 1971". Its chrome (0.94 on arrival) reached 0.99: a sponsor
  // with its slogan, an issue's contents, a member portal, shop offers, signed comments under "Member comments (3)";
  // its fourth flagged claim, "has seen no paperwork showing that the visit took place", was found. It reached 21
  // with "Group Manager" and "Station Manager" read as two ranks of one man (round 24), and 22 with "four dozen
  // flats" / "a 52-flat residential block" (round 33).
  '2026-11-quarrendon-gas-explosion.json': 0.88,
  // 13 of 25 and 10 of 30 with the first rules of the session that commissioned them (918f610), tables only; the
  // same with that session's first two claim rules (a thing that failed to happen, who was on duty). The
  // food-poisoning set stays held out; the oil-leak set was opened.
  '2026-11-morwick-school-food-poisoning.json': 0.52,
  // Opened, the oil-leak set reached 12 of 30 once "Chief Coastguard Iain Foulds" was read as a chief coastguard
  // named Iain Foulds (his name and his post). 13 with a ship's age against the year it was built ("2004-built
  // tanker" / "19-year-old tanker"). 14 once seabirds were counted as birds. 15 with the flag the ship sails under
  // ("Liberian-flagged" / "Marshall Islands-flagged"). 16 with a unit of two words hyphenated ("a
  // two-nautical-mile exclusion zone" / "a five-mile exclusion zone", round 21). 17 with a firm named after a common
  // word that opens the sentence ("Owners Aegeas Shipping insist", round 23).
  '2026-11-kelda-tanker-oil-leak.json': 0.56,
  // 19 of 25 and 15 of 24 with the first rules of the session that commissioned them (3c67523), tables only; the
  // same with that session's first three rules (a person named in an aside, "remains in custody", a participle after
  // a counted plural). The balloon-crash set stays held out; the outage set was opened. Opened, it reached 21 of
  // 25 with a relative clause between a speaker and the verb of saying read as a fact of its own ("Saltrey, which was
  // founded in 1871 and trades as Saltrey Bank, says"). 22 with whether a thing that runs kept working ("Cash
  // machines continued to work throughout" / "Even cash machines were down"). 23 the next round with a count of
  // outages back to a past point ("its second major outage since March" / "its first major outage since 2024").
  '2026-11-saltrey-bank-payments-outage.json': 0.92,
  '2026-11-ambleth-balloon-crash.json': 0.62,
  // 17 of 25 and 17 of 26 with the first rules of the session that commissioned them (4855c6e), tables only; the
  // same with that session's first rule ("twice" as a count of times). The trawler set stays held out; the report
  // set, which failed more thresholds on arrival (chrome, a mix-up, a headline), was opened. Opened, it reached 18 of
  // 26 with an adverb before a participle read as a modifier ("18 newly qualified midwives"), 20 with a word that
  // only ever opens sentences read as no name ("Mums-to-be waiting to be induced"), 21 with a suspension as a
  // closure for a while and a thing axed as gone ("suspended since June" / "has already been axed").
  // The trawler set, still held out, reached 18 with a part of a small whole told in words ("three of the five").
  // Two more (19, 20) came from rules written after its writer's report named two of its disagreements (a search
  // suspended or called off, a call sign's digits), so they are no evidence that the rules carry over; see the
  // round-20 note. 21 in round 21, still held out, with "half a dozen" read as six (a misreading first seen in the
  // prison-escape set).
  '2026-11-quarnby-trawler-sinking.json': 0.84,
  // Pellow: 22 in round 34, with posts "vacant" and jobs "empty" read as one share.
  '2026-11-pellow-maternity-report.json': 0.84,
  // 11 of 25 and 11 of 18 with the first rules of the session that commissioned them (4855c6e), and the same with
  // the rules that session had written by then (abdb554), tables only. The sinkhole set stays held out; the recall
  // set, the lower, was opened. Opened, it reached 12 of 25 with the last noun of a compound of three counted
  // ("baby food pouches"), 14 with a recall told as voluntary and as ordered, 15 with a baby's age in months ("her
  // eight-month-old son" / "nine-month-old"), 16 with a GP and a paediatrician told apart.
  '2026-11-corbel-baby-food-recall.json': 0.64,
  '2026-11-drelling-sinkhole.json': 0.61,
  // 11 of 24 and 16 of 26 with the first rules of the session that commissioned them (e22158e), tables only. The
  // warehouse-fire set stays held out; the escape set, the lower, was opened. Opened, it reached 12 with a term served
  // read as a span ("a robber serving 16 years" / "serving 18 years"), 13 with an independent or an internal inquiry
  // told in one frame ("ordered an independent inquiry" / "has ordered an internal review"). 14 with a round hour
  // kept from the half hour a reporter would have written (round 29).
  '2026-11-brisca-prison-escape.json': 0.58,
  // 15 of 25 and 17 of 25 with the first rules of the session that commissioned them (e22158e), and the same with
  // the rules that session had written by then (1879943), tables only. The heatwave set stays held out; the algae
  // set, the lower, was opened. Opened, it reached 16 with a vice-chair told apart from the chair, 17 with a
  // concentration whose substance stands between the mass and the volume ("more than 50 micrograms of the toxin
  // microcystin per litre" / "up to 48 µg/l").
  '2026-08-cadwell-algae-bloom.json': 0.68,
  '2026-07-hurlow-heatwave.json': 0.68,
  '2026-11-oxley-warehouse-fire.json': 0.65,
  // 8 of 24 and 17 of 26 with the first rules of the session that commissioned them (4ef233c), tables only. The
  // cave-rescue set stays held out; the bus set, the lower, was opened. Opened, it reached 10 with a surname misheard
  // after its third letter ("Fiona Aldous" / "Fiona Aldiss") and "Dean" read as a given name, 12 with staff and
  // workers one count, 13 with vehicles meeting buses, 14 with a company "in administration" read as insolvency, 15
  // with "owned since" dating a purchase, 16 with children and pupils one count.
  '2026-11-tellwick-bus-operator-collapse.json': 0.66,
  '2026-10-sennet-cave-rescue.json': 0.65,
  // 14 of 25 and 19 of 27 with the first rules of the session that commissioned them (4ef233c), and the same with
  // the rules that session had written by then (3b17265), tables only. The landing set stays held out; the wind-farm
  // set, the lower, was opened. Opened, it reached 15 with police called out and not ("Police were called" /
  // "police were not called"), 16 with "a meeting of nearly six hours" and "a six-and-a-half-hour hearing" read as
  // lengths of a thing (round 23), 17 with "Councillor Alun Pritchard" and "Committee chairman Alan Pritchard" read
  // as one man, a councillor who chairs the committee (round 24).
  // Round 36 reached 18: the meeting "suspended once" / "halted twice".
  '2026-11-brindle-wind-farm-approval.json': 0.72,
  '2026-11-kestle-emergency-landing.json': 0.7,
  // 14 of 22 and 17 of 24 with the first rules of the session that commissioned them (9df663b), and the same with
  // the rules that session had written by then (f6ae825), tables only. The tram set stays held out; the funding set,
  // the lower, was opened. Opened, it reached 15 with "about 90 paid jobs" read (an irregular participle), 16 with
  // "nearly three hours of debate" a length of the debate, 17 in round 32 ("at least six of its members" / "up to
  // eight members").
  '2026-11-whitlow-charity-funding-cut.json': 0.77,
  '2026-11-farlane-tram-collision.json': 0.75,
  // 15 of 27 and 15 of 23 with the first rules of the session that commissioned them (9df663b), and the same with
  // the rules that session had written by then (3a8b552), tables only. The containers set stays held out; the
  // dog-attack set, the lower, was opened. Opened, it reached 17 with the rules of round 23.
  // 18 in round 34: "has had a public spaces protection order ... since 2022" / "introduced rules in 2023".
  '2026-11-ellerby-dog-attack.json': 0.66,
  '2026-11-tarnock-containers-overboard.json': 0.65,
  // 17 of 25 and 17 of 25 with the first rules of the session that commissioned them (65f215e), and the same with
  // the rules that session had written by then (05ea24e), tables only. The tower-block set stays held out; the
  // flash-flood set, tied with it, was opened.
  '2026-11-millbeck-tower-block-evacuation.json': 0.68,
  // Opened, the flood set reached 18 in round 35: "six rescue boats" / "Four boats".
  '2026-11-gorran-campsite-flash-flood.json': 0.72,
  // 17 of 28 and 9 of 24 with the first rules of the session that commissioned them (65f215e), and the same with
  // the rules that session had written by then (05ea24e), tables only. The chimney set stays held out; the football
  // set, the lower, was opened.
  '2026-11-rushden-chimney-demolition.json': 0.6,
  // Opened, the football set reached 10 with a sacked manager's "payoff" read as his compensation, 11 with "a sixth
  // straight defeat" / "a seventh straight defeat" read as one run; in the session after, 12 with games counted as
  // matches, 13 with "17 months in charge" read as a tenure, 14 with "the fourth manager to leave" read as a count;
  // in round 27, 15 with "left the club by mutual consent" against "had been dismissed", 16 with "sacked manager Rory
  // Tennant" read as the man, not the post.
  '2026-11-elsworth-manager-sacked.json': 0.66,
  // 14 of 23 and 15 of 23 with the first rules of the session that commissioned them (7d8c22b), and the same with
  // the rules that session had written by then (a7c53eb), tables only. The landslip set stays held out; the
  // cyber-attack set, the lower, was opened. Opened, it reached 15 with amounts of data read as measures, 16 with
  // ransomware the trust "has not said whether" was involved against a confirmation (round 26), 17 with an emergency
  // department that "remains open" against one "closed since Friday" (round 27).
  // Round 36 reached 18: "Thornby North MP" / "Thornby and Wensdale MP".
  '2026-09-thornby-hospital-cyberattack.json': 0.78,
  '2026-10-ulverstow-rail-landslip.json': 0.65,
  // 17 of 24 and 18 of 26 with the first rules of the session that commissioned them (7d8c22b), and the same with
  // the rules that session had written by then (08ad1d9), tables only. The recount set stays held out; the heatwave
  // set, the lower, was opened. Opened, it reached 19 with a council's cabinet member told from its leader (round 26).
  '2026-07-quenby-heatwave-schools.json': 0.73,
  // 16 of 26 and 19 of 27 with the first rules of the session that commissioned them (f024b0e), and the same with
  // the rules that session had written by then (cbcaa28), tables only. The tornado set stays held out; the sewage
  // set, the lower, was opened. Opened, it reached 17 with youngsters counted as children, 18 with "swamped by
  // Friday night's storms" read as that night's storms. 19 in round 33: a sentence-ending apposition ("..., a storm it
  // described as a one-in-50-year event") is outside the rainfall's clause.
  // 20 in round 34: "about 400 swimmers" / "more than 450 entrants".
  '2026-07-ashcombe-sewage-beaches.json': 0.76,
  '2026-03-brackwell-tornado.json': 0.7,
  // 17 of 24 and 19 of 27 with the first rules of the session that commissioned them (f024b0e), and the same with
  // the rules that session had written by then (f1495a8), tables only. The blockade set stays held out; the
  // care-home set, the lower, was opened.
  // Round 36 reached 20: "Thirty-eight elderly residents" / "more than 40 pensioners".
  '2026-10-lowesby-care-home-closure.json': 0.74,
  '2026-04-hawkridge-harbour-blockade.json': 0.7,
  // 17 of 26 and 13 of 23, one mix-up, with the first rules of the session that commissioned them (b9cc7ee), and the
  // same with the rules that session had written by then (9d65faf), tables only. The budget set stays held out; the
  // mould set, the lower, was opened. Opened, it reached 14 with "pleaded guilty" against "was found guilty", and 15
  // the session after with "appeared in person" against "did not attend the hearing".
  // 16 in round 34: "More than 40 tenants" / "About 30 residents".
  '2025-09-kirkholt-landlord-mould-fine.json': 0.69,
  '2025-06-thrushby-council-bankruptcy.json': 0.65,
  // 15 of 25 and 16 of 23, two mix-ups each, with the first rules of the session that commissioned them (b9cc7ee),
  // and the same with the rules that session had written by then (2a04f2b), tables only. The ambulance set stays
  // held out; the university set, the lower, was opened.
  // Round 36 reached 16: "save £35m" / "save £32m", two figures that hang on one word.
  '2026-01-winslade-university-job-cuts.json': 0.64,
  '2025-12-corrick-ambulance-critical-incident.json': 0.69,
  // 17 of 25 and 18 of 27, no mix-up, with the first rules of the session that commissioned them (1201c75), and the
  // same with the rules that session had written by then (7738b2e), tables only. The schools set stays held out;
  // the misconduct set, the lower, was opened. Opened, it reached 22 (a deputy against an assistant chief constable,
  // retired against resigned, attended against absent, "38 additional" recruits against "more than 40").
  '2025-09-lathom-school-concrete.json': 0.68,
  // Round 36 reached 23: "two 999 calls" / "three desperate calls", once 999 was read as a line to call.
  '2025-06-cressing-misconduct-hearing.json': 0.85,
  // 13 of 25 and 14 of 27, no mix-up, flagged 2 of 4 and 3 of 4, with the first rules of the session that
  // commissioned them (1201c75), and the same with the rules that session had written by then (9e0ed6f), tables
  // only. The airline set stays held out; the marathon set, the lower, was opened. Opened, it reached 15 ("11
  // water stations, two more than last year" no longer counts two stations). 17 in the session after ("About 11,000
  // runners" / "Around 12,000 runners", far above the runners treated; "Dr" / "Professor" Isobel Carrick). 18 in the
  // session after that ("declared a major incident" / "had not declared a major incident").
  '2026-02-tollard-fleet-grounding.json': 0.52,
  // 21 in round 34: clock times in words ("at half past nine" / "at 10am", "at around half past twelve" /
  // "at 11.20am"), and "an independent review" / "an internal review".
  // Round 36 reached 23: "a dozen taken to hospital" with no auxiliary, and "in a serious but stable condition".
  '2026-04-ravensby-marathon-death.json': 0.85,
  '2026-05-pelgrave-election-recount.json': 0.7,
  // 12 of 24 and 15 of 26, one mix-up each, flagged 3 of 4 and 4 of 4, with the first rules of the session that
  // commissioned them (4af680c), and the same with the rules that session had written by then (0acc4b0), tables
  // only. The kayak set stays held out; the planning set, the lower, was opened. Opened, it reached 16 ("nearly 900"
  // against 850 homes, "more than 100 acres" against 38 hectares, a share with its homes told in an aside, "letters
  // of objection" counted as objections).
  '2026-06-skelwith-planning-appeal.json': 0.66,
  '2026-08-brantham-kayak-search.json': 0.57,
  // 18 of 25 and 13 of 27, no mix-up, flagged 4 of 4 and 3 of 4, with the first rules of the session that
  // commissioned them (4af680c), and the same with the rules that session had written by then (02a318f), tables
  // only. The pile-up set stays held out; the hoard set, the lower, was opened. Opened, it reached 17 ("Dr" /
  // "Professor", a valuation against what the hoard "could fetch", "from roughly 30cm below the surface", "a
  // ten-minute hearing" / "lasted about 40 minutes").
  '2026-09-marstow-coin-hoard.json': 0.62,
  '2026-01-fellbrook-fog-pileup.json': 0.72,
  // 13 of 25 and 14 of 23, no mix-up, flagged 5 of 5 and 3 of 4, with the first rules of the session that
  // commissioned them (131348e), and the same with the rules that session had written by then (4011966), tables
  // only. The parking-fines set stays held out; the whale set, the lower, was opened. Opened, it reached 18 ("Dr
  // Aled" / "Dr Alun" Prosser, "Twenty-six were refloated" counting whales, "ended" / "finished on Monday", "denies
  // sonar link" / "won't rule out sonar link", "eight of the dead were calves"). 19 with warships and ships
  // counted as one fleet (round 31).
  // Round 36 reached 20: "11 were put down by vets" / "a dozen of them euthanised".
  '2026-11-calderbeck-whale-stranding.json': 0.8,
  '2026-10-ebbside-parking-fines-refund.json': 0.6,
  // 16 of 23 and 18 of 26, no mix-up, flagged 5 of 6 and 4 of 4, with the first rules of the session that
  // commissioned them (131348e), and the same with the rules that session had written by then (a24a143), tables
  // only. The exchange set stays held out; the golf set, the lower (0.69 against 0.70), was opened. Opened (round
  // 31), it reached 23: "just before 4pm" held within a quarter of an hour, "Six of the injured were taken to
  // hospital", "a grandad of 68", fans and spectators as one crowd, and a tree's age dated like a built thing's.
  '2026-08-gilderdale-lightning-strike.json': 0.88,
  '2026-10-ormsby-crypto-exchange-freeze.json': 0.69,
  // 19 of 28 and 13 of 22, one mix-up and none, flagged 4 of 4 and 3 of 4, with the first rules of the session that
  // commissioned them (0d57ea2); with the rules that session had written by then (d6e34d9), 20 of 28 and 13 of 22,
  // tables only. The ride set stays held out; the pier set, the lower, was opened.
  '2026-08-harrowby-ride-malfunction.json': 0.71,
  // Opened (round 32), the pier set reached 15: the only count of firefighters in each article joins its group
  // whatever else its sentence names, and "Grade II*" is a step of its own.
  '2026-05-saltcote-pier-fire.json': 0.68,
  // 14 of 25 and 12 of 23, none and two mix-ups, flagged 4 of 4 each, with the first rules of the session that
  // commissioned them (663b452), and the same with the rules that session had written by then (d1daca1), tables
  // only. The outbreak set stays held out; the robbery set, the lower, was opened.
  '2026-11-colwenna-legionella-outbreak.json': 0.56,
  // Opened (round 32), the robbery set reached 17: "Rachel Munro" / "Rachel Monroe", the shop assistant's surname,
  // her injuries "minor" and "serious", the arrests counted past "aged 19, 28 and 34", and the getaway car "dark
  // grey" and "black". 19 in round 33: "has run the business since 1931" / "founded in 1928", and "brandishing a
  // handgun" / "an imitation firearm".
  // 21 in round 34: "a gang of four men" / "A FIVE-STRONG gang", and "broke his hip" / "a broken leg".
  '2026-11-ashmire-jeweller-robbery.json': 0.91,
  // 17 of 24 and 15 of 25, no mix-ups, flagged 4 of 4 each, with the first rules of the session that commissioned
  // them (663b452), and the same with the rules that session had written by then (54118b0), tables only. Both stay
  // held out: the session had already opened the robbery set.
  '2026-11-wexcombe-wartime-bomb.json': 0.7,
  '2026-11-holmsby-price-fixing-fine.json': 0.6,
  // 15 of 24 and 18 of 25, no mix-ups, flagged 4 of 4 and 3 of 4, with the first rules of the session that
  // commissioned them (b159e56), and the same with the rules that session had written by then (d0d50d0), tables
  // only. The water-main set stays held out; the car-park set, the lower, was opened. Opened (round 33), it reached
  // 21: "the 420-space car park" / "nearly 500 spaces", "About 30 flats" / "around 40 homes", "the only person taken
  // to hospital" / "Two of the injured", "The 1972 car park" / "opened in 1969", part of the deck or the entire top
  // floor, and the car park "largely empty" or "packed".
  '2026-11-yarwood-car-park-collapse.json': 0.87,
  '2026-11-ketterby-water-main-burst.json': 0.72,
  // 14 of 25 and 16 of 25, no mix-ups, flagged 4 of 4 each, with the first rules of the session that commissioned
  // them (b159e56), and the same with the rules that session had written by then (863183c), tables only. Both stay
  // held out: the session had already opened the car-park set.
  '2026-11-stanwick-ice-rink-carbon-monoxide.json': 0.56,
  '2026-11-wrayford-counterfeit-medicine-seizure.json': 0.64,
  // 15 of 23 and 15 of 26, two mix-ups and one, flagged 3 of 4 and 5 of 5, with the first rules of the session that
  // commissioned them (46ed1de), and the same with the rules that session had written by then (a1398fe), tables
  // only. The cable-car set stays held out; the yacht set, the lower, was opened.
  '2026-11-pebworth-cable-car-stranding.json': 0.65,
  // Opened (round 34), the yacht set reached 17: "Club commodore Fiona Lusk" / "race director Fiona Lusk", and the
  // yacht that "sank" / "was still afloat".
  '2026-11-lowick-yacht-crew-rescue.json': 0.65,
  // 20 of 27 and 13 of 24, no mix-ups, flagged 4 of 4 and 3 of 4, with the first rules of the session that
  // commissioned them (46ed1de), and the same with the rules that session had written by then (39a50a4), tables
  // only. Both stay held out: the session had already opened the yacht set.
  '2026-11-kelsby-snowbound-train.json': 0.74,
  '2026-11-ardwell-data-centre-fire.json': 0.54,
  // 16 of 22 and 19 of 26, no mix-ups, flagged 4 of 4 and 5 of 5, with the first rules of the session that
  // commissioned them (71f257a), and the same with the rules that session had written by then (0ecd3bf), tables
  // only. The barge set stays held out; the meteorite set, the lower, was opened. Opened (round 35), it reached 18:
  // "Daniel Pellow" / "Dan Pellowe", and "Two smaller fragments" / "Three smaller pieces".
  '2025-09-thornsby-meteorite-strike.json': 0.81,
  '2026-02-cradley-barge-bridge-strike.json': 0.73,
  // 17 of 27 and 16 of 25, no mix-ups and one, flagged 3 of 4 each, with the first rules of the session that
  // commissioned them (71f257a), and the same with the rules that session had written by then (ba547c3), tables
  // only. Both stay held out: the session had already opened the meteorite set.
  '2026-03-mossbury-lift-plunge.json': 0.62,
  '2025-12-penhallow-lottery-syndicate-dispute.json': 0.64,
  // 17 of 25 and 15 of 23, no mix-ups, flagged 4 of 4 and 3 of 4, with the first rules of the session that
  // commissioned them (5950a8f), and the same with the rules that session had written by then (f216e8b), tables
  // only. The pool set stays held out; the gauge set, the lower, was opened.
  '2026-02-wemsley-pool-chlorine-leak.json': 0.68,
  // Opened (round 36), the gauge set reached 18: the afternoon and the evening of one Friday, "head of radiological
  // protection" / "nuclear regulation manager", and a case "intact" / "damaged".
  '2025-10-garstow-radioactive-gauge-theft.json': 0.78,
  // 18 of 26 and 15 of 25, no mix-ups, flagged 4 of 4 each, with the first rules of the session that commissioned
  // them (5950a8f), and the same with the rules that session had written by then (6a8327a), tables only. Both stay
  // held out: the session had already opened the gauge set.
  '2026-06-hexworth-hailstorm-damage.json': 0.69,
  '2025-12-ivelston-equine-flu-racing.json': 0.6,
};
const defaultFloor = 0.5;

// Chrome F1 and flagged-claim recall are held to their thresholds everywhere except where a set measures below
// them on arrival: there its figure is the floor until the rules reach the threshold. (The crane and ferry sets
// arrived at 0.94 and 0.92 chrome F1 and 3 of 4 flagged claims, kessling and lenholm at 0.90 and 0.92 chrome F1;
// as development sets they reached the thresholds. Quell reached it when opened; the doping set arrived at 0.93
// and reached 0.96 with the chrome kinds added for quell, before anyone read it. The airport set arrived at 0.88 and
// reached 0.99 with a page's own tools: a form with blanks, a button in brackets, a live page's leftovers. The
// rate-decision set arrived at 0.87 and 3 of 4 flagged claims; opened, it reached 0.99 and 4 of 4. The resignation
// set arrived with 3 of 4 flagged claims; opened, it found the fourth ("Nobody has come up with any proof"). The
// flagged-claim rules written for lenholm, aldwick and varro found all of fenmoor's, still held out. The festival
// set arrived with 2 of 3 flagged claims; opened, it found the third, a request and its refusal in one sentence.
// The landslide set arrived with 3 of 4; opened, it found the fourth, the outlet that "has not seen it". The
// gas-explosion set arrived at 0.94 chrome F1 and 3 of 4 flagged claims; opened, it reached 0.99 and 4 of 4. The
// oil-leak set arrived with 2 of 3; opened, it found the third, logs with a hyphenated name: "the engine-room logs".
// The report set arrived at 0.93 chrome F1 and 3 of 4 flagged claims; opened, it reached 1.00 (an email's links in
// three words, a log-in prompt, a help-line box, a box of local notices, a box of grades kept as the article's) and
// found the fourth, "has not made public the case reviews". The wind-farm set arrived with 4 of 5 flagged claims;
// opened, it found the fifth, a charge left without its particulars: "but did not say in what way". The flash-flood
// set arrived at 0.94 chrome F1; opened, it reached 0.98: an archive picture's label closing a caption, a publisher's
// company number, a clip link opening with its play mark, a related-links heading with a colon. The marathon set
// arrived with 3 of 4 flagged claims; opened, it found the fourth, a request told from the asker's side: "has asked
// the organisers for details ... but has not yet received them".)
const chromeFloors: Record<string, number> = {
  '2026-10-fenmoor-club-takeover.json': 0.94,
  '2026-06-varro-ev-battery-recall.json': 0.92,
  '2026-11-drummore-museum-theft.json': 0.94,
  '2026-07-sallow-river-chemical-spill.json': 0.89,
};
// (The planning and hoard sets arrived with 3 of 4 each; opened, both found the fourth: a claim whose particulars
// its maker did not name, after a "but" or a "though".)
const flaggedFloors: Record<string, number> = {
  // Arrived with 4 of 5 (the coach-crash set).
  '2026-11-pendrith-coach-crash.json': 0.8,
  '2026-10-marrow-bridge-closure.json': 0.75,
  '2026-11-skarn-avalanche-rescue.json': 0.75,
  '2026-11-hesket-mine-flooding.json': 0.75,
  // Arrived with 3 of 4 (the balloon-crash set), held out.
  '2026-11-ambleth-balloon-crash.json': 0.75,
  // Arrived with 3 of 4 (the trawler set), held out.
  '2026-11-quarnby-trawler-sinking.json': 0.75,
  // Arrived with 3 of 4 (the cave-rescue set), held out.
  '2026-10-sennet-cave-rescue.json': 0.75,
  // Arrived with 3 of 4 (the tower-block set), held out.
  '2026-11-millbeck-tower-block-evacuation.json': 0.75,
  // Arrived with 3 of 4 (the chimney-demolition set), held out.
  '2026-11-rushden-chimney-demolition.json': 0.75,
  // Arrived with 3 of 4 (the landslip set), held out.
  '2026-10-ulverstow-rail-landslip.json': 0.75,
  // Arrived with 3 of 4 (the recount set), held out.
  '2026-05-pelgrave-election-recount.json': 0.75,
  // Arrived with 3 of 4 (the flash-flood set), opened.
  '2026-11-gorran-campsite-flash-flood.json': 0.75,
  // Arrived with 3 of 4 (the university set), opened.
  '2026-01-winslade-university-job-cuts.json': 0.75,
  // Arrived with 3 of 4 (the ambulance set), held out.
  '2025-12-corrick-ambulance-critical-incident.json': 0.75,
  // Arrived with 2 of 4 (the airline set), held out.
  '2026-02-tollard-fleet-grounding.json': 0.5,
  // Arrived with 3 of 4 (the parking-fines set), held out.
  '2026-10-ebbside-parking-fines-refund.json': 0.75,
  // Arrived with 5 of 6 (the exchange set), held out.
  '2026-10-ormsby-crypto-exchange-freeze.json': 0.83,
  // Arrived with 3 of 4 (the pier set), opened.
  '2026-05-saltcote-pier-fire.json': 0.75,
  // Arrived with 3 of 4 (the water-main set), held out.
  '2026-11-ketterby-water-main-burst.json': 0.75,
  // Arrived with 3 of 4 (the cable-car set), held out.
  '2026-11-pebworth-cable-car-stranding.json': 0.75,
  // Arrived with 3 of 4 (the data-centre set), held out.
  '2026-11-ardwell-data-centre-fire.json': 0.75,
  // Arrived with 3 of 4 each (the lift set and the lottery set), held out.
  '2026-03-mossbury-lift-plunge.json': 0.75,
  '2025-12-penhallow-lottery-syndicate-dispute.json': 0.75,
  // Arrived with 3 of 4 (the gauge set), opened.
  '2025-10-garstow-radioactive-gauge-theft.json': 0.75,
};
// No agreement may be reported as a disagreement, except on a held-out set that arrived with such a mix-up: fixing
// it would mean reading which one it is. There the count it arrived with is the most allowed.
// (The museum and rail sets arrived with one each; opened, both were fixed: an accent left off, a spoken decimal.)
// (The doping set arrived with one; the comparison of spans across units fixed it.)
// (The launch-failure set arrived with one; opened in the session after, it is not fixed yet: "No one was injured"
// and "No one was hurt" are read as two answers to whether anyone was injured.)
// (The rate-decision set arrived with one; opened, it was fixed: "an extra 38 florins a month" is the month's rise,
// not a further group, so it is compared with "about 29 florins a month" and "just under 30" agrees with that.)
// (The oil-leak set arrived with one; opened, it was fixed: "Aegeas said on Saturday that its tanker lost power
// before grounding" dates the saying, not the grounding.)
// (The report set arrived with one; opened, it was fixed: "31 full-time midwife posts" is the whole number "31.4
// whole-time-equivalent midwives" rounds to.)
// (The mould set arrived with one; opened, it was fixed: "in 11 flats" is the part of "11 of the 18 flats", not a
// count of the 18.)
// (The wind-farm set arrived with one; opened, it was fixed: "about 400" letters fits "412".)
// (The university set arrived with two; opened, both were fixed: "About 1,100 students" is "the 1,140 students"
// rounded at its last written digit, and "a ballot for strike action" is no strike to set against a protest.)
// (The planning set arrived with one; opened, it was fixed: a slogan on campaigners' placards is no wording of what
// their chair said.)
// (The yacht set arrived with one; opened, it was fixed: "a 240-nautical-mile offshore race" is "the 240-mile race",
// since at sea a mile is a nautical one.)
const mixUpCeilings: Record<string, number> = {
  '2026-11-orsay-launch-failure.json': 1,
  // Arrived with one (the stadium-crush set), held out.
  '2026-11-stennick-stadium-crush.json': 1,
  // Arrived with one (the food-poisoning set), held out.
  '2026-11-morwick-school-food-poisoning.json': 1,
  // Arrived with one (the tram set), held out.
  '2026-11-farlane-tram-collision.json': 1,
  // Arrived with one (the containers set), held out.
  '2026-11-tarnock-containers-overboard.json': 1,
  // Arrived with one (the landslip set), held out.
  '2026-10-ulverstow-rail-landslip.json': 1,
  // Arrived with one (the tornado set), held out.
  '2026-03-brackwell-tornado.json': 1,
  // Arrived with two (the ambulance set), held out.
  '2025-12-corrick-ambulance-critical-incident.json': 2,
  // Arrived with one (the kayak set), held out.
  '2026-08-brantham-kayak-search.json': 1,
  // Arrived with one (the ride set), held out.
  '2026-08-harrowby-ride-malfunction.json': 1,
  // Arrived with two (the robbery set), opened; one fixed ("a 90-second raid" lasted "under two minutes"), one left:
  // "about 40 luxury watches" / "Thirty-seven watches", which a held-out set's labels read the other way.
  '2026-11-ashmire-jeweller-robbery.json': 1,
  // Arrived with two (the cable-car set), held out.
  '2026-11-pebworth-cable-car-stranding.json': 2,
  // Arrived with one (the lottery set), held out.
  '2025-12-penhallow-lottery-syndicate-dispute.json': 1,
};

const sets = readdirSync(goldDir)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((gold) => ({
    gold,
    set: gold.replace(/\.json$/, ''),
    listMisses: developmentSets.has(gold),
    chromeF1: chromeFloors[gold] ?? accuracyThresholds.chromeF1,
    flaggedRecall: flaggedFloors[gold] ?? accuracyThresholds.flaggedRecall,
    mixUps: mixUpCeilings[gold] ?? accuracyThresholds.agreementsReportedAsDisagreements,
    disagreementRecall:
      gold === seedGold ? accuracyThresholds.disagreementRecall : (disagreementFloors[gold] ?? defaultFloor),
  }));

describe.each(sets)(
  'the generator on $set',
  ({ gold: goldFile, listMisses, disagreementRecall, chromeF1, flaggedRecall, mixUps: allowedMixUps }) => {
    let figures: AccuracyFigures;

    // Loaded here, not when the file is collected, so a run filtered to other sets (-t) never reads this one.
    beforeAll(() => {
      const { gold, articles, setInfo } = loadGold(join(goldDir, goldFile));
      figures = scoreAnalysis(analysisSchema.parse(analyzeSet(articles, setInfo)), gold);
      const misses = listMisses ? formatAccuracyMisses(figures) : '';
      console.log(
        `Accuracy on ${gold.set}\n${formatAccuracyTable(figures, { nameFindings: listMisses })}${misses ? `\n\n${misses}` : ''}`,
      );
    });

    // On a held-out set a failure says how many, not which, for the same reason.
    const which = (names: string[]): string => (listMisses ? `: ${names.join('; ')}` : '');

    it(`tells page chrome from article lines with F1 ≥ ${chromeF1}`, () => {
      const { chrome } = figures;
      expect(
        chrome.f1,
        `${chrome.missed.length} chrome lines missed, ${chrome.falseAlarms.length} article lines marked as chrome`,
      ).toBeGreaterThanOrEqual(chromeF1);
    });

    it(`finds ${flaggedRecall === 1 ? 'every claim' : `at least ${flaggedRecall * 100} % of the claims`} the article itself says is unproven`, () => {
      const { flaggedRecall: found, missed } = figures.unsupported;
      const flaggedMissed = missed.filter((claim) => claim.kind === 'flagged').map((claim) => claim.text);
      expect(
        found.rate,
        `flagged claims found: ${found.hits} of ${found.total}${which(flaggedMissed)}`,
      ).toBeGreaterThanOrEqual(flaggedRecall);
    });

    it(`finds at least ${disagreementRecall * 100} % of the disagreements between articles`, () => {
      const { recall, missed } = figures.disagreements;
      expect(
        recall.rate,
        `disagreements found: ${recall.hits} of ${recall.total}${which(missed)}`,
      ).toBeGreaterThanOrEqual(disagreementRecall);
    });

    it(`reports ${allowedMixUps === 0 ? 'no agreement' : `at most ${allowedMixUps} agreement`} as a disagreement`, () => {
      const mixUps = figures.agreementsReportedAsDisagreements.map((mixUp) => mixUp.gold);
      expect(mixUps.length, `agreements reported as disagreements${which(mixUps)}`).toBeLessThanOrEqual(allowedMixUps);
    });
  },
);
