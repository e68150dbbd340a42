/**
 * The comparison of the 2009 and 2021 drafts, checked against the provision tables and the texts:
 * every provision of the two NATO-Russia drafts has a row, every id and parameter exists and belongs
 * to its draft, every set of States resolves, both languages are there, and a few facts of the texts
 * hold (NRC 4 widened into NRA 4, NRA 6 new in 2021, the EST Conference's quorum of two thirds).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Confidence, Localized } from '../common.ts';
import { CONFIDENCE } from '../common.ts';
import { isoDate } from '../dates.ts';
import { NAMED_GROUPS } from '../named-groups.ts';
import { PARAMETERS, isParameterId, valueAt } from '../parameters/index.ts';
import type { Parameter } from '../parameters/index.ts';
import { canBeParty, membersOn } from '../parties/index.ts';
import { PROVISIONS, provision } from '../provisions/index.ts';
import type { Clause, ThemeEntry } from './index.ts';
import {
  CHANGE_KINDS,
  CORRESPONDENCE_ROWS,
  GENERATION_DRAFTS,
  THEMES,
  compareDrafts,
  entryConfidence,
  membersOf,
  rowConfidence,
} from './index.ts';

const CYRILLIC = /[\u0400-\u04FF]/;

function bilingual(text: Localized, where: string): void {
  assert.ok(text.en.trim().length > 0, `${where}: no English`);
  assert.doesNotMatch(text.en, CYRILLIC, `${where}: Cyrillic in the English`);
  assert.match(text.ru, CYRILLIC, `${where}: no Russian`);
}

/** The weakest mark by the legend's order (C strongest, U weakest), worked out here on its own. */
function weakestOf(ids: readonly string[]): Confidence {
  const ranks = ids.map((id) => CONFIDENCE.indexOf(provision(id)?.confidence ?? 'U'));
  return CONFIDENCE[Math.max(...ranks)] as Confidence;
}

const rowsWith = (id: string) =>
  CORRESPONDENCE_ROWS.filter(
    (r) => (r.from as readonly string[]).includes(id) || (r.to as readonly string[]).includes(id),
  );

const entry = (theme: string, treaty: string): ThemeEntry => {
  const e = THEMES.find((t) => t.id === theme)?.entries.find((x) => x.treaty === treaty);
  assert.ok(e, `${theme}/${treaty}`);
  return e;
};

const allClauses = (): { treaty: string; theme: string; clause: Clause }[] =>
  THEMES.flatMap((t) =>
    t.entries.flatMap((e) => e.clauses.map((clause) => ({ treaty: e.treaty, theme: t.id, clause }))),
  );

describe('the correspondence of the NATO-Russia drafts of 2009 and 2021', () => {
  it('gives every provision of both drafts a row', () => {
    for (const p of PROVISIONS.filter((x) => x.treaty === 'nrc-2009' || x.treaty === 'nra-2021'))
      assert.ok(rowsWith(p.id).length > 0, `${p.id} (${p.cite}) is in no row`);
  });

  it('puts 2009 provisions on the left and 2021 ones on the right, every id existing', () => {
    const ids = new Set<string>();
    for (const r of CORRESPONDENCE_ROWS) {
      assert.ok(!ids.has(r.id), `row ${r.id} twice`);
      ids.add(r.id);
      for (const id of r.from) assert.equal(provision(id)?.treaty, 'nrc-2009', `${r.id}: ${id}`);
      for (const id of r.to) assert.equal(provision(id)?.treaty, 'nra-2021', `${r.id}: ${id}`);
      assert.ok((CHANGE_KINDS as readonly string[]).includes(r.kind), r.id);
      bilingual(r.note, r.id);
    }
  });

  it('leaves the 2009 side empty exactly for what was added, the 2021 side for what was dropped', () => {
    for (const r of CORRESPONDENCE_ROWS) {
      assert.equal(
        r.from.length === 0,
        r.kind === 'added',
        `${r.id}: ${r.kind} with ${r.from.length} from 2009`,
      );
      assert.equal(r.to.length === 0, r.kind === 'dropped', `${r.id}: ${r.kind} with ${r.to.length} in 2021`);
    }
  });

  it('has NRC 4 and NRA 4 in one row, widened', () => {
    const row = CORRESPONDENCE_ROWS.find(
      (r) => (r.from as readonly string[]).includes('nrc.4') && (r.to as readonly string[]).includes('nra.4'),
    );
    assert.equal(row?.kind, 'widened');
    // What widened is in the texts: any forces instead of substantial ones, every other European
    // State instead of the new members.
    assert.match(provision('nrc.4')?.text.en ?? '', /substantial combat forces/);
    assert.match(provision('nra.4.1')?.text.en ?? '', /any other European State/);
    assert.match(row?.note.en ?? '', /27 May 1997/);
  });

  it('gives NRA 6 (enlargement), NRA 5 (missiles) and NRA 7 (regions) no 2009 counterpart', () => {
    for (const id of ['nra.6', 'nra.5', 'nra.7.1', 'nra.7.2']) {
      const rows = rowsWith(id);
      assert.ok(rows.length > 0, id);
      for (const r of rows) {
        assert.deepEqual(r.from, [], `${id} in ${r.id}`);
        assert.equal(r.kind, 'added', id);
      }
    }
  });

  it('sets the NRC forum against the consultations of NRA 2', () => {
    const row = rowsWith('nrc.forum')[0];
    assert.ok(row && (row.to as readonly string[]).includes('nra.2.1'));
    assert.match(provision('nra.2.1')?.text.en ?? '', /No deadline, quorum or decision rule/);
  });

  it('inherits each row’s confidence from its provisions: U where the 2009 baseline is unknown', () => {
    for (const r of CORRESPONDENCE_ROWS)
      assert.equal(rowConfidence(r), weakestOf([...r.from, ...r.to]), r.id);
    assert.equal(rowConfidence(rowsWith('nrc.4.baseline')[0] ?? CORRESPONDENCE_ROWS[0]!), 'U');
  });
});

