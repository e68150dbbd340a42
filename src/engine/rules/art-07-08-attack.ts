/**
 * @module EST 7 and 8: an armed attack, or its threat, against a Party.
 *
 * The victim notifies the Depositary, which convenes an Extraordinary Conference at once (8(1)); when
 * the victim cannot, another Party may ask in its stead (8(2), R-l, a parameter). The Conference is
 * quorate when four fifths of all Parties attend, decides unanimously, and leaves out the vote of a
 * Party that carried out the attack (8(3); unanimity and the exclusion are R-m). An attack may be
 * carried out by several: every attacker that is a Party loses its vote.
 *
 * Each Party may, but need not, treat the attack as one against itself and assist the victim, with
 * military means too, but only with the victim's consent, until the Security Council has taken the
 * measures needed, and reporting what it does to the Council at once (7(2)). That right exists
 * "without prejudice to Article 8": it rests on the armed attack, not on anyone having used the
 * Article 8 procedure. So the victim may declare the attack when it consents (`consent-assistance`
 * with `attacker`), and assistance, reports and the Council's measures rest on the Extraordinary
 * Conference of that attack where there is one, and on the declared attack where there is none.
 * The victim may revoke its consent, for some assisting Parties or all of them. The checks of
 * assistance, reports and measures are those of `self-defence.ts`, shared with the regimes' councils;
 * this file says how the EST finds the attack they rest on, and who may assist under it.
 */
import type { Act, ActOf } from '../acts.ts';
import { attackersOf } from '../acts.ts';
import type { Event } from '../events.ts';
import type { Breach, Handler, Rule } from '../rule.ts';
import { breach, byParty, inForce, namedParties, needs, nextProcedureId, rule } from '../rule.ts';
import type { DeclaredAttack, ExtraordinaryConference, Procedure, State } from '../state.ts';
import { isParty, paramOn } from '../state.ts';
import type { IsoDate } from '../../treaty/dates.ts';
import type { EntityId } from '../../treaty/entities.ts';
import { isOrganization } from '../../treaty/entities.ts';
import { attendMeeting, closeMeeting, isOpen, isPresent, proposeDecision } from './meetings.ts';
import type { AttackFacts, SelfDefenceCtx, SelfDefenceRegime } from './self-defence.ts';
import { assistHandler, measuresHandler, reportHandler } from './self-defence.ts';

type NotifyAttack = ActOf<'notify-attack'>;
type Vote = ActOf<'vote'>;
type Xc = ExtraordinaryConference;

/** Whether two lists of attackers name one in common. */
const overlaps = (a: readonly EntityId[], b: readonly EntityId[]): boolean => a.some((x) => b.includes(x));

/** An id not yet taken by a procedure or a declared attack. */
function isFresh(state: State, id: string): boolean {
  return !state.procedures.has(id) && !state.attacks.has(id);
}

