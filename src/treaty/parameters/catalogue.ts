/**
 * @module Every number and every contested reading of the two drafts, as a dated parameter with its
 * provision, confidence and basis. Scenarios override them by id; the ids are part of the API.
 */
import { isoDate } from '../dates.ts';
import { VERSIONS } from '../versions.ts';
import { DRAFTS_2021_PARAMETERS } from './drafts-2021.ts';
import type { Parameter, ParameterType, ParameterTypes } from './types.ts';

const NRC = VERSIONS['nrc-2009'];

function param<K extends ParameterType>(
  p: Omit<Parameter<K>, 'values'> & {
    value: ParameterTypes[K] | null;
    reference: string;
    referenceRu: string;
    since?: string;
  },
): Parameter<K> {
  const { value, reference, referenceRu, since, ...rest } = p;
  const date = since === undefined ? VERSIONS[rest.treaty] : isoDate(since);
  return { ...rest, values: [{ since: date, value, reference, referenceRu }] };
}

export const PARAMETERS = {
  'signature.eligible': param({
    id: 'signature.eligible',
    treaty: 'est-2009',
    type: 'party-set',
    cites: 'est.10',
    confidence: 'C',
    basis: 'reading',
    value: 'osce-2009+orgs',
    reference:
      'S3, S11a; "from Vancouver to Vladivostok" names no list, so the 56 OSCE states of the text\'s year 2009 stand in; osce+orgs reads the OSCE of the day of each act instead (57 with Mongolia from 2012-11-21, S70)',
    referenceRu:
      'S3, S11a; формула «от Ванкувера до Владивостока» не содержит перечня, поэтому вместо него взяты 56 государств ОБСЕ 2009 года, года текста; вариант osce+orgs берёт состав ОБСЕ на день каждого действия (57 с Монголией с 2012-11-21, S70)',
    description: {
      en: 'Who may sign or accede, judged on the day of the act: the states of the Euro-Atlantic and Eurasian space and the five named organizations.',
      ru: 'Кто может подписать Договор или присоединиться к нему (на день действия): государства евроатлантического и евразийского пространства и пять названных организаций.',
    },
  }),
  'entryIntoForce.instruments': param({
    id: 'entryIntoForce.instruments',
    treaty: 'est-2009',
    type: 'count',
    cites: 'est.14.1',
    confidence: 'R-m',
    basis: 'reading',
    value: 25,
    reference:
      'recollection of the Kremlin text (the most important unverified constant); not read in a retrieved copy, so a reconstruction we chose',
    referenceRu:
      'по памяти о тексте, опубликованном Кремлём (важнейшая из непроверенных констант); в найденной копии не прочитано, поэтому это выбранная нами реконструкция',
    description: {
      en: 'Number of counted instruments on whose deposit the Treaty enters into force.',
      ru: 'Число учитываемых документов, со сдачей последнего из которых Договор вступает в силу.',
    },
  }),
  'entryIntoForce.countOrganizations': param({
    id: 'entryIntoForce.countOrganizations',
    treaty: 'est-2009',
    type: 'boolean',
    cites: 'est.14.1',
    confidence: 'R-m',
    basis: 'reading',
    value: false,
    reference: 'the text speaks of instruments of ratification, which only states deposit',
    referenceRu: 'текст говорит о ратификационных грамотах, а их сдают только государства',
    description: {
      en: "Whether organizations' instruments of approval count toward entry into force.",
      ru: 'Учитываются ли документы об одобрении, сданные организациями, для вступления в силу.',
    },
  }),
  'entryIntoForce.laterDays': param({
    id: 'entryIntoForce.laterDays',
    treaty: 'est-2009',
    type: 'days',
    cites: 'est.14.1',
    confidence: 'R-m',
    basis: 'blank',
    value: 30,
    reference: 'blank in the text; 30 days is a common treaty interval',
    referenceRu: 'в тексте пропуск; 30 дней — обычный для договоров срок',
    description: {
      en: 'Days after its deposit that the Treaty enters into force for a later depositor.',
      ru: 'Через сколько дней после сдачи документа Договор вступает в силу для позднего участника.',
    },
  }),
  'consultations.deadlineDays': param({
    id: 'consultations.deadlineDays',
    treaty: 'est-2009',
    type: 'days',
    cites: 'est.5.1',
    confidence: 'R-m',
    basis: 'blank',
    value: 10,
    reference: 'blank in the text',
    referenceRu: 'в тексте пропуск',
    description: {
      en: 'Days after a request within which consultations are to be held, unless the request names a later date.',
      ru: 'Срок в днях после запроса, в который проводятся консультации, если в запросе не указана более поздняя дата.',
    },
  }),
  'consultations.uninvitedMayJoin': param({
    id: 'consultations.uninvitedMayJoin',
    treaty: 'est-2009',
    type: 'boolean',
    cites: 'est.5.2',
    confidence: 'R-m',
    basis: 'reading',
    value: true,
    reference: 'recollection of the Kremlin text; not read in a retrieved copy, so a reconstruction we chose',
    referenceRu:
      'по памяти о тексте, опубликованном Кремлём; в найденной копии не прочитано, поэтому это выбранная нами реконструкция',
    description: {
      en: 'Whether a Party that was not invited may join consultations on its own initiative.',
      ru: 'Может ли неприглашённый Участник присоединиться к консультациям по своей инициативе.',
    },
  }),
  'conference.supportRequired': param({
    id: 'conference.supportRequired',
    treaty: 'est-2009',
    type: 'count',
    cites: 'est.6.2',
    confidence: 'R-l',
    basis: 'reading',
    value: 2,
    reference:
      'recollection of the Kremlin text, threshold unverified; not read in a retrieved copy, so a reconstruction we chose',
    referenceRu:
      'по памяти о тексте, опубликованном Кремлём, порог не проверен; в найденной копии не прочитано, поэтому это выбранная нами реконструкция',
    description: {
      en: 'Parties that must back a proposal before the Depositary convenes a Conference (the proposer counts as one).',
      ru: 'Сколько Участников должны поддержать предложение, чтобы Депозитарий созвал Конференцию (инициатор считается одним из них).',
    },
  }),
  'conference.conveningDays': param({
    id: 'conference.conveningDays',
    treaty: 'est-2009',
    type: 'days',
    cites: 'est.6.2',
    confidence: 'R-m',
    basis: 'blank',
    value: 30,
    reference: 'blank in the text',
    referenceRu: 'в тексте пропуск',
    description: {
      en: 'Days within which the Depositary convenes a supported Conference.',
      ru: 'Срок в днях, в который Депозитарий созывает поддержанную Конференцию.',
    },
  }),
  'conference.quorum': param({
    id: 'conference.quorum',
    treaty: 'est-2009',
    type: 'fraction',
    cites: 'est.6.3',
    confidence: 'C',
    basis: 'text',
    value: { num: 2, den: 3 },
    reference: 'S4',
    referenceRu: 'S4',
    description: {
      en: 'Share of all Parties that must attend for the Conference to be quorate.',
      ru: 'Доля всех Участников, присутствие которой необходимо для кворума Конференции.',
    },
  }),
  'extraordinary.quorum': param({
    id: 'extraordinary.quorum',
    treaty: 'est-2009',
    type: 'fraction',
    cites: 'est.8.3',
    confidence: 'C',
    basis: 'text',
    value: { num: 4, den: 5 },
    reference: 'S5',
    referenceRu: 'S5',
    description: {
      en: 'Share of all Parties that must attend for the Extraordinary Conference to be quorate.',
      ru: 'Доля всех Участников, присутствие которой необходимо для кворума Чрезвычайной конференции.',
    },
  }),
  'extraordinary.excludeAttacker': param({
    id: 'extraordinary.excludeAttacker',
    treaty: 'est-2009',
    type: 'boolean',
    cites: 'est.8.3',
    confidence: 'R-m',
    basis: 'reading',
    value: true,
    reference:
      'recollection of the Kremlin text (S5 breaks off where the decision rule follows); not read in a retrieved copy, so a reconstruction we chose',
    referenceRu:
      'по памяти о тексте, опубликованном Кремлём (S5 обрывается там, где следует правило принятия решений); в найденной копии не прочитано, поэтому это выбранная нами реконструкция',
    description: {
      en: 'Whether the vote of a Party that carried out the attack is left out.',
      ru: 'Не учитывается ли голос Участника, совершившего нападение.',
    },
  }),
  'extraordinary.abstentionBlocks': param({
    id: 'extraordinary.abstentionBlocks',
    treaty: 'est-2009',
    type: 'boolean',
    cites: 'est.8.3',
    confidence: 'R-m',
    basis: 'reading',
    value: false,
    reference: 'the text requires unanimity without saying how abstentions count',
    referenceRu: 'текст требует единогласия, но не говорит, как учитываются воздержавшиеся',
    description: {
      en: 'Whether an abstention (or a present Party that does not vote) defeats unanimity.',
      ru: 'Препятствует ли единогласию воздержание (или неучастие в голосовании присутствующего Участника).',
    },
  }),
  'extraordinary.thirdPartyMayRequest': param({
    id: 'extraordinary.thirdPartyMayRequest',
    treaty: 'est-2009',
    type: 'boolean',
    cites: 'est.8.2',
    confidence: 'R-l',
    basis: 'reading',
    value: true,
    reference: 'recollection of the Kremlin text; not read in a retrieved copy, so a reconstruction we chose',
    referenceRu:
      'по памяти о тексте, опубликованном Кремлём; в найденной копии не прочитано, поэтому это выбранная нами реконструкция',
    description: {
      en: 'Whether another Party may ask for the Extraordinary Conference when the victim cannot.',
      ru: 'Может ли другой Участник просить о созыве Чрезвычайной конференции, если пострадавший не может.',
    },
  }),
  'assistance.reportDays': param({
    id: 'assistance.reportDays',
    treaty: 'est-2009',
    type: 'days',
    cites: 'est.7.2',
    confidence: 'C',
    basis: 'text',
    value: 0,
    reference: 'S5: measures are reported "immediately", read as the same day',
    referenceRu: 'S5: о мерах сообщается «немедленно»; понимаем как в тот же день',
    description: {
      en: 'Days within which assistance given in self-defence must be reported to the Security Council.',
      ru: 'Срок в днях для сообщения Совету Безопасности о помощи, оказанной в порядке самообороны.',
    },
  }),
  'assistance.organizations': param({
    id: 'assistance.organizations',
    treaty: 'est-2009',
    type: 'boolean',
    cites: 'est.7.2',
    confidence: 'R-m',
    basis: 'reading',
    value: false,
    reference:
      'EST 7(2) gives the right to assist as one of self-defence under UN Charter Article 51, which belongs to states (Members of the United Nations); true lets an organization that is a Party assist or consent',
    referenceRu:
      'ДЕБ, ст. 7, п. 2 представляет право на помощь как право на самооборону по статье 51 Устава ООН, а оно принадлежит государствам (членам Организации Объединённых Наций); значение true позволяет организации-Участнику оказывать помощь или давать на неё согласие',
    description: {
      en: 'Whether an organization that is a Party (NATO, the EU, the CSTO, the CIS, the OSCE) may give assistance in self-defence, or consent to it as the attacked Party.',
      ru: 'Может ли организация-Участник (НАТО, ЕС, ОДКБ, СНГ, ОБСЕ) оказывать помощь в порядке самообороны или давать на неё согласие как пострадавший Участник.',
    },
  }),
  'assistance.reportNonMilitary': param({
    id: 'assistance.reportNonMilitary',
    treaty: 'est-2009',
    type: 'boolean',
    cites: 'est.7.2',
    confidence: 'C',
    basis: 'reading',
    value: true,
    reference:
      'the text presents all its assistance as self-defence, whose measures are reported at once; false reads aid without force as no such measure',
    referenceRu:
      'текст представляет всякую свою помощь как самооборону, о мерах которой сообщается сразу; значение false не считает помощь без применения силы такой мерой',
    description: {
      en: 'Whether non-military assistance must be reported to the Security Council too.',
      ru: 'Нужно ли сообщать Совету Безопасности и о невоенной помощи.',
    },
  }),
  'withdrawal.noticeDays': param({
    id: 'withdrawal.noticeDays',
    treaty: 'est-2009',
    type: 'days',
    cites: 'est.13',
    confidence: 'R-m',
    basis: 'blank',
    value: 90,
    reference: 'blank in the text; 90 days is a common notice period',
    referenceRu: 'в тексте пропуск; 90 дней — обычный срок уведомления',
    description: {
      en: 'Days between the notice of withdrawal and the day it takes effect.',
      ru: 'Число дней между уведомлением о выходе и днём, когда выход вступает в силу.',
    },
  }),
  'accession.objectionDays': param({
    id: 'accession.objectionDays',
    treaty: 'est-2009',
    type: 'days',
    cites: 'est.12',
    confidence: 'R-l',
    basis: 'reading',
    value: 90,
    reference: 'consent of all Parties is modelled as no objection within this window',
    referenceRu: 'согласие всех Участников моделируется как отсутствие возражений в течение этого срока',
    description: {
      en: 'Days during which any Party may object to an accession; no objection counts as consent.',
      ru: 'Срок в днях, в течение которого любой Участник может возразить против присоединения; отсутствие возражений означает согласие.',
    },
  }),
  'accession.depositDay': param({
    id: 'accession.depositDay',
    treaty: 'est-2009',
    type: 'choice',
    choices: ['consent', 'request'],
    cites: 'est.12',
    confidence: 'R-l',
    basis: 'reading',
    value: 'consent',
    reference:
      'EST 12: accession is made by depositing an instrument, with the consent of all Parties; EST 14 counts the later entry into force from the deposit. consent: the accede act asks for that consent and the instrument is deposited on the day the objection window closes with none (as for an invitation to accede); request: the accede act deposits the instrument itself',
    referenceRu:
      'ДЕБ, ст. 12: присоединение совершается сдачей документа с согласия всех Участников; ДЕБ, ст. 14 отсчитывает последующее вступление в силу от сдачи документа. consent: действие accede запрашивает это согласие, а документ сдаётся в день, когда срок для возражений истёк без них (как при приглашении присоединиться); request: действие accede само сдаёт документ',
    description: {
      en: 'When an acceder deposits its instrument, from which entryIntoForce.laterDays is counted: the day all Parties have consented (consent) or the day of its request (request). Either way it is no Party before the objection window has closed.',
      ru: 'Когда присоединяющийся сдаёт документ о присоединении, от чего отсчитывается entryIntoForce.laterDays: в день, когда получено согласие всех Участников (consent), или в день своей просьбы (request). В любом случае он не становится Участником до истечения срока для возражений.',
    },
  }),
  'organizations.voteWeight': param({
    id: 'organizations.voteWeight',
    treaty: 'est-2009',
    type: 'weight',
    cites: 'est.10',
    confidence: 'R-l',
    basis: 'reading',
    value: 1,
    reference: 'the text does not say how organizations count beside their member states',
    referenceRu: 'текст не говорит, как учитываются организации наряду с их государствами-членами',
    description: {
      en: 'How much an organization that is a Party weighs in quorums and votes (0: not counted).',
      ru: 'Вес организации-Участника при подсчёте кворума и голосов (0 — не учитывается).',
    },
  }),
  'scf.thresholds': param({
    id: 'scf.thresholds',
    treaty: 'nrc-2009',
    type: 'thresholds',
    cites: 'nrc.4.scf',
    confidence: 'C-partial',
    basis: 'reading',
    value: {
      brigades: 0,
      helicopterBattalions: 0,
      airRegiments: 0,
      tanks: 41,
      armouredVehicles: 188,
      combatAircraftAndAttackHelicopters: 24,
    },
    reference:
      'S25 confirms that the draft sets numeric minimum levels but gives none; the figures are those D. Rogozin gave orally, reported on 2010-10-27 (S28), not read in the text; any count above its figure is substantial (our reading of the report)',
    referenceRu:
      'S25 подтверждает, что проект устанавливает числовые минимальные уровни, но не приводит их; цифры — те, что устно назвал Д. Рогозин, по сообщению от 2010-10-27 (S28), в тексте не прочитаны; любая численность выше своего порога существенна (наше прочтение сообщения)',
    description: {
      en: 'The largest force of each kind that is not yet substantial; any count above its threshold is.',
      ru: 'Наибольшая численность сил каждого вида, ещё не являющаяся существенной; превышение любого порога — существенно.',
    },
  }),
  'scf.countTemporary': {
    id: 'scf.countTemporary',
    treaty: 'nrc-2009',
    type: 'boolean',
    cites: 'nrc.4.temporary',
    confidence: 'C-partial',
    basis: 'reading',
    values: [
      {
        since: isoDate('1997-03-14'),
        value: false,
        reference: 'S29: the 1997 pledge spoke of permanent stationing',
        referenceRu: 'S29: обязательство 1997 года говорило о постоянном размещении',
      },
      {
        since: NRC,
        value: true,
        reference:
          'S28: D. Rogozin said orally, as reported on 2010-10-27, that permanent or temporary deployment counts; not read in the text',
        referenceRu:
          'S28: Д. Рогозин устно заявил, по сообщению от 2010-10-27, что учитывается и постоянное, и временное развёртывание; в тексте не прочитано',
      },
    ],
    description: {
      en: 'Whether temporary deployments count as well as permanent ones.',
      ru: 'Учитываются ли временные развёртывания наряду с постоянными.',
    },
  } satisfies Parameter<'boolean'>,
  'scf.targets': param({
    id: 'scf.targets',
    treaty: 'nrc-2009',
    type: 'party-set',
    cites: 'nrc.4.targets',
    confidence: 'C-partial',
    basis: 'reading',
    value: 'nato-joined-after:1997-05-27',
    reference:
      'S20, S21, S26-S28 disagree on the "new members"; all readings give the same 12 states in 2009',
    referenceRu:
      'S20, S21, S26-S28 расходятся в том, кто такие «новые члены»; при любом прочтении в 2009 году это одни и те же 12 государств',
    description: {
      en: 'The host states where substantial combat forces of others may not be stationed.',
      ru: 'Государства пребывания, на территории которых нельзя размещать существенные боевые силы других государств.',
    },
  }),
  'scf.exempt': param({
    id: 'scf.exempt',
    treaty: 'nrc-2009',
    type: 'party-set',
    cites: 'nrc.4.exempt',
    confidence: 'C-partial',
    basis: 'reading',
    value: ['RU'],
    reference:
      'S20 describes the article as binding the Alliance; S28: D. Rogozin said orally, as reported on 2010-10-27, that Russia would not be bound, not being an expanding alliance; not read in the text',
    referenceRu:
      'S20 описывает статью как обязывающую Альянс; S28: Д. Рогозин устно заявил, по сообщению от 2010-10-27, что Россия не была бы связана, поскольку она не расширяющийся союз; в тексте не прочитано',
    description: {
      en: 'States whose deployments are not counted.',
      ru: 'Государства, развёртывания которых не учитываются.',
    },
  }),
  'nrc.signature.eligible': param({
    id: 'nrc.signature.eligible',
    treaty: 'nrc-2009',
    type: 'party-set',
    cites: 'nrc.final',
    confidence: 'U',
    basis: 'reading',
    value: 'nrc-2009',
    reference: 'the final clauses are unknown; the NATO-Russia Council states of 2009 stand in',
    referenceRu:
      'заключительные положения неизвестны; вместо них взяты государства Совета Россия–НАТО 2009 года',
    description: {
      en: 'Who may sign the NATO-Russia agreement.',
      ru: 'Кто может подписать соглашение России и НАТО.',
    },
  }),
  'nrc.entryIntoForce.instruments': param({
    id: 'nrc.entryIntoForce.instruments',
    treaty: 'nrc-2009',
    type: 'count',
    cites: 'nrc.final',
    confidence: 'U',
    basis: 'blank',
    value: null,
    reference: 'unknown: the text of the final clauses was not retrievable',
    referenceRu: 'неизвестно: текст заключительных положений найти не удалось',
    description: {
      en: 'Number of instruments on whose deposit the agreement enters into force (unknown).',
      ru: 'Число документов, со сдачей которых соглашение вступает в силу (неизвестно).',
    },
  }),
  'nrc.entryIntoForce.laterDays': param({
    id: 'nrc.entryIntoForce.laterDays',
    treaty: 'nrc-2009',
    type: 'days',
    cites: 'nrc.final',
    confidence: 'U',
    basis: 'blank',
    value: null,
    reference: 'unknown: the text of the final clauses was not retrievable',
    referenceRu: 'неизвестно: текст заключительных положений найти не удалось',
    description: {
      en: 'Days after its deposit that the agreement enters into force for a later depositor (unknown).',
      ru: 'Через сколько дней после сдачи документа соглашение вступает в силу для позднего участника (неизвестно).',
    },
  }),
  // The regimes the drafts are compared with (est compare).
  'nat.council.meetingDays': param({
    id: 'nat.council.meetingDays',
    treaty: 'nat-1949',
    type: 'days',
    cites: 'nat.9.council',
    confidence: 'C',
    basis: 'reading',
    value: 1,
    reference:
      'S75: a Council able to meet "promptly at any time"; S77: Poland asked on 3 March 2014 and the Council met on 4 March',
    referenceRu:
      'S75: Совет, способный собраться «быстро в любое время»; S77: Польша обратилась 3 марта 2014 года, и Совет собрался 4 марта',
    description: {
      en: 'Days within which the North Atlantic Council meets on a request under Article 4 or 5.',
      ru: 'Срок в днях, в который Североатлантический совет собирается по просьбе на основании статьи 4 или 5.',
    },
  }),
  'nat.reportDays': param({
    id: 'nat.reportDays',
    treaty: 'nat-1949',
    type: 'days',
    cites: 'nat.5.2',
    confidence: 'C',
    basis: 'text',
    value: 0,
    reference: 'S75: measures are reported to the Security Council "immediately", read as the same day',
    referenceRu: 'S75: о мерах «немедленно» сообщается Совету Безопасности; понимаем как в тот же день',
    description: {
      en: 'Days within which an Ally reports the military assistance it gives to the Security Council.',
      ru: 'Срок в днях, в который союзник сообщает Совету Безопасности об оказанной военной помощи.',
    },
  }),
  'unsc.members': param({
    id: 'unsc.members',
    treaty: 'un-1945',
    type: 'party-set',
    cites: 'un.23',
    confidence: 'C',
    basis: 'text',
    value: 'unsc',
    reference:
      'S79-S83: the five permanent members and the ten elected members of the year of the meeting (2008-2026)',
    referenceRu:
      'S79-S83: пять постоянных членов и десять избранных членов того года, в котором проходит заседание (2008-2026)',
    description: {
      en: 'Who sits on the Security Council: by default the fifteen members of the year the meeting opens.',
      ru: 'Состав Совета Безопасности: по умолчанию пятнадцать членов того года, когда открывается заседание.',
    },
  }),
  'unsc.permanent': param({
    id: 'unsc.permanent',
    treaty: 'un-1945',
    type: 'party-set',
    cites: 'un.23',
    confidence: 'C',
    basis: 'text',
    value: ['CN', 'FR', 'GB', 'RU', 'US'],
    reference:
      'S78: Article 23(1) names China, France, the USSR, the United Kingdom and the United States; the PRC holds the seat since 1971, Russia since 1991',
    referenceRu:
      'S78: пункт 1 статьи 23 называет Китай, Францию, СССР, Соединённое Королевство и Соединённые Штаты; место Китая занимает КНР с 1971 года, место СССР — Россия с 1991 года',
    description: {
      en: 'The permanent members, whose vote against a decision of substance defeats it.',
      ru: 'Постоянные члены, чей голос «против» отклоняет решение по существу.',
    },
  }),
  'unsc.votesRequired': {
    id: 'unsc.votesRequired',
    treaty: 'un-1945',
    type: 'count',
    cites: 'un.27.3',
    confidence: 'C',
    basis: 'text',
    values: [
      {
        since: isoDate('1945-06-26'),
        value: 7,
        reference: 'S78: seven of eleven in the text of 1945',
        referenceRu: 'S78: семь из одиннадцати в тексте 1945 года',
      },
      {
        since: isoDate('1965-08-31'),
        value: 9,
        reference:
          'S78: nine of fifteen since the amendment of Articles 23 and 27 in force on 31 August 1965',
        referenceRu:
          'S78: девять из пятнадцати со дня вступления в силу поправки к статьям 23 и 27, 31 августа 1965 года',
      },
    ],
    description: {
      en: 'Votes in favour a decision of the Security Council needs.',
      ru: 'Число голосов «за», необходимое для решения Совета Безопасности.',
    },
  } satisfies Parameter<'count'>,
  'unsc.abstentionBlocks': param({
    id: 'unsc.abstentionBlocks',
    treaty: 'un-1945',
    type: 'boolean',
    cites: 'un.27.3',
    confidence: 'C',
    basis: 'reading',
    value: false,
    reference:
      'S86: since 1946 a permanent member that abstains or is absent does not prevent a decision (ICJ, Namibia opinion, 1971); true reads "concurring votes" literally',
    referenceRu:
      'S86: с 1946 года постоянный член, который воздержался или отсутствует, не препятствует принятию решения (Международный Суд, консультативное заключение по Намибии, 1971); значение true понимает «совпадающие голоса» буквально',
    description: {
      en: 'Whether a permanent member that abstains, or does not vote, defeats a decision of substance.',
      ru: 'Отклоняет ли решение по существу постоянный член, который воздержался или не голосовал.',
    },
  }),
  'unsc.meetingDays': param({
    id: 'unsc.meetingDays',
    treaty: 'un-1945',
    type: 'days',
    cites: 'un.28',
    confidence: 'C',
    basis: 'reading',
    value: 1,
    reference:
      'S78: a Council able to function continuously; S86: it met on 8 August 2008 hours after Russia asked',
    referenceRu:
      'S78: Совет, способный функционировать непрерывно; S86: 8 августа 2008 года он собрался через несколько часов после просьбы России',
    description: {
      en: 'Days within which the Security Council meets once a Member brings a matter before it.',
      ru: 'Срок в днях, в который Совет Безопасности собирается после того, как член Организации поднял вопрос.',
    },
  }),
  'un.collective.requestRequired': param({
    id: 'un.collective.requestRequired',
    treaty: 'un-1945',
    type: 'boolean',
    cites: 'un.51',
    confidence: 'C',
    basis: 'reading',
    value: true,
    reference:
      'the Charter is silent; the ICJ (Military and Paramilitary Activities in and against Nicaragua, 1986) required a request from the state attacked',
    referenceRu:
      'Устав об этом молчит; Международный Суд (дело о военной и военизированной деятельности в Никарагуа и против неё, 1986) потребовал просьбы государства, подвергшегося нападению',
    description: {
      en: 'Whether another state may take part in collective self-defence only at the request of the state attacked.',
      ru: 'Может ли другое государство участвовать в коллективной самообороне только по просьбе государства, подвергшегося нападению.',
    },
  }),
  'un.reportDays': param({
    id: 'un.reportDays',
    treaty: 'un-1945',
    type: 'days',
    cites: 'un.51',
    confidence: 'C',
    basis: 'text',
    value: 0,
    reference: 'S78: measures of self-defence are reported "immediately", read as the same day',
    referenceRu: 'S78: о мерах самообороны сообщается «немедленно»; понимаем как в тот же день',
    description: {
      en: 'Days within which a state reports the military assistance it gives in collective self-defence.',
      ru: 'Срок в днях, в который государство сообщает Совету о военной помощи в порядке коллективной самообороны.',
    },
  }),
  'osce.pc.meetingDays': param({
    id: 'osce.pc.meetingDays',
    treaty: 'osce-1992',
    type: 'days',
    cites: 'osce.pc',
    confidence: 'R-m',
    basis: 'reading',
    value: 7,
    reference: 'the Permanent Council meets weekly in Vienna; a special meeting may come sooner',
    referenceRu:
      'Постоянный совет собирается в Вене еженедельно; специальное заседание может состояться раньше',
    description: {
      en: 'Days within which the Permanent Council takes up a situation a participating State raises.',
      ru: 'Срок в днях, в который Постоянный совет рассматривает ситуацию, поднятую государством-участником.',
    },
  }),
  'osce.minusOne': param({
    id: 'osce.minusOne',
    treaty: 'osce-1992',
    type: 'boolean',
    cites: 'osce.prague92.16',
    confidence: 'C',
    basis: 'reading',
    value: false,
    reference:
      'S84: the Council may act without the consent of a State in clear, gross and uncorrected violation; used once (1992). false: the ordinary rule of consensus',
    referenceRu:
      'S84: Совет может действовать без согласия государства, допустившего явное, грубое и неисправленное нарушение; применено один раз (1992). false — обычное правило консенсуса',
    description: {
      en: 'Whether a meeting on an attack leaves out the objection of the participating State named as attacker.',
      ru: 'Не учитывается ли на заседании о нападении возражение государства-участника, названного нападающим.',
    },
  }),
  // The final clauses of the December 2021 drafts.
  ...DRAFTS_2021_PARAMETERS,
} as const satisfies Readonly<Record<string, Parameter>>;

export type ParameterId = keyof typeof PARAMETERS;
