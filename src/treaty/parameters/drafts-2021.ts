/**
 * @module The parameters of the December 2021 drafts: their final clauses (NRA 9, RUS-US 8: who may
 * sign, when the instruments bring the text into force, when it comes into force for a State that
 * ratifies late, and the notice of withdrawal from the NRA), the readings of NRA 4, the bar on forces
 * beyond those of 27 May 1997 (who is bound, which States are in Europe, whose territory is "other",
 * whether temporary deployments count, and where forces of the bound States stood on that day), the
 * regions of NRA 7(1) where NATO members may carry out no military activity, the former Soviet
 * States of RUS-US 4, and those of the weapons articles (NRA 5, RUS-US 6 and 7(1), in
 * weapons-2021.ts). The regions and the former Soviet States are the named groups
 * (`named-groups.ts`), taken over with their confidence and sources. The other operative articles
 * have no parameters, for no rule applies them.
 */
import { NAMED_GROUPS } from '../named-groups.ts';
import { VERSIONS } from '../versions.ts';
import type { Parameter } from './types.ts';
import { WEAPONS_2021_PARAMETERS } from './weapons-2021.ts';

const NRA = VERSIONS['nra-2021'];
const RUS_US = VERSIONS['rus-us-2021'];

/**
 * The States of Europe for NRA 4, as the registry knows them: the OSCE participating States less
 * North America, Central Asia and Mongolia. The South Caucasus and Cyprus are in (members of the
 * Council of Europe), Kazakhstan is out (mostly in Asia).
 */
const EUROPE = [
  'AD',
  'AL',
  'AM',
  'AT',
  'AZ',
  'BA',
  'BE',
  'BG',
  'BY',
  'CH',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GB',
  'GE',
  'GR',
  'HR',
  'HU',
  'IE',
  'IS',
  'IT',
  'LI',
  'LT',
  'LU',
  'LV',
  'MC',
  'MD',
  'ME',
  'MK',
  'MT',
  'NL',
  'NO',
  'PL',
  'PT',
  'RO',
  'RS',
  'RU',
  'SE',
  'SI',
  'SK',
  'SM',
  'TR',
  'UA',
  'VA',
] as const;

/** NRA 4: the choice of whose territory is "other" (see `nra.4.otherStates`). */
export const NRA_4_OTHER_STATES = ['outside-bound', 'other-than-deployer'] as const;

type GroupId = (typeof NAMED_GROUPS)[number]['id'];

/**
 * A party-set parameter that takes over a named group: its States, confidence, basis and sources,
 * with the group's note as the reference of the value.
 */
function fromGroup<const I extends GroupId>(
  id: I,
  description: Parameter['description'],
): Parameter<'party-set'> & { readonly id: I; readonly type: 'party-set' } {
  const g = NAMED_GROUPS.find((x) => x.id === id);
  if (g === undefined) throw new Error(`no named group ${id}`);
  return {
    id,
    treaty: g.treaty,
    type: 'party-set',
    cites: g.cites,
    confidence: g.confidence,
    basis: g.basis,
    values: [
      {
        since: VERSIONS[g.treaty],
        value: g.members,
        reference: `${g.sources.join(', ')}: ${g.note.en}`,
        referenceRu: `${g.sources.join(', ')}: ${g.note.ru}`,
      },
    ],
    description,
  };
}

