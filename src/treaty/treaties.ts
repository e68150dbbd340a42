/** @module The drafts and the regimes they are compared with: ids, titles and the date of each text. */
import type { Localized, TreatyId } from './common.ts';
import type { IsoDate } from './dates.ts';
import { VERSIONS } from './versions.ts';

export interface Treaty {
  readonly id: TreatyId;
  /** The prefix of its citations: `EST 8(3)`, `NRC 4`, `RUS-US 5`. */
  readonly short: string;
  readonly title: Localized;
  /** The date of the version of the text (src/treaty/versions.ts): the day `est treaty params` shows. */
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
    version: VERSIONS['est-2009'],
  },
  'nrc-2009': {
    id: 'nrc-2009',
    short: 'NRC',
    title: {
      en: 'Draft agreement between Russia and the NATO member states (handed over in December 2009)',
      ru: 'Проект соглашения России с государствами — членами НАТО (передан в декабре 2009 г.)',
    },
    version: VERSIONS['nrc-2009'],
  },
  'nat-1949': {
    id: 'nat-1949',
    short: 'NAT',
    title: {
      en: 'North Atlantic Treaty (Washington, 4 April 1949), with the practice of the North Atlantic Council',
      ru: 'Североатлантический договор (Вашингтон, 4 апреля 1949 г.) и практика Североатлантического совета',
    },
    version: VERSIONS['nat-1949'],
  },
  'un-1945': {
    id: 'un-1945',
    short: 'UN Charter',
    title: {
      en: 'Charter of the United Nations (San Francisco, 1945; Articles 23 and 27 as amended in 1965): the Security Council and self-defence',
      ru: 'Устав Организации Объединённых Наций (Сан-Франциско, 1945; статьи 23 и 27 в редакции 1965 г.): Совет Безопасности и самооборона',
    },
    version: VERSIONS['un-1945'],
  },
  'osce-1992': {
    id: 'osce-1992',
    short: 'OSCE',
    title: {
      en: 'OSCE decision rules: consensus (Helsinki 1973) and consensus-minus-one (Prague 1992)',
      ru: 'Правила принятия решений ОБСЕ: консенсус (Хельсинки, 1973) и «консенсус минус один» (Прага, 1992)',
    },
    version: VERSIONS['osce-1992'],
  },
  'nra-2021': {
    id: 'nra-2021',
    short: 'NRA',
    title: {
      en: 'Draft Agreement on measures to ensure the security of the Russian Federation and member States of the North Atlantic Treaty Organization (published 17 December 2021)',
      ru: 'Проект Соглашения о мерах обеспечения безопасности Российской Федерации и государств — членов Организации Североатлантического договора (опубликован 17 декабря 2021 г.)',
    },
    version: VERSIONS['nra-2021'],
  },
  'rus-us-2021': {
    id: 'rus-us-2021',
    short: 'RUS-US',
    title: {
      en: 'Draft Treaty between the United States of America and the Russian Federation on security guarantees (published 17 December 2021)',
      ru: 'Проект Договора между Российской Федерацией и Соединёнными Штатами Америки о гарантиях безопасности (опубликован 17 декабря 2021 г.)',
    },
    version: VERSIONS['rus-us-2021'],
  },
};
