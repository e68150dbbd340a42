import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import type { FindingCode, RejectionCode } from '../treaty/codes.ts';
import { CODE_HOME, FINDING_CODES, REJECTION_CODES } from '../treaty/codes.ts';
import { PARAMETERS } from '../treaty/parameters/index.ts';
import { PROVISIONS, childrenOf, citeOf, provision } from '../treaty/provisions/index.ts';
import type { Act } from './acts.ts';
import { allRules, decide, treatyKnows } from './decide.ts';
import { FINDING_RULES } from './findings.ts';
import { describeFinding, describeViolation } from './messages.ts';
import type { Setup } from './testing.ts';
import {
  answer,
  assist,
  assistVictim,
  assumeObligation,
  attend,
  close,
  consentAssistance,
  day,
  deploy,
  endDeployment,
  given,
  join,
  notifyAttack,
  proposeConference,
  proposeDecision,
  ratify,
  requestConsultations,
  requestInformation,
  revokeConsent,
  sign,
  theFinding,
  unscMeasures,
  vote,
  withdraw,
} from './testing.ts';

////////// Provisions: each is applied by a rule or says why not

const rules = [...allRules(), ...FINDING_RULES];
const CITED = new Set(rules.flatMap((r) => [r.cites, ...(r.also ?? [])]));

function accountedFor(id: string): boolean {
  const children = childrenOf(id);
  if (children.length > 0) return children.every((c) => accountedFor(c.id));
  return CITED.has(id) !== (provision(id)?.notModelled !== undefined);
}

describe('every provision', () => {
  for (const p of PROVISIONS) {
    const children = childrenOf(p.id);
    const what = children.length > 0 ? `through its ${children.length} paragraphs` : 'itself';
    it(`${p.cite} (${p.id}) is applied by a rule or marked not modelled, ${what}, and not both`, () => {
      assert.ok(
        !(CITED.has(p.id) && p.notModelled !== undefined),
        `${p.id} is cited by a rule and marked not modelled`,
      );
      if (children.length === 0)
        assert.ok(
          CITED.has(p.id) || p.notModelled !== undefined,
          `${p.id} is cited by no rule and not marked notModelled`,
        );
      else
        for (const c of children)
          assert.ok(accountedFor(c.id), `paragraph ${c.id} of ${p.id} is not accounted for`);
    });
  }
});

describe('every rule', () => {
  for (const r of rules) {
    it(`${r.id} cites provisions that exist`, () => {
      for (const id of [r.cites, ...(r.also ?? [])])
        assert.ok(provision(id), `${r.id} cites ${id}, which is no provision`);
    });
  }
  it('keeps one citation under one id (a parameter rule is shared by the acts that need it)', () => {
    const byId = new Map<string, Set<string>>();
    for (const r of rules) byId.set(r.id, (byId.get(r.id) ?? new Set()).add(r.cites));
    assert.deepEqual(
      [...byId].filter(([, cites]) => cites.size > 1).map(([id]) => id),
      [],
    );
  });
});

describe('every parameter', () => {
  for (const p of Object.values(PARAMETERS)) {
    it(`${p.id} belongs to a provision that exists`, () => {
      assert.ok(provision(p.cites), `${p.id} cites ${p.cites}`);
    });
  }
});

////////// Codes: each can be produced, with its citation

const EST_IN_FORCE = { inForce: '2010-01-01', parties: 'osce-2009+orgs' } as const;
const STATES_IN_FORCE = { inForce: '2010-01-01', parties: 'osce-2009' } as const;
const NRC_IN_FORCE = { treaty: 'nrc-2009', assume: { inForce: '2010-01-01', parties: 'nrc-2009' } } as const;
const NRA_IN_FORCE = {
  treaty: 'nra-2021',
  assume: { inForce: '2022-01-01', parties: ['RU', 'nato-on:2021-12-17'] },
} as const;
const RUS_US_IN_FORCE = {
  treaty: 'rus-us-2021',
  assume: { inForce: '2022-01-01', parties: ['RU', 'US'] },
} as const;
const CONSULTED: readonly Act[] = [
  requestConsultations('US', 'RU', '2011-01-01', { id: 'c-1' }),
  attend('US', 'c-1', '2011-01-02'),
];
const PROPOSED: readonly Act[] = [
  ...CONSULTED,
  close('c-1', '2011-01-03'),
  proposeConference('US', 'c-1', '2011-01-03', 'conf-1'),
];
const ATTACKED: readonly Act[] = [
  notifyAttack('GE', 'RU', '2011-08-08', { id: 'xc-1' }),
  attend('GE', 'xc-1', '2011-08-08'),
  attend('RU', 'xc-1', '2011-08-08'),
  proposeDecision('GE', 'xc-1', 'ceasefire', '2011-08-08'),
  consentAssistance('GE', 'US', '2011-08-08'),
];

