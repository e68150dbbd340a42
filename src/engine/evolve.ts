/**
 * @module `evolve(state, event)`: applies one event to the state, in place. It never checks or
 * refuses anything (the log is the truth and `decide` has judged already) and never throws on a
 * well-formed event.
 */
import type { IsoDate } from '../treaty/dates.ts';
import type { EntityId } from '../treaty/entities.ts';
import type { Event } from './events.ts';
import type { Council, Decision, EntityRecord, ExtraordinaryConference, Procedure, State } from './state.ts';

function entity(state: State, id: EntityId): EntityRecord {
  let rec = state.entities.get(id);
  if (rec === undefined) {
    rec = {
      id,
      assumed: false,
      signed: null,
      deposited: null,
      counted: false,
      inForceFrom: null,
      accession: null,
      withdrawalNotified: null,
      withdrawalEffective: null,
      previous: [],
    };
    state.entities.set(id, rec);
  }
  return rec;
}

function meeting(state: State, id: string): (Procedure & { decisions: Map<string, Decision> }) | undefined {
  const p = state.procedures.get(id);
  return p && (p.kind === 'conference' || p.kind === 'extraordinary-conference' || p.kind === 'council')
    ? p
    : undefined;
}

/** A procedure that can carry self-defence: an Extraordinary Conference (EST 7) or a council (NAT 5, UN 51). */
function extraordinary(state: State, id: string | undefined): ExtraordinaryConference | Council | undefined {
  const p = id === undefined ? undefined : state.procedures.get(id);
  return p?.kind === 'extraordinary-conference' || p?.kind === 'council' ? p : undefined;
}

function newDecision(by: EntityId, on: IsoDate, id: string, text: string): Decision {
  return { id, text, proposedBy: by, proposed: on, taken: on, objections: new Map(), votes: new Map() };
}

/** The later of two days (acts come in date order; this keeps `taken` right if they did not). */
const latest = (a: IsoDate, b: IsoDate): IsoDate => (b > a ? b : a);

/**
 * Applies an event to the state in place: the fold owns its state and changes it (see state.ts), so
 * nothing is returned, and a caller that must keep the state before the event replays or clones it.
 */
