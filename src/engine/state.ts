/**
 * @module The state of a treaty: a fold of events (`evolve`) over {@link initialState}. The fold owns
 * its state and updates it in place, which keeps a replay of a million events fast; nothing but
 * `evolve` writes to it, and `decide` only reads. To branch, replay again (or `structuredClone`).
 */
import type { TreatyId } from '../treaty/common.ts';
import type { IsoDate } from '../treaty/dates.ts';
import type { EntityId } from '../treaty/entities.ts';
import { isOrganization } from '../treaty/entities.ts';
import type { Forces } from '../treaty/forces.ts';
import type { ParameterId, ParameterSeries, ValueOf } from '../treaty/parameters/index.ts';
import { valueOn } from '../treaty/parameters/index.ts';
import type { AttackKind, Vote } from './acts.ts';
import type { Closing, CouncilBody, CouncilMatter, DecisionRule } from './events.ts';

export type { CouncilBody, CouncilMatter, DecisionRule } from './events.ts';
export { COUNCIL_BODIES } from './events.ts';

export interface EntityRecord {
  readonly id: EntityId;
  assumed: boolean;
  signed: IsoDate | null;
  deposited: IsoDate | null;
  /** Whether its instrument counts toward entry into force. */
  counted: boolean;
  /** The first day it is a Party; null while that is not known (deposit before entry into force). */
  inForceFrom: IsoDate | null;
  /** The accession procedure it applied through, if any. */
  accession: string | null;
  withdrawalNotified: IsoDate | null;
  /** The first day it is no longer a Party. */
  withdrawalEffective: IsoDate | null;
  /**
   * Earlier periods as a Party, each ended by a withdrawal that took effect, oldest first. A state
   * that withdrew may accede again (EST 12); the fields above then describe its current period.
   */
  readonly previous: Membership[];
}

/** A period as a Party that a withdrawal ended (EST 13). */
export interface Membership {
  readonly inForceFrom: IsoDate;
  readonly withdrawalNotified: IsoDate | null;
  /** The first day it was no longer a Party. */
  readonly withdrawalEffective: IsoDate;
}

export interface Decision {
  readonly id: string;
  readonly text: string;
  readonly proposedBy: EntityId;
  readonly proposed: IsoDate;
  /**
   * The day the decision is taken: that of the last vote or objection on it, or of its proposal if
   * there is none (EST 6(3), 8(3) read with DESIGN §3). Its quorum, presence and Parties are those of
   * that day; the close records the result and changes none of it.
   */
  taken: IsoDate;
  /** Objectors (conference), in the order they objected; an objection, once made, stands. */
  readonly objections: Map<EntityId, IsoDate>;
  /** Last vote of each voter (extraordinary conference); a vote, once made, stands. */
  readonly votes: Map<EntityId, Vote>;
}

interface ProcedureBase {
  readonly id: string;
  readonly opened: IsoDate;
  readonly requestedBy: EntityId;
  closed: IsoDate | null;
}

export interface InformationRequest extends ProcedureBase {
  readonly kind: 'information-request';
  readonly to: EntityId;
  readonly subject: string;
  answered: IsoDate | null;
}

export interface Consultations extends ProcedureBase {
  readonly kind: 'consultations';
  readonly subject: string;
  readonly invited: readonly EntityId[];
  readonly joined: Set<EntityId>;
  /** Who took part, with the first day each did. */
  readonly attended: Map<EntityId, IsoDate>;
  readonly date: IsoDate | null;
  readonly deadline: IsoDate;
}

export interface Meeting extends ProcedureBase {
  /** Who attended, with the first day each was present. */
  readonly attended: Map<EntityId, IsoDate>;
  readonly decisions: Map<string, Decision>;
  closing: Closing | null;
}

export interface Conference extends Meeting {
  readonly kind: 'conference';
  readonly consultations: string;
  readonly supporters: Set<EntityId>;
  convened: IsoDate | null;
  deadline: IsoDate | null;
}

export interface Assistance {
  readonly by: EntityId;
  readonly to: EntityId;
  readonly military: boolean;
  readonly on: IsoDate;
}

export interface ExtraordinaryConference extends Meeting {
  readonly kind: 'extraordinary-conference';
  readonly victim: EntityId;
  /** The first of the attackers. */
  readonly attacker: EntityId;
  /** Every attacker (one, usually). */
  readonly attackers: readonly EntityId[];
  readonly attack: AttackKind;
  readonly excluded: readonly EntityId[];
  readonly assistance: Assistance[];
  readonly reports: { readonly by: EntityId; readonly on: IsoDate }[];
  unscMeasures: IsoDate | null;
}

/**
 * A meeting of a regime's council, fixed when it opens: who sits on it (`members`), whose votes or
 * objections are left out (`excluded`) and by which rule it decides. Under NAT 5 and UN Charter 51 it
 * also carries the self-defence of the victim: assistance, reports to the Security Council and the
 * day the Council took measures.
 */
export interface Council extends Meeting {
  readonly kind: 'council';
  readonly body: CouncilBody;
  readonly matter: CouncilMatter;
  readonly subject: string;
  /** The state attacked or threatened (attack, threat); null for a consultation. */
  readonly victim: EntityId | null;
  readonly attacker: EntityId | null;
  /** The parties to the dispute or situation: the requester and those it names, or victim and attacker. */
  readonly concerned: readonly EntityId[];
  readonly members: readonly EntityId[];
  /** Members whose vote against defeats a decision (the Security Council's permanent members). */
  readonly permanent: readonly EntityId[];
  readonly excluded: readonly EntityId[];
  readonly rule: DecisionRule;
  /** The day by which the council meets. */
  readonly deadline: IsoDate;
  readonly assistance: Assistance[];
  readonly reports: { readonly by: EntityId; readonly on: IsoDate }[];
  unscMeasures: IsoDate | null;
}

