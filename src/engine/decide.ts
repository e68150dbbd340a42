/**
 * @module `decide(state, act)`: what an act does under the treaty. Pure: it reads the state, never
 * changes it, never reads the clock, and returns either the events of an accepted act or every
 * violation that refuses it (a refusal is an outcome, not an error).
 */
import type { RegimeId, TreatyId } from '../treaty/common.ts';
import { REGIME_IDS, TREATY_IDS, isRegime } from '../treaty/common.ts';
import type { Act, ActName } from './acts.ts';
import { TREATY_ACTS } from './acts.ts';
import type { Decision, Handler, Rule } from './rule.ts';
import { breach, inForce, rule, runHandler } from './rule.ts';
import { accede, objectToAccession } from './rules/art-12-accession.ts';
import { withdraw } from './rules/art-13-withdrawal.ts';
import { answerInformation, closeInformation, requestInformation } from './rules/art-03-information.ts';
import {
  attendConsultations,
  closeConsultations,
  joinConsultations,
  requestConsultations,
} from './rules/art-05-consultations.ts';
import {
  attendConference,
  closeConference,
  objectInConference,
  proposeConference,
  proposeConferenceDecision,
  supportConference,
} from './rules/art-06-conference.ts';
import {
  assist,
  attendExtraordinary,
  closeExtraordinary,
  consentToAssistance,
  councilMeasures,
  notifyAttack,
  proposeExtraordinaryDecision,
  reportToCouncil,
  revokeConsent,
  voteInExtraordinary,
} from './rules/art-07-08-attack.ts';
import { assumeObligation } from './rules/art-09-obligations.ts';
import { estRatify, estSign, nrcRatify, nrcSign } from './rules/final-clauses.ts';
import { deploy, endDeployment } from './rules/nrc-4-forces.ts';
import {
  natAssist,
  natAttack,
  natAttend,
  natClose,
  natConsult,
  natMeasures,
  natObject,
  natPropose,
  natReport,
} from './rules/nat-4-5-council.ts';
import {
  osceAttack,
  osceAttend,
  osceClose,
  osceObject,
  oscePropose,
  osceRaise,
} from './rules/osce-council.ts';
import {
  unAssist,
  unAttack,
  unAttend,
  unClose,
  unDispute,
  unMeasures,
  unPropose,
  unReport,
  unRequestAssistance,
  unRevokeRequest,
  unVote,
} from './rules/un-charter.ts';
import type { Procedure, ProcedureKind, State } from './state.ts';

/** Acts that must name an existing procedure. */
type MeetingActName = Extract<Act, { readonly procedure: string }>['act'];
/**
 * Acts of self-defence (EST 7(2)): they name the procedure of the attack where there is one, and
 * under the EST may rest on an attack its victim declared instead (then they are direct acts).
 */
type SelfDefenceActName = 'assist' | 'report-to-unsc' | 'unsc-measures';
/** Acts that name an existing procedure: the kind of that procedure chooses the rules. */
type ProcedureActName = MeetingActName | SelfDefenceActName;
type AnyHandler = Handler<Act, Procedure | undefined>;
type Routes = Readonly<Partial<Record<ProcedureKind, AnyHandler>>>;

const h = (handler: object): AnyHandler => handler as AnyHandler;

const PROCEDURE_ACTS: Readonly<Record<ProcedureActName, Routes>> = {
  answer: { 'information-request': h(answerInformation) },
  join: { consultations: h(joinConsultations) },
  attend: {
    consultations: h(attendConsultations),
    conference: h(attendConference),
    'extraordinary-conference': h(attendExtraordinary),
  },
  close: {
    'information-request': h(closeInformation),
    consultations: h(closeConsultations),
    conference: h(closeConference),
    'extraordinary-conference': h(closeExtraordinary),
  },
  'propose-conference': { consultations: h(proposeConference) },
  support: { conference: h(supportConference) },
  'propose-decision': {
    conference: h(proposeConferenceDecision),
    'extraordinary-conference': h(proposeExtraordinaryDecision),
  },
  object: { conference: h(objectInConference), accession: h(objectToAccession) },
  vote: { 'extraordinary-conference': h(voteInExtraordinary) },
  assist: { 'extraordinary-conference': h(assist) },
  'report-to-unsc': { 'extraordinary-conference': h(reportToCouncil) },
  'unsc-measures': { 'extraordinary-conference': h(councilMeasures) },
};