export const DRAFTS_2021_PARAMETERS = {
  'nra.4.bound': {
    id: 'nra.4.bound',
    treaty: 'nra-2021',
    type: 'party-set',
    cites: 'nra.4.1',
    confidence: 'C',
    basis: 'text',
    values: [
      {
        since: NRA,
        value: ['RU', 'nato-on:1997-05-27'],
        reference:
          'S44, S41: "the Russian Federation and all the Parties that were member States of NATO as of 27 May 1997"; the 16 members of that day are read from the registry (S71). Only those of them that are Parties on the day are bound',
        referenceRu:
          'S44, S41: «Российская Федерация и все Участники, являвшиеся по состоянию на 27 мая 1997 года государствами — членами НАТО»; 16 членов на этот день взяты из реестра (S71). Связаны только те из них, кто является Участником в данный день',
      },
    ],
    description: {
      en: 'The States barred from deploying forces beyond those of 27 May 1997 (they count on the days they are Parties).',
      ru: 'Государства, которым запрещено размещать силы сверх тех, что были на 27 мая 1997 года (учитываются в дни, когда они Участники).',
    },
  } satisfies Parameter<'party-set'>,
  'nra.4.europe': {
    id: 'nra.4.europe',
    treaty: 'nra-2021',
    type: 'party-set',
    cites: 'nra.4.1',
    confidence: 'R-m',
    basis: 'reading',
    values: [
      {
        since: NRA,
        value: EUROPE,
        reference:
          'S44 says "States in Europe" with no list: the OSCE participating States less the United States, Canada, Central Asia (Kazakhstan included) and Mongolia; the South Caucasus and Cyprus are counted in',
        referenceRu:
          'S44 говорит о «государствах в Европе» без перечня: государства — участники ОБСЕ без США, Канады, Центральной Азии (включая Казахстан) и Монголии; Закавказье и Кипр включены',
      },
    ],
    description: {
      en: 'The States in Europe, on whose territory NRA 4 limits the forces of the bound States.',
      ru: 'Государства в Европе, на территории которых НРА 4 ограничивает силы связанных государств.',
    },
  } satisfies Parameter<'party-set'>,
  'nra.4.otherStates': {
    id: 'nra.4.otherStates',
    treaty: 'nra-2021',
    type: 'choice',
    choices: NRA_4_OTHER_STATES,
    cites: 'nra.4.1',
    confidence: 'R-m',
    basis: 'reading',
    values: [
      {
        since: NRA,
        value: 'outside-bound',
        reference:
          'S44: "shall not deploy ... on the territory of any of the other States in Europe"; S41 (Reuters) and the usual reading take the other States to be those outside the bound group, so that the 1997 members keep their forces among themselves and the freeze falls on the later members and the States outside NATO. outside-bound: the territory of a European State not in nra.4.bound; other-than-deployer: the territory of any European State but the deployer (forces of the 1997 members in one another then count, unless they began before 27 May 1997)',
        referenceRu:
          'S44: «не размещают ... на территории любого из других государств в Европе»; S41 (Reuters) и обычное прочтение понимают под другими государствами тех, кто вне связанной группы, так что члены 1997 года сохраняют силы друг у друга, а замораживание касается позднейших членов и государств вне НАТО. outside-bound: территория европейского государства, не входящего в nra.4.bound; other-than-deployer: территория любого европейского государства, кроме размещающего (тогда учитываются и силы членов 1997 года друг у друга, если они размещены не до 27 мая 1997 года)',
      },
    ],
    description: {
      en: 'Whose territory is "other": outside-bound (a European State outside the bound group) or other-than-deployer (any European State but the deployer).',
      ru: 'Чья территория считается «другой»: любого европейского государства вне связанной группы (outside-bound) или любого европейского государства, кроме размещающего (other-than-deployer).',
    },
  } satisfies Parameter<'choice'>,
  'nra.4.countTemporary': {
    id: 'nra.4.countTemporary',
    treaty: 'nra-2021',
    type: 'boolean',
    cites: 'nra.4.1',
    confidence: 'R-m',
    basis: 'reading',
    values: [
      {
        since: NRA,
        value: true,
        reference:
          'S44: the draft says "deploy", not the "permanent stationing" of the 1997 Founding Act (S29), and gives no exception for rotations; Russia counted temporary deployments in 2010 too (S28). A reading: the text does not settle it',
        referenceRu:
          'S44: проект говорит «размещать», а не о «постоянном размещении» Основополагающего акта 1997 года (S29), и не делает исключения для ротаций; Россия и в 2010 году учитывала временное развёртывание (S28). Это прочтение: текст вопрос не решает',
      },
    ],
    description: {
      en: 'Whether temporary (rotational) deployments count as well as permanent ones.',
      ru: 'Учитываются ли временные (ротационные) развёртывания наряду с постоянными.',
    },
  } satisfies Parameter<'boolean'>,
  'nra.4.baseline': {
    id: 'nra.4.baseline',
    treaty: 'nra-2021',
    type: 'party-set',
    cites: 'nra.4.1',
    confidence: 'R-l',
    basis: 'reading',
    values: [
      {
        since: NRA,
        value: [
          'AL',
          'AM',
          'AZ',
          'BA',
          'BE',
          'BY',
          'DE',
          'ES',
          'GB',
          'GE',
          'GR',
          'HR',
          'HU',
          'IS',
          'IT',
          'MD',
          'MK',
          'NL',
          'PT',
          'TR',
          'UA',
        ],
        reference:
          'reference knowledge, in no retrieved source, to be checked: on 27 May 1997 forces of the bound States stood in Bosnia and Herzegovina and Croatia (SFOR), Hungary (the US SFOR base at Taszar), the former Yugoslav Republic of Macedonia (US troops in UNPREDEP), Albania (Operation Alba, Italian-led), and, of Russia, in Moldova (Transnistria), Georgia and Armenia (bases), Ukraine (the Black Sea Fleet), Belarus and Azerbaijan (radar and communication sites); and US or allied forces in the 1997 members named (which matters only under other-than-deployer). No figures: the sources give none for that day',
        referenceRu:
          'справочное знание, ни в одном найденном источнике, требует проверки: на 27 мая 1997 года силы связанных государств находились в Боснии и Герцеговине и Хорватии (СПС), Венгрии (база США в Ташаре), бывшей югославской Республике Македонии (войска США в СПРООН), Албании (операция «Альба» под руководством Италии), а силы России — в Молдавии (Приднестровье), Грузии и Армении (базы), на Украине (Черноморский флот), в Белоруссии и Азербайджане (РЛС и узел связи); а также силы США или союзников в названных членах 1997 года (важно только при other-than-deployer). Чисел нет: источники их на этот день не дают',
      },
    ],
    description: {
      en: 'The European States where forces of the bound States stood on 27 May 1997. With no figures for that day, a later deployment there is still a finding, marked as on a territory with a baseline (it may replace forces of that day).',
      ru: 'Европейские государства, где на 27 мая 1997 года находились силы связанных государств. Поскольку чисел на этот день нет, позднейшее размещение там всё равно отмечается, но с пометкой о территории с исходным уровнем (оно может заменять силы того дня).',
    },
  } satisfies Parameter<'party-set'>,
  'nra.signature.eligible': {
    id: 'nra.signature.eligible',
    treaty: 'nra-2021',
    type: 'party-set',
    cites: 'nra.9.1',
    confidence: 'C',
    basis: 'reading',
    values: [
      {
        since: NRA,
        value: ['RU', 'nato-on:2021-12-17'],
        reference:
          'S42: the Parties are Russia and the NATO member States; the 30 members of the day the draft was published stand in, since the text names no list',
        referenceRu:
          'S42: Участники — Россия и государства — члены НАТО; поскольку перечня в тексте нет, взяты 30 членов на день публикации проекта',
      },
    ],
    description: {
      en: 'Who may sign the agreement: Russia and the NATO member States.',
      ru: 'Кто может подписать соглашение: Россия и государства — члены НАТО.',
    },
  } satisfies Parameter<'party-set'>,
  'nra.entryIntoForce.signatoryShare': {
    id: 'nra.entryIntoForce.signatoryShare',
    treaty: 'nra-2021',
    type: 'fraction',
    cites: 'nra.9.1',
    confidence: 'C',
    basis: 'text',
    values: [
      {
        since: NRA,
        value: { num: 1, den: 2 },
        reference:
          'S46: in force once more than half of the signatory States have deposited their instruments; the share must be exceeded, not only reached',
        referenceRu:
          'S46: вступает в силу, когда грамоты сдали более половины подписавших государств; долю нужно превысить, а не только достичь',
      },
    ],
    description: {
      en: 'The share of the signatory States that must be exceeded by the deposited instruments for entry into force.',
      ru: 'Доля подписавших государств, которую должно превысить число сданных грамот для вступления в силу.',
    },
  } satisfies Parameter<'fraction'>,
  'nra.entryIntoForce.laterDays': {
    id: 'nra.entryIntoForce.laterDays',
    treaty: 'nra-2021',
    type: 'days',
    cites: 'nra.9.1',
    confidence: 'R-m',
    basis: 'reading',
    values: [
      {
        since: NRA,
        value: 0,
        reference:
          'recalled from the full text (S42), not in a retrieved excerpt: for a State that ratifies later, in force from the day of its deposit',
        referenceRu:
          'восстановлено по памяти о полном тексте (S42), в найденных отрывках нет: для государства, ратифицировавшего позднее, — со дня сдачи его грамоты',
      },
    ],
    description: {
      en: 'Days after its deposit that the agreement enters into force for a later depositor.',
      ru: 'Через сколько дней после сдачи грамоты соглашение вступает в силу для позднего участника.',
    },
  } satisfies Parameter<'days'>,
  'nra.7.ukraine': fromGroup('nra.7.ukraine', {
    en: 'Ukraine, named in NRA 7(1): no military activity of the NATO member States on its territory.',
    ru: 'Украина, названная в статье 7(1) Соглашения Россия–НАТО 2021 года: никакой военной деятельности государств — членов НАТО на её территории.',
  }),
  'nra.7.easternEurope': fromGroup('nra.7.easternEurope', {
    en: 'The other States in Eastern Europe of NRA 7(1): no military activity of the NATO member States on their territory.',
    ru: 'Другие государства Восточной Европы по статье 7(1) Соглашения Россия–НАТО 2021 года: никакой военной деятельности государств — членов НАТО на их территории.',
  }),
  'nra.7.southCaucasus': fromGroup('nra.7.southCaucasus', {
    en: 'The States of the South Caucasus of NRA 7(1): no military activity of the NATO member States on their territory.',
    ru: 'Государства Закавказья по статье 7(1) Соглашения Россия–НАТО 2021 года: никакой военной деятельности государств — членов НАТО на их территории.',
  }),
  'nra.7.centralAsia': fromGroup('nra.7.centralAsia', {
    en: 'The States of Central Asia of NRA 7(1): no military activity of the NATO member States on their territory.',
    ru: 'Государства Центральной Азии по статье 7(1) Соглашения Россия–НАТО 2021 года: никакой военной деятельности государств — членов НАТО на их территории.',
  }),
  'nra.withdrawal.noticeDays': {
    id: 'nra.withdrawal.noticeDays',
    treaty: 'nra-2021',
    type: 'days',
    cites: 'nra.9.2',
    confidence: 'C',
    basis: 'text',
    values: [
      {
        since: NRA,
        value: 30,
        reference:
          'S46: a Party withdraws by notice to the Depositary, and the agreement ceases for it 30 days after the Depositary receives it; the day of the notice stands for the day of receipt. No source names the Depositary',
        referenceRu:
          'S46: Участник выходит, уведомив Депозитария, и соглашение прекращает действовать для него через 30 дней после получения уведомления Депозитарием; день уведомления принимается за день получения. Ни один источник не называет Депозитария',
      },
    ],
    description: {
      en: 'Days between the notice of withdrawal and the day the agreement ceases to apply to the withdrawing Party.',
      ru: 'Число дней между уведомлением о выходе и днём, когда соглашение перестаёт действовать для выходящего Участника.',
    },
  } satisfies Parameter<'days'>,
  'rus-us.4.formerUssr': fromGroup('rus-us.4.formerUssr', {
    en: 'The States that were part of the USSR, other than Russia: RUS-US 4 bars their NATO membership and, while they are outside NATO, US military activity on their territory.',
    ru: 'Государства, входившие в СССР, кроме России: статья 4 Договора Россия–США запрещает их членство в НАТО, а пока они вне НАТО, — военную деятельность США на их территории.',
  }),
  'rus-us.signature.eligible': {
    id: 'rus-us.signature.eligible',
    treaty: 'rus-us-2021',
    type: 'party-set',
    cites: 'rus-us.8.1',
    confidence: 'C',
    basis: 'text',
    values: [
      {
        since: RUS_US,
        value: ['RU', 'US'],
        reference: 'S43: a treaty between the United States and Russia, its two Parties',
        referenceRu: 'S43: договор между США и Россией, двумя его Сторонами',
      },
    ],
    description: {
      en: 'Who may sign the treaty: the United States and Russia.',
      ru: 'Кто может подписать договор: США и Россия.',
    },
  } satisfies Parameter<'party-set'>,
  'rus-us.entryIntoForce.instruments': {
    id: 'rus-us.entryIntoForce.instruments',
    treaty: 'rus-us-2021',
    type: 'count',
    cites: 'rus-us.8.1',
    confidence: 'R-m',
    basis: 'reading',
    values: [
      {
        since: RUS_US,
        value: 2,
        reference:
          'recalled from the full text (S43, S41): in force on receipt of the last of the two notifications that domestic procedures are complete; a notification is recorded as a deposit',
        referenceRu:
          'восстановлено по памяти о полном тексте (S43, S41): вступает в силу с получением последнего из двух уведомлений о выполнении внутригосударственных процедур; уведомление учитывается как сдача документа',
      },
    ],
    description: {
      en: 'Number of notifications on whose receipt the treaty enters into force.',
      ru: 'Число уведомлений, с получением которых договор вступает в силу.',
    },
  } satisfies Parameter<'count'>,
  'rus-us.entryIntoForce.laterDays': {
    id: 'rus-us.entryIntoForce.laterDays',
    treaty: 'rus-us-2021',
    type: 'days',
    cites: 'rus-us.8.1',
    confidence: 'R-m',
    basis: 'reading',
    values: [
      {
        since: RUS_US,
        value: 0,
        reference:
          'the treaty is bilateral and in force only once both Parties have notified, so no Party can notify later; 0 keeps the engine from reading a blank',
        referenceRu:
          'договор двусторонний и вступает в силу лишь после уведомлений обеих Сторон, поэтому позднего уведомления быть не может; 0 избавляет движок от чтения пропуска',
      },
    ],
    description: {
      en: 'Days after its notification that the treaty enters into force for a later Party (none can exist).',
      ru: 'Через сколько дней после уведомления договор вступает в силу для поздней Стороны (таких быть не может).',
    },
  } satisfies Parameter<'days'>,
  ...WEAPONS_2021_PARAMETERS,
} as const;
