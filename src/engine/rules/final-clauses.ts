/**
 * @module EST 10, 11, 14 (and the unknown final clauses of the NRC draft, NRA 9 and RUS-US 8 of the
 * 2021 drafts): signature, deposit of instruments, and entry into force on the counted instrument
 * that reaches the threshold, a number of instruments or a share of the signatories to exceed.
 */
import { addDays } from '../../treaty/dates.ts';
import type { IsoDate } from '../../treaty/dates.ts';
import { kindOf } from '../../treaty/entities.ts';
import { resolvePartySet } from '../../treaty/parties/index.ts';
import type { ProvisionId } from '../../treaty/provisions/index.ts';
import type { ActOf } from '../acts.ts';
import type { Event } from '../events.ts';
import type { Handler } from '../rule.ts';
import { breach, needs, rule } from '../rule.ts';
import { inForceOn, paramOn } from '../state.ts';
import type { State } from '../state.ts';

type Sign = ActOf<'sign'>;
type Ratify = ActOf<'ratify'>;

interface FinalClauses {
  /** Provision of signature (EST 10). */
  readonly signature: ProvisionId;
  /** Provision of deposit (EST 11) and its paragraph on instruments (EST 11(1)). */
  readonly deposit: ProvisionId;
  readonly instruments: ProvisionId;
  /** Provision of entry into force (EST 14(1)). */
  readonly entryIntoForce: ProvisionId;
  readonly eligible:
    'signature.eligible' | 'nrc.signature.eligible' | 'nra.signature.eligible' | 'rus-us.signature.eligible';
  readonly threshold: Threshold;
  readonly laterDays:
    | 'entryIntoForce.laterDays'
    | 'nrc.entryIntoForce.laterDays'
    | 'nra.entryIntoForce.laterDays'
    | 'rus-us.entryIntoForce.laterDays';
  readonly countOrganizations: 'entryIntoForce.countOrganizations' | null;
}

/**
 * What brings the text into force: a number of counted instruments to reach (EST 14(1)), or a share
 * of the signatories that the counted instruments must exceed (NRA 9: "more than half").
 */
type Threshold =
  | {
      readonly kind: 'count';
      readonly parameter:
        'entryIntoForce.instruments' | 'nrc.entryIntoForce.instruments' | 'rus-us.entryIntoForce.instruments';
    }
  | { readonly kind: 'share-of-signatories'; readonly parameter: 'nra.entryIntoForce.signatoryShare' };

const EST: FinalClauses = {
  signature: 'est.10',
  deposit: 'est.11',
  instruments: 'est.11.1',
  entryIntoForce: 'est.14.1',
  eligible: 'signature.eligible',
  threshold: { kind: 'count', parameter: 'entryIntoForce.instruments' },
  laterDays: 'entryIntoForce.laterDays',
  countOrganizations: 'entryIntoForce.countOrganizations',
};

// The NRC draft's final clauses are unknown (U): one provision node stands for all of them, and its
// entry-into-force parameters have no value, so a ratification is refused as parameter_unset.
const NRC: FinalClauses = {
  signature: 'nrc.final',
  deposit: 'nrc.final',
  instruments: 'nrc.final',
  entryIntoForce: 'nrc.final',
  eligible: 'nrc.signature.eligible',
  threshold: { kind: 'count', parameter: 'nrc.entryIntoForce.instruments' },
  laterDays: 'nrc.entryIntoForce.laterDays',
  countOrganizations: null,
};

// NRA 9(1): one paragraph holds signature (implied), deposit and entry into force; only States sign.
const NRA: FinalClauses = {
  signature: 'nra.9.1',
  deposit: 'nra.9.1',
  instruments: 'nra.9.1',
  entryIntoForce: 'nra.9.1',
  eligible: 'nra.signature.eligible',
  threshold: { kind: 'share-of-signatories', parameter: 'nra.entryIntoForce.signatoryShare' },
  laterDays: 'nra.entryIntoForce.laterDays',
  countOrganizations: null,
};

// RUS-US 8: the notification that domestic procedures are complete is recorded as a deposit.
const RUS_US: FinalClauses = {
  signature: 'rus-us.8.1',
  deposit: 'rus-us.8.1',
  instruments: 'rus-us.8.1',
  entryIntoForce: 'rus-us.8.1',
  eligible: 'rus-us.signature.eligible',
  threshold: { kind: 'count', parameter: 'rus-us.entryIntoForce.instruments' },
  laterDays: 'rus-us.entryIntoForce.laterDays',
  countOrganizations: null,
};

/** The signatories on the state's record: every entity with a signature. */
function signatories(state: State): number {
  let n = 0;
  for (const rec of state.entities.values()) if (rec.signed != null) n += 1;
  return n;
}

