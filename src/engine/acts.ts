/**
 * @module The acts a Party (or the Depositary, or the Security Council) can perform: the commands of
 * the engine. A scenario's `events` are acts; so is the `act` of a filing with the depositary.
 */
import type { TreatyId } from '../treaty/common.ts';
import type { IsoDate } from '../treaty/dates.ts';
import type { EntityId, SECURITY_COUNCIL } from '../treaty/entities.ts';
import type { Forces } from '../treaty/forces.ts';

interface Dated {
  readonly on: IsoDate;
}
interface ByParty extends Dated {
  readonly by: EntityId;
}
interface OnProcedure extends ByParty {
  readonly procedure: string;
}

/**
 * The armed attack an act of self-defence (EST 7(2)) rests on: the Extraordinary Conference of that
 * attack (`procedure`), an attack the victim declared when it consented (`attack`), or, for
 * `assist`, neither: the engine finds the attack on the victim it names.
 */
interface SelfDefenceCase {
  readonly procedure?: string;
  readonly attack?: string;
}

/** The Security Council, the only actor of `unsc-measures`: no state can file that act. */
export type SecurityCouncil = EntityId & typeof SECURITY_COUNCIL;

export type Vote = 'yes' | 'no' | 'abstain';
export type AttackKind = 'attack' | 'threat';

export type Act =
  | (ByParty & { readonly act: 'sign' })
  | (ByParty & { readonly act: 'ratify' })
  | (ByParty & { readonly act: 'accede'; readonly id?: string })
  | (ByParty & {
      readonly act: 'withdraw';
      readonly statement?: string;
      /**
       * The planned day the withdrawal takes effect (EST 13: notice "in advance of the planned
       * withdrawal"); under NRA 9, which fixes the day, only that day.
       */
      readonly effective?: IsoDate;
    })
  | (ByParty & {
      readonly act: 'request-information';
      readonly to: EntityId;
      readonly subject: string;
      readonly id?: string;
    })
  | (OnProcedure & { readonly act: 'answer'; readonly text?: string })
  | (ByParty & {
      readonly act: 'request-consultations';
      readonly with: readonly EntityId[];
      readonly subject: string;
      readonly id?: string;
      readonly date?: IsoDate;
    })
  | (OnProcedure & { readonly act: 'join' })
  | (OnProcedure & { readonly act: 'attend' })
  | (Dated & { readonly act: 'close'; readonly procedure: string })
  | (OnProcedure & { readonly act: 'propose-conference'; readonly id?: string })
  | (OnProcedure & { readonly act: 'support' })
  | (ByParty & {
      readonly act: 'notify-attack';
      /** The attacker, or the first of several. */
      readonly attacker: EntityId;
      /** Every attacker, when more than one carried out the attack (the first is `attacker`). */
      readonly attackers?: readonly EntityId[];
      readonly kind: AttackKind;
      readonly id?: string;
      readonly onBehalfOf?: EntityId;
    })
  | (OnProcedure & { readonly act: 'propose-decision'; readonly decision: string; readonly text: string })
  | (OnProcedure & { readonly act: 'object'; readonly decision?: string })
  | (OnProcedure & { readonly act: 'vote'; readonly decision: string; readonly vote: Vote })
  | (ByParty & {
      readonly act: 'consent-assistance';
      readonly to: readonly EntityId[];
      /** The attacker of the armed attack the victim declares with its consent (EST 7(2)), if any. */
      readonly attacker?: EntityId;
      /** Every attacker, when more than one (the first is `attacker`). */
      readonly attackers?: readonly EntityId[];
      /** The id of the declared attack; only with `attacker`. */
      readonly attack?: string;
    })
  | (ByParty & { readonly act: 'revoke-consent'; readonly to?: readonly EntityId[] })
  | (ByParty &
      SelfDefenceCase & { readonly act: 'assist'; readonly to: EntityId; readonly military: boolean })
  | (ByParty & SelfDefenceCase & { readonly act: 'report-to-unsc' })
  | (Dated & SelfDefenceCase & { readonly act: 'unsc-measures'; readonly by: SecurityCouncil })
  | (ByParty & { readonly act: 'assume-obligation'; readonly obligation: string })
  | (ByParty & {
      readonly act: 'deploy';
      readonly in: EntityId;
      readonly forces: Forces;
      readonly permanent: boolean;
      readonly id: string;
      /**
       * The States whose territory the deployment's intermediate- or shorter-range missiles could
       * reach from where they stand (NRA 5, RUS-US 6), beyond the host's own: the engine does no
       * geography, so the filer states it. Absent: not stated; empty: no State's but the host's.
       */
      readonly reaches?: readonly EntityId[];
    })
  | (ByParty & { readonly act: 'end-deployment'; readonly id: string });

export type ActName = Act['act'];
export type ActOf<N extends ActName> = Extract<Act, { readonly act: N }>;

/** Which acts each draft knows. An act outside its treaty makes a scenario malformed. */
export const TREATY_ACTS: Readonly<Record<TreatyId, readonly ActName[]>> = {
  'est-2009': [
    'sign',
    'ratify',
    'accede',
    'withdraw',
    'request-information',
    'answer',
    'request-consultations',
    'join',
    'attend',
    'close',
    'propose-conference',
    'support',
    'notify-attack',
    'propose-decision',
    'object',
    'vote',
    'consent-assistance',
    'revoke-consent',
    'assist',
    'report-to-unsc',
    'unsc-measures',
    'assume-obligation',
  ],
  'nrc-2009': ['sign', 'ratify', 'deploy', 'end-deployment'],
  // Of the 2021 drafts' operative articles, the deployment acts carry NRA 4, 5 and 7(1) and RUS-US
  // 4(2), 6 and 7(1); NRA 6 and RUS-US 4(1) read the accessions of the registry and need no act. NRA 9
  // provides for withdrawal; whether the RUS-US draft does is unknown (no retrieved copy of Article 8
  // has such a clause, nor says there is none), so it has no `withdraw`.
  'nra-2021': ['sign', 'ratify', 'withdraw', 'deploy', 'end-deployment'],
  'rus-us-2021': ['sign', 'ratify', 'deploy', 'end-deployment'],
  // The regimes are in force in every comparison (a scenario assumes them), so they have no final
  // clauses as acts; each meets in its council.
  'nat-1949': [
    'request-consultations',
    'notify-attack',
    'attend',
    'propose-decision',
    'object',
    'close',
    'assist',
    'report-to-unsc',
    'unsc-measures',
  ],
  'un-1945': [
    'request-consultations',
    'notify-attack',
    'attend',
    'propose-decision',
    'vote',
    'close',
    'consent-assistance',
    'revoke-consent',
    'assist',
    'report-to-unsc',
    'unsc-measures',
  ],
  'osce-1992': ['request-consultations', 'notify-attack', 'attend', 'propose-decision', 'object', 'close'],
};

export const ACT_NAMES: readonly ActName[] = [...new Set(Object.values(TREATY_ACTS).flat())];

/** The attackers an act names: `attackers` when there are several, else `attacker`. */
export function attackersOf(act: {
  readonly attacker?: EntityId;
  readonly attackers?: readonly EntityId[];
}): readonly EntityId[] {
  return act.attackers ?? (act.attacker === undefined ? [] : [act.attacker]);
}

/** The actor of an act: a Party, the Security Council, or null for the Depositary (`close`). */
export function actorOf(act: Act): EntityId | null {
  return act.act === 'close' ? null : act.by;
}