export const notifyAttack: Handler<NotifyAttack, undefined> = {
  stages: [
    [inForce('est8.inForce', 'est.8.1')],
    [
      // Only an armed attack can cost a Party its vote, so only then must the reading be known.
      rule({
        id: 'est8.excludeKnown',
        cites: 'est.8.3',
        check: ({ state, act }) =>
          act.kind === 'attack' && paramOn(state, 'extraordinary.excludeAttacker', act.on) === null
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
          const allowed = paramOn(state, 'extraordinary.thirdPartyMayRequest', act.on);
          if (allowed === null)
            return breach('parameter_unset', { parameter: 'extraordinary.thirdPartyMayRequest' });
          if (!allowed) return breach('not_the_victim', { victim: act.onBehalfOf });
          // Another Party acts only where the attacked Party cannot: one that has itself notified this
          // attack (by any of the same attackers), and whose conference is open, plainly can.
          const attackers = attackersOf(act);
          const own = [...state.procedures.values()].find(
            (p) =>
              p.kind === 'extraordinary-conference' &&
              p.closed === null &&
              p.victim === act.onBehalfOf &&
              overlaps(p.attackers, attackers) &&
              p.requestedBy === act.onBehalfOf,
          );
          return own === undefined
            ? null
            : breach('victim_has_notified', { victim: act.onBehalfOf, procedure: own.id });
        },
      }),
      rule({
        id: 'est8.id',
        cites: 'est.8.1',
        check: ({ state, act }) =>
          act.id === undefined || isFresh(state, act.id) ? null : breach('duplicate_id', { id: act.id }),
      }),
    ],
  ],
  events: ({ state, act }) => {
    // EST 8(3): the votes left out are those of the Parties that carried out an armed attack; a Party
    // that only threatens one keeps its vote, and an outside attacker has none to exclude.
    const attackers = attackersOf(act);
    const excluded =
      act.kind === 'attack' && paramOn(state, 'extraordinary.excludeAttacker', act.on) === true
        ? attackers.filter((a) => isParty(state, a, act.on))
        : [];
    return [
      {
        type: 'ExtraordinaryConferenceConvened',
        on: act.on,
        by: act.by,
        procedure: act.id ?? nextProcedureId(state, 'xc'),
        victim: act.onBehalfOf ?? act.by,
        attacker: act.attacker,
        ...(attackers.length > 1 ? { attackers } : {}),
        attack: act.kind,
        excluded,
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

////////// The right to assist (EST 7(2))

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
      if (paramOn(state, 'assistance.organizations', act.on) === true) return null;
      const org = who(act).find((x) => isOrganization(x));
      return org === undefined ? null : breach('not_a_state', { who: org, field });
    },
  });
}

/** The Extraordinary Conference of a declared attack: the latest on that victim by one of its attackers. */
export function conferenceOf(state: State, attack: DeclaredAttack, on: IsoDate): Xc | undefined {
  let found: Xc | undefined;
  for (const p of state.procedures.values())
    if (
      p.kind === 'extraordinary-conference' &&
      p.attack === 'attack' &&
      p.victim === attack.victim &&
      p.opened <= on &&
      overlaps(p.attackers, attack.attackers)
    )
      found = p;
  return found;
}

/** The attack, declared by its victim, that an Extraordinary Conference deals with: the latest. */
function declaredOf(state: State, xc: Xc, on: IsoDate): DeclaredAttack | undefined {
  if (xc.attack !== 'attack') return undefined;
  let found: DeclaredAttack | undefined;
  for (const a of state.attacks.values())
    if (a.victim === xc.victim && a.declared <= on && overlaps(a.attackers, xc.attackers)) found = a;
  return found;
}

/**
 * What an act of self-defence rests on: the Extraordinary Conference of the attack, the attack its
 * victim declared, or both when both deal with the same attack (same victim, an attacker in common).
 */
interface Basis {
  readonly xc: Xc | undefined;
  readonly attack: DeclaredAttack | undefined;
}

/**
 * The basis of an act: the conference it names (and the attack declared for it), the declared
 * attack it names (and its conference), or, for `assist` naming neither, the latest armed attack
 * on the victim it names, declared or notified; a conference that follows a mere threat only when
 * there is no armed attack at all (so that the refusal says so).
 */
function findBasis({ state, act, proc }: SelfDefenceCtx<Xc | undefined>): Basis | Breach {
  const named = act.attack === undefined ? undefined : state.attacks.get(act.attack);
  if (act.attack !== undefined && named === undefined)
    return breach('unknown_attack', { attack: act.attack });
  if (proc !== undefined) return { xc: proc, attack: named ?? declaredOf(state, proc, act.on) };
  if (named !== undefined) return { xc: conferenceOf(state, named, act.on), attack: named };
  if (act.act !== 'assist') return breach('unknown_attack', {});
  const victim = act.to;
  let latest: { on: IsoDate; basis: Basis } | undefined;
  let threat: Xc | undefined;
  const consider = (on: IsoDate, basis: Basis) => {
    if (latest === undefined || on >= latest.on) latest = { on, basis };
  };
  for (const a of state.attacks.values())
    if (a.victim === victim && a.declared <= act.on)
      consider(a.declared, { xc: conferenceOf(state, a, act.on), attack: a });
  for (const p of state.procedures.values()) {
    if (p.kind !== 'extraordinary-conference' || p.victim !== victim || p.opened > act.on) continue;
    if (p.attack === 'attack') consider(p.opened, { xc: p, attack: declaredOf(state, p, act.on) });
    else threat = p;
  }
  if (latest !== undefined) return latest.basis;
  if (threat !== undefined) return { xc: threat, attack: undefined };
  return breach('attack_not_declared', { victim });
}

