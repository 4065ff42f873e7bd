import { senseFamily } from './wordFamily.ts';

// "94 sites" / "86 clinics", "12 locations" / "12 branches": a general word for places meets a count of places of
// one kind, as "people" meets "patients"; two kinds of place ("clinics" / "schools") never meet.

const anyPlace = new Set(
  ['site', 'sites', 'location', 'locations', 'venue', 'venues', 'facility', 'facilities'].map(senseFamily),
);
const placeKinds = new Set(
  [
    'clinic',
    'hospital',
    'centre',
    'center',
    'school',
    'campus',
    'branch',
    'store',
    'shop',
    'office',
    'plant',
    'factory',
    'depot',
    'station',
    'warehouse',
    'mine',
    'farm',
    'camp',
    'shelter',
    'library',
    'church',
    'prison',
  ].map(senseFamily),
);
const place = senseFamily('sites');

/** Whether one unit is places in general and the other places of one kind. */
export function placesMeet(a: string, b: string): boolean {
  return (anyPlace.has(a) && placeKinds.has(b)) || (anyPlace.has(b) && placeKinds.has(a));
}

/** The key counts of places are merged under, if the unit counts places. */
export function placeFamily(unit: string): string | undefined {
  return anyPlace.has(unit) || placeKinds.has(unit) ? place : undefined;
}
