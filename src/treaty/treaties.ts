/** @module The two drafts: their ids, titles and the date of the text each id refers to. */
import type { Localized, TreatyId } from './common.ts';
import { isoDate } from './dates.ts';
import type { IsoDate } from './dates.ts';

export interface Treaty {
  readonly id: TreatyId;
  /** The prefix of its citations: `EST 8(3)`, `NRC 4`. */
  readonly short: string;
  readonly title: Localized;
  /** The date of the version of the text; dated parameters are read on this day. */
  readonly version: IsoDate;
}

export const TREATIES: Readonly<Record<TreatyId, Treaty>> = {
  'est-2009': {
    id: 'est-2009',
    short: 'EST',
    title: {
      en: 'Draft European Security Treaty (published 29 November 2009)',
      ru: 'Проект Договора о европейской безопасности (опубликован 29 ноября 2009 г.)',
    },
    version: isoDate('2009-11-29'),
  },
  'nrc-2009': {
    id: 'nrc-2009',
    short: 'NRC',
    title: {
      en: 'Draft agreement between Russia and the NATO member states (handed over in December 2009)',
      ru: 'Проект соглашения России с государствами — членами НАТО (передан в декабре 2009 г.)',
    },
    version: isoDate('2009-12-04'),
  },
};
