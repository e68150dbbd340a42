/**
 * @module `decide(state, act)`: what an act does under the treaty. Pure: it reads the state, never
 * changes it, never reads the clock, and returns either the events of an accepted act or every
 * violation that refuses it (a refusal is an outcome, not an error).
 */
import type { RegimeId, TreatyId } from '../treaty/common.ts';
import { TREATY_IDS, isRegime } from '../treaty/common.ts';
import type { ProvisionId } from '../treaty/provisions/index.ts';
import type { Act, ActName, ActOf } from './acts.ts';
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
import {
  estRatify,
  estSign,
  nraRatify,
  nraSign,
  nrcRatify,
  nrcSign,
  rusUsRatify,
  rusUsSign,
} from './rules/final-clauses.ts';
import { nraDeploy, nraEndDeployment } from './rules/nra-4-forces.ts';
import { nraWithdraw } from './rules/nra-9-withdrawal.ts';
import { rusUsDeploy, rusUsEndDeployment } from './rules/weapons-2021.ts';
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
import type { Council, Procedure, ProcedureKind, State } from './state.ts';

/** Acts that must name an existing procedure. */
type MeetingActName = Extract<Act, { readonly procedure: string }>['act'];
/**
 * Acts of self-defence (EST 7(2)): they name the procedure of the attack where there is one, and
 * under the EST may rest on an attack its victim declared instead (then they are direct acts).
 */
type SelfDefenceActName = 'assist' | 'report-to-unsc' | 'unsc-measures';
/** Acts that name an existing procedure: the kind of that procedure chooses the rules. */
type ProcedureActName = MeetingActName | SelfDefenceActName;
type DirectActName = Exclude<ActName, MeetingActName>;
/** An act that names the procedure it is made in. */
type OnProcedure = Act & { readonly procedure: string };
type ProcedureOf<K extends ProcedureKind> = Extract<Procedure, { readonly kind: K }>;

/**
 * The handlers are kept in maps keyed by act name (and by procedure kind), each entry typed by its
 * key: a handler can only be filed under the act (and the procedure) it handles, and the lookups
 * below, generic in the key, hand the act and its handler over with the same type.
 */
type ProcedureRoutes = { readonly [N in ProcedureActName]: Routes<N> };
/** The handlers of one act, by the kind of procedure it is made in. */
type Routes<N extends ActName> = { readonly [K in ProcedureKind]?: Handler<ActOf<N>, ProcedureOf<K>> };
/** A treaty's handlers of the acts that name no procedure. */
type DirectRoutes = { readonly [N in DirectActName]?: Handler<ActOf<N>, undefined> };
/** A regime's handlers of the acts on the meetings of its council. */
type CouncilRoutes = { readonly [N in ProcedureActName]?: Handler<ActOf<N>, Council> };

const PROCEDURE_ACTS: ProcedureRoutes = {
  answer: { 'information-request': answerInformation },
  join: { consultations: joinConsultations },
  attend: {
    consultations: attendConsultations,
    conference: attendConference,
    'extraordinary-conference': attendExtraordinary,
  },
  close: {
    'information-request': closeInformation,
    consultations: closeConsultations,
    conference: closeConference,
    'extraordinary-conference': closeExtraordinary,
  },
  'propose-conference': { consultations: proposeConference },
  support: { conference: supportConference },
  'propose-decision': {
    conference: proposeConferenceDecision,
    'extraordinary-conference': proposeExtraordinaryDecision,
  },
  object: { conference: objectInConference, accession: objectToAccession },
  vote: { 'extraordinary-conference': voteInExtraordinary },
  assist: { 'extraordinary-conference': assist },
  'report-to-unsc': { 'extraordinary-conference': reportToCouncil },
  'unsc-measures': { 'extraordinary-conference': councilMeasures },
};

