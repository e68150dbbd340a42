/**
 * @module `decide(state, act)`: what an act does under the treaty. Pure: it reads the state, never
 * changes it, never reads the clock, and returns either the events of an accepted act or every
 * violation that refuses it (a refusal is an outcome, not an error).
 */
import type { TreatyId } from '../treaty/common.ts';
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
  voteInExtraordinary,
} from './rules/art-07-08-attack.ts';
import { assumeObligation } from './rules/art-09-obligations.ts';
import { estRatify, estSign, nrcRatify, nrcSign } from './rules/final-clauses.ts';
import { deploy, endDeployment } from './rules/nrc-4-forces.ts';
import type { Procedure, ProcedureKind, State } from './state.ts';

/** Acts that name an existing procedure: the kind of that procedure chooses the rules. */
type ProcedureActName = Extract<Act, { readonly procedure: string }>['act'];
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

type DirectActName = Exclude<ActName, ProcedureActName>;

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
    'assume-obligation': h(assumeObligation),
  },
  'nrc-2009': {
    sign: h(nrcSign),
    ratify: h(nrcRatify),
    deploy: h(deploy),
    'end-deployment': h(endDeployment),
  },
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

function isProcedureAct(act: Act): act is Extract<Act, { readonly procedure: string }> {
  return Object.hasOwn(PROCEDURE_ACTS, act.act) && 'procedure' in act;
}

/** Every rule the engine can apply, for the test that each provision is cited or marked not modelled. */
export function allRules(): readonly Rule<Act, Procedure | undefined>[] {
  const handlers = [
    ...Object.values(PROCEDURE_ACTS).flatMap((routes) => Object.values(routes)),
    ...Object.values(DIRECT).flatMap((byAct) => Object.values(byAct)),
  ];
  const rules = handlers.flatMap((handler) => handler.stages.flat());
  return [...(MECHANISM.flat() as Rule[]), WRONG_KIND as Rule, ...rules];
}

const KNOWN: Readonly<Record<TreatyId, ReadonlySet<ActName>>> = {
  'est-2009': new Set(TREATY_ACTS['est-2009']),
  'nrc-2009': new Set(TREATY_ACTS['nrc-2009']),
};

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
  if (!isProcedureAct(act)) {
    const handler = DIRECT[state.treaty][act.act] as AnyHandler;
    return runHandler(handler, { state, act, proc: undefined });
  }
  const gate = runHandler(GATE, { state, act, proc: undefined });
  if (!gate.ok) return gate;
  const proc = state.procedures.get(act.procedure) as Procedure;
  return runHandler(PROCEDURE_ACTS[act.act][proc.kind] ?? WRONG, { state, act, proc });
}