const isBasis = (b: Basis | Breach): b is Basis => !('code' in b);

/** What the checks and events of self-defence need to know of a basis. */
function factsOf(b: Basis): AttackFacts {
  return {
    record: recordOf(b),
    victim: victimOf(b),
    // Naming a conference that follows a mere threat, with no declared attack, rests on no armed attack.
    notAnAttack: b.attack === undefined && b.xc !== undefined && b.xc.attack !== 'attack' ? b.xc.id : null,
    councilMeasures: measuresOf(b),
  };
}

/** The case an event of self-defence records: the conference, the declared attack, or both. */
function recordOf(b: Basis): { procedure?: string; attack?: string } {
  return {
    ...(b.xc === undefined ? {} : { procedure: b.xc.id }),
    ...(b.attack === undefined ? {} : { attack: b.attack.id }),
  };
}

/** The day the Security Council took measures on the attack, by either record of it. */
function measuresOf(b: Basis): IsoDate | null {
  const days = [b.xc?.unscMeasures ?? null, b.attack?.unscMeasures ?? null].filter(
    (d): d is IsoDate => d !== null,
  );
  return days.length === 0 ? null : days.reduce((a, c) => (c < a ? c : a));
}

function victimOf(b: Basis): EntityId {
  const victim = b.xc?.victim ?? b.attack?.victim;
  if (victim === undefined) throw new TypeError('a basis of self-defence with no victim');
  return victim;
}

/**
 * EST 7(2): the victim consents to assistance from named Parties. With `attacker` it also declares
 * the armed attack it suffers, on which the right to assist then rests whether or not anyone asks
 * for the Extraordinary Conference. Declaring again an attack by the same attackers (or naming the
 * id of one it declared) adds consents to it rather than a second attack.
 */
export const consentToAssistance: Handler<ActOf<'consent-assistance'>, undefined> = {
  stages: [
    needs('assistance.organizations'),
    [inForce('est7.consentInForce', 'est.7.2')],
    [byParty('est7.consenter', 'est.7.2'), namedParties('est7.assisters', 'est.7.2', 'to', (act) => act.to)],
    [
      statesOnly<ActOf<'consent-assistance'>, undefined>('est7.consenterState', 'by', (act) => [act.by]),
      statesOnly<ActOf<'consent-assistance'>, undefined>('est7.assisterStates', 'to', (act) => act.to),
      rule({
        id: 'est7.attackId',
        cites: 'est.7.2',
        check: ({ state, act }) => {
          if (act.attack === undefined) return null;
          const same = declaredAgain(state, act);
          return same !== undefined || isFresh(state, act.attack)
            ? null
            : breach('duplicate_id', { id: act.attack });
        },
      }),
    ],
  ],
  events: ({ state, act }) => {
    const attackers = attackersOf(act);
    const declare: Event[] =
      attackers.length === 0 || declaredAgain(state, act) !== undefined
        ? []
        : [
            {
              type: 'AttackDeclared',
              on: act.on,
              by: act.by,
              attack: act.attack ?? nextAttackId(state),
              attackers,
            },
          ];
    return [...declare, { type: 'AssistanceConsented', on: act.on, by: act.by, to: act.to }];
  },
};

/** The attack a consent declares again: the one it names, or one of the victim's by the same attackers. */
function declaredAgain(state: State, act: ActOf<'consent-assistance'>): DeclaredAttack | undefined {
  const attackers = attackersOf(act);
  const same = (a: DeclaredAttack) =>
    a.victim === act.by &&
    a.attackers.length === attackers.length &&
    a.attackers.every((x) => attackers.includes(x));
  if (act.attack !== undefined) {
    const named = state.attacks.get(act.attack);
    return named !== undefined && same(named) ? named : undefined;
  }
  return attackers.length === 0 ? undefined : [...state.attacks.values()].find(same);
}