type DirectActName = Exclude<ActName, MeetingActName>;

const DIRECT: Readonly<Record<TreatyId, Readonly<Partial<Record<DirectActName, AnyHandler>>>>> = {
  'est-2009': {
    sign: h(estSign),
    ratify: h(estRatify),
    accede: h(accede),
    withdraw: h(withdraw),
    'request-information': h(requestInformation),
    'request-consultations': h(requestConsultations),
    'notify-attack': h(notifyAttack),
    'consent-assistance': h(consentToAssistance),
    'revoke-consent': h(revokeConsent),
    assist: h(assist),
    'report-to-unsc': h(reportToCouncil),
    'unsc-measures': h(councilMeasures),
    'assume-obligation': h(assumeObligation),
  },
  'nrc-2009': {
    sign: h(nrcSign),
    ratify: h(nrcRatify),
    deploy: h(deploy),
    'end-deployment': h(endDeployment),
  },
  'nat-1949': { 'request-consultations': h(natConsult), 'notify-attack': h(natAttack) },
  'un-1945': {
    'request-consultations': h(unDispute),
    'notify-attack': h(unAttack),
    'consent-assistance': h(unRequestAssistance),
    'revoke-consent': h(unRevokeRequest),
  },
  'osce-1992': { 'request-consultations': h(osceRaise), 'notify-attack': h(osceAttack) },
};

/** The acts on a regime's council meetings, by regime: each cites the regime's own text. */
const COUNCIL_ACTS: Readonly<Record<RegimeId, Readonly<Partial<Record<ProcedureActName, AnyHandler>>>>> = {
  'nat-1949': {
    attend: h(natAttend),
    'propose-decision': h(natPropose),
    object: h(natObject),
    close: h(natClose),
    assist: h(natAssist),
    'report-to-unsc': h(natReport),
    'unsc-measures': h(natMeasures),
  },
  'un-1945': {
    attend: h(unAttend),
    'propose-decision': h(unPropose),
    vote: h(unVote),
    close: h(unClose),
    assist: h(unAssist),
    'report-to-unsc': h(unReport),
    'unsc-measures': h(unMeasures),
  },
  'osce-1992': {
    attend: h(osceAttend),
    'propose-decision': h(oscePropose),
    object: h(osceObject),
    close: h(osceClose),
  },
};

/** The provision of each regime's council, cited when an act names a meeting that does not exist. */
const SEAT: Readonly<Record<RegimeId, string>> = {
  'nat-1949': 'nat.9.council',
  'un-1945': 'un.28',
  'osce-1992': 'osce.pc',
};

/**
 * EST 4: the mechanism is three kinds of procedure under the Treaty in force (information requests,
 * Art. 3, are handled the same way). An act on a procedure must name one that exists, of a kind the
 * act applies to.
 */
const MECHANISM: readonly Rule<Act & { readonly procedure: string }, undefined>[][] = [
  [inForce('est4.inForce', 'est.4')],
  [
    rule({
      id: 'est4.known',
      cites: 'est.4',
      check: ({ state, act }) =>
        state.procedures.has(act.procedure)
          ? null
          : breach('unknown_procedure', { procedure: act.procedure }),
    }),
  ],
];

const WRONG_KIND: Rule<Act & { readonly procedure: string }, Procedure> = rule({
  id: 'est4.kind',
  cites: 'est.4',
  check: ({ proc }) => breach('wrong_procedure', { procedure: proc.id, kind: proc.kind }),
});

