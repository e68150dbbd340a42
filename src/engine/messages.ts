/**
 * @module Plain-language text for every code, in English and Russian. The codes are the contract;
 * this is the only place their wording lives, so the CLI, the service and the web UI agree.
 */
import type { Language } from '../treaty/common.ts';
import type { FindingCode, RejectionCode } from '../treaty/codes.ts';
import { PARAMETERS, isParameterId } from '../treaty/parameters/index.ts';
import type { BarredRegion, Finding } from './findings.ts';
import type { Violation, ViolationParams } from './rule.ts';

const KIND_RU: Readonly<Record<string, string>> = {
  'information-request': 'запрос информации',
  consultations: 'консультации',
  conference: 'Конференция',
  'extraordinary-conference': 'Чрезвычайная конференция',
  council: 'заседание совета',
  accession: 'присоединение',
};

type Texts = { readonly [K in RejectionCode]: (p: ViolationParams) => readonly [en: string, ru: string] };

const s = (v: string | number | undefined): string => (v === undefined ? '?' : String(v));

const REJECTIONS: Texts = {
  not_eligible: (p) => [
    `${s(p['who'])} is not among those who may sign`,
    `${s(p['who'])} не входит в число тех, кто может подписать Договор`,
  ],
  already_signed: (p) => [`already signed on ${s(p['date'])}`, `уже подписал ${s(p['date'])}`],
  signature_closed: (p) => [
    `signature closed when the treaty entered into force (${s(p['date'])}); later comers accede`,
    `подписание закрыто со вступлением Договора в силу (${s(p['date'])}); позднее возможно только присоединение`,
  ],
  not_a_signatory: (p) => [
    `${s(p['who'])} has not signed, so it cannot deposit an instrument`,
    `${s(p['who'])} не подписал Договор и не может сдать документ`,
  ],
  already_deposited: (p) =>
    p['assumed'] === 'yes'
      ? ['is already a Party', 'уже является Участником']
      : [`already deposited an instrument on ${s(p['date'])}`, `уже сдал документ ${s(p['date'])}`],
  not_in_force: () => ['the treaty is not in force on that day', 'в этот день Договор не действует'],
  not_a_party: (p) =>
    p['field'] === undefined
      ? [`${s(p['who'])} is not a Party on that day`, `${s(p['who'])} не является Участником в этот день`]
      : [
          `${s(p['who'])} (${s(p['field'])}) is not a Party on that day`,
          `${s(p['who'])} (${s(p['field'])}) не является Участником в этот день`,
        ],
  statement_required: () => [
    'a notice of withdrawal must state the extraordinary events that endanger supreme interests',
    'уведомление о выходе должно излагать исключительные обстоятельства, угрожающие высшим интересам',
  ],
  already_withdrawing: (p) => [
    `has already given notice of withdrawal (effective ${s(p['date'])})`,
    `уже уведомил о выходе (вступает в силу ${s(p['date'])})`,
  ],
  notice_too_short: (p) => [
    `the planned withdrawal on ${s(p['effective'])} comes less than ${s(p['days'])} days after the notice: the earliest day it can take effect is ${s(p['earliest'])}`,
    `запланированный выход ${s(p['effective'])} наступает менее чем через ${s(p['days'])} дн. после уведомления: самый ранний возможный день — ${s(p['earliest'])}`,
  ],
  not_invited: (p) => [
    `was not invited to ${s(p['procedure'])} and may not join it`,
    `не приглашён на ${s(p['procedure'])} и не может к ним присоединиться`,
  ],
  not_addressee: (p) => [
    `only ${s(p['to'])}, to whom the request was made, can answer it`,
    `ответить может только ${s(p['to'])}, к кому обращён запрос`,
  ],
  not_a_participant: (p) => [
    `did not attend ${s(p['procedure'])}, so it cannot propose a Conference`,
    `не присутствовал на ${s(p['procedure'])} и не может предлагать Конференцию`,
  ],
  not_convened: (p) => [
    `the Conference has not been convened (support so far: ${s(p['supporters'])})`,
    `Конференция ещё не созвана (поддержали: ${s(p['supporters'])})`,
  ],
  not_present: (p) => [`is not present at ${s(p['procedure'])}`, `не присутствует на ${s(p['procedure'])}`],
  not_a_member: (p) => [
    `does not sit on the council of ${s(p['procedure'])}: it may take part, but has no vote or objection there`,
    `не входит в совет, заседающий по ${s(p['procedure'])}: может участвовать, но не голосует и не возражает`,
  ],
  vote_excluded: (p) =>
    p['reason'] === 'party-to-dispute'
      ? [
          'a party to the dispute abstains in a decision under Chapter VI: its vote is not counted',
          'сторона в споре воздерживается при решении по главе VI: её голос не учитывается',
        ]
      : p['reason'] === 'state-concerned'
        ? [
            'the objection of the State concerned does not count (consensus minus one)',
            'возражение соответствующего государства не учитывается («консенсус минус один»)',
          ]
        : [
            'the vote of the Party that carried out the attack is not counted',
            'голос Участника, совершившего нападение, не учитывается',
          ],
  not_the_victim: (p) => [
    `acts for someone other than the victim (${s(p['victim'])}), which is not allowed here`,
    `действует не за пострадавшего (${s(p['victim'])}), что здесь не допускается`,
  ],
  not_a_state: (p) => [
    `${s(p['who'])} (${s(p['field'])}) is an organization: the right to assist is one of self-defence, which belongs to states`,
    `${s(p['who'])} (${s(p['field'])}) — организация: право на помощь есть право на самооборону, которое принадлежит государствам`,
  ],
  victim_has_notified: (p) => [
    `${s(p['victim'])} has itself notified this attack (${s(p['procedure'])}, open): another Party may ask for the Extraordinary Conference only when the attacked Party cannot`,
    `${s(p['victim'])} уже сам уведомил об этом нападении (${s(p['procedure'])}, идёт): другой Участник может просить о Чрезвычайной конференции, только если пострадавший не может сделать этого сам`,
  ],
  no_armed_attack: (p) => [
    `${s(p['procedure'])} follows a threat, not an armed attack: there is no right of self-defence to assist in`,
    `${s(p['procedure'])} созвана из-за угрозы, а не вооружённого нападения: права на самооборону, в которой можно помогать, нет`,
  ],
  attack_not_declared: (p) => [
    `no armed attack on ${s(p['victim'])} is on record: ${s(p['victim'])} has declared none when consenting to assistance (consent-assistance with attacker), and none has been notified under Article 8`,
    `вооружённое нападение на ${s(p['victim'])} не зафиксировано: ${s(p['victim'])} не заявил о нём, давая согласие на помощь (consent-assistance с attacker), и о нём не уведомлено по статье 8`,
  ],
  unknown_attack: (p) =>
    p['attack'] === undefined
      ? [
          'names neither the Extraordinary Conference of the attack (procedure) nor the attack its victim declared (attack)',
          'не указаны ни Чрезвычайная конференция по нападению (procedure), ни заявленное пострадавшим нападение (attack)',
        ]
      : [
          `no armed attack ${s(p['attack'])} has been declared`,
          `заявленного вооружённого нападения ${s(p['attack'])} нет`,
        ],
  no_consent_to_revoke: (p) =>
    p['who'] === undefined
      ? [
          `${s(p['victim'])} has no consent to assistance in force, so there is none to revoke`,
          `у ${s(p['victim'])} нет действующего согласия на помощь, отзывать нечего`,
        ]
      : [
          `${s(p['victim'])} has no consent in force to assistance from ${s(p['who'])}, so there is none to revoke`,
          `у ${s(p['victim'])} нет действующего согласия на помощь от ${s(p['who'])}, отзывать нечего`,
        ],
  consent_required: (p) => [
    `${s(p['victim'])} has not consented to assistance from this Party`,
    `${s(p['victim'])} не дал согласия на помощь этого Участника`,
  ],
  unsc_measures_taken: (p) => [
    `the Security Council took the necessary measures on ${s(p['date'])}; the right to assist has ended`,
    `Совет Безопасности принял необходимые меры ${s(p['date'])}; право на помощь прекратилось`,
  ],
  procedure_open: (p) => [
    `${s(p['procedure'])} has not been closed yet; this comes after it`,
    `${s(p['procedure'])} ещё не завершены; это возможно только после них`,
  ],
  procedure_closed: (p) => [`the procedure closed on ${s(p['date'])}`, `процедура закрыта ${s(p['date'])}`],
  unknown_procedure: (p) => [`no procedure ${s(p['procedure'])}`, `процедуры ${s(p['procedure'])} нет`],
  wrong_procedure: (p) => [
    `this act does not apply to ${s(p['procedure'])}, a procedure of kind ${s(p['kind'])}`,
    `это действие неприменимо к ${s(p['procedure'])} (${KIND_RU[s(p['kind'])] ?? s(p['kind'])})`,
  ],
  unknown_decision: (p) => [
    `no proposed decision ${s(p['decision'])} in this procedure`,
    `в этой процедуре нет предложенного решения ${s(p['decision'])}`,
  ],
  unknown_deployment: (p) => [
    `no active deployment ${s(p['id'])} of this state`,
    `у этого государства нет действующего развёртывания ${s(p['id'])}`,
  ],
  duplicate_id: (p) => [`the id ${s(p['id'])} is already in use`, `идентификатор ${s(p['id'])} уже занят`],
  withdrawal_day_fixed: (p) => [
    `the withdrawal takes effect ${s(p['days'])} days after the notice, on ${s(p['fixed'])}: a notice cannot name another day (${s(p['effective'])})`,
    `выход вступает в силу через ${s(p['days'])} дн. после уведомления, ${s(p['fixed'])}: уведомление не может назначить другой день (${s(p['effective'])})`,
  ],
  parameter_unset: (p) => {
    const id = s(p['parameter']);
    const blank = isParameterId(id) && PARAMETERS[id].basis === 'blank';
    return blank
      ? [
          `the text leaves ${id} blank and no value was given`,
          `текст оставляет ${id} незаполненным, а значение не задано`,
        ]
      : [`${id} has no value in this run`, `у параметра ${id} в этом прогоне нет значения`];
  },
  reach_unstated: (p) => [
    `deployment ${s(p['id'])} carries intermediate- or shorter-range missiles but does not say whose territory they could reach from where they stand (reaches); the engine does no geography, so it cannot judge them`,
    `развёртывание ${s(p['id'])} включает ракеты средней или меньшей дальности, но не указывает, до чьей территории они могут достать с места размещения (reaches); движок не занимается географией и оценить их не может`,
  ],
};

