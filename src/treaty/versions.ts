/**
 * @module The date of the version of each text: written once, here, for the treaty table
 * (`treaties.ts`) and the parameter catalogue, which both import it and neither imports the other.
 */
import type { TreatyId } from './common.ts';
import { isoDate } from './dates.ts';
import type { IsoDate } from './dates.ts';

export const VERSIONS: Readonly<Record<TreatyId, IsoDate>> = {
  /** The EST draft as published by the Kremlin. */
  'est-2009': isoDate('2009-11-29'),
  /** The NATO-Russia draft as handed over. */
  'nrc-2009': isoDate('2009-12-04'),
  'nat-1949': isoDate('1949-04-04'),
  /** Articles 23 and 27 as amended, in force from this day. */
  'un-1945': isoDate('1965-08-31'),
  'osce-1992': isoDate('1992-01-30'),
  /** Both 2021 drafts as the Russian foreign ministry published them (handed to the US on 15 December). */
  'nra-2021': isoDate('2021-12-17'),
  'rus-us-2021': isoDate('2021-12-17'),
};
