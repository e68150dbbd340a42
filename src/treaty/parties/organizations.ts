/** @module The five organizations named in EST 10, in the order the article names them. */
import type { OrganizationData } from './types.ts';

export const ORGANIZATIONS: readonly OrganizationData[] = [
  {
    id: 'EU',
    name: { en: 'European Union', ru: 'Европейский союз' },
    short: { en: 'EU', ru: 'ЕС' },
    note: {
      en:
        'Had no single legal personality when the draft appeared (2009-11-29): the Lisbon Treaty gave ' +
        'the Union one from 2009-12-01, replacing the European Community. 27 member states in 2009.',
      ru:
        'На день публикации проекта (29.11.2009) единой правосубъектностью не обладал: её Союзу ' +
        'придал Лиссабонский договор с 01.12.2009, когда Союз заменил Европейское сообщество. ' +
        'В 2009 году — 27 государств-членов.',
    },
  },
  {
    id: 'OSCE',
    name: {
      en: 'Organization for Security and Co-operation in Europe',
      ru: 'Организация по безопасности и сотрудничеству в Европе',
    },
    short: { en: 'OSCE', ru: 'ОБСЕ' },
    note: {
      en:
        'No legal personality and no founding treaty: its commitments bind politically, not legally. ' +
        'It has participating States rather than members: 56 in 2009, 57 with Mongolia from 2012-11-21.',
      ru:
        'Не обладает правосубъектностью и не имеет учредительного договора: её обязательства ' +
        'политические, а не юридические. Вместо членов — государства-участники: 56 в 2009 году, ' +
        '57 с Монголией с 21.11.2012.',
    },
  },
  {
    id: 'CSTO',
    name: {
      en: 'Collective Security Treaty Organization',
      ru: 'Организация Договора о коллективной безопасности',
    },
    short: { en: 'CSTO', ru: 'ОДКБ' },
    note: {
      en:
        'Built on the Collective Security Treaty of 1992-05-15; an organization with legal personality ' +
        'since its Charter of 2002-10-07 and the agreement on its legal status (in force 2003-09-18). ' +
        '7 member states in 2009.',
      ru:
        'Создана на основе Договора о коллективной безопасности от 15.05.1992; международная ' +
        'организация, правосубъектная по Уставу от 07.10.2002 и соглашению о её правовом статусе ' +
        '(в силе с 18.09.2003). ' +
        'В 2009 году — 7 государств-членов.',
    },
  },
  {
    id: 'NATO',
    name: { en: 'North Atlantic Treaty Organization', ru: 'Организация Североатлантического договора' },
    short: { en: 'NATO', ru: 'НАТО' },
    note: {
      en:
        'Alliance founded by the North Atlantic Treaty (signed 1949-04-04, in force 1949-08-24); the ' +
        'Organization has legal personality under the 1951 Ottawa Agreement on its status. 28 members in 2009.',
      ru:
        'Союз на основе Североатлантического договора (подписан 04.04.1949, в силе с 24.08.1949); ' +
        'правосубъектность Организации закреплена Оттавским соглашением 1951 года о её статусе. ' +
        'В 2009 году — 28 членов.',
    },
  },
  {
    id: 'CIS',
    name: { en: 'Commonwealth of Independent States', ru: 'Содружество Независимых Государств' },
    short: { en: 'CIS', ru: 'СНГ' },
    note: {
      en:
        'Founded by the agreement of 1991-12-08 and the Alma-Ata protocol of 1991-12-21; under its 1993 ' +
        'Charter only states that ratified the Charter are members. In 2009: 9 members, Turkmenistan an ' +
        'associate, Ukraine a founding state that never ratified the Charter.',
      ru:
        'Создано соглашением от 08.12.1991 и Алма-Атинским протоколом от 21.12.1991; по Уставу 1993 года ' +
        'членами являются лишь государства, принявшие Устав. В 2009 году — 9 членов, Туркмения — ' +
        'ассоциированный член, Украина — государство-учредитель, не ратифицировавшее Устав.',
    },
  },
];