interface Example {
  readonly setup: Setup;
  readonly act: Act;
  readonly cite: string;
}

/** A minimal act that each rejection code refuses, and the citation it must carry. */
const REFUSALS: Readonly<Record<RejectionCode, Example>> = {
  not_eligible: { setup: {}, act: sign('JP', '2010-01-01'), cite: 'EST 10' },
  already_signed: {
    setup: { acts: [sign('RU', '2010-01-01')] },
    act: sign('RU', '2010-01-02'),
    cite: 'EST 10',
  },
  signature_closed: { setup: { assume: STATES_IN_FORCE }, act: sign('EU', '2010-02-01'), cite: 'EST 10' },
  not_a_signatory: { setup: {}, act: ratify('RU', '2010-01-01'), cite: 'EST 11' },
  already_deposited: { setup: { assume: EST_IN_FORCE }, act: ratify('RU', '2010-02-01'), cite: 'EST 11' },
  not_in_force: { setup: {}, act: withdraw('RU', '2010-01-01', 'reasons'), cite: 'EST 13' },
  not_a_party: {
    setup: { assume: EST_IN_FORCE },
    act: requestInformation('JP', 'RU', '2010-02-01'),
    cite: 'EST 3(1)',
  },
  statement_required: { setup: { assume: EST_IN_FORCE }, act: withdraw('RU', '2010-02-01'), cite: 'EST 13' },
  already_withdrawing: {
    setup: { assume: EST_IN_FORCE, acts: [withdraw('RU', '2010-02-01', 'reasons')] },
    act: withdraw('RU', '2010-02-02', 'reasons'),
    cite: 'EST 13',
  },
  notice_too_short: {
    setup: { assume: EST_IN_FORCE },
    act: withdraw('RU', '2010-02-01', 'reasons', '2010-03-01'),
    cite: 'EST 13',
  },
  not_invited: {
    setup: { assume: EST_IN_FORCE, parameters: { 'consultations.uninvitedMayJoin': false }, acts: CONSULTED },
    act: join('PL', 'c-1', '2011-01-02'),
    cite: 'EST 5(2)',
  },
  not_addressee: {
    setup: { assume: EST_IN_FORCE, acts: [requestInformation('GE', 'RU', '2011-01-01', { id: 'ir-1' })] },
    act: answer('US', 'ir-1', '2011-01-02'),
    cite: 'EST 3(2)',
  },
  not_a_participant: {
    setup: { assume: EST_IN_FORCE, acts: [...CONSULTED, close('c-1', '2011-01-03')] },
    act: proposeConference('RU', 'c-1', '2011-01-03'),
    cite: 'EST 6(1)',
  },
  not_convened: {
    setup: { assume: EST_IN_FORCE, acts: PROPOSED },
    act: attend('FR', 'conf-1', '2011-01-04'),
    cite: 'EST 6(2)',
  },
  not_present: {
    setup: { assume: EST_IN_FORCE, acts: ATTACKED },
    act: vote('US', 'xc-1', 'ceasefire', 'yes', '2011-08-09'),
    cite: 'EST 8(3)',
  },
  not_a_member: {
    setup: {
      treaty: 'un-1945',
      assume: { inForce: '2008-01-01', parties: ['osce-2009', 'unsc-2008'] },
      acts: [
        notifyAttack('GE', 'RU', '2008-08-08', { id: 's-1' }),
        proposeDecision('GE', 's-1', 'ceasefire', '2008-08-08'),
      ],
    },
    act: vote('GE', 's-1', 'ceasefire', 'yes', '2008-08-09'),
    cite: 'UN Charter 27(1)',
  },
  vote_excluded: {
    setup: { assume: EST_IN_FORCE, acts: ATTACKED },
    act: vote('RU', 'xc-1', 'ceasefire', 'no', '2011-08-09'),
    cite: 'EST 8(3)',
  },
  not_the_victim: {
    setup: { assume: EST_IN_FORCE, acts: ATTACKED },
    act: assist('US', 'xc-1', 'RU', '2011-08-09'),
    cite: 'EST 7(2)',
  },
  not_a_state: {
    setup: { assume: EST_IN_FORCE, acts: ATTACKED },
    act: consentAssistance('GE', 'NATO', '2011-08-08'),
    cite: 'EST 7(2)',
  },
  victim_has_notified: {
    setup: { assume: EST_IN_FORCE, acts: ATTACKED },
    act: notifyAttack('US', 'RU', '2011-08-09', { onBehalfOf: 'GE', id: 'xc-2' }),
    cite: 'EST 8(2)',
  },
  no_armed_attack: {
    setup: {
      assume: EST_IN_FORCE,
      acts: [
        notifyAttack('GE', 'RU', '2011-08-08', { id: 'xc-1', kind: 'threat' }),
        consentAssistance('GE', 'US', '2011-08-08'),
      ],
    },
    act: assist('US', 'xc-1', 'GE', '2011-08-09'),
    cite: 'EST 7(2)',
  },
  attack_not_declared: {
    setup: { assume: EST_IN_FORCE, acts: [consentAssistance('GE', 'US', '2011-08-08')] },
    act: assistVictim('US', 'GE', '2011-08-09'),
    cite: 'EST 7(2)',
  },
  unknown_attack: {
    setup: { assume: EST_IN_FORCE, acts: ATTACKED },
    act: assistVictim('US', 'GE', '2011-08-09', { attack: 'attack-9' }),
    cite: 'EST 7(2)',
  },
  no_consent_to_revoke: {
    setup: { assume: EST_IN_FORCE, acts: ATTACKED },
    act: revokeConsent('GE', '2011-08-09', 'FR'),
    cite: 'EST 7(2)',
  },
  procedure_open: {
    setup: { assume: EST_IN_FORCE, acts: CONSULTED },
    act: proposeConference('US', 'c-1', '2011-01-03', 'conf-1'),
    cite: 'EST 6(1)',
  },
  consent_required: {
    setup: { assume: EST_IN_FORCE, acts: ATTACKED },
    act: assist('FR', 'xc-1', 'GE', '2011-08-09'),
    cite: 'EST 7(2)',
  },
  unsc_measures_taken: {
    setup: { assume: EST_IN_FORCE, acts: [...ATTACKED, unscMeasures('xc-1', '2011-08-09')] },
    act: assist('US', 'xc-1', 'GE', '2011-08-09'),
    cite: 'EST 7(2)',
  },
  procedure_closed: {
    setup: { assume: EST_IN_FORCE, acts: [...CONSULTED, close('c-1', '2011-01-05')] },
    act: close('c-1', '2011-01-06'),
    cite: 'EST 5(1)',
  },
  unknown_procedure: { setup: { assume: EST_IN_FORCE }, act: close('c-9', '2011-01-06'), cite: 'EST 4' },
  wrong_procedure: {
    setup: { assume: EST_IN_FORCE, acts: CONSULTED },
    act: vote('US', 'c-1', 'd', 'yes', '2011-01-03'),
    cite: 'EST 4',
  },
  unknown_decision: {
    setup: { assume: EST_IN_FORCE, acts: ATTACKED },
    act: vote('GE', 'xc-1', 'sanctions', 'yes', '2011-08-09'),
    cite: 'EST 8(3)',
  },
  unknown_deployment: { setup: NRC_IN_FORCE, act: endDeployment('US', 'd-1', '2010-02-01'), cite: 'NRC 4' },
  duplicate_id: {
    setup: { ...NRC_IN_FORCE, acts: [deploy('US', 'PL', { tanks: 1 }, '2010-02-01', { id: 'd-1' })] },
    act: deploy('GB', 'EE', { tanks: 1 }, '2010-02-02', { id: 'd-1' }),
    cite: 'NRC 4',
  },
  parameter_unset: {
    setup: { assume: EST_IN_FORCE, parameters: { 'withdrawal.noticeDays': null } },
    act: withdraw('RU', '2010-02-01', 'reasons'),
    cite: 'EST 13',
  },
  withdrawal_day_fixed: {
    setup: NRA_IN_FORCE,
    act: withdraw('GB', '2022-03-01', undefined, '2022-06-01'),
    cite: 'NRA 9',
  },
  reach_unstated: {
    setup: NRA_IN_FORCE,
    act: deploy('RU', 'RU', { shorterRangeMissiles: 12 }, '2022-03-01', { id: 'd-1' }),
    cite: 'NRA 5',
  },
};