const DIRECT: Readonly<Record<TreatyId, DirectRoutes>> = {
  'est-2009': {
    sign: estSign,
    ratify: estRatify,
    accede,
    withdraw,
    'request-information': requestInformation,
    'request-consultations': requestConsultations,
    'notify-attack': notifyAttack,
    'consent-assistance': consentToAssistance,
    'revoke-consent': revokeConsent,
    assist,
    'report-to-unsc': reportToCouncil,
    'unsc-measures': councilMeasures,
    'assume-obligation': assumeObligation,
  },
  'nrc-2009': {
    sign: nrcSign,
    ratify: nrcRatify,
    deploy,
    'end-deployment': endDeployment,
  },
  'nat-1949': { 'request-consultations': natConsult, 'notify-attack': natAttack },
  'un-1945': {
    'request-consultations': unDispute,
    'notify-attack': unAttack,
    'consent-assistance': unRequestAssistance,
    'revoke-consent': unRevokeRequest,
  },
  'osce-1992': { 'request-consultations': osceRaise, 'notify-attack': osceAttack },
  'nra-2021': {
    sign: nraSign,
    ratify: nraRatify,
    withdraw: nraWithdraw,
    deploy: nraDeploy,
    'end-deployment': nraEndDeployment,
  },
  'rus-us-2021': {
    sign: rusUsSign,
    ratify: rusUsRatify,
    deploy: rusUsDeploy,
    'end-deployment': rusUsEndDeployment,
  },
};

/** The acts on a regime's council meetings, by regime: each cites the regime's own text. */
const COUNCIL_ACTS: Readonly<Record<RegimeId, CouncilRoutes>> = {
  'nat-1949': {
    attend: natAttend,
    'propose-decision': natPropose,
    object: natObject,
    close: natClose,
    assist: natAssist,
    'report-to-unsc': natReport,
    'unsc-measures': natMeasures,
  },
  'un-1945': {
    attend: unAttend,
    'propose-decision': unPropose,
    vote: unVote,
    close: unClose,
    assist: unAssist,
    'report-to-unsc': unReport,
    'unsc-measures': unMeasures,
  },
  'osce-1992': {
    attend: osceAttend,
    'propose-decision': oscePropose,
    object: osceObject,
    close: osceClose,
  },
};

/** The provision of each regime's council, cited when an act names a meeting that does not exist. */
const SEAT: Readonly<Record<RegimeId, ProvisionId>> = {
  'nat-1949': 'nat.9.council',
  'un-1945': 'un.28',
  'osce-1992': 'osce.pc',
};

/**
 * EST 4: the mechanism is three kinds of procedure under the Treaty in force (information requests,
 * Art. 3, are handled the same way). An act on a procedure must name one that exists, of a kind the
 * act applies to.
 */
