/**
 * @module What the two conferences share: attendance, proposals of decisions and closing by the
 * Depositary. Each conference passes the provision that governs it (EST 6(3) or EST 8(3)).
 */
import type { ProvisionId } from '../../treaty/provisions/index.ts';
import type { ActOf } from '../acts.ts';
import { evaluate } from '../closing.ts';
import type { Handler, Rule } from '../rule.ts';
import { breach, byParty, needs, rule } from '../rule.ts';
import type { Conference, ExtraordinaryConference } from '../state.ts';
import { paramOn } from '../state.ts';

type Meeting = Conference | ExtraordinaryConference;
type Attend = ActOf<'attend'>;
type Propose = ActOf<'propose-decision'>;
type Close = ActOf<'close'>;

export function isOpen<
  A extends ActOf<'attend' | 'propose-decision' | 'object' | 'vote' | 'close' | 'support'>,
  P extends Meeting,
>(id: string, cites: ProvisionId): Rule<A, P> {
  return rule({
    id,
    cites,
    check: ({ proc }) => (proc.closed === null ? null : breach('procedure_closed', { date: proc.closed })),
  });
}

/** A Conference sits only once the Depositary has convened it (EST 6(2)). */
export function isConvened<A extends ActOf<'attend' | 'propose-decision' | 'object' | 'close'>>(
  id: string,
): Rule<A, Meeting> {
  return rule({
    id,
    cites: 'est.6.2',
    check: ({ proc }) =>
      proc.kind === 'conference' && proc.convened === null
        ? breach('not_convened', { supporters: proc.supporters.size })
        : null,
  });
}

export function isPresent<A extends ActOf<'propose-decision' | 'object' | 'vote'>, P extends Meeting>(
  id: string,
  cites: ProvisionId,
): Rule<A, P> {
  return rule({
    id,
    cites,
    check: ({ act, proc }) =>
      proc.attended.has(act.by) ? null : breach('not_present', { procedure: proc.id }),
  });
}

export function attendMeeting(prefix: string, cites: ProvisionId): Handler<Attend, Meeting> {
  return {
    stages: [
      [byParty(`${prefix}.attendParty`, cites)],
      [isOpen(`${prefix}.attendOpen`, cites), isConvened(`${prefix}.attendConvened`)],
    ],
    events: ({ act, proc }) => [{ type: 'Attended', on: act.on, by: act.by, procedure: proc.id }],
  };
}

export function proposeDecision(prefix: string, cites: ProvisionId): Handler<Propose, Meeting> {
  return {
    stages: [
      [byParty(`${prefix}.proposeParty`, cites)],
      [
        isOpen(`${prefix}.proposeOpen`, cites),
        isConvened(`${prefix}.proposeConvened`),
        isPresent(`${prefix}.proposePresent`, cites),
        rule({
          id: `${prefix}.proposeFresh`,
          cites,
          check: ({ act, proc }) =>
            proc.decisions.has(act.decision) ? breach('duplicate_id', { id: act.decision }) : null,
        }),
      ],
    ],
    events: ({ act, proc }) => [
      {
        type: 'DecisionProposed',
        on: act.on,
        by: act.by,
        procedure: proc.id,
        decision: act.decision,
        text: act.text,
      },
    ],
  };
}

export function closeMeeting(prefix: string, cites: ProvisionId): Handler<Close, Meeting> {
  return {
    stages: [
      [isOpen(`${prefix}.closeOpen`, cites)],
      [
        ...needs<Close, Meeting>('organizations.voteWeight'),
        rule({
          id: `${prefix}.closeRules`,
          cites,
          check: ({ state, act, proc }) => {
            if (proc.kind === 'conference' && proc.convened === null) return null;
            const ids =
              proc.kind === 'conference'
                ? (['conference.quorum'] as const)
                : (['extraordinary.quorum', 'extraordinary.abstentionBlocks'] as const);
            const unset = ids.find((id) => paramOn(state, id, act.on) === null);
            return unset === undefined ? null : breach('parameter_unset', { parameter: unset });
          },
        }),
      ],
    ],
    // A Conference that never gathered its support can be closed too (the proposal lapses);
    // there is then no quorum to establish.
    events: ({ state, act, proc }) => [
      {
        type: 'ProcedureClosed',
        on: act.on,
        procedure: proc.id,
        closing: proc.kind === 'conference' && proc.convened === null ? null : evaluate(state, proc, act.on),
      },
    ],
  };
}
