/**
 * @module What happened: the events `decide` returns and `evolve` folds. Names are in the past tense;
 * every derived fact (entry into force, a withdrawal's effective day, a closing's quorum) is decided
 * once, in `decide`, and carried in the event, so `evolve` never has to judge anything.
 */
import type { IsoDate } from '../treaty/dates.ts';
import type { EntityId } from '../treaty/entities.ts';
import type { Forces } from '../treaty/forces.ts';
import type { AttackKind, Vote } from './acts.ts';

/** The standing body of a regime that sits on a matter: NATO's, the UN's or the OSCE's council. */
export const COUNCIL_BODIES = ['nac', 'unsc', 'pc'] as const;
export type CouncilBody = (typeof COUNCIL_BODIES)[number];

/**
 * What brought the matter before the council: a request to consult (NAT 4, UN Charter 35, a
 * situation raised in the OSCE), an armed attack, or the threat of one.
 */
export type CouncilMatter = 'consultation' | 'attack' | 'threat';

/**
 * How the council decides: consensus (NAC, OSCE), consensus leaving out the State concerned (Prague
 * 1992, 16), or nine votes with no veto of a permanent member (UN Charter 27(3)).
 */
export type DecisionRule = 'consensus' | 'consensus-minus-one' | 'veto-majority';

/** Quorum of a closed (or, provisionally, an open) conference. */
export interface Quorum {
  readonly required: number;
  readonly present: number;
  readonly met: boolean;
}

/** A decision as judged on the day it was taken (`taken`), whatever happened after that day. */
export interface DecisionResult {
  readonly adopted: boolean;
  readonly blockedBy: readonly EntityId[];
  /** The day of the last vote or objection on it, or of its proposal if there was none. */
  readonly taken: IsoDate;
  /** A conference's: the weight of the Parties that day and the quorum of those present that day. */
  readonly parties?: number;
  readonly quorum?: Quorum;
}

/**
 * What a conference's (or a council's) closing recorded on the day it closed: each decision as it
 * was taken, and the conference's own attendance that day.
 */
export interface Closing {
  /** The weight of all Parties on the closing day; for a council, its members. */
  readonly parties: number;
  /**
   * A conference's quorum on the closing day (who was still present when it closed); each decision
   * carries its own. A council has none (NAT 9, UN Charter 28, OSCE: no quorum in the texts).
   */
  readonly quorum?: Quorum;
  readonly decisions: Readonly<Record<string, DecisionResult>>;
}

/** A conference's closing always establishes its quorum. */
export interface ConferenceClosing extends Closing {
  readonly quorum: Quorum;
}

interface At {
  readonly on: IsoDate;
}
/**
 * What an act of self-defence (EST 7(2), NAT 5, UN Charter 51) rests on, at least one of: the
 * meeting of that attack (an Extraordinary Conference or a council) and the attack its victim
 * declared. Both when the victim declared the attack that a conference also deals with.
 */
interface SelfDefenceCase {
  readonly procedure?: string;
  readonly attack?: string;
}
interface By extends At {
  readonly by: EntityId;
}

export type Event =
  | (At & { readonly type: 'PartiesAssumed'; readonly parties: readonly EntityId[] })
  | (By & { readonly type: 'Signed' })
  | (By & {
      readonly type: 'InstrumentDeposited';
      readonly counted: boolean;
      readonly inForceFrom: IsoDate | null;
    })
  | (At & { readonly type: 'EnteredIntoForce' })
  | (By & {
      readonly type: 'AccessionOpened';
      readonly procedure: string;
      readonly objectionUntil: IsoDate;
      /** The day its instrument of accession is deposited (`accession.depositDay`). */
      readonly deposited: IsoDate;
      readonly inForceFrom: IsoDate;
    })
  | (By & { readonly type: 'AccessionObjected'; readonly procedure: string })
  | (By & { readonly type: 'WithdrawalNotified'; readonly statement: string; readonly effective: IsoDate })
  | (By & {
      readonly type: 'InformationRequested';
      readonly procedure: string;
      readonly to: EntityId;
      readonly subject: string;
    })
  | (By & { readonly type: 'InformationAnswered'; readonly procedure: string })
  | (By & {
      readonly type: 'ConsultationsRequested';
      readonly procedure: string;
      readonly with: readonly EntityId[];
      readonly subject: string;
      readonly date: IsoDate | null;
      readonly deadline: IsoDate;
    })
  | (By & { readonly type: 'ConsultationsJoined'; readonly procedure: string })
  | (By & { readonly type: 'Attended'; readonly procedure: string })
  | (By & { readonly type: 'ConferenceProposed'; readonly procedure: string; readonly consultations: string })
  | (By & { readonly type: 'ConferenceSupported'; readonly procedure: string })
  | (At & { readonly type: 'ConferenceConvened'; readonly procedure: string; readonly deadline: IsoDate })
  | (By & {
      readonly type: 'ExtraordinaryConferenceConvened';
      readonly procedure: string;
      readonly victim: EntityId;
      readonly attacker: EntityId;
      /** Every attacker, when more than one (the first is `attacker`). */
      readonly attackers?: readonly EntityId[];
      readonly attack: AttackKind;
      readonly excluded: readonly EntityId[];
    })
  | (By & {
      readonly type: 'CouncilSeized';
      readonly procedure: string;
      readonly body: CouncilBody;
      readonly matter: CouncilMatter;
      readonly subject: string;
      readonly victim: EntityId | null;
      readonly attacker: EntityId | null;
      readonly concerned: readonly EntityId[];
      readonly members: readonly EntityId[];
      readonly permanent: readonly EntityId[];
      readonly excluded: readonly EntityId[];
      readonly rule: DecisionRule;
      readonly deadline: IsoDate;
    })
  | (By & {
      readonly type: 'DecisionProposed';
      readonly procedure: string;
      readonly decision: string;
      readonly text: string;
    })
  | (By & { readonly type: 'DecisionObjected'; readonly procedure: string; readonly decision: string })
  | (By & {
      readonly type: 'VoteCast';
      readonly procedure: string;
      readonly decision: string;
      readonly vote: Vote;
    })
  | (At & { readonly type: 'ProcedureClosed'; readonly procedure: string; readonly closing: Closing | null })
  /** The victim (`by`) declares the armed attack it suffers, when it consents to assistance (EST 7(2)). */
  | (By & {
      readonly type: 'AttackDeclared';
      readonly attack: string;
      readonly attackers: readonly EntityId[];
    })
  | (By & { readonly type: 'AssistanceConsented'; readonly to: readonly EntityId[] })
  | (By & { readonly type: 'ConsentRevoked'; readonly to: readonly EntityId[] })
  | (By &
      SelfDefenceCase & {
        readonly type: 'AssistanceGiven';
        readonly to: EntityId;
        readonly military: boolean;
      })
  | (By & SelfDefenceCase & { readonly type: 'ReportedToSecurityCouncil' })
  | (At & SelfDefenceCase & { readonly type: 'SecurityCouncilActed' })
  | (By & { readonly type: 'ObligationAssumed'; readonly obligation: string })
  | (By & {
      readonly type: 'ForcesDeployed';
      readonly deployment: string;
      readonly in: EntityId;
      readonly forces: Forces;
      readonly permanent: boolean;
      /** Whose territory its missiles could reach, when the act states it (NRA 5, RUS-US 6). */
      readonly reaches?: readonly EntityId[];
    })
  | (By & { readonly type: 'DeploymentEnded'; readonly deployment: string });

export type EventType = Event['type'];