const MECHANISM: readonly Rule<OnProcedure, undefined>[][] = [
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

const WRONG_KIND: Rule<OnProcedure, Procedure> = rule({
  id: 'est4.kind',
  cites: 'est.4',
  check: ({ proc }) => breach('wrong_procedure', { procedure: proc.id, kind: proc.kind }),
});

const GATE: Handler<OnProcedure, undefined> = { stages: MECHANISM, events: () => [] };
const WRONG: Handler<OnProcedure, Procedure> = { stages: [[WRONG_KIND]], events: () => [] };

/** The same gate for a regime: in force, and the meeting must exist; citing the regime's council. */
function regimeGate(id: RegimeId): Handler<OnProcedure, undefined> {
  const prefix = id.split('-')[0] ?? id;
  return {
    stages: [
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
    ],
    events: () => [],
  };
}

const REGIME_GATES: Readonly<Record<RegimeId, Handler<OnProcedure, undefined>>> = {
  'nat-1949': regimeGate('nat-1949'),
  'un-1945': regimeGate('un-1945'),
  'osce-1992': regimeGate('osce-1992'),
};

/**
 * Whether an act goes to the procedure it names. An act of self-defence that names none is a direct
 * act where the treaty has one for it (the EST: the right to assist does not depend on Article 8);
 * elsewhere it must name its council, and the gate refuses it.
 */
function isProcedureAct(treaty: TreatyId, act: Act): act is ActOf<ProcedureActName> & OnProcedure {
  if (!Object.hasOwn(PROCEDURE_ACTS, act.act)) return false;
  if ('procedure' in act && act.procedure !== undefined) return true;
  return !Object.hasOwn(DIRECT[treaty], act.act);
}

/** What {@link allRules} tells of a rule: its id and what it cites. */
export type CitingRule = Pick<Rule, 'id' | 'cites' | 'also'>;

interface Staged {
  readonly stages: readonly (readonly CitingRule[])[];
}

/** Every rule the engine can apply, for the test that each provision is cited or marked not modelled. */
export function allRules(): readonly CitingRule[] {
  const handlers: Staged[] = [
    ...Object.values(PROCEDURE_ACTS).flatMap((routes: Readonly<Record<string, Staged>>) =>
      Object.values(routes),
    ),
    ...Object.values(DIRECT).flatMap((byAct: Readonly<Record<string, Staged>>) => Object.values(byAct)),
    ...Object.values(COUNCIL_ACTS).flatMap((byAct: Readonly<Record<string, Staged>>) => Object.values(byAct)),
    ...Object.values(REGIME_GATES),
  ];
  return [...MECHANISM.flat(), WRONG_KIND, ...handlers.flatMap((handler) => handler.stages.flat())];
}

const KNOWN = new Map<TreatyId, ReadonlySet<ActName>>(
  TREATY_IDS.map((t) => [t, new Set<ActName>(TREATY_ACTS[t])]),
);

/** Whether the treaty knows an act at all (the scenario loader reports the others as malformed). */
export function treatyKnows(treaty: TreatyId, act: ActName): boolean {
  return KNOWN.get(treaty)?.has(act) ?? false;
}

/** Decides an act against the state of the treaty. */
export function decide(state: State, act: Act): Decision {
  if (!treatyKnows(state.treaty, act.act)) {
    throw new TypeError(
      `act '${act.act}' is not part of ${state.treaty}; validate acts before deciding them`,
    );
  }
  if (!isProcedureAct(state.treaty, act)) return decideDirect(state, act.act, act);
  const regime = isRegime(state.treaty) ? state.treaty : null;
  const gate = runHandler(regime === null ? GATE : REGIME_GATES[regime], { state, act, proc: undefined });
  if (!gate.ok) return gate;
  const proc = state.procedures.get(act.procedure);
  // The gate refuses an act that names no procedure of the state.
  if (proc === undefined) throw new TypeError(`procedure ${act.procedure} passed the gate but is not kept`);
  if (proc.kind === 'council') {
    return regime === null
      ? runHandler(WRONG, { state, act, proc })
      : decideInCouncil(state, regime, act.act, act, proc);
  }
  return decideOnProcedure(state, act.act, act, proc.kind, proc);
}

/*
 * The lookups below are generic in the act's name N (and the procedure's kind K): the act is an
 * ActOf<N>, and its handler, read from a map whose entries are typed by their key, a
 * Handler<ActOf<N>, ...>; so the two meet without a cast.
 */

function decideDirect<N extends DirectActName>(state: State, name: N, act: ActOf<N>): Decision {
  const handler = DIRECT[state.treaty][name];
  // treatyKnows and isProcedureAct let through only the direct acts a treaty has rules for.
  if (handler === undefined) throw new TypeError(`${state.treaty} has no rules for the act '${name}'`);
  return runHandler(handler, { state, act, proc: undefined });
}

function decideInCouncil<N extends ProcedureActName>(
  state: State,
  regime: RegimeId,
  name: N,
  act: ActOf<N> & OnProcedure,
  proc: Council,
): Decision {
  const handler = COUNCIL_ACTS[regime][name];
  return handler === undefined
    ? runHandler(WRONG, { state, act, proc })
    : runHandler(handler, { state, act, proc });
}

function decideOnProcedure<N extends ProcedureActName, K extends ProcedureKind>(
  state: State,
  name: N,
  act: ActOf<N> & OnProcedure,
  kind: K,
  proc: ProcedureOf<K>,
): Decision {
  const routes: Routes<N> = PROCEDURE_ACTS[name];
  const handler = routes[kind];
  return handler === undefined
    ? runHandler(WRONG, { state, act, proc })
    : runHandler(handler, { state, act, proc });
}