describe('the thematic comparison of the four drafts', () => {
  it('gives every theme one entry for each draft, in order, with a title in both languages', () => {
    for (const t of THEMES) {
      assert.deepEqual(
        t.entries.map((e) => e.treaty),
        [...GENERATION_DRAFTS],
        t.id,
      );
      bilingual(t.title, t.id);
      for (const e of t.entries) if (e.note) bilingual(e.note, `${t.id}/${e.treaty}`);
    }
  });

  it('cites provisions of the clause’s own draft and parameters of it that exist', () => {
    for (const { treaty, theme, clause } of allClauses()) {
      const at = `${theme}/${treaty}`;
      assert.ok(clause.cites.length > 0, at);
      for (const id of clause.cites) assert.equal(provision(id)?.treaty, treaty, `${at}: ${id}`);
      const params = [
        ...clause.blanks,
        ...clause.procedures.flatMap((p) => [p.quorum, p.threshold].filter((x) => x !== undefined)),
        ...[clause.binds.set, clause.where?.set].flatMap((s) =>
          s && 'parameter' in s ? [s.parameter, ...(s.less === undefined ? [] : [s.less])] : [],
        ),
      ];
      for (const id of params) {
        assert.ok(isParameterId(id), `${at}: ${id}`);
        assert.equal(PARAMETERS[id].treaty, treaty, `${at}: ${id}`);
      }
    }
  });

  it('lists as blanks only parameters the text leaves open (a blank or a reading), never a figure of the text', () => {
    for (const { treaty, theme, clause } of allClauses())
      for (const id of clause.blanks)
        assert.notEqual(PARAMETERS[id].basis, 'text', `${theme}/${treaty}: ${id}`);
  });

  it('names every set of States so that the registry resolves it to States or organizations', () => {
    for (const { treaty, theme, clause } of allClauses())
      for (const b of [clause.binds, clause.where]) {
        if (!b) continue;
        const members = membersOf(b.set, treaty as (typeof GENERATION_DRAFTS)[number]);
        assert.ok(members.length > 0, `${theme}/${treaty}: ${b.who.en}`);
        for (const m of members) assert.ok(canBeParty(m), `${theme}/${treaty}: ${m}`);
        if ('groups' in b.set)
          for (const g of b.set.groups)
            assert.ok(
              NAMED_GROUPS.some((x) => x.id === g),
              g,
            );
        bilingual(b.who, `${theme}/${treaty}`);
      }
  });

  it('writes every clause in both languages', () => {
    for (const { treaty, theme, clause } of allClauses()) {
      const at = `${theme}/${treaty}`;
      if (clause.bars) bilingual(clause.bars, at);
      if (clause.open) bilingual(clause.open, at);
      for (const p of clause.procedures) bilingual(p.body, at);
    }
  });

  it('inherits confidence: the weakest provision cited, or the silence of a draft known only in part', () => {
    for (const t of THEMES)
      for (const e of t.entries)
        if (e.clauses.length > 0)
          assert.equal(
            entryConfidence(e),
            weakestOf(e.clauses.flatMap((c) => c.cites)),
            `${t.id}/${e.treaty}`,
          );
    assert.equal(entryConfidence(entry('missiles', 'nrc-2009')), 'U');
    assert.equal(entryConfidence(entry('missiles', 'nra-2021')), 'C');
  });

  it('gives the EST Conference the quorum of two thirds that EST 6(3) and its parameter give', () => {
    assert.match(provision('est.6.3')?.text.en ?? '', /two thirds/);
    const conference = entry('consultation', 'est-2009')
      .clauses.flatMap((c) => c.procedures)
      .find((p) => /Conference of the Parties/.test(p.body.en));
    assert.equal(conference?.quorum, 'conference.quorum');
    assert.equal(conference?.decision, 'consensus');
    assert.equal(conference?.binding, 'binding');
    assert.deepEqual(valueAt(PARAMETERS['conference.quorum'] as Parameter), { num: 2, den: 3 });
  });

  it('gives the Extraordinary Conference four fifths and unanimity, and NRA 2 no decision rule', () => {
    const xc = entry('armed-attack', 'est-2009').clauses[0]?.procedures[0];
    assert.equal(xc?.quorum, 'extraordinary.quorum');
    assert.equal(xc?.decision, 'unanimity');
    assert.deepEqual(valueAt(PARAMETERS['extraordinary.quorum'] as Parameter), { num: 4, den: 5 });
    const nra2 = entry('consultation', 'nra-2021').clauses.find((c) => c.cites.includes('nra.2.1'));
    assert.equal(nra2?.procedures[0]?.decision, 'no-rule');
    assert.equal(nra2?.procedures[0]?.quorum, undefined);
  });

  it('binds Russia and the 16 of 27 May 1997 by NRA 4, the 30 members (not Russia) by NRA 6, the US alone by RUS-US 4', () => {
    const nra4 = entry('forces', 'nra-2021').clauses[0];
    assert.ok(nra4);
    const bound = membersOf(nra4.binds.set, 'nra-2021');
    assert.deepEqual([...bound].sort(), [...membersOn('NATO', isoDate('1997-05-27')), 'RU'].sort());
    assert.ok(!bound.includes('PL' as never), 'Poland joined in 1999');
    const nra6 = entry('enlargement', 'nra-2021').clauses[0];
    assert.ok(nra6);
    const members = membersOf(nra6.binds.set, 'nra-2021');
    assert.equal(members.length, 30);
    assert.ok(!members.includes('RU' as never));
    const rusUs4 = entry('enlargement', 'rus-us-2021').clauses[0];
    assert.ok(rusUs4);
    assert.deepEqual(membersOf(rusUs4.binds.set, 'rus-us-2021'), ['US']);
  });

  it('protects under NRA 4 the European States outside the bound group: Poland and Ukraine, not Germany or Russia', () => {
    const nra4 = entry('forces', 'nra-2021').clauses[0];
    assert.ok(nra4?.where);
    const hosts = membersOf(nra4.where.set, 'nra-2021');
    for (const id of ['PL', 'UA', 'FI', 'BY']) assert.ok(hosts.includes(id as never), id);
    for (const id of ['DE', 'RU', 'US']) assert.ok(!hosts.includes(id as never), id);
  });

  it('protects under NRC 4 the 12 States that had joined NATO after 1997 by December 2009', () => {
    const nrc4 = entry('forces', 'nrc-2009').clauses[0];
    assert.ok(nrc4?.where);
    const hosts = membersOf(nrc4.where.set, 'nrc-2009');
    assert.equal(hosts.length, 12);
    for (const id of ['PL', 'CZ', 'HU', 'EE', 'AL', 'HR']) assert.ok(hosts.includes(id as never), id);
  });

  it('leaves the NRC’s entry into force unset, and says the EST and NRA withdrawals are by notice', () => {
    const nrc = entry('entry-into-force', 'nrc-2009').clauses[0];
    for (const id of nrc?.blanks ?? []) assert.equal(valueAt(PARAMETERS[id] as Parameter), null, id);
    assert.equal(entry('withdrawal', 'nra-2021').clauses[0]?.procedures[0]?.decision, 'own-act');
    assert.match(provision('nra.9.2')?.text.en ?? '', /30 days/);
    assert.deepEqual(entry('withdrawal', 'rus-us-2021').clauses, []);
  });

  it('says nothing of nuclear weapons for any draft but the treaty with the United States', () => {
    for (const d of ['est-2009', 'nrc-2009', 'nra-2021'])
      assert.deepEqual(entry('nuclear', d).clauses, [], d);
    assert.ok(entry('nuclear', 'rus-us-2021').clauses[0]?.cites.includes('rus-us.7.1'));
  });
});

describe('compareDrafts', () => {
  it('keeps the order asked, and adds the correspondence only when both NATO-Russia drafts are compared', () => {
    const two = compareDrafts(['nra-2021', 'nrc-2009']);
    assert.deepEqual(
      two.themes[0]?.entries.map((e) => e.treaty),
      ['nra-2021', 'nrc-2009'],
    );
    assert.equal(two.correspondence?.rows.length, CORRESPONDENCE_ROWS.length);
    assert.equal(compareDrafts(['est-2009', 'nra-2021']).correspondence, null);
  });

  it('resolves each clause’s parameters to the text’s values and its sets to members', () => {
    const cmp = compareDrafts(['est-2009', 'nra-2021']);
    const est = cmp.themes.find((t) => t.id === 'consultation')?.entries[0];
    const quorum = est?.clauses.flatMap((c) => c.procedures).find((p) => p.quorum)?.quorum;
    assert.deepEqual(quorum?.value, { num: 2, den: 3 });
    assert.equal(quorum?.cite, 'EST 6(3)');
    assert.equal(
      est?.clauses[0]?.binds.members.length,
      61,
      'the 56 OSCE States of 2009 and five organizations',
    );
  });
});
