/**
 * @module EST 7 and 8: an armed attack, or its threat, against a Party.
 *
 * The victim notifies the Depositary, which convenes an Extraordinary Conference at once (8(1)); when
 * the victim cannot, another Party may ask in its stead (8(2), R-l, a parameter). The Conference is
 * quorate when four fifths of all Parties attend, decides unanimously, and leaves out the vote of a
 * Party that carried out the attack (8(3); unanimity and the exclusion are R-m).
 *
 * Each Party may, but need not, treat the attack as one against itself and assist the victim, with
 * military means too, but only with the victim's consent, until the Security Council has taken the
 * measures needed, and reporting what it does to the Council at once (7(2)).
 */
import type { Act, ActOf } from '../acts.ts';
import type { Handler, Rule } from '../rule.ts';
import { breach, byParty, freshId, inForce, namedParties, needs, nextProcedureId, rule } from '../rule.ts';
import type { ExtraordinaryConference, Procedure } from '../state.ts';
import { isParty } from '../state.ts';
import { isOrganization } from '../../treaty/entities.ts';
import { attendMeeting, closeMeeting, isOpen, isPresent, proposeDecision } from './meetings.ts';

type NotifyAttack = ActOf<'notify-attack'>;
type Vote = ActOf<'vote'>;
type Xc = ExtraordinaryConference;

export const notifyAttack: Handler<NotifyAttack, undefined> = {
  stages: [
    [inForce('est8.inForce', 'est.8.1')],
    [
      // Only an armed attack can cost a Party its vote, so only then must the reading be known.
      rule({
        id: 'est8.excludeKnown',
        cites: 'est.8.3',
        check: ({ state, act }) =>
          act.kind === 'attack' && state.params['extraordinary.excludeAttacker'] === null
            ? breach('parameter_unset', { parameter: 'extraordinary.excludeAttacker' })
            : null,
      }),
    ],
    [
      // EST 7(1): the Party attacked or threatened acts through the Article 8 procedure.
      byParty('est7.party', 'est.7.1'),
      namedParties('est8.victim', 'est.8.2', 'onBehalfOf', (act) => (act.onBehalfOf ? [act.onBehalfOf] : [])),
    ],
    [
      rule({
        id: 'est8.thirdParty',
        cites: 'est.8.2',
        check: ({ state, act }) => {
          if (act.onBehalfOf === undefined || act.onBehalfOf === act.by) return null;
          const allowed = state.params['extraordinary.thirdPartyMayRequest'];
          if (allowed === null)
            return breach('parameter_unset', { parameter: 'extraordinary.thirdPartyMayRequest' });
          if (!allowed) return breach('not_the_victim', { victim: act.onBehalfOf });
          // Another Party acts only where the attacked Party cannot: one that has itself notified this
          // attack, and whose conference is open, plainly can.
          const own = [...state.procedures.values()].find(
            (p) =>
              p.kind === 'extraordinary-conference' &&
              p.closed === null &&
              p.victim === act.onBehalfOf &&
              p.attacker === act.attacker &&
              p.requestedBy === act.onBehalfOf,
          );
          return own === undefined
            ? null
            : breach('victim_has_notified', { victim: act.onBehalfOf, procedure: own.id });
        },
      }),
      freshId('est8.id', 'est.8.1', (act) => act.id),
    ],
  ],
  events: ({ state, act }) => {
    // EST 8(3): the vote left out is that of a Party that carried out an armed attack; a Party that
    // only threatens one keeps its vote, and an outside attacker has none to exclude.
    const exclude =
      act.kind === 'attack' &&
      state.params['extraordinary.excludeAttacker'] === true &&
      isParty(state, act.attacker, act.on);
    return [
      {
        type: 'ExtraordinaryConferenceConvened',
        on: act.on,
        by: act.by,
        procedure: act.id ?? nextProcedureId(state, 'xc'),
        victim: act.onBehalfOf ?? act.by,
        attacker: act.attacker,
        attack: act.kind,
        excluded: exclude ? [act.attacker] : [],
      },
    ];
  },
};

export const attendExtraordinary = attendMeeting('est8', 'est.8.3');
export const proposeExtraordinaryDecision = proposeDecision('est8', 'est.8.3');
export const closeExtraordinary = closeMeeting('est8', 'est.8.3');

