/**
 * @module What happened: the events `decide` returns and `evolve` folds. Names are in the past tense;
 * every derived fact (entry into force, a withdrawal's effective day, a closing's quorum) is decided
 * once, in `decide`, and carried in the event, so `evolve` never has to judge anything.
 */
import type { IsoDate } from '../treaty/dates.ts';
import type { EntityId } from '../treaty/entities.ts';
import type { Forces } from '../treaty/forces.ts';
import type { AttackKind, Vote } from './acts.ts';

/** Quorum of a closed (or, provisionally, an open) conference. */
export interface Quorum {
  readonly required: number;
  readonly present: number;
  readonly met: boolean;
}

export interface DecisionResult {
  readonly adopted: boolean;
  readonly blockedBy: readonly EntityId[];
}

/** What a conference's closing established, frozen on the day it closed. */
export interface Closing {
  /** The weight of all Parties that day (the quorum's denominator). */
  readonly parties: number;
  readonly quorum: Quorum;
  readonly decisions: Readonly<Record<string, DecisionResult>>;
}

interface At {
  readonly on: IsoDate;
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
      readonly attack: AttackKind;
      readonly excluded: readonly EntityId[];
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
  | (By & { readonly type: 'AssistanceConsented'; readonly to: readonly EntityId[] })
  | (By & {
      readonly type: 'AssistanceGiven';
      readonly procedure: string;
      readonly to: EntityId;
      readonly military: boolean;
    })
  | (By & { readonly type: 'ReportedToSecurityCouncil'; readonly procedure: string })
  | (At & { readonly type: 'SecurityCouncilActed'; readonly procedure: string })
  | (By & { readonly type: 'ObligationAssumed'; readonly obligation: string })
  | (By & {
      readonly type: 'ForcesDeployed';
      readonly deployment: string;
      readonly in: EntityId;
      readonly forces: Forces;
      readonly permanent: boolean;
    })
  | (By & { readonly type: 'DeploymentEnded'; readonly deployment: string });

export type EventType = Event['type'];
