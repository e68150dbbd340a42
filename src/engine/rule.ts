/**
 * @module Rules: each check the engine makes is a named rule that cites the provision it applies, so
 * every refusal is traceable to its paragraph. A legal refusal is data (a {@link Violation}), never
 * an exception.
 */
import type { RejectionCode } from '../treaty/codes.ts';
import type { EntityId } from '../treaty/entities.ts';
import type { ParameterId } from '../treaty/parameters/index.ts';
import type { ProvisionId } from '../treaty/provisions/index.ts';
import { PARAMETERS } from '../treaty/parameters/index.ts';
import type { Act, ActName, ActOf } from './acts.ts';
import type { Event } from './events.ts';
import type { Procedure, State } from './state.ts';
import { inForceOn, isParty, paramOn } from './state.ts';

/** Details of a violation, for messages: field names, ids, dates. */
export type ViolationParams = Readonly<Record<string, string | number>>;

/** Why an act was refused, and the provision that refuses it (a provision id such as `est.8.3`). */
export interface Violation {
  readonly code: RejectionCode;
  readonly cite: string;
  readonly params?: ViolationParams;
}

/** What a check reports; the rule adds its own citation. */
export interface Breach {
  readonly code: RejectionCode;
  readonly params?: ViolationParams;
}

/** What a rule sees: the state before the act, the act, and for procedure acts the procedure. */
export interface Ctx<A extends Act = Act, P extends Procedure | undefined = Procedure | undefined> {
  readonly state: State;
  readonly act: A;
  readonly proc: P;
}

export interface Rule<A extends Act = Act, P extends Procedure | undefined = Procedure | undefined> {
  /** Stable id, e.g. `est10.eligible`. */
  readonly id: string;
  /** The provision (id) the rule applies; its violations cite it. */
  readonly cites: ProvisionId;
  /** Further provisions the rule gives effect to (through the parameters it reads, for example). */
  readonly also?: readonly ProvisionId[];
  readonly check: (ctx: Ctx<A, P>) => Breach | null;
}

/**
 * How the engine handles one act: checks in stages (every rule of a stage runs; a stage that finds
 * violations stops the later ones, which would only repeat them), then the events of an accepted act.
 */
export interface Handler<A extends Act = Act, P extends Procedure | undefined = Procedure | undefined> {
  readonly stages: readonly (readonly Rule<A, P>[])[];
  readonly events: (ctx: Ctx<A, P>) => readonly Event[];
}

export type Decision =
  | { readonly ok: true; readonly events: readonly Event[] }
  | { readonly ok: false; readonly violations: readonly Violation[] };

/** Runs a handler's stages and, when nothing is violated, its events. */
export function runHandler<A extends Act, P extends Procedure | undefined>(
  handler: Handler<A, P>,
  ctx: Ctx<A, P>,
): Decision {
  for (const stage of handler.stages) {
    let violations: Violation[] | null = null;
    for (const rule of stage) {
      const breach = rule.check(ctx);
      if (breach !== null) (violations ??= []).push({ ...breach, cite: rule.cites });
    }
    if (violations !== null) return { ok: false, violations };
  }
  return { ok: true, events: handler.events(ctx) };
}

/** Constructs a rule; keeps the generic parameters in one place. */
export function rule<A extends Act, P extends Procedure | undefined = Procedure | undefined>(
  r: Rule<A, P>,
): Rule<A, P> {
  return r;
}

const breach = (code: RejectionCode, params?: ViolationParams): Breach =>
  params ? { code, params } : { code };

/** The treaty must be in force on the day of the act. */
export function inForce<A extends Act, P extends Procedure | undefined>(
  id: string,
  cites: ProvisionId,
): Rule<A, P> {
  return {
    id,
    cites,
    check: ({ state, act }) => (inForceOn(state, act.on) ? null : breach('not_in_force')),
  };
}

/** The actor must be a Party on the day of the act. */
export function byParty<A extends Exclude<Act, ActOf<'close'>>, P extends Procedure | undefined>(
  id: string,
  cites: ProvisionId,
): Rule<A, P> {
  return {
    id,
    cites,
    check: ({ state, act }) =>
      isParty(state, act.by, act.on) ? null : breach('not_a_party', { who: act.by }),
  };
}

/** Other entities the act names (addressee, invitees) must be Parties on the day. */
export function namedParties<A extends Act, P extends Procedure | undefined>(
  id: string,
  cites: ProvisionId,
  field: string,
  pick: (act: A) => readonly EntityId[],
): Rule<A, P> {
  return {
    id,
    cites,
    check: ({ state, act }) => {
      const outside = pick(act).find((p) => !isParty(state, p, act.on));
      return outside === undefined ? null : breach('not_a_party', { who: outside, field });
    },
  };
}

/**
 * Parameters the act cannot do without: those unset on the day of the act refuse it, citing the
 * parameter's provision.
 */
export function needs<A extends Act, P extends Procedure | undefined>(...ids: ParameterId[]): Rule<A, P>[] {
  return ids.map((pid) => ({
    id: `param.${pid}`,
    cites: PARAMETERS[pid].cites,
    check: ({ state, act }) =>
      paramOn(state, pid, act.on) === null ? breach('parameter_unset', { parameter: pid }) : null,
  }));
}

/** A procedure id the act would create must be new. */
export function freshId<A extends Act, P extends Procedure | undefined>(
  id: string,
  cites: ProvisionId,
  pick: (act: A) => string | undefined,
): Rule<A, P> {
  return {
    id,
    cites,
    check: ({ state, act }) => {
      const wanted = pick(act);
      return wanted !== undefined && state.procedures.has(wanted)
        ? breach('duplicate_id', { id: wanted })
        : null;
    },
  };
}

/** The first free id `<prefix>-<n>` (n counts from the number of procedures, so this is rarely a loop). */
export function nextProcedureId(state: State, prefix: string): string {
  let n = state.procedures.size + 1;
  while (state.procedures.has(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}

export { breach };
export type { ActName };