/** A minimal state in which each finding arises, the day to look, and the citation it must carry. */
const FINDINGS: Readonly<Record<FindingCode, Example & { readonly asOf: string }>> = {
  unreported_assistance: {
    setup: { assume: EST_IN_FORCE, acts: ATTACKED },
    act: assist('US', 'xc-1', 'GE', '2011-08-09'),
    asOf: '2011-08-10',
    cite: 'EST 7(2)',
  },
  possible_incompatibility: {
    setup: { assume: EST_IN_FORCE },
    act: assumeObligation('UA', 'an alliance', '2011-01-01'),
    asOf: '2011-01-01',
    cite: 'EST 9(3)',
  },
  substantial_combat_forces: {
    setup: NRC_IN_FORCE,
    act: deploy('US', 'PL', { tanks: 42 }, '2010-02-01', { id: 'd-1' }),
    asOf: '2010-02-01',
    cite: 'NRC 4',
  },
  forces_beyond_1997_baseline: {
    setup: NRA_IN_FORCE,
    act: deploy('US', 'SK', { troops: 400 }, '2022-03-09', { id: 'd-1' }),
    asOf: '2022-03-09',
    cite: 'NRA 4',
  },
  // No act makes it: Finland's accession of 4 April 2023 is in the party registry.
  nato_enlargement: {
    setup: NRA_IN_FORCE,
    act: deploy('US', 'SK', { troops: 400 }, '2022-03-09', { id: 'd-1' }),
    asOf: '2023-04-04',
    cite: 'NRA 6',
  },
  military_activity_in_barred_region: {
    setup: NRA_IN_FORCE,
    act: deploy('US', 'GE', { troops: 400 }, '2022-08-29', { id: 'd-1' }),
    asOf: '2022-08-29',
    cite: 'NRA 7',
  },
  // No act makes it either: the accessions are in the registry.
  eastward_enlargement: {
    setup: RUS_US_IN_FORCE,
    act: deploy('US', 'PL', { troops: 400 }, '2022-03-09', { id: 'd-1' }),
    asOf: '2023-04-04',
    cite: 'RUS-US 4',
  },
  us_military_activity_in_former_ussr: {
    setup: RUS_US_IN_FORCE,
    act: deploy('US', 'GE', { troops: 400 }, '2022-08-29', { id: 'd-1' }),
    asOf: '2022-08-29',
    cite: 'RUS-US 4',
  },
  missiles_within_reach: {
    setup: NRA_IN_FORCE,
    act: deploy('RU', 'RU', { shorterRangeMissiles: 12 }, '2022-03-01', { id: 'd-1', reaches: ['PL', 'LT'] }),
    asOf: '2022-03-01',
    cite: 'NRA 5',
  },
  missiles_outside_territory: {
    setup: RUS_US_IN_FORCE,
    act: deploy('US', 'DE', { intermediateRangeMissiles: 4 }, '2022-03-01', { id: 'd-1' }),
    asOf: '2022-03-01',
    cite: 'RUS-US 6',
  },
  missiles_home_within_reach: {
    setup: RUS_US_IN_FORCE,
    act: deploy('RU', 'RU', { intermediateRangeMissiles: 4 }, '2022-03-01', { id: 'd-1', reaches: ['US'] }),
    asOf: '2022-03-01',
    cite: 'RUS-US 6',
  },
  nuclear_weapons_abroad: {
    setup: RUS_US_IN_FORCE,
    act: deploy('US', 'DE', { nuclearWeapons: 20 }, '2022-03-01', { id: 'd-1' }),
    asOf: '2022-03-01',
    cite: 'RUS-US 7',
  },
};

