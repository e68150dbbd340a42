import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import type { Scenario } from '../scenario/index.ts';
import { parseScenario } from '../scenario/index.ts';
import type { CaseComparison, RegimeRow } from './compare.ts';
import { compare } from './compare.ts';

function load(file: string): Scenario {
  const loaded = parseScenario(
    readFileSync(new URL(`../../scenarios/${file}`, import.meta.url), 'utf8'),
    file,
  );
  assert.ok(loaded.ok);
  return loaded.scenario;
}

const GEORGIA = load('case-georgia-2008.scenario.yaml');
const UKRAINE = load('case-ukraine-2014.scenario.yaml');

function row(c: CaseComparison | undefined, regime: string): RegimeRow {
  const r = c?.rows.find((x) => x.regime === regime);
  assert.ok(r, `no row ${regime}`);
  return r;
}

function decision(r: RegimeRow, id: string) {
  const d = r.decisions.find((x) => x.id === id);
  assert.ok(d, `no decision ${id} under ${r.regime}`);
  return d;
}

describe('est compare on Georgia, August 2008', () => {
  const cmp = compare(GEORGIA);
  const georgia = cmp.cases.find((c) => c.id === 'xc-georgia');
  const russia = cmp.cases.find((c) => c.id === 'xc-russia');

  it('finds both notified attacks as cases, and runs every regime (the OSCE under both rules)', () => {
    assert.deepEqual(
      cmp.cases.map((c) => [c.id, c.victim, c.attacker]),
      [
        ['xc-georgia', 'GE', 'RU'],
        ['xc-russia', 'RU', 'GE'],
      ],
    );
    assert.deepEqual(cmp.regimes, ['est', 'nato', 'unsc', 'osce', 'osce (Prague 16)']);
  });

  it('reproduces the EST outcome: Belarus blocks, Russia is not counted', () => {
    const est = row(georgia, 'est');
    assert.deepEqual(decision(est, 'russian-withdrawal'), {
      id: 'russian-withdrawal',
      adopted: false,
      blockedBy: ['BY'],
      notCounted: ['RU'],
    });
    assert.equal(decision(est, 'six-point-plan').adopted, true);
    assert.equal(est.binding.value, 'legally');
  });

  it('gives Georgia no Article 5 meeting under NATO: it is not an Ally (NAT 5(1))', () => {
    const nato = row(georgia, 'nato');
    assert.equal(nato.convened, false);
    assert.equal(nato.refused?.code, 'not_a_party');
    assert.equal(nato.refused?.cite, 'NAT 5(1)');
    assert.equal(decision(nato, 'six-point-plan').adopted, null);
    assert.match(nato.couldBlock.text, /26 Allies/);
  });

  it("lets Russia's veto block any Chapter VII decision against it in the Security Council of 2008", () => {
    const unsc = row(georgia, 'unsc');
    assert.equal(unsc.convened, true);
    assert.equal(unsc.seats, 15);
    assert.deepEqual(unsc.couldBlock.who, ['CN', 'FR', 'GB', 'RU', 'US']);
    assert.deepEqual(decision(unsc, 'russian-withdrawal').blockedBy, ['RU']);
    assert.equal(decision(unsc, 'russian-withdrawal').adopted, false);
    assert.equal(unsc.binding.cite, 'UN Charter 25');
  });

  it('says how many votes in favour a decision lacked when no veto fell', () => {
    const d = decision(row(georgia, 'unsc'), 'six-point-plan');
    assert.equal(d.adopted, false);
    assert.deepEqual(d.blockedBy, []);
    assert.ok((d.moreYesNeeded ?? 0) > 0 && (d.unrecorded ?? 0) >= (d.moreYesNeeded ?? 0));
  });

  it('lets Russia block under OSCE consensus, and leaves it out under consensus-minus-one (Prague 1992, 16)', () => {
    assert.deepEqual(decision(row(georgia, 'osce'), 'russian-withdrawal').blockedBy, ['BY', 'RU']);
    const prague = decision(row(georgia, 'osce (Prague 16)'), 'russian-withdrawal');
    assert.deepEqual(prague.blockedBy, ['BY']);
    assert.deepEqual(prague.notCounted, ['RU']);
    assert.equal(row(georgia, 'osce').binding.value, 'politically');
  });

  it("leaves Georgia out, as the State concerned, in Russia's case", () => {
    assert.deepEqual(decision(row(russia, 'osce'), 'renounce-force').blockedBy, ['GE']);
    const prague = decision(row(russia, 'osce (Prague 16)'), 'renounce-force');
    assert.equal(prague.adopted, true);
    assert.deepEqual(prague.notCounted, ['GE']);
  });

  it('gives each body its day to meet', () => {
    assert.equal(row(georgia, 'est').meetsBy, '2008-08-08');
    assert.equal(row(georgia, 'unsc').meetsBy, '2008-08-09');
    assert.equal(row(georgia, 'osce').meetsBy, '2008-08-15');
  });
});

