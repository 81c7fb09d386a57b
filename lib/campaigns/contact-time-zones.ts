/** IANA zones by E.164 prefix (digits without '+'), Google libphonenumber's time-zone map. */
export type ZoneTable = ReadonlyMap<string, readonly string[]>;

/** The zone a number's hours are read in when its prefix is in no table: as before, UTC. */
export const fallbackZone = 'UTC';

export type ContactTimeZones = {
  /** Every zone the number may be in; its calling hours must be open in all of them. */
  zones: readonly string[];
  /** True when nothing is known of the number: its hours are read in UTC. */
  fallback: boolean;
};

const fallback: ContactTimeZones = { zones: [fallbackZone], fallback: true };

/** The zones of the longest prefix of the number that the table knows. */
export function contactTimeZones(e164: string, table: ZoneTable): ContactTimeZones {
  const digits = e164.replace(/^\+/, '');
  for (let length = digits.length; length > 0; length -= 1) {
    const zones = table.get(digits.slice(0, length));
    if (zones) return { zones, fallback: false };
  }
  return fallback;
}

/** Table entries as the package stores them: prefix → zones joined with '&'. */
export function zoneTableOf(entries: Record<string, unknown>): ZoneTable {
  const table = new Map<string, readonly string[]>();
  for (const [prefix, zones] of Object.entries(entries)) {
    if (/^\d+$/.test(prefix) && typeof zones === 'string' && zones) table.set(prefix, zones.split('&'));
  }
  return table;
}

/** How many listed contacts get their hours where: shown before the run is confirmed. */
export type TimeZoneSummary = {
  /** Contacts whose number maps to one zone. */
  oneZone: number;
  /** Contacts whose number may be in several zones: called only when all are open. */
  severalZones: number;
  /** Contacts with no known zone (hours read in UTC), the first ones by line. */
  fallback: Array<{ line: number; number: string }>;
  fallbackCount: number;
};

export function summariseTimeZones(contacts: ReadonlyArray<{ line: number; number: string }>, zonesOf: (e164: string) => ContactTimeZones, listed = 100): TimeZoneSummary {
  const summary: TimeZoneSummary = { oneZone: 0, severalZones: 0, fallback: [], fallbackCount: 0 };
  for (const contact of contacts) {
    const found = zonesOf(contact.number);
    if (found.fallback) {
      summary.fallbackCount += 1;
      if (summary.fallback.length < listed) summary.fallback.push({ line: contact.line, number: contact.number });
    } else if (found.zones.length > 1) summary.severalZones += 1;
    else summary.oneZone += 1;
  }
  return summary;
}
