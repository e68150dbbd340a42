/**
 * @module Self-defence, written once for every treaty that has it: a Party assists the state
 * attacked (`assist`), reports what it does to the Security Council (`report-to-unsc`), and the
 * Council's measures end the right to assist (`unsc-measures`).
 *
 * The EST (7(2)) and the regimes' councils (NAT 5, UN Charter 51) make the same checks in the same
 * order and record the same events; what differs between them is data, a {@link SelfDefenceRegime}:
 * the provisions cited, the checks made first (the treaty in force, the parameters, who may assist),
 * whether the victim's consent is a condition, and how an act finds the attack it rests on. Under
 * the EST an act may leave that attack unnamed, since the right rests on the attack and not on the
 * Article 8 procedure, so finding it is a check of its own; in a council the act names the meeting
 * on the attack, which the gate has already found.
 */
import type { IsoDate } from '../../treaty/dates.ts';
import type { EntityId } from '../../treaty/entities.ts';
import type { ParameterId, ValueOf } from '../../treaty/parameters/index.ts';
import type { ProvisionId } from '../../treaty/provisions/index.ts';
import type { ActOf } from '../acts.ts';
import type { Breach, Ctx, Handler, Rule } from '../rule.ts';
import { breach, byParty, inForce, needs, rule } from '../rule.ts';
import type { Procedure, State } from '../state.ts';
import { paramOn } from '../state.ts';

type Assist = ActOf<'assist'>;
type Report = ActOf<'report-to-unsc'>;
type Measures = ActOf<'unsc-measures'>;

/** The acts of self-defence. */
export type SelfDefenceAct = Assist | Report | Measures;
export type SelfDefenceCtx<P extends Procedure | undefined> = Ctx<SelfDefenceAct, P>;

/** What the checks and events of self-defence need to know of the attack an act rests on. */
export interface AttackFacts {
  /** How an event records it: the procedure on the attack, the attack its victim declared, or both. */
  readonly record: { readonly procedure?: string; readonly attack?: string };
  /** The state attacked; null for a council meeting on no attack (a consultation). */
  readonly victim: EntityId | null;
  /**
   * The procedure the act rests on, when that deals with no armed attack (a threat, a consultation)
   * and no declared attack stands beside it; else null.
   */
  readonly notAnAttack: string | null;
  /** The day the Security Council took the measures needed, if it has. */
  readonly councilMeasures: IsoDate | null;
}

/** The parameters that read yes or no. */
type BooleanParameterId = { [K in ParameterId]: ValueOf<K> extends boolean ? K : never }[ParameterId];

/** When the victim's consent (or request) is a condition of assisting it. */
export interface ConsentCondition {
  /** The last part of the rule's id: `consent` (EST 7(2)), `request` (UN Charter 51). */
  readonly rule: string;
  /**
   * The parameter that makes it a condition (UN Charter 51, as the ICJ reads it); null where the
   * text itself does (EST 7(2)).
   */
  readonly parameter: BooleanParameterId | null;
  /** Whether the victim, assisting in its own defence, needs no consent of its own. */
  readonly victimExempt: boolean;
}

/** What one treaty says of self-defence; `P` is the procedure an act of it names. */
export interface SelfDefenceRegime<P extends Procedure | undefined> {
  /** Prefix of rule ids (`est7`, `nat5`, `un51`). */
  readonly prefix: string;
  /** The right or duty to assist (EST 7(2), NAT 5(1), UN Charter 51). */
  readonly assist: ProvisionId;
  /**
   * The report to the Security Council, and the end of the right when the Council acts (EST 7(2),
   * NAT 5(2), UN Charter 51).
   */
  readonly council: ProvisionId;
  /** Whether the acts check that the treaty is in force (a council's gate has already checked it). */
  readonly checksInForce: boolean;
  /**
   * The parameters assistance cannot do without: the report's deadline (the duty to report runs
   * from the assistance, so it must be known) and those the checks read.
   */
  readonly assistParameters: readonly ParameterId[];
  /**
   * Who may assist and be assisted, beyond being a Party (EST 7(2): states only); checked before
   * the attack is looked for.
   */
  readonly assisters: readonly Rule<Assist, P>[];
  /** When the victim's consent is a condition of assisting it; null when it never is (NAT 5). */
  readonly consent: ConsentCondition | null;
  /**
   * Whether an act may leave unnamed the attack it rests on, so that finding it is a check of its
   * own (`<prefix>.basis`, `.reportBasis`, `.measuresBasis`).
   */
  readonly seeksAttack: boolean;
  /** The attack an act rests on, or (only where `seeksAttack`) why there is none. */
  readonly attackOf: (ctx: SelfDefenceCtx<P>) => AttackFacts | Breach;
}

const isFacts = (found: AttackFacts | Breach): found is AttackFacts => !('code' in found);

/** The attack, found once per decision (every rule and the events see the same context object). */
const FOUND = new WeakMap<object, AttackFacts | Breach>();
function found<P extends Procedure | undefined>(
  regime: SelfDefenceRegime<P>,
  ctx: SelfDefenceCtx<P>,
): AttackFacts | Breach {
  let facts = FOUND.get(ctx);
  if (facts === undefined) FOUND.set(ctx, (facts = regime.attackOf(ctx)));
  return facts;
}