function signHandler(c: FinalClauses, prefix: string): Handler<Sign, undefined> {
  return {
    stages: [
      needs(c.eligible),
      [
        /**
         * EST 10: the Treaty is open for signature by the states of the Euro-Atlantic and Eurasian
         * space and by the EU, the OSCE, the CSTO, NATO and the CIS (the set is a parameter, read
         * on the day of signature: a preset such as osce+orgs takes the OSCE of that day).
         */
        rule({
          id: `${prefix}.eligible`,
          cites: c.signature,
          check: ({ state, act }) => {
            const eligible = paramOn(state, c.eligible, act.on) ?? [];
            return resolvePartySet(eligible, act.on).has(act.by)
              ? null
              : breach('not_eligible', { who: act.by });
          },
        }),
        rule({
          id: `${prefix}.once`,
          cites: c.signature,
          check: ({ state, act }) => {
            const rec = state.entities.get(act.by);
            return rec?.signed != null ? breach('already_signed', { date: rec.signed }) : null;
          },
        }),
        // Modelling choice: signature is open until entry into force; later comers accede (EST 12).
        rule({
          id: `${prefix}.closed`,
          cites: c.signature,
          check: ({ state, act }) =>
            inForceOn(state, act.on)
              ? breach('signature_closed', { date: state.entryIntoForce ?? act.on })
              : null,
        }),
      ],
    ],
    events: ({ act }) => [{ type: 'Signed', on: act.on, by: act.by }],
  };
}

function ratifyHandler(c: FinalClauses, prefix: string): Handler<Ratify, undefined> {
  return {
    stages: [
      [
        ...needs<Ratify, undefined>(c.threshold.parameter),
        ...(c.countOrganizations === null ? [] : needs<Ratify, undefined>(c.countOrganizations)),
        // A deposit after entry into force takes effect laterDays on, so that blank must be filled.
        rule({
          id: `${prefix}.laterDays`,
          cites: c.entryIntoForce,
          check: ({ state, act }) =>
            inForceOn(state, act.on) && paramOn(state, c.laterDays, act.on) === null
              ? breach('parameter_unset', { parameter: c.laterDays })
              : null,
        }),
      ],
      [
        /** EST 11: states ratify and organizations approve; only a signatory deposits an instrument. */
        rule({
          id: `${prefix}.signatory`,
          cites: c.deposit,
          also: [c.instruments],
          check: ({ state, act }) => {
            const rec = state.entities.get(act.by);
            return rec?.signed == null && !rec?.assumed ? breach('not_a_signatory', { who: act.by }) : null;
          },
        }),
        rule({
          id: `${prefix}.once`,
          cites: c.deposit,
          check: ({ state, act }) => {
            const rec = state.entities.get(act.by);
            if (rec?.assumed) return breach('already_deposited', { assumed: 'yes' });
            return rec?.deposited != null ? breach('already_deposited', { date: rec.deposited }) : null;
          },
        }),
      ],
    ],
    events: ({ state, act }) => {
      // EST 11(1), 14(1): which instruments count toward entry into force is a parameter; the treaty
      // enters into force for all earlier depositors on the day the counted ones reach the threshold,
      // and for each later depositor laterDays after its own deposit. Each is read on the day of
      // the deposit.
      const countsOrgs =
        c.countOrganizations !== null && paramOn(state, c.countOrganizations, act.on) === true;
      const counted = kindOf(act.by) === 'state' || countsOrgs;
      if (inForceOn(state, act.on)) {
        const later = addDays(act.on, paramOn(state, c.laterDays, act.on) ?? 0);
        return [{ type: 'InstrumentDeposited', on: act.on, by: act.by, counted, inForceFrom: later }];
      }
      // Entry into force already fixed for a later day (a scenario's `assume`): an earlier
      // deposit takes effect on that day, as every deposit before entry into force does.
      if (state.entryIntoForce !== null) {
        return [
          { type: 'InstrumentDeposited', on: act.on, by: act.by, counted, inForceFrom: state.entryIntoForce },
        ];
      }
      const reaches = counted && reachesThreshold(state, c.threshold, act.on, state.countedInstruments + 1);
      const deposited: Event = {
        type: 'InstrumentDeposited',
        on: act.on,
        by: act.by,
        counted,
        inForceFrom: null,
      };
      return reaches ? [deposited, { type: 'EnteredIntoForce', on: act.on }] : [deposited];
    },
  };
}

/**
 * Whether `instruments` counted instruments bring the text into force on a day. A share is exceeded,
 * not only reached (NRA 9: "more than half"), and is compared in whole numbers:
 * instruments × den > num × signatories.
 */
function reachesThreshold(state: State, threshold: Threshold, on: IsoDate, instruments: number): boolean {
  if (threshold.kind === 'count') return instruments >= (paramOn(state, threshold.parameter, on) ?? Infinity);
  const share = paramOn(state, threshold.parameter, on);
  if (share === null) return false;
  return instruments * share.den > share.num * signatories(state);
}

export const estSign = signHandler(EST, 'est10');
export const estRatify = ratifyHandler(EST, 'est11');
export const nrcSign = signHandler(NRC, 'nrc.final.sign');
export const nrcRatify = ratifyHandler(NRC, 'nrc.final.ratify');
export const nraSign = signHandler(NRA, 'nra9.sign');
export const nraRatify = ratifyHandler(NRA, 'nra9.ratify');
export const rusUsSign = signHandler(RUS_US, 'rus-us8.sign');
export const rusUsRatify = ratifyHandler(RUS_US, 'rus-us8.ratify');