/** The first free id `attack-<n>`. */
function nextAttackId(state: State): string {
  let n = state.attacks.size + 1;
  while (!isFresh(state, `attack-${n}`)) n += 1;
  return `attack-${n}`;
}

/**
 * The victim withdraws its consent to assistance from the Parties it names, or from all it has
 * consented to; assistance from them after that day needs a new consent (EST 7(2)).
 */
export const revokeConsent: Handler<ActOf<'revoke-consent'>, undefined> = {
  stages: [
    [inForce('est7.revokeInForce', 'est.7.2')],
    [byParty('est7.revoker', 'est.7.2')],
    [
      rule({
        id: 'est7.revoked',
        cites: 'est.7.2',
        check: ({ state, act }) => revocationProblem(state, act),
      }),
    ],
  ],
  events: ({ state, act }) => [{ type: 'ConsentRevoked', on: act.on, by: act.by, to: revoked(state, act) }],
};

/** Whom a revocation names: those given, or every Party the victim's consent is in force for. */
export function revoked(state: State, act: { readonly by: EntityId; readonly to?: readonly EntityId[] }) {
  return act.to ?? [...(state.consents.get(act.by)?.keys() ?? [])].sort();
}

/** A revocation names only Parties the victim's consent is in force for, and at least one. */
export function revocationProblem(
  state: State,
  act: { readonly by: EntityId; readonly to?: readonly EntityId[] },
): Breach | null {
  const given = state.consents.get(act.by);
  const none = act.to === undefined ? (given?.size ?? 0) === 0 : false;
  const missing = act.to?.find((x) => !given?.has(x));
  return none || missing !== undefined
    ? breach(
        'no_consent_to_revoke',
        missing === undefined ? { victim: act.by } : { victim: act.by, who: missing },
      )
    : null;
}

/**
 * EST 7(2) for acts of self-defence: a Party that is a state (unless `assistance.organizations`
 * reads otherwise) assists a victim that is a state, with its consent, resting on the Extraordinary
 * Conference of the attack or on the attack its victim declared; the provision cited throughout is
 * 7(2), which grants the right, ends it when the Security Council acts, and asks for the report.
 */
const EST_SELF_DEFENCE: SelfDefenceRegime<Xc | undefined> = {
  prefix: 'est7',
  assist: 'est.7.2',
  council: 'est.7.2',
  checksInForce: true,
  assistParameters: ['assistance.reportDays', 'assistance.reportNonMilitary', 'assistance.organizations'],
  assisters: [
    statesOnly<ActOf<'assist'>, Xc | undefined>('est7.assisterState', 'by', (act) => [act.by]),
    statesOnly<ActOf<'assist'>, Xc | undefined>('est7.victimState', 'to', (act) => [act.to]),
  ],
  consent: { rule: 'consent', parameter: null, victimExempt: false },
  seeksAttack: true,
  attackOf: (ctx) => {
    const b = findBasis(ctx);
    return isBasis(b) ? factsOf(b) : b;
  },
};

/**
 * EST 7(2): a Party assists the attacked Party, with its consent, until the Security Council has
 * taken the measures needed. The act names the victim (`to`) and, if it wishes, the Extraordinary
 * Conference (`procedure`) or the declared attack (`attack`) it rests on; naming neither, it rests
 * on the latest armed attack on the victim, and it is recorded under that attack's conference
 * where there is one.
 */
export const assist: Handler<ActOf<'assist'>, Xc | undefined> = assistHandler(EST_SELF_DEFENCE);

/** EST 7(2): measures taken in self-defence are reported to the Security Council at once. */
export const reportToCouncil: Handler<ActOf<'report-to-unsc'>, Xc | undefined> = reportHandler(
  EST_SELF_DEFENCE,
);

/**
 * The Security Council is no Party; its measures are a fact the scenario (or the operator) records,
 * on the Extraordinary Conference of the attack or on the attack its victim declared (both, where
 * both deal with it): the right to assist ends either way (EST 7(2)).
 */
export const councilMeasures: Handler<ActOf<'unsc-measures'>, Xc | undefined> = measuresHandler(
  EST_SELF_DEFENCE,
);