describe('est compare on Crimea, 2014', () => {
  it('blocks the referendum text by veto in the Council of 2014, and convenes no NAC for Ukraine', () => {
    const cmp = compare(UKRAINE, { regimes: ['nato', 'unsc'] });
    assert.deepEqual(cmp.regimes, ['nato', 'unsc']);
    const crimea = cmp.cases.find((c) => c.id === 'xc-crimea');
    assert.equal(row(crimea, 'nato').refused?.code, 'not_a_party');
    assert.deepEqual(decision(row(crimea, 'unsc'), 'referendum-invalid').blockedBy, ['RU']);
    assert.ok((row(crimea, 'unsc').couldBlock.who as readonly string[]).includes('RU'));
  });

  it('leaves Russia out under consensus-minus-one, where Armenia and Belarus still block', () => {
    const crimea = compare(UKRAINE, { regimes: ['osce'] }).cases.find((c) => c.id === 'xc-crimea');
    assert.deepEqual(decision(row(crimea, 'osce'), 'referendum-invalid').blockedBy, ['AM', 'BY', 'RU']);
    const prague = decision(row(crimea, 'osce (Prague 16)'), 'referendum-invalid');
    assert.deepEqual(prague.blockedBy, ['AM', 'BY']);
    assert.deepEqual(prague.notCounted, ['RU']);
    assert.equal(decision(row(crimea, 'osce'), 'monitoring-mission').adopted, true);
  });

  it('runs EST variants as further readings of the same scenario', () => {
    const cmp = compare(UKRAINE, {
      regimes: ['est'],
      variants: [
        { name: 'abstention blocks', overrides: { 'extraordinary.abstentionBlocks': true } },
        { name: 'quorum 2/3', overrides: { 'extraordinary.quorum': { num: 2, den: 3 } } },
      ],
    });
    assert.deepEqual(cmp.regimes, ['est', 'est: abstention blocks', 'est: quorum 2/3']);
    const crimea = cmp.cases.find((c) => c.id === 'xc-crimea');
    assert.equal(decision(row(crimea, 'est'), 'monitoring-mission').adopted, true);
    const strict = decision(row(crimea, 'est: abstention blocks'), 'monitoring-mission');
    assert.equal(strict.adopted, false);
    assert.ok(strict.blockedBy.length > 20, 'every silent Party blocks');
    assert.match(
      row(crimea, 'est: quorum 2/3').couldBlock.text,
      /21 of 61 staying away deny the quorum of 41/,
    );
  });
});

describe('the unanimity reading of EST 8(3), side by side', () => {
  // EST 8(3) asks the Extraordinary Conference to decide unanimously, EST 6(3) the Conference by
  // consensus. By default an abstention (or a present Party's silence) does not defeat unanimity;
  // read so that it does, no decision carried with abstentions survives, and in these two cases
  // every adopted decision was carried with abstentions, while the others were blocked already.
  const STRICT = {
    name: 'extraordinary.abstentionBlocks=true',
    overrides: { 'extraordinary.abstentionBlocks': true },
  };

  for (const [name, scenario, adopted] of [
    ['Georgia 2008', GEORGIA, ['xc-georgia: six-point-plan', 'xc-georgia: osce-monitors']],
    ['Ukraine 2014', UKRAINE, ['xc-crimea: monitoring-mission', 'xc-donbas: ceasefire']],
  ] as const) {
    it(`fails every decision of ${name} under extraordinary.abstentionBlocks=true, and lists those it changes`, () => {
      const cmp = compare(scenario, { regimes: ['est'], variants: [STRICT] });
      const changed: string[] = [];
      for (const c of cmp.cases) {
        for (const d of row(c, `est: ${STRICT.name}`).decisions)
          assert.equal(d.adopted, false, `${c.id}: ${d.id}`);
        const ch = c.changes.find((x) => x.regime === `est: ${STRICT.name}`);
        assert.ok(ch, c.id);
        for (const d of ch.decisions) {
          assert.deepEqual([d.before, d.after], [true, false], `${c.id}: ${d.id}`);
          changed.push(`${c.id}: ${d.id}`);
        }
      }
      assert.deepEqual(changed.sort(), [...adopted].sort());
    });
  }

  it('measures variants against the scenario as it reads even when est itself is not shown', () => {
    const cmp = compare(UKRAINE, { regimes: ['unsc'], variants: [STRICT] });
    assert.deepEqual(cmp.regimes, ['unsc', `est: ${STRICT.name}`]);
    const crimea = cmp.cases.find((c) => c.id === 'xc-crimea');
    assert.deepEqual(crimea?.changes[0]?.decisions, [
      { id: 'monitoring-mission', before: true, after: false },
    ]);
  });

  it('lists no change for a variant that reads the text as the scenario does', () => {
    const same = { name: 'default', overrides: { 'extraordinary.abstentionBlocks': false } };
    for (const c of compare(GEORGIA, { regimes: ['est'], variants: [same] }).cases)
      assert.deepEqual(c.changes[0]?.decisions, [], c.id);
  });
});

describe('est compare on other scenarios', () => {
  it('refuses a scenario of another treaty', () => {
    assert.throws(() => compare(load('regime-nato.scenario.yaml')), /translates scenarios of est-2009/);
  });

  it('has no case when no attack is notified', () => {
    assert.deepEqual(compare(load('conference.scenario.yaml')).cases, []);
  });
});