/** The attack of a context whose basis rule (if any) has passed. */
function attack<P extends Procedure | undefined>(
  regime: SelfDefenceRegime<P>,
  ctx: SelfDefenceCtx<P>,
): AttackFacts {
  const facts = found(regime, ctx);
  if (!isFacts(facts)) throw new TypeError('an act of self-defence without a basis reached its checks');
  return facts;
}

/** The stage that looks for the attack an act rests on, where the act may leave it unnamed. */
function basisStage<A extends SelfDefenceAct, P extends Procedure | undefined>(
  regime: SelfDefenceRegime<P>,
  id: string,
  cites: ProvisionId,
): (readonly Rule<A, P>[])[] {
  if (!regime.seeksAttack) return [];
  return [
    [
      rule<A, P>({
        id: `${regime.prefix}.${id}`,
        cites,
        check: (ctx) => {
          const facts = found(regime, ctx);
          return isFacts(facts) ? null : facts;
        },
      }),
    ],
  ];
}

/** The treaty must be in force, where the regime's acts check it themselves. */
function inForceStage<A extends SelfDefenceAct, P extends Procedure | undefined>(
  regime: SelfDefenceRegime<P>,
  id: string,
  cites: ProvisionId,
): (readonly Rule<A, P>[])[] {
  return regime.checksInForce ? [[inForce<A, P>(`${regime.prefix}.${id}`, cites)]] : [];
}

/** The consent in force of a victim to assistance from a Party on a day. */
function consented(state: State, victim: EntityId, by: EntityId, on: IsoDate): boolean {
  const given = state.consents.get(victim)?.get(by);
  return given !== undefined && given <= on;
}

function consentRule<P extends Procedure | undefined>(
  regime: SelfDefenceRegime<P>,
  condition: ConsentCondition,
): Rule<Assist, P> {
  return rule<Assist, P>({
    id: `${regime.prefix}.${condition.rule}`,
    cites: regime.assist,
    check: (ctx) => {
      const { state, act } = ctx;
      const { victim } = attack(regime, ctx);
      if (victim === null) return null;
      if (condition.parameter !== null && paramOn(state, condition.parameter, act.on) !== true) return null;
      if (condition.victimExempt && act.by === victim) return null;
      return consented(state, victim, act.by, act.on) ? null : breach('consent_required', { victim });
    },
  });
}

/**
 * A Party assists the attacked Party against an armed attack (not a threat), with its consent where
 * that is a condition, until the Security Council has taken the measures needed.
 */
export function assistHandler<P extends Procedure | undefined>(
  regime: SelfDefenceRegime<P>,
): Handler<Assist, P> {
  const { prefix, consent } = regime;
  return {
    stages: [
      ...inForceStage<Assist, P>(regime, 'assistInForce', regime.assist),
      needs<Assist, P>(...regime.assistParameters),
      [byParty(`${prefix}.assister`, regime.assist)],
      ...(regime.assisters.length === 0 ? [] : [regime.assisters]),
      ...basisStage<Assist, P>(regime, 'basis', regime.assist),
      [
        // The right to assist is a right of self-defence against an armed attack, not a threat.
        rule<Assist, P>({
          id: `${prefix}.armedAttack`,
          cites: regime.assist,
          check: (ctx) => {
            const { notAnAttack } = attack(regime, ctx);
            return notAnAttack === null ? null : breach('no_armed_attack', { procedure: notAnAttack });
          },
        }),
        rule<Assist, P>({
          id: `${prefix}.victim`,
          cites: regime.assist,
          check: (ctx) => {
            const { victim } = attack(regime, ctx);
            return ctx.act.to === victim ? null : breach('not_the_victim', { victim: victim ?? '?' });
          },
        }),
        ...(consent === null ? [] : [consentRule(regime, consent)]),
        rule<Assist, P>({
          id: `${prefix}.untilCouncil`,
          cites: regime.council,
          check: (ctx) => {
            const date = attack(regime, ctx).councilMeasures;
            return date !== null && date <= ctx.act.on ? breach('unsc_measures_taken', { date }) : null;
          },
        }),
      ],
    ],
    events: (ctx) => [
      {
        type: 'AssistanceGiven',
        on: ctx.act.on,
        by: ctx.act.by,
        ...attack(regime, ctx).record,
        to: ctx.act.to,
        military: ctx.act.military,
      },
    ],
  };
}

/** Measures taken in self-defence are reported to the Security Council at once. */
export function reportHandler<P extends Procedure | undefined>(
  regime: SelfDefenceRegime<P>,
): Handler<Report, P> {
  return {
    stages: [
      ...inForceStage<Report, P>(regime, 'reportInForce', regime.council),
      [byParty(`${regime.prefix}.reporter`, regime.council)],
      ...basisStage<Report, P>(regime, 'reportBasis', regime.council),
    ],
    events: (ctx) => [
      { type: 'ReportedToSecurityCouncil', on: ctx.act.on, by: ctx.act.by, ...attack(regime, ctx).record },
    ],
  };
}

/**
 * The Security Council is no Party; its measures are a fact the scenario (or the operator) records
 * on the attack, and the right to assist ends with them.
 */
export function measuresHandler<P extends Procedure | undefined>(
  regime: SelfDefenceRegime<P>,
): Handler<Measures, P> {
  return {
    stages: basisStage<Measures, P>(regime, 'measuresBasis', regime.council),
    events: (ctx) => [{ type: 'SecurityCouncilActed', on: ctx.act.on, ...attack(regime, ctx).record }],
  };
}