/** The fixed citations DESIGN §4 lists ("Where a code has one home"). */
const DESIGN_HOMES: Readonly<Partial<Record<RejectionCode | FindingCode, string>>> = {
  not_eligible: 'EST 10',
  already_signed: 'EST 10',
  signature_closed: 'EST 10',
  not_a_signatory: 'EST 11',
  already_deposited: 'EST 11',
  statement_required: 'EST 13',
  not_invited: 'EST 5(2)',
  not_a_participant: 'EST 6(1)',
  vote_excluded: 'EST 8(3)',
  no_armed_attack: 'EST 7(2)',
  consent_required: 'EST 7(2)',
  unsc_measures_taken: 'EST 7(2)',
  unreported_assistance: 'EST 7(2)',
  possible_incompatibility: 'EST 9(3)',
  substantial_combat_forces: 'NRC 4',
};

describe('every rejection code', () => {
  it('has an example here', () => {
    assert.deepEqual(Object.keys(REFUSALS).sort(), [...REJECTION_CODES].sort());
  });
  for (const code of REJECTION_CODES) {
    const { setup, act, cite } = REFUSALS[code];
    it(`${code} refuses ${act.act} under ${cite}`, () => {
      given(setup).when(act).thenRefused(code, cite);
    });
    it(`${code} has a reason in English and in Russian`, () => {
      const v = { code, cite: 'est.4', params: {} };
      assert.notEqual(describeViolation(v, 'en'), '');
      assert.notEqual(describeViolation(v, 'ru'), '');
    });
  }
});

