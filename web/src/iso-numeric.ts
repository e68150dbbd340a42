/**
 * @module ISO 3166-1 numeric codes of the registry's 57 states, the ids world-atlas gives its
 * countries. A table of our own, so the browser needs no country database; a test checks it against
 * i18n-iso-countries and the registry.
 */

/** Alpha-2 (the registry's ids) to ISO 3166-1 numeric, three digits as world-atlas writes them. */
export const ISO_NUMERIC: Readonly<Record<string, string>> = {
  AD: '020',
  AL: '008',
  AM: '051',
  AT: '040',
  AZ: '031',
  BA: '070',
  BE: '056',
  BG: '100',
  BY: '112',
  CA: '124',
  CH: '756',
  CY: '196',
  CZ: '203',
  DE: '276',
  DK: '208',
  EE: '233',
  ES: '724',
  FI: '246',
  FR: '250',
  GB: '826',
  GE: '268',
  GR: '300',
  HR: '191',
  HU: '348',
  IE: '372',
  IS: '352',
  IT: '380',
  KG: '417',
  KZ: '398',
  LI: '438',
  LT: '440',
  LU: '442',
  LV: '428',
  MC: '492',
  MD: '498',
  ME: '499',
  MK: '807',
  MN: '496',
  MT: '470',
  NL: '528',
  NO: '578',
  PL: '616',
  PT: '620',
  RO: '642',
  RS: '688',
  RU: '643',
  SE: '752',
  SI: '705',
  SK: '703',
  SM: '674',
  TJ: '762',
  TM: '795',
  TR: '792',
  UA: '804',
  US: '840',
  UZ: '860',
  VA: '336',
};

const BY_NUMERIC: ReadonlyMap<string, string> = new Map(
  Object.entries(ISO_NUMERIC).map(([alpha2, numeric]) => [numeric, alpha2]),
);

/** The registry state (alpha-2) of a world-atlas id, or null for every other country. */
export function alpha2OfNumeric(numeric: string | number | undefined): string | null {
  if (numeric === undefined) return null;
  return BY_NUMERIC.get(String(numeric).padStart(3, '0')) ?? null;
}