/** The reason a violation refuses an act, in plain language. */
export function describeViolation(v: Violation, lang: Language = 'en'): string {
  const [en, ru] = REJECTIONS[v.code](v.params ?? {});
  return lang === 'ru' ? ru : en;
}

const FINDINGS: {
  readonly [K in FindingCode]: (f: Extract<Finding, { code: K }>) => readonly [string, string];
} = {
  possible_incompatibility: (f) => [
    `took on a new obligation while a Party: ${f.obligation}`,
    `принял новое обязательство, будучи Участником: ${f.obligation}`,
  ],
  unreported_assistance: (f) => [
    `assisted ${f.assisted} (${f.procedure ?? f.attack ?? '?'}) without reporting to the Security Council by ${f.due}`,
    `оказал помощь ${f.assisted} (${f.procedure ?? f.attack ?? '?'}), не сообщив Совету Безопасности до ${f.due}`,
  ],
  substantial_combat_forces: (f) => {
    const what = f.exceeded.map((e) => `${e.kind} ${e.count} > ${e.threshold}`).join(', ');
    return [
      `forces of ${f.deployedBy.join(', ')} above the thresholds: ${what}`,
      `силы ${f.deployedBy.join(', ')} превышают пороги: ${what}`,
    ];
  },
  forces_beyond_1997_baseline: (f) =>
    f.baselineHost
      ? [
          `forces of ${f.deployedBy.join(', ')} deployed after 27 May 1997 where forces stood that day (beyond that level unless they replace them)`,
          `силы ${f.deployedBy.join(', ')} размещены после 27 мая 1997 года там, где в тот день уже были силы (сверх того уровня, если не заменяют их)`,
        ]
      : [
          `forces of ${f.deployedBy.join(', ')} beyond those stationed there on 27 May 1997 (none)`,
          `силы ${f.deployedBy.join(', ')} сверх размещённых там на 27 мая 1997 года (их не было)`,
        ],
  missiles_within_reach: (f) => [
    `ground-launched intermediate- or shorter-range missiles (${f.deployment}) in ${f.in}, within reach of the territory of ${f.reaches.join(', ')}`,
    `ракеты средней или меньшей дальности наземного базирования (${f.deployment}) в ${f.in}, в пределах досягаемости территории ${f.reaches.join(', ')}`,
  ],
  missiles_outside_territory: (f) => [
    `ground-launched intermediate- or shorter-range missiles (${f.deployment}) deployed outside its national territory, in ${f.in}`,
    `ракеты средней или меньшей дальности наземного базирования (${f.deployment}) размещены вне национальной территории, в ${f.in}`,
  ],
  missiles_home_within_reach: (f) => [
    `ground-launched intermediate- or shorter-range missiles (${f.deployment}) on its own territory where they could strike the territory of ${f.reaches.join(', ')}`,
    `ракеты средней или меньшей дальности наземного базирования (${f.deployment}) на собственной территории там, откуда могут поражать цели на территории ${f.reaches.join(', ')}`,
  ],
  nuclear_weapons_abroad: (f) =>
    f.alreadyAbroad
      ? [
          `nuclear weapons (${f.deployment}) still in ${f.in} on ${f.due ?? f.on}, the day they were due back on national territory after entry into force`,
          `ядерное оружие (${f.deployment}) всё ещё в ${f.in} на ${f.due ?? f.on} — день, к которому после вступления в силу оно должно было вернуться на национальную территорию`,
        ]
      : [
          `nuclear weapons (${f.deployment}) deployed outside its national territory, in ${f.in}`,
          `ядерное оружие (${f.deployment}) размещено вне национальной территории, в ${f.in}`,
        ],
  nato_enlargement: () => [
    `joined NATO while the NATO member States were bound to refrain from any further enlargement`,
    `вступило в НАТО, когда государства — члены НАТО были обязаны отказаться от дальнейшего расширения`,
  ],
  military_activity_in_barred_region: (f) => {
    const [en, ru] = REGION_NAMES[f.region];
    return [
      `military activity of ${f.deployedBy.join(', ')} (${f.deployment}) ${en}, where the NATO member States may carry out none`,
      `военная деятельность ${f.deployedBy.join(', ')} (${f.deployment}) ${ru}, где государствам — членам НАТО она запрещена`,
    ];
  },
  eastward_enlargement: (f) => {
    const [en, ru]: readonly [string, string] =
      f.formerSoviet === undefined
        ? [
            ' (whether it was part of the USSR is not judged: rus-us.4.formerUssr is unset)',
            ' (входило ли оно в СССР, не определено: rus-us.4.formerUssr не задан)',
          ]
        : f.formerSoviet
          ? [
              '; it was part of the USSR, and the United States had undertaken to deny it membership',
              '; оно входило в СССР, и США обязались отказывать ему в членстве',
            ]
          : [' (not a former Soviet State)', ' (не входило в СССР)'];
    return [
      `joined NATO while the United States was bound to prevent any further eastward enlargement${en}`,
      `вступило в НАТО, когда США были обязаны не допускать дальнейшего расширения НАТО на восток${ru}`,
    ];
  },
  us_military_activity_in_former_ussr: (f) => [
    `forces of ${f.deployedBy.join(', ')} (${f.deployment}) in a former Soviet State outside NATO, where the United States may use no infrastructure for military activity`,
    `силы ${f.deployedBy.join(', ')} (${f.deployment}) в государстве бывшего СССР вне НАТО, где США не должны использовать инфраструктуру для военной деятельности`,
  ],
};

/** Where the activity of NRA 7(1) took place, as the messages say it. */
const REGION_NAMES: Readonly<Record<BarredRegion, readonly [en: string, ru: string]>> = {
  ukraine: ['in Ukraine', 'на Украине'],
  'eastern-europe': ['in another State of Eastern Europe', 'в другом государстве Восточной Европы'],
  'south-caucasus': ['in the South Caucasus', 'в Закавказье'],
  'central-asia': ['in Central Asia', 'в Центральной Азии'],
};

/** What a finding notes, in plain language. */
export function describeFinding(f: Finding, lang: Language = 'en'): string {
  const [en, ru] = (FINDINGS[f.code] as (f: Finding) => readonly [string, string])(f);
  return lang === 'ru' ? ru : en;
}