describe('every finding code', () => {
  it('has an example here', () => {
    assert.deepEqual(Object.keys(FINDINGS).sort(), [...FINDING_CODES].sort());
  });
  for (const code of FINDING_CODES) {
    const { setup, act, asOf, cite } = FINDINGS[code];
    it(`${code} arises under ${cite}`, () => {
      const then = given(setup).when(act).thenAccepted();
      const f = theFinding(then.findings(asOf), code);
      assert.equal(f.cite, cite);
    });
    it(`${code} is produced by exactly one finding rule, citing ${cite}`, () => {
      const producers = FINDING_RULES.filter((r) => r.code === code);
      assert.equal(producers.length, 1);
      assert.equal(citeOf(producers[0]?.cites ?? ''), cite);
    });
    it(`${code} has words in English and in Russian`, () => {
      const { state } = given(setup).when(act).thenAccepted();
      const f = FINDING_RULES.flatMap((r) => r.find(state, day(asOf))).find((x) => x.code === code);
      assert.ok(f);
      assert.notEqual(describeFinding(f, 'en'), '');
      assert.notEqual(describeFinding(f, 'ru'), '');
    });
  }
});

describe('codes with one home (CODE_HOME)', () => {
  it('agree with the fixed citations of DESIGN §4', () => {
    for (const [code, cite] of Object.entries(DESIGN_HOMES))
      assert.equal(citeOf(CODE_HOME[code as RejectionCode] ?? ''), cite, code);
  });
  it('name provisions that exist', () => {
    for (const [code, id] of Object.entries(CODE_HOME)) assert.ok(provision(id ?? ''), `${code}: ${id}`);
  });
  it('are cited at their home by the examples above', () => {
    for (const [code, example] of Object.entries({ ...REFUSALS, ...FINDINGS })) {
      const home = CODE_HOME[code as RejectionCode];
      if (home !== undefined) assert.equal(example.cite, citeOf(home), code);
    }
  });
  it('are cited only at their home in the EST, whatever the act and the state (every example setup x act)', () => {
    const examples = [...Object.values(REFUSALS), ...Object.values(FINDINGS)];
    const seen = new Set<string>();
    for (const { setup } of examples) {
      const state = given(setup).state;
      for (const { act } of examples) {
        if (!treatyKnows(state.treaty, act.act)) continue;
        const decision = decide(state, act);
        if (decision.ok) continue;
        for (const v of decision.violations) {
          seen.add(v.code);
          const home = CODE_HOME[v.code];
          // The NRC's final clauses are one node (nrc.final), so its signature codes cite that instead.
          if (home !== undefined && (state.treaty === 'est-2009' || home.startsWith('nrc.')))
            assert.equal(v.cite, home, `${v.code} from ${act.act} cites ${v.cite}`);
        }
      }
    }
    assert.ok(seen.size >= 20, `only ${seen.size} codes seen`);
  });
});