export const voteInExtraordinary: Handler<Vote, Xc> = {
  stages: [
    [byParty('est8.voter', 'est.8.3')],
    [
      isOpen('est8.voteOpen', 'est.8.3'),
      rule({
        id: 'est8.voteDecision',
        cites: 'est.8.3',
        check: ({ act, proc }) =>
          proc.decisions.has(act.decision) ? null : breach('unknown_decision', { decision: act.decision }),
      }),
      isPresent('est8.votePresent', 'est.8.3'),
      rule({
        id: 'est8.attackerExcluded',
        cites: 'est.8.3',
        check: ({ act, proc }) =>
          proc.excluded.includes(act.by) ? breach('vote_excluded', { attacker: act.by }) : null,
      }),
    ],
  ],
  events: ({ act, proc }) => [
    { type: 'VoteCast', on: act.on, by: act.by, procedure: proc.id, decision: act.decision, vote: act.vote },
  ],
};

/**
 * EST 7(2) grants the right to assist as one of self-defence under Article 51 of the UN Charter,
 * which belongs to states: unless `assistance.organizations` reads it otherwise, an organization
 * that is a Party neither gives such assistance nor is the attacked Party who consents to it.
 */
function statesOnly<A extends Act, P extends Procedure | undefined>(
  id: string,
  field: string,
  who: (act: A) => readonly string[],
): Rule<A, P> {
  return rule<A, P>({
    id,
    cites: 'est.7.2',
    also: ['un.51'],
    check: ({ state, act }) => {
      if (state.params['assistance.organizations'] === true) return null;
      const org = who(act).find((x) => isOrganization(x));
      return org === undefined ? null : breach('not_a_state', { who: org, field });
    },
  });
}

export const consentToAssistance: Handler<ActOf<'consent-assistance'>, undefined> = {
  stages: [
    needs('assistance.organizations'),
    [inForce('est7.consentInForce', 'est.7.2')],
    [byParty('est7.consenter', 'est.7.2'), namedParties('est7.assisters', 'est.7.2', 'to', (act) => act.to)],
    [
      statesOnly<ActOf<'consent-assistance'>, undefined>('est7.consenterState', 'by', (act) => [act.by]),
      statesOnly<ActOf<'consent-assistance'>, undefined>('est7.assisterStates', 'to', (act) => act.to),
    ],
  ],
  events: ({ act }) => [{ type: 'AssistanceConsented', on: act.on, by: act.by, to: act.to }],
};

export const assist: Handler<ActOf<'assist'>, Xc> = {
  stages: [
    // The duty to report (7(2)) runs from the assistance, so its deadline must be known.
    needs('assistance.reportDays', 'assistance.reportNonMilitary', 'assistance.organizations'),
    [byParty('est7.assister', 'est.7.2')],
    [
      statesOnly<ActOf<'assist'>, Xc>('est7.assisterState', 'by', (act) => [act.by]),
      statesOnly<ActOf<'assist'>, Xc>('est7.victimState', 'to', (act) => [act.to]),
    ],
    [
      // The right to assist is a right of self-defence against an armed attack, not a threat.
      rule({
        id: 'est7.armedAttack',
        cites: 'est.7.2',
        check: ({ proc }) =>
          proc.attack === 'attack' ? null : breach('no_armed_attack', { procedure: proc.id }),
      }),
      rule({
        id: 'est7.victim',
        cites: 'est.7.2',
        check: ({ act, proc }) =>
          act.to === proc.victim ? null : breach('not_the_victim', { victim: proc.victim }),
      }),
      rule({
        id: 'est7.consent',
        cites: 'est.7.2',
        check: ({ state, act, proc }) => {
          const given = state.consents.get(proc.victim)?.get(act.by);
          return given !== undefined && given <= act.on
            ? null
            : breach('consent_required', { victim: proc.victim });
        },
      }),
      rule({
        id: 'est7.untilCouncil',
        cites: 'est.7.2',
        check: ({ act, proc }) =>
          proc.unscMeasures !== null && proc.unscMeasures <= act.on
            ? breach('unsc_measures_taken', { date: proc.unscMeasures })
            : null,
      }),
    ],
  ],
  events: ({ act, proc }) => [
    {
      type: 'AssistanceGiven',
      on: act.on,
      by: act.by,
      procedure: proc.id,
      to: act.to,
      military: act.military,
    },
  ],
};

export const reportToCouncil: Handler<ActOf<'report-to-unsc'>, Xc> = {
  stages: [[byParty('est7.reporter', 'est.7.2')]],
  events: ({ act, proc }) => [
    { type: 'ReportedToSecurityCouncil', on: act.on, by: act.by, procedure: proc.id },
  ],
};

/** The Security Council is no Party; its measures are a fact the scenario (or the operator) records. */
export const councilMeasures: Handler<ActOf<'unsc-measures'>, Xc> = {
  stages: [],
  events: ({ act, proc }) => [{ type: 'SecurityCouncilActed', on: act.on, procedure: proc.id }],
};