export interface Accession extends ProcedureBase {
  readonly kind: 'accession';
  readonly objectionUntil: IsoDate;
  /**
   * The day the acceder's instrument is deposited (`accession.depositDay`): the day of its request,
   * or the day the objection window closes; EST 14 counts `laterDays` from it.
   */
  readonly deposited: IsoDate;
  readonly inForceFrom: IsoDate;
  readonly objections: Map<EntityId, IsoDate>;
}

export type Procedure =
  InformationRequest | Consultations | Conference | ExtraordinaryConference | Council | Accession;
export type ProcedureKind = Procedure['kind'];

export interface Deployment {
  readonly id: string;
  readonly by: EntityId;
  readonly in: EntityId;
  readonly forces: Forces;
  readonly permanent: boolean;
  /** Whose territory its missiles could reach, as the deployment stated it (absent: not stated). */
  readonly reaches?: readonly EntityId[];
  readonly from: IsoDate;
  to: IsoDate | null;
}

export interface Obligation {
  readonly by: EntityId;
  readonly obligation: string;
  readonly on: IsoDate;
}

export interface State {
  readonly treaty: TreatyId;
  /** The parameters by date, overrides applied: read them with {@link paramOn} on the act's day. */
  readonly parameters: ParameterSeries;
  readonly entities: Map<EntityId, EntityRecord>;
  entryIntoForce: IsoDate | null;
  countedInstruments: number;
  readonly procedures: Map<string, Procedure>;
  readonly deployments: Map<string, Deployment>;
  /** Consent of a victim (key) to assistance from each assisting Party, with its date. */
  readonly consents: Map<EntityId, Map<EntityId, IsoDate>>;
  /** Every consent given, with the day it was revoked if it was: the history behind `consents`. */
  readonly consentHistory: ConsentPeriod[];
  /** Armed attacks the victims declared when consenting to assistance (EST 7(2)), by id. */
  readonly attacks: Map<string, DeclaredAttack>;
  readonly obligations: Obligation[];
}

/** A victim's consent to assistance from one Party, from a day until it revokes it (EST 7(2)). */
export interface ConsentPeriod {
  readonly victim: EntityId;
  readonly to: EntityId;
  readonly from: IsoDate;
  until: IsoDate | null;
}

/**
 * An armed attack its victim declared when it consented to assistance (EST 7(2)): the right to
 * assist rests on the attack, not on the Article 8 procedure. Assistance under it that no
 * Extraordinary Conference of the same attack deals with is recorded here, with the reports and
 * the Security Council's measures.
 */
export interface DeclaredAttack {
  readonly id: string;
  readonly victim: EntityId;
  readonly attackers: readonly EntityId[];
  readonly declared: IsoDate;
  readonly assistance: Assistance[];
  readonly reports: { readonly by: EntityId; readonly on: IsoDate }[];
  unscMeasures: IsoDate | null;
}

export function initialState(treaty: TreatyId, parameters: ParameterSeries): State {
  return {
    treaty,
    parameters,
    entities: new Map(),
    entryIntoForce: null,
    countedInstruments: 0,
    procedures: new Map(),
    deployments: new Map(),
    consents: new Map(),
    consentHistory: [],
    attacks: new Map(),
    obligations: [],
  };
}

/** Whether the treaty is in force on a day. */
export function inForceOn(state: State, date: IsoDate): boolean {
  return state.entryIntoForce !== null && state.entryIntoForce <= date;
}

/** Whether the record is a Party on a day: in force for it, and its withdrawal not yet effective. */
export function isPartyRecord(rec: EntityRecord | undefined, date: IsoDate): boolean {
  if (rec === undefined) return false;
  if (
    rec.inForceFrom !== null &&
    rec.inForceFrom <= date &&
    (rec.withdrawalEffective === null || date < rec.withdrawalEffective)
  )
    return true;
  // A Party again after a withdrawal (EST 12, 13) was one in each earlier period too.
  return rec.previous.some((m) => m.inForceFrom <= date && date < m.withdrawalEffective);
}

export function isParty(state: State, id: EntityId, date: IsoDate): boolean {
  return isPartyRecord(state.entities.get(id), date);
}

/**
 * The weight an entity carries in quorums and votes on a day: 1 for a state, `organizations.voteWeight`
 * of that day for an organization (0 when unset, so an unset weight never lets a quorum pass).
 */
export function weightOf(state: State, id: EntityId, date: IsoDate): number {
  return isOrganization(id) ? (paramOn(state, 'organizations.voteWeight', date) ?? 0) : 1;
}

/** The total weight of the Parties on a day: the denominator of every quorum. */
export function partiesWeightOn(state: State, date: IsoDate): number {
  let total = 0;
  for (const rec of state.entities.values())
    if (isPartyRecord(rec, date)) total += weightOf(state, rec.id, date);
  return total;
}

/**
 * The value of a parameter on a day: the day of the act it governs (or, for a decision, the day it
 * is taken). Every rule reads parameters through this function. As in OpenFisca, the value in force
 * is the latest one dated on or before the day; the earliest value stands for the days before it.
 */
export function paramOn<K extends ParameterId>(state: State, id: K, date: IsoDate): ValueOf<K> | null {
  return valueOn<ValueOf<K>>(state.parameters[id], date);
}
