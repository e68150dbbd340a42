/**
 * @module The example scenarios the playground offers: one written here, a small Conference, and three
 * of the repository's scenario files, each with the message that names it and the file name it runs as.
 */
import georgiaExample from '../../../../scenarios/case-georgia-2008.scenario.yaml?raw';
import extraordinaryExample from '../../../../scenarios/extraordinary-attacker-excluded.scenario.yaml?raw';
import nrcExample from '../../../../scenarios/nrc-deployments.scenario.yaml?raw';

/** The small Conference: exactly the quorum, a decision blocked by one objection, an absent objector. */
const CONFERENCE_EXAMPLE = `name: A small Conference of the Parties
treaty: est-2009
description: >-
  Poland asks Russia and Belarus for consultations on an exercise near its border (EST 5); once the
  Depositary has closed them, Poland proposes a Conference and Lithuania backs it (EST 6(1)-(2)).
  38 of the 56 Parties attend: exactly the two thirds the quorum needs (EST 6(3)). Russia objects to
  one draft decision, which blocks it; Canada, absent, cannot object.
assume: { inForce: 2010-01-01, parties: osce-2009 }
events:
  - { on: 2010-03-01, act: request-consultations, by: PL, with: [RU, BY], subject: 'an exercise near the border', id: c-1 }
  - { on: 2010-03-05, act: attend, procedure: c-1, by: [PL, RU, BY] }
  - { on: 2010-03-06, act: close, procedure: c-1 }
  - { on: 2010-03-08, act: propose-conference, procedure: c-1, by: PL, id: conf-1 }
  - { on: 2010-03-09, act: support, procedure: conf-1, by: LT }
  - on: 2010-03-20
    act: attend
    procedure: conf-1
    by: [AL, AM, AT, BE, BG, BY, CZ, DE, DK, EE, ES, FI, FR, GB, GR, HR, HU, IE, IS, IT, KZ, LT, LU, LV, MD, NL, NO, PL, PT, RO, RS, RU, SE, SI, SK, TR, UA, US]
  - { on: 2010-03-21, act: propose-decision, procedure: conf-1, by: PL, decision: notify-exercises, text: 'Parties notify exercises of more than 9,000 troops 42 days ahead' }
  - { on: 2010-03-21, act: propose-decision, procedure: conf-1, by: FI, decision: hotline, text: 'A hotline between the defence ministries of the Parties concerned' }
  - { on: 2010-03-22, act: object, procedure: conf-1, decision: notify-exercises, by: RU }
  - { on: 2010-03-22, act: object, procedure: conf-1, decision: hotline, by: CA } # absent
  - { on: 2010-03-25, act: close, procedure: conf-1 }
expect:
  procedures:
    - id: conf-1
      status: closed
      parties: 56
      quorum: { required: 38, present: 38, met: true }
      decisions:
        - { id: notify-exercises, adopted: false, blockedBy: [RU] }
        - { id: hotline, adopted: true }
  rejected:
    - { act: object, by: CA, code: not_present, cite: EST 6(3) }
`;

export const EXAMPLES = [
  { key: 'example.conference', file: 'small-conference.scenario.yaml', text: CONFERENCE_EXAMPLE },
  {
    key: 'example.extraordinary',
    file: 'extraordinary-attacker-excluded.scenario.yaml',
    text: extraordinaryExample,
  },
  { key: 'example.nrc', file: 'nrc-deployments.scenario.yaml', text: nrcExample },
  { key: 'example.georgia', file: 'case-georgia-2008.scenario.yaml', text: georgiaExample },
] as const;