const GATE: AnyHandler = { stages: MECHANISM as AnyHandler['stages'], events: () => [] };
const WRONG: AnyHandler = { stages: [[WRONG_KIND as Rule]], events: () => [] };

/** The same gate for a regime: in force, and the meeting must exist; citing the regime's council. */
const REGIME_GATES: Readonly<Record<RegimeId, AnyHandler>> = Object.fromEntries(
  REGIME_IDS.map((id) => {
    const prefix = id.split('-')[0] ?? id;
    const gate: Rule<Act & { readonly procedure: string }, undefined>[][] = [
      [inForce(`${prefix}.council.inForce`, SEAT[id])],
      [
        rule({
          id: `${prefix}.council.known`,
          cites: SEAT[id],
          check: ({ state, act }) =>
            state.procedures.has(act.procedure)
              ? null
              : breach('unknown_procedure', { procedure: act.procedure }),
        }),
      ],
    ];
    return [id, { stages: gate as AnyHandler['stages'], events: () => [] }];
  }),
) as unknown as Record<RegimeId, AnyHandler>;

/**
 * Whether an act goes to the procedure it names. An act of self-defence that names none is a direct
 * act where the treaty has one for it (the EST: the right to assist does not depend on Article 8);
 * elsewhere it must name its council, and the gate refuses it.
 */
function isProcedureAct(
  treaty: TreatyId,
  act: Act,
): act is Extract<Act, { readonly act: ProcedureActName }> & { readonly procedure: string } {
  if (!Object.hasOwn(PROCEDURE_ACTS, act.act)) return false;
  if ('procedure' in act && act.procedure !== undefined) return true;
  return DIRECT[treaty][act.act as DirectActName] === undefined;
}

/** Every rule the engine can apply, for the test that each provision is cited or marked not modelled. */
export function allRules(): readonly Rule<Act, Procedure | undefined>[] {
  const handlers = [
    ...Object.values(PROCEDURE_ACTS).flatMap((routes) => Object.values(routes)),
    ...Object.values(DIRECT).flatMap((byAct) => Object.values(byAct)),
    ...Object.values(COUNCIL_ACTS).flatMap((byAct) => Object.values(byAct)),
    ...Object.values(REGIME_GATES),
  ];
  const rules = handlers.flatMap((handler) => handler.stages.flat());
  return [...(MECHANISM.flat() as Rule[]), WRONG_KIND as Rule, ...rules];
}

const KNOWN = Object.fromEntries(
  TREATY_IDS.map((t) => [t, new Set<ActName>(TREATY_ACTS[t])]),
) as unknown as Readonly<Record<TreatyId, ReadonlySet<ActName>>>;

/** Whether the treaty knows an act at all (the scenario loader reports the others as malformed). */
export function treatyKnows(treaty: TreatyId, act: ActName): boolean {
  return KNOWN[treaty].has(act);
}

/** Decides an act against the state of the treaty. */
export function decide(state: State, act: Act): Decision {
  if (!treatyKnows(state.treaty, act.act)) {
    throw new TypeError(
      `act '${act.act}' is not part of ${state.treaty}; validate acts before deciding them`,
    );
  }
  if (!isProcedureAct(state.treaty, act)) {
    const handler = DIRECT[state.treaty][act.act] as AnyHandler;
    return runHandler(handler, { state, act, proc: undefined });
  }
  const regime = isRegime(state.treaty) ? state.treaty : null;
  const gate = runHandler(regime === null ? GATE : REGIME_GATES[regime], { state, act, proc: undefined });
  if (!gate.ok) return gate;
  const proc = state.procedures.get(act.procedure) as Procedure;
  const handler =
    proc.kind === 'council'
      ? regime === null
        ? undefined
        : COUNCIL_ACTS[regime][act.act]
      : PROCEDURE_ACTS[act.act][proc.kind];
  return runHandler(handler ?? WRONG, { state, act, proc });
}