export function evolve(state: State, event: Event): void {
  switch (event.type) {
    case 'PartiesAssumed':
      state.entryIntoForce = event.on;
      for (const id of event.parties) {
        const rec = entity(state, id);
        rec.assumed = true;
        rec.inForceFrom = event.on;
      }
      break;
    case 'Signed':
      entity(state, event.by).signed = event.on;
      break;
    case 'InstrumentDeposited': {
      const rec = entity(state, event.by);
      rec.deposited = event.on;
      rec.counted = event.counted;
      rec.inForceFrom = event.inForceFrom;
      if (event.counted) state.countedInstruments += 1;
      break;
    }
    case 'EnteredIntoForce':
      state.entryIntoForce = event.on;
      for (const rec of state.entities.values())
        if (rec.deposited !== null && rec.inForceFrom === null) rec.inForceFrom = event.on;
      break;
    case 'AccessionOpened': {
      const rec = entity(state, event.by);
      // A state whose withdrawal has taken effect accedes again (EST 12): its period as a Party is
      // kept, and the record describes the new one.
      if (
        rec.inForceFrom !== null &&
        rec.withdrawalEffective !== null &&
        rec.withdrawalEffective <= event.on
      ) {
        rec.previous.push({
          inForceFrom: rec.inForceFrom,
          withdrawalNotified: rec.withdrawalNotified,
          withdrawalEffective: rec.withdrawalEffective,
        });
        rec.withdrawalNotified = null;
        rec.withdrawalEffective = null;
      }
      rec.accession = event.procedure;
      rec.inForceFrom = event.inForceFrom;
      state.procedures.set(event.procedure, {
        kind: 'accession',
        id: event.procedure,
        opened: event.on,
        requestedBy: event.by,
        closed: null,
        objectionUntil: event.objectionUntil,
        deposited: event.deposited,
        inForceFrom: event.inForceFrom,
        objections: new Map(),
      });
      break;
    }
    case 'AccessionObjected': {
      const p = state.procedures.get(event.procedure);
      // A Party's first objection is the one that counts; an objection to an earlier, already
      // refused application leaves the applicant's current one alone.
      if (p?.kind !== 'accession' || p.objections.has(event.by)) break;
      p.objections.set(event.by, event.on);
      const applicant = state.entities.get(p.requestedBy);
      if (applicant?.accession === p.id) applicant.inForceFrom = null;
      break;
    }
    case 'WithdrawalNotified': {
      const rec = entity(state, event.by);
      rec.withdrawalNotified = event.on;
      rec.withdrawalEffective = event.effective;
      break;
    }
    case 'InformationRequested':
      state.procedures.set(event.procedure, {
        kind: 'information-request',
        id: event.procedure,
        opened: event.on,
        requestedBy: event.by,
        closed: null,
        to: event.to,
        subject: event.subject,
        answered: null,
      });
      break;
    case 'InformationAnswered': {
      const p = state.procedures.get(event.procedure);
      if (p?.kind !== 'information-request') break;
      p.answered = event.on;
      p.closed = event.on;
      break;
    }
    case 'ConsultationsRequested':
      state.procedures.set(event.procedure, {
        kind: 'consultations',
        id: event.procedure,
        opened: event.on,
        requestedBy: event.by,
        closed: null,
        subject: event.subject,
        invited: event.with,
        joined: new Set(),
        attended: new Map(),
        date: event.date,
        deadline: event.deadline,
      });
      break;
    case 'ConsultationsJoined': {
      const p = state.procedures.get(event.procedure);
      if (p?.kind === 'consultations') p.joined.add(event.by);
      break;
    }
    case 'Attended': {
      const p = state.procedures.get(event.procedure);
      if (p && 'attended' in p && !p.attended.has(event.by)) p.attended.set(event.by, event.on);
      break;
    }
    case 'ConferenceProposed':
      state.procedures.set(event.procedure, {
        kind: 'conference',
        id: event.procedure,
        opened: event.on,
        requestedBy: event.by,
        closed: null,
        consultations: event.consultations,
        supporters: new Set([event.by]),
        convened: null,
        deadline: null,
        attended: new Map(),
        decisions: new Map(),
        closing: null,
      });
      break;
    case 'ConferenceSupported': {
      const p = state.procedures.get(event.procedure);
      if (p?.kind === 'conference') p.supporters.add(event.by);
      break;
    }
    case 'ConferenceConvened': {
      const p = state.procedures.get(event.procedure);
      if (p?.kind !== 'conference') break;
      p.convened = event.on;
      p.deadline = event.deadline;
      break;
    }
    case 'ExtraordinaryConferenceConvened':
      state.procedures.set(event.procedure, {
        kind: 'extraordinary-conference',
        id: event.procedure,
        opened: event.on,
        requestedBy: event.by,
        closed: null,
        victim: event.victim,
        attacker: event.attacker,
        attackers: event.attackers ?? [event.attacker],
        attack: event.attack,
        excluded: event.excluded,
        attended: new Map(),
        decisions: new Map(),
        closing: null,
        assistance: [],
        reports: [],
        unscMeasures: null,
      });
      break;
    case 'CouncilSeized':
      state.procedures.set(event.procedure, {
        kind: 'council',
        id: event.procedure,
        opened: event.on,
        requestedBy: event.by,
        closed: null,
        body: event.body,
        matter: event.matter,
        subject: event.subject,
        victim: event.victim,
        attacker: event.attacker,
        concerned: event.concerned,
        members: event.members,
        permanent: event.permanent,
        excluded: event.excluded,
        rule: event.rule,
        deadline: event.deadline,
        attended: new Map(),
        decisions: new Map(),
        closing: null,
        assistance: [],
        reports: [],
        unscMeasures: null,
      });
      break;
    case 'DecisionProposed':
      meeting(state, event.procedure)?.decisions.set(
        event.decision,
        newDecision(event.by, event.on, event.decision, event.text),
      );
      break;
    case 'DecisionObjected': {
      const decision = meeting(state, event.procedure)?.decisions.get(event.decision);
      if (decision === undefined) break;
      if (!decision.objections.has(event.by)) decision.objections.set(event.by, event.on);
      decision.taken = latest(decision.taken, event.on);
      break;
    }
    case 'VoteCast': {
      const decision = meeting(state, event.procedure)?.decisions.get(event.decision);
      if (decision === undefined) break;
      decision.votes.set(event.by, event.vote);
      decision.taken = latest(decision.taken, event.on);
      break;
    }
    case 'ProcedureClosed': {
      const p = state.procedures.get(event.procedure);
      if (!p) break;
      p.closed = event.on;
      if (p.kind === 'conference' || p.kind === 'extraordinary-conference' || p.kind === 'council')
        p.closing = event.closing;
      break;
    }
    case 'AttackDeclared':
      state.attacks.set(event.attack, {
        id: event.attack,
        victim: event.by,
        attackers: event.attackers,
        declared: event.on,
        assistance: [],
        reports: [],
        unscMeasures: null,
      });
      break;
    case 'AssistanceConsented': {
      let given = state.consents.get(event.by);
      if (given === undefined) state.consents.set(event.by, (given = new Map<EntityId, IsoDate>()));
      for (const to of event.to) {
        if (given.has(to)) continue;
        given.set(to, event.on);
        state.consentHistory.push({ victim: event.by, to, from: event.on, until: null });
      }
      break;
    }
    case 'ConsentRevoked': {
      const given = state.consents.get(event.by);
      for (const to of event.to) {
        given?.delete(to);
        for (const c of state.consentHistory)
          if (c.victim === event.by && c.to === to && c.until === null) c.until = event.on;
      }
      break;
    }
    case 'AssistanceGiven': {
      // Assistance an Extraordinary Conference (or a council) deals with is recorded there; the rest
      // under the attack its victim declared.
      const a = { by: event.by, to: event.to, military: event.military, on: event.on };
      const p = extraordinary(state, event.procedure);
      if (p) p.assistance.push(a);
      else if (event.attack !== undefined) state.attacks.get(event.attack)?.assistance.push(a);
      break;
    }
    case 'ReportedToSecurityCouncil': {
      const r = { by: event.by, on: event.on };
      extraordinary(state, event.procedure)?.reports.push(r);
      if (event.attack !== undefined) state.attacks.get(event.attack)?.reports.push(r);
      break;
    }
    case 'SecurityCouncilActed': {
      const p = extraordinary(state, event.procedure);
      if (p && p.unscMeasures === null) p.unscMeasures = event.on;
      const a = event.attack === undefined ? undefined : state.attacks.get(event.attack);
      if (a && a.unscMeasures === null) a.unscMeasures = event.on;
      break;
    }
    case 'ObligationAssumed':
      state.obligations.push({ by: event.by, obligation: event.obligation, on: event.on });
      break;
    case 'ForcesDeployed':
      state.deployments.set(event.deployment, {
        id: event.deployment,
        by: event.by,
        in: event.in,
        forces: event.forces,
        permanent: event.permanent,
        ...(event.reaches === undefined ? {} : { reaches: event.reaches }),
        from: event.on,
        to: null,
      });
      break;
    case 'DeploymentEnded': {
      const d = state.deployments.get(event.deployment);
      if (d) d.to = event.on;
      break;
    }
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}
