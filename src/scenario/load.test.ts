import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import type { Issue, Loaded, Scenario } from './load.ts';
import { formatIssue, parseScenario } from './load.ts';

const FILE = 'scenarios/test.scenario.yaml';

/** The text of a file whose line n (1-based) is `lines[n - 1]`. */
const text = (lines: readonly string[]): string => `${lines.join('\n')}\n`;
const load = (lines: readonly string[]): Loaded => parseScenario(text(lines), FILE);

function issuesOf(lines: readonly string[]): readonly Issue[] {
  const result = load(lines);
  if (result.ok) assert.fail('expected the scenario to be rejected, but it loaded');
  return result.issues;
}

function loaded(lines: readonly string[]): Scenario {
  const result = load(lines);
  if (!result.ok) assert.fail(`expected the scenario to load:\n${result.issues.map(formatIssue).join('\n')}`);
  return result.scenario;
}

/** Line and column (1-based) of the `nth` occurrence of `needle` on line `line` of `lines`. */
function at(
  lines: readonly string[],
  line: number,
  needle: string,
  nth = 1,
): { line: number; column: number } {
  const source = lines[line - 1];
  assert.ok(source !== undefined, `no line ${line}`);
  let index = -1;
  for (let n = 0; n < nth; n += 1) {
    index = source.indexOf(needle, index + 1);
    assert.ok(index >= 0, `'${needle}' (occurrence ${nth}) is not on line ${line}: ${source}`);
  }
  return { line, column: index + 1 };
}

interface Want {
  readonly line: number;
  readonly column: number;
  readonly path: string;
  readonly message: RegExp;
}

function assertIssue(issue: Issue | undefined, want: Want): void {
  assert.ok(issue !== undefined, 'expected an issue');
  assert.equal(issue.file, FILE);
  assert.deepEqual(
    { line: issue.line, column: issue.column, path: issue.path },
    { line: want.line, column: want.column, path: want.path },
    formatIssue(issue),
  );
  assert.match(issue.message, want.message);
}

/** The single issue of a rejected scenario. */
function only(lines: readonly string[]): Issue {
  const issues = issuesOf(lines);
  assert.equal(issues.length, 1, issues.map(formatIssue).join('\n'));
  return issues[0] as Issue;
}

const EST = ['name: test', 'treaty: est-2009'] as const;
const NRC = ['name: test', 'treaty: nrc-2009'] as const;

describe('parseScenario on acts', () => {
  it('names an unknown act at its value, with a did-you-mean hint and the acts of the treaty', () => {
    const lines = [...EST, 'events:', '  - { on: 2010-01-01, act: sing, by: RU }'];
    const issue = only(lines);
    assertIssue(issue, {
      ...at(lines, 4, 'sing'),
      path: 'events[0].act',
      message: /^unknown act 'sing' \(did you mean sign\?\)/,
    });
    assert.match(issue.message, /acts of est-2009: sign, ratify, .*assume-obligation$/);
    assert.doesNotMatch(issue.message, /deploy/);
  });

  it('gives no hint for an act name that is nothing like any act', () => {
    const lines = [...EST, 'events:', '  - { on: 2010-01-01, act: parachute, by: RU }'];
    const issue = only(lines);
    assertIssue(issue, { ...at(lines, 4, 'parachute'), path: 'events[0].act', message: /unknown act/ });
    assert.doesNotMatch(issue.message, /did you mean/);
  });

  it('refuses deploy in an est-2009 scenario and says it belongs to nrc-2009', () => {
    const lines = [
      ...EST,
      'events:',
      '  - { on: 2010-01-01, act: deploy, by: US, in: PL, forces: { tanks: 1 }, permanent: true, id: d-1 }',
    ];
    assertIssue(only(lines), {
      ...at(lines, 4, 'deploy'),
      path: 'events[0].act',
      message: /^act 'deploy' is not part of est-2009 \(it belongs to nrc-2009\)$/,
    });
  });

  it('refuses withdraw in an nrc-2009 scenario and says it belongs to est-2009', () => {
    const lines = [...NRC, 'events:', '  - { on: 2010-01-01, act: withdraw, by: US, statement: leaving }'];
    assertIssue(only(lines), {
      ...at(lines, 4, 'withdraw'),
      path: 'events[0].act',
      message: /^act 'withdraw' is not part of nrc-2009 \(it belongs to est-2009\)$/,
    });
  });

  it('reports an event without an act at the event', () => {
    const lines = [...EST, 'events:', '  - { on: 2010-01-01, by: RU }'];
    assertIssue(only(lines), { ...at(lines, 4, '{'), path: 'events[0]', message: /missing field 'act'/ });
  });
});

describe('parseScenario on party ids', () => {
  it('rejects ZZ, which is no ISO 3166 code, at the value of by', () => {
    const lines = [...EST, 'events:', '  - on: 2010-01-01', '    act: sign', '    by: ZZ'];
    assertIssue(only(lines), {
      ...at(lines, 6, 'ZZ'),
      path: 'events[0].by',
      message: /party id.*ISO 3166-1 alpha-2.*got "ZZ"/,
    });
  });

  it('points at the bad entry of a by list', () => {
    const lines = [...EST, 'events:', '  - { on: 2010-01-01, act: sign, by: [RU, ZZ] }'];
    assertIssue(only(lines), {
      ...at(lines, 4, 'ZZ'),
      path: 'events[0].by[1]',
      message: /unknown party id.*got "ZZ"/,
    });
  });

  it('rejects ZZ in a field other than by', () => {
    const lines = [
      ...EST,
      'events:',
      '  - { on: 2010-01-01, act: request-information, by: RU, to: ZZ, subject: s }',
    ];
    assertIssue(only(lines), {
      ...at(lines, 4, 'ZZ'),
      path: 'events[0].to',
      message: /unknown party id.*"ZZ"/,
    });
  });

  it('accepts JP, an assigned code outside the OSCE, leaving eligibility to the engine', () => {
    const s = loaded([...EST, 'events:', '  - { on: 2010-01-01, act: sign, by: JP }']);
    assert.deepEqual(s.acts, [{ on: '2010-01-01', act: 'sign', by: 'JP' }]);
  });

  it('accepts the five organizations and an x: outside actor where a party id is asked', () => {
    const s = loaded([
      ...EST,
      'events:',
      '  - { on: 2010-01-01, act: sign, by: [EU, OSCE, CSTO, NATO, CIS] }',
      '  - { on: 2010-01-02, act: notify-attack, by: GE, attacker: "x:south-ossetia", kind: threat }',
    ]);
    assert.deepEqual(
      s.acts.map((a) => ('by' in a ? a.by : null)),
      ['EU', 'OSCE', 'CSTO', 'NATO', 'CIS', 'GE'],
    );
  });
});

describe('parseScenario on dates', () => {
  it('rejects 2010-02-30, which is no calendar date, at the value of on', () => {
    const lines = [...EST, 'events:', '  - { on: 2010-02-30, act: sign, by: RU }'];
    assertIssue(only(lines), {
      ...at(lines, 4, '2010-02-30'),
      path: 'events[0].on',
      message: /real calendar date YYYY-MM-DD.*"2010-02-30"/,
    });
  });

  it('rejects a date written as a number', () => {
    const lines = [...EST, 'events:', '  - { on: 20100101, act: sign, by: RU }'];
    assertIssue(only(lines), {
      ...at(lines, 4, '20100101'),
      path: 'events[0].on',
      message: /date YYYY-MM-DD/,
    });
  });

  it('reports a date earlier than the one before it, naming both', () => {
    const lines = [
      ...EST,
      'events:',
      '  - { on: 2010-03-01, act: sign, by: RU }',
      '  - { on: 2010-02-01, act: sign, by: US }',
    ];
    assertIssue(only(lines), {
      ...at(lines, 5, '2010-02-01'),
      path: 'events[1].on',
      message: /^2010-02-01 is earlier than the act before it \(2010-03-01\); acts must be in date order$/,
    });
  });

  it('accepts several acts on the same day', () => {
    const s = loaded([
      ...EST,
      'events:',
      '  - { on: 2010-03-01, act: sign, by: RU }',
      '  - { on: 2010-03-01, act: sign, by: US }',
    ]);
    assert.equal(s.acts.length, 2);
  });

  it('reports dates going backwards even when another field of the earlier event is wrong', () => {
    const lines = [
      ...EST,
      'events:',
      '  - { on: 2010-03-01, act: sign, by: QQ }',
      '  - { on: 2010-02-01, act: sign, by: US }',
    ];
    const issues = issuesOf(lines);
    assert.equal(issues.length, 2, issues.map(formatIssue).join('\n'));
    assertIssue(issues[0], { ...at(lines, 4, 'QQ'), path: 'events[0].by', message: /"QQ"/ });
    assertIssue(issues[1], {
      ...at(lines, 5, '2010-02-01'),
      path: 'events[1].on',
      message: /earlier than the act before it \(2010-03-01\)/,
    });
  });

  it('reports dates going backwards even when the earlier event has an unknown act', () => {
    const lines = [
      ...EST,
      'events:',
      '  - { on: 2010-03-01, act: sing, by: RU }',
      '  - { on: 2010-02-01, act: sign, by: US }',
    ];
    const issues = issuesOf(lines);
    assert.deepEqual(
      issues.map((i) => i.path),
      ['events[0].act', 'events[1].on'],
    );
  });
});

describe('parseScenario on parameters', () => {
  it('names an unknown parameter at its key, with a hint', () => {
    const lines = [...EST, 'parameters:', '  withdrawal.noticeDay: 10', 'events: []'];
    assertIssue(only(lines), {
      ...at(lines, 4, 'withdrawal'),
      path: 'parameters["withdrawal.noticeDay"]',
      message:
        /^unknown parameter 'withdrawal.noticeDay' \(did you mean withdrawal.noticeDays\?\); see est treaty params$/,
    });
  });

  it('refuses a parameter of the NRC draft in an EST scenario', () => {
    const lines = [...EST, 'parameters:', '  scf.exempt: [RU]', 'events: []'];
    assertIssue(only(lines), {
      ...at(lines, 4, 'scf.exempt'),
      path: 'parameters["scf.exempt"]',
      message: /^parameter 'scf.exempt' belongs to nrc-2009, not est-2009$/,
    });
  });

  it('refuses a parameter of the EST in an NRC scenario', () => {
    const lines = [...NRC, 'parameters:', '  withdrawal.noticeDays: 30', 'events: []'];
    assertIssue(only(lines), {
      ...at(lines, 4, 'withdrawal'),
      path: 'parameters["withdrawal.noticeDays"]',
      message: /belongs to est-2009, not nrc-2009/,
    });
  });

  it('refuses a decimal quorum, asking for a fraction, at the value', () => {
    const lines = [...EST, 'parameters:', '  conference.quorum: 0.66', 'events: []'];
    assertIssue(only(lines), {
      ...at(lines, 4, '0.66'),
      path: 'parameters["conference.quorum"]',
      message: /^expected a fraction such as 2\/3, between 0 and 1, got 0.66$/,
    });
  });

  it('refuses days given in words', () => {
    const lines = [...EST, 'parameters:', '  withdrawal.noticeDays: "ninety"', 'events: []'];
    assertIssue(only(lines), {
      ...at(lines, 4, '"ninety"'),
      path: 'parameters["withdrawal.noticeDays"]',
      message: /^expected a whole number of days from 0 to 36600, got "ninety"$/,
    });
  });

  it('reports every bad parameter, not only the first', () => {
    const lines = [
      ...EST,
      'parameters: { withdrawal.noticeDays: -1, conference.quorum: "3/2", scf.exempt: [RU] }',
      'events: []',
    ];
    assert.deepEqual(
      issuesOf(lines).map((i) => i.path),
      ['parameters["withdrawal.noticeDays"]', 'parameters["conference.quorum"]', 'parameters["scf.exempt"]'],
    );
  });

  it('keeps good overrides parsed (a fraction as num/den) and null as unset', () => {
    const s = loaded([
      ...EST,
      'parameters: { conference.quorum: 3/4, withdrawal.noticeDays: null, signature.eligible: [RU, US] }',
      'events: []',
    ]);
    assert.deepEqual(s.overrides, {
      'conference.quorum': { num: 3, den: 4 },
      'withdrawal.noticeDays': null,
      'signature.eligible': ['RU', 'US'],
    });
  });
});

describe('parseScenario on a dated override ({ dated: [{ since, value }] })', () => {
  const dated = (...steps: string[]) => [
    ...EST,
    'parameters:',
    '  withdrawal.noticeDays:',
    '    dated:',
    ...steps.map((s) => `      - ${s}`),
    'events: []',
  ];

  it('keeps the values with their days, in date order', () => {
    const s = loaded(dated('{ since: 2012-01-01, value: 180 }', '{ since: 2013-06-01, value: null }'));
    assert.deepEqual(s.overrides, {
      'withdrawal.noticeDays': {
        dated: [
          { since: '2012-01-01', value: 180 },
          { since: '2013-06-01', value: null },
        ],
      },
    });
  });

  it('names the line and field of a value its parameter does not take', () => {
    const lines = dated('{ since: 2012-01-01, value: -5 }');
    assertIssue(only(lines), {
      ...at(lines, 6, '-5'),
      path: 'parameters["withdrawal.noticeDays"].dated[0].value',
      message: /^expected a whole number of days from 0 to 36600, got -5$/,
    });
  });

  it('names a date that is no calendar date', () => {
    const lines = dated('{ since: 2012-02-30, value: 180 }');
    assertIssue(only(lines), {
      ...at(lines, 6, '2012-02-30'),
      path: 'parameters["withdrawal.noticeDays"].dated[0].since',
      message: /^expected a real calendar date YYYY-MM-DD, got "2012-02-30"$/,
    });
  });

  it('refuses dates out of order, naming the one before', () => {
    const lines = dated('{ since: 2012-01-01, value: 180 }', '{ since: 2011-01-01, value: 90 }');
    assertIssue(only(lines), {
      ...at(lines, 7, '2011-01-01'),
      path: 'parameters["withdrawal.noticeDays"].dated[1].since',
      message: /is not after the date before it \(2012-01-01\)/,
    });
  });

  it('refuses a misspelt field and an empty list', () => {
    const misspelt = dated('{ since: 2012-01-01, valeu: 180 }');
    assert.deepEqual(
      issuesOf(misspelt).map((i) => i.path),
      [
        'parameters["withdrawal.noticeDays"].dated[0].valeu',
        'parameters["withdrawal.noticeDays"].dated[0].value',
      ],
    );
    const empty = [...EST, 'parameters: { withdrawal.noticeDays: { dated: [] } }', 'events: []'];
    assert.match(only(empty).message, /^expected a non-empty list of \{ since: YYYY-MM-DD, value: \.\.\. \}/);
  });
});

describe('parseScenario on the fields of an event', () => {
  it('refuses a quoted "yes" where true or false is expected', () => {
    const lines = [
      ...EST,
      'events:',
      '  - { on: 2010-03-01, act: assist, by: US, to: GE, military: "yes", procedure: xc-1 }',
    ];
    assertIssue(only(lines), {
      ...at(lines, 4, '"yes"'),
      path: 'events[0].military',
      message: /^expected true or false, got "yes"$/,
    });
  });

  it('refuses an unquoted yes for a boolean, since YAML 1.2 reads it as text', () => {
    const lines = [
      ...EST,
      'events:',
      '  - { on: 2010-03-01, act: assist, by: US, to: GE, military: yes, procedure: x }',
    ];
    assertIssue(only(lines), { ...at(lines, 4, 'yes'), path: 'events[0].military', message: /got "yes"/ });
  });

  it('names a misspelt field at its key with a did-you-mean hint, and the field it lacks', () => {
    const lines = [
      ...EST,
      'events:',
      '  - { on: 2010-01-01, act: request-information, by: RU, to: US, subjct: s }',
    ];
    const issues = issuesOf(lines);
    assert.equal(issues.length, 2, issues.map(formatIssue).join('\n'));
    assertIssue(
      issues.find((i) => i.path === 'events[0].subjct'),
      {
        ...at(lines, 4, 'subjct'),
        path: 'events[0].subjct',
        message: /^unknown field 'subjct' \(did you mean subject\?\)$/,
      },
    );
    assertIssue(
      issues.find((i) => i.path === 'events[0].subject'),
      { ...at(lines, 4, '{'), path: 'events[0].subject', message: /^missing \(required\)$/ },
    );
  });

  it('lists the fields of the act when an unknown field is like none of them', () => {
    const lines = [...EST, 'events:', '  - { on: 2010-01-01, act: sign, by: RU, colour: blue }'];
    assertIssue(only(lines), {
      ...at(lines, 4, 'colour'),
      path: 'events[0].colour',
      message: /^unknown field 'colour'; expected on, act, note, source, by$/,
    });
  });

  it('names an unknown top-level field with a hint', () => {
    const lines = [...EST, 'event: []'];
    const issues = issuesOf(lines);
    assertIssue(
      issues.find((i) => i.path === 'event'),
      {
        ...at(lines, 3, 'event'),
        path: 'event',
        message: /^unknown field 'event' \(did you mean events\?\)$/,
      },
    );
    assertIssue(
      issues.find((i) => i.path === 'events'),
      { line: 1, column: 1, path: 'events', message: /^missing \(required\)$/ },
    );
  });

  it('reports each missing required field at its event', () => {
    const lines = [...EST, 'events:', '  - { on: 2010-01-01, act: request-information, by: RU }'];
    const issues = issuesOf(lines);
    assert.equal(issues.length, 2);
    assertIssue(issues[0], { ...at(lines, 4, '{'), path: 'events[0].to', message: /^missing \(required\)$/ });
    assertIssue(issues[1], {
      ...at(lines, 4, '{'),
      path: 'events[0].subject',
      message: /^missing \(required\)$/,
    });
  });

  it('reports a missing name at the top of the file', () => {
    assertIssue(only(['treaty: est-2009', 'events: []']), {
      line: 1,
      column: 1,
      path: 'name',
      message: /^missing \(required\)$/,
    });
  });

  it('names the treaties when the treaty id is unknown', () => {
    const lines = ['name: test', 'treaty: est-2010', 'events: []'];
    assertIssue(only(lines), {
      ...at(lines, 2, 'est-2010'),
      path: 'treaty',
      message:
        /expected est-2009 or nrc-2009 or nat-1949 or un-1945 or osce-1992 or nra-2021 or rus-us-2021, got "est-2010"/,
    });
  });

  it('reports every bad event of a file, in file order', () => {
    const lines = [
      ...EST,
      'events:',
      '  - { on: 2010-01-01, act: sing, by: RU }',
      '  - { on: 2010-01-02, act: sign, by: ZZ }',
      '  - { on: 2010-01-03, act: assist, by: US, to: GE, military: "no", procedure: x }',
    ];
    assert.deepEqual(
      issuesOf(lines).map((i) => [i.line, i.path]),
      [
        [4, 'events[0].act'],
        [5, 'events[1].by'],
        [6, 'events[2].military'],
      ],
    );
  });
});

describe('parseScenario on malformed text', () => {
  const SYNTAX = [
    ...EST,
    'events:',
    '  - { on: 2010-01-01, act: sign, by: RU',
    '  - { on: 2010-01-02, act: sign, by: US }',
  ];
  const DUPLICATE = ['name: test', 'treaty: est-2009', 'name: again', 'events: []'];

  it('reports a YAML syntax error as (syntax) with the parser message', () => {
    const issues = issuesOf(SYNTAX);
    assert.ok(issues.length >= 1);
    assert.ok(issues.every((i) => i.file === FILE && i.path === '(syntax)'));
    assert.match(issues[0]?.message ?? '', /Flow map/);
  });

  it('reports a YAML syntax error at the line where it is, not at 1:1', () => {
    const [first] = issuesOf(SYNTAX);
    assert.deepEqual({ line: first?.line, column: first?.column }, { line: 5, column: 3 });
  });

  it('reports a duplicate key as (syntax)', () => {
    const issues = issuesOf(DUPLICATE);
    assert.equal(issues.length, 1);
    assert.equal(issues[0]?.path, '(syntax)');
    assert.match(issues[0]?.message ?? '', /keys must be unique/);
  });

  it('reports a duplicate key at the second occurrence of the key', () => {
    const [first] = issuesOf(DUPLICATE);
    assert.deepEqual({ line: first?.line, column: first?.column }, at(DUPLICATE, 3, 'name'));
  });

  it('reports a duplicate field inside an event', () => {
    const issues = issuesOf([...EST, 'events:', '  - { on: 2010-01-01, act: sign, by: RU, by: US }']);
    assert.deepEqual(
      issues.map((i) => [i.path, i.message]),
      [['(syntax)', 'Map keys must be unique']],
    );
  });

  it('reports an empty file as not a map, at 1:1', () => {
    const result = parseScenario('', FILE);
    if (result.ok) assert.fail('an empty file loaded');
    assert.deepEqual(result.issues, [
      { file: FILE, line: 1, column: 1, path: '(top level)', message: 'expected a map, got null' },
    ]);
  });

  it('reports a file that is a list, not a map', () => {
    const result = parseScenario('- a\n- b\n', FILE);
    if (result.ok) assert.fail('a list loaded');
    assert.equal(result.issues.length, 1);
    assert.match(result.issues[0]?.message ?? '', /expected a map, got a list/);
  });
});

describe('parseScenario on JSON', () => {
  it('loads a good JSON scenario like its YAML twin', () => {
    const json = JSON.stringify({
      name: 'test',
      treaty: 'est-2009',
      parameters: { 'withdrawal.noticeDays': 180 },
      events: [{ on: '2010-01-01', act: 'sign', by: ['RU', 'US'] }],
      expect: { inForce: false },
    });
    const result = parseScenario(json, 'x.scenario.json');
    if (!result.ok) assert.fail(result.issues.map(formatIssue).join('\n'));
    assert.equal(result.scenario.file, 'x.scenario.json');
    assert.deepEqual(result.scenario.overrides, { 'withdrawal.noticeDays': 180 });
    assert.deepEqual(result.scenario.acts, [
      { on: '2010-01-01', act: 'sign', by: 'RU' },
      { on: '2010-01-01', act: 'sign', by: 'US' },
    ]);
    assert.deepEqual(result.scenario.expect, { inForce: false });
  });

  it('reports a bad party id in JSON at its line and column', () => {
    const lines = [
      '{ "name": "test", "treaty": "est-2009",',
      '  "events": [',
      '    { "on": "2010-01-01", "act": "sign", "by": "ZZ" }',
      '  ] }',
    ];
    assertIssue(only(lines), { ...at(lines, 3, '"ZZ"'), path: 'events[0].by', message: /"ZZ"/ });
  });

  it('reports an unknown parameter and an unknown act in JSON', () => {
    const lines = [
      '{ "name": "test", "treaty": "est-2009",',
      '  "parameters": { "conference.quorom": "2/3" },',
      '  "events": [ { "on": "2010-01-01", "act": "sing", "by": "RU" } ] }',
    ];
    const issues = issuesOf(lines);
    assert.equal(issues.length, 2);
    assertIssue(issues[0], {
      ...at(lines, 2, '"conference.quorom"'),
      path: 'parameters["conference.quorom"]',
      message: /did you mean conference.quorum\?/,
    });
    assertIssue(issues[1], {
      ...at(lines, 3, '"sing"'),
      path: 'events[0].act',
      message: /did you mean sign\?/,
    });
  });

  it('reports a duplicate key in JSON', () => {
    const issues = issuesOf(['{ "name": "test", "treaty": "est-2009", "events": [], "name": "again" }']);
    assert.deepEqual(
      issues.map((i) => [i.path, i.message]),
      [['(syntax)', 'Map keys must be unique']],
    );
  });

  it('reports a JSON syntax error', () => {
    const issues = issuesOf(['{ "name": "test", "treaty": "est-2009", "events": [ }']);
    assert.ok(issues.length >= 1);
    assert.ok(issues.every((i) => i.path === '(syntax)'));
  });
});

describe('parseScenario follows YAML 1.2', () => {
  it('reads by: NO as Norway, not false', () => {
    const s = loaded([
      ...EST,
      'events:',
      '  - { on: 2010-01-01, act: sign, by: NO }',
      '  - { on: 2010-01-02, act: sign, by: [NO, SE] }',
    ]);
    assert.deepEqual(
      s.acts.map((a) => ('by' in a ? a.by : null)),
      ['NO', 'NO', 'SE'],
    );
  });

  it('keeps on: 2010-01-01 a date string, not a Date', () => {
    const s = loaded([...EST, 'events:', '  - on: 2010-01-01', '    act: sign', '    by: RU']);
    assert.equal(typeof s.acts[0]?.on, 'string');
    assert.equal(s.acts[0]?.on, '2010-01-01');
  });

  it('reads yes as the text "yes" where text is expected', () => {
    const s = loaded([
      ...EST,
      'events:',
      '  - { on: 2010-01-01, act: assume-obligation, by: RU, obligation: yes }',
    ]);
    assert.deepEqual(s.acts, [{ on: '2010-01-01', act: 'assume-obligation', by: 'RU', obligation: 'yes' }]);
  });
});

describe('parseScenario normalises acts', () => {
  it('expands a by list into one act per entry, each with the line of its event', () => {
    const s = loaded([
      ...EST,
      'events:',
      '  - { on: 2010-01-01, act: sign, by: RU }',
      '  - on: 2010-01-02',
      '    act: ratify',
      '    by: [GE, US, DE]',
      '  - { on: 2010-01-03, act: sign, by: FR }',
    ]);
    assert.deepEqual(s.acts, [
      { on: '2010-01-01', act: 'sign', by: 'RU' },
      { on: '2010-01-02', act: 'ratify', by: 'GE' },
      { on: '2010-01-02', act: 'ratify', by: 'US' },
      { on: '2010-01-02', act: 'ratify', by: 'DE' },
      { on: '2010-01-03', act: 'sign', by: 'FR' },
    ]);
    assert.deepEqual(s.lines, [4, 5, 5, 5, 8]);
  });

  it('makes a single with of request-consultations a list', () => {
    const s = loaded([
      ...EST,
      'events:',
      '  - { on: 2010-01-01, act: request-consultations, by: US, with: RU, subject: s }',
    ]);
    assert.deepEqual(s.acts, [
      { on: '2010-01-01', act: 'request-consultations', by: 'US', with: ['RU'], subject: 's' },
    ]);
  });

  it('keeps a with list as it is, for each expanded act', () => {
    const s = loaded([
      ...EST,
      'events:',
      '  - { on: 2010-01-01, act: request-consultations, by: [US, GB], with: [RU, BY], subject: s }',
    ]);
    assert.deepEqual(
      s.acts.map((a) => (a.act === 'request-consultations' ? [a.by, a.with] : null)),
      [
        ['US', ['RU', 'BY']],
        ['GB', ['RU', 'BY']],
      ],
    );
  });

  it('makes a single to of consent-assistance a list', () => {
    const s = loaded([...EST, 'events:', '  - { on: 2010-01-01, act: consent-assistance, by: GE, to: US }']);
    assert.deepEqual(s.acts, [{ on: '2010-01-01', act: 'consent-assistance', by: 'GE', to: ['US'] }]);
  });

  it('keeps the single to of request-information a single value', () => {
    const s = loaded([
      ...EST,
      'events:',
      '  - { on: 2010-01-01, act: request-information, by: GE, to: RU, subject: s }',
    ]);
    assert.deepEqual(s.acts, [
      { on: '2010-01-01', act: 'request-information', by: 'GE', to: 'RU', subject: 's' },
    ]);
  });

  it('gives unsc-measures the Security Council as its actor', () => {
    const s = loaded([...EST, 'events:', '  - { on: 2010-01-01, act: unsc-measures, procedure: xc-1 }']);
    assert.deepEqual(s.acts, [{ on: '2010-01-01', act: 'unsc-measures', procedure: 'xc-1', by: 'UNSC' }]);
  });

  it('refuses unsc-measures by a state', () => {
    const lines = [...EST, 'events:', '  - { on: 2010-01-01, act: unsc-measures, by: RU, procedure: xc-1 }'];
    assertIssue(only(lines), { ...at(lines, 4, 'RU'), path: 'events[0].by', message: /UNSC.*got "RU"/ });
  });

  it('leaves close without an actor', () => {
    const s = loaded([...EST, 'events:', '  - { on: 2010-01-01, act: close, procedure: c-1 }']);
    assert.deepEqual(s.acts, [{ on: '2010-01-01', act: 'close', procedure: 'c-1' }]);
  });

  it('drops note and source from the acts', () => {
    const s = loaded([
      ...EST,
      'events:',
      '  - { on: 2010-01-01, act: sign, by: RU, note: "first", source: [S1, S2] }',
    ]);
    assert.deepEqual(s.acts, [{ on: '2010-01-01', act: 'sign', by: 'RU' }]);
  });

  it('carries name, treaty, description, assume and expect through', () => {
    const s = loaded([
      'name: Georgia 2008',
      'treaty: est-2009',
      'description: what if',
      'assume: { inForce: 2008-01-01, parties: osce-2009+orgs }',
      'events: []',
      'expect: { inForce: true }',
    ]);
    assert.deepEqual(
      { name: s.name, treaty: s.treaty, description: s.description, assume: s.assume, expect: s.expect },
      {
        name: 'Georgia 2008',
        treaty: 'est-2009',
        description: 'what if',
        assume: { inForce: '2008-01-01', parties: 'osce-2009+orgs' },
        expect: { inForce: true },
      },
    );
    assert.equal(s.file, FILE);
    assert.deepEqual(s.acts, []);
  });
});

describe('parseScenario on acts addressed to their own actor', () => {
  it('reports a request for information to itself', () => {
    const lines = [
      ...EST,
      'events:',
      '  - { on: 2010-01-01, act: request-information, by: RU, to: RU, subject: s }',
    ];
    assertIssue(only(lines), {
      ...at(lines, 4, 'RU', 2),
      path: 'events[0].to',
      message: /^RU cannot ask itself$/,
    });
  });

  it('reports a request for consultations that lists the requester', () => {
    const lines = [
      ...EST,
      'events:',
      '  - { on: 2010-01-01, act: request-consultations, by: RU, with: [US, RU], subject: s }',
    ];
    assertIssue(only(lines), {
      ...at(lines, 4, '[US'),
      path: 'events[0].with',
      message: /^RU cannot request consultations with itself$/,
    });
  });

  it('reports consent to assistance from itself', () => {
    const lines = [...EST, 'events:', '  - { on: 2010-01-01, act: consent-assistance, by: GE, to: GE }'];
    assertIssue(only(lines), {
      ...at(lines, 4, 'GE', 2),
      path: 'events[0].to',
      message: /GE cannot consent/,
    });
  });

  it('reports an attack notified by its own attacker', () => {
    const lines = [
      ...EST,
      'events:',
      '  - { on: 2010-01-01, act: notify-attack, by: GE, attacker: GE, kind: attack }',
    ];
    assertIssue(only(lines), {
      ...at(lines, 4, 'GE', 2),
      path: 'events[0].attacker',
      message: /^the attacker cannot be the victim$/,
    });
  });

  it('reports an attack notified on behalf of the attacker', () => {
    const lines = [
      ...EST,
      'events:',
      '  - { on: 2010-01-01, act: notify-attack, by: US, onBehalfOf: GE, attacker: GE, kind: attack }',
    ];
    assertIssue(only(lines), {
      ...at(lines, 4, 'GE', 2),
      path: 'events[0].attacker',
      message: /attacker cannot be the victim/,
    });
  });

  it('accepts a third Party notifying against itself on behalf of the victim', () => {
    const s = loaded([
      ...EST,
      'events:',
      '  - { on: 2010-01-01, act: notify-attack, by: US, onBehalfOf: GE, attacker: US, kind: threat }',
    ]);
    assert.equal(s.acts.length, 1);
  });
});

describe('parseScenario on assume.parties', () => {
  const assume = (parties: string): readonly string[] => [
    ...EST,
    `assume: { inForce: 2010-01-01, parties: ${parties} }`,
    'events: []',
  ];

  it('accepts a preset and a list of states and organizations', () => {
    assert.deepEqual(loaded(assume('nato-2009')).assume?.parties, 'nato-2009');
    assert.deepEqual(loaded(assume('[RU, US, EU]')).assume?.parties, ['RU', 'US', 'EU']);
  });

  it('refuses UNSC, which cannot be a Party', () => {
    const lines = assume('[RU, UNSC]');
    assertIssue(only(lines), {
      ...at(lines, 3, '[RU'),
      path: 'assume.parties',
      message: /^UNSC cannot be a Party: only states and the five organizations can$/,
    });
  });

  it('refuses an outside actor x:foo, which cannot be a Party', () => {
    const lines = assume('[RU, "x:foo"]');
    assertIssue(only(lines), {
      ...at(lines, 3, '[RU'),
      path: 'assume.parties',
      message: /^x:foo cannot be a Party/,
    });
  });

  it('refuses an unknown preset, listing the presets', () => {
    const lines = assume('osce-2010');
    assertIssue(only(lines), {
      ...at(lines, 3, 'osce-2010'),
      path: 'assume.parties',
      message: /'osce-2010' is neither a party id, a preset \(osce-2009, osce-2009\+orgs, .*\)/,
    });
  });

  it('refuses a bad inForce date', () => {
    const lines = [...EST, 'assume: { inForce: 2010-02-29, parties: nato-2009 }', 'events: []'];
    assertIssue(only(lines), {
      ...at(lines, 3, '2010-02-29'),
      path: 'assume.inForce',
      message: /real calendar date/,
    });
  });
});

describe('parseScenario on the acts of self-defence and the implied acts (EST 7(2), 8, 13)', () => {
  const messageOf = (lines: readonly string[]): string => only(lines).message;
  const pathOf = (lines: readonly string[]): string => only(lines).path;

  it('reads a list of attackers: the first as attacker, all as attackers', () => {
    const s = loaded([
      ...EST,
      'events:',
      '  - { on: 2010-01-01, act: notify-attack, by: GE, attacker: [RU, BY], kind: attack }',
      '  - { on: 2010-01-01, act: notify-attack, by: UA, attacker: [RU], kind: attack }',
    ]);
    assert.deepEqual(s.acts, [
      {
        on: '2010-01-01',
        act: 'notify-attack',
        by: 'GE',
        attacker: 'RU',
        attackers: ['RU', 'BY'],
        kind: 'attack',
      },
      { on: '2010-01-01', act: 'notify-attack', by: 'UA', attacker: 'RU', kind: 'attack' },
    ]);
  });
  it('reports the victim among the attackers, and an attacker named twice', () => {
    const victim = [
      ...EST,
      'events:',
      '  - { on: 2010-01-01, act: notify-attack, by: GE, attacker: [RU, GE], kind: attack }',
    ];
    assert.equal(pathOf(victim), 'events[0].attacker');
    assert.match(messageOf(victim), /the attacker cannot be the victim/);
    const twice = [
      ...EST,
      'events:',
      '  - { on: 2010-01-01, act: notify-attack, by: GE, attacker: [RU, RU], kind: attack }',
    ];
    assert.match(messageOf(twice), /RU is named twice/);
  });
  it('reads a consent that declares the attack, with its id', () => {
    const s = loaded([
      ...EST,
      'events:',
      '  - { on: 2010-01-01, act: consent-assistance, by: MD, to: RO, attacker: "x:armed-group", attack: a-md }',
    ]);
    assert.deepEqual(s.acts, [
      {
        on: '2010-01-01',
        act: 'consent-assistance',
        by: 'MD',
        to: ['RO'],
        attacker: 'x:armed-group',
        attack: 'a-md',
      },
    ]);
  });
  it('reports an attack id without an attacker', () => {
    const lines = [
      ...EST,
      'events:',
      '  - { on: 2010-01-01, act: consent-assistance, by: MD, to: RO, attack: a-md }',
    ];
    assert.equal(pathOf(lines), 'events[0].attack');
    assert.match(messageOf(lines), /name the attacker too/);
  });
  it('reports an attacker among the Parties the victim consents to', () => {
    const lines = [
      ...EST,
      'events:',
      '  - { on: 2010-01-01, act: consent-assistance, by: GE, to: [US, RU], attacker: RU }',
    ];
    assert.equal(pathOf(lines), 'events[0].to');
    assert.match(messageOf(lines), /RU cannot be both an attacker and a Party assisting the victim/);
  });
  it('reads assistance that names only its victim', () => {
    const s = loaded([
      ...EST,
      'events:',
      '  - { on: 2010-01-01, act: assist, by: RO, to: MD, military: false }',
    ]);
    assert.deepEqual(s.acts, [{ on: '2010-01-01', act: 'assist', by: 'RO', to: 'MD', military: false }]);
  });
  it('reports assistance naming both a conference and a declared attack', () => {
    const lines = [
      ...EST,
      'events:',
      '  - { on: 2010-01-01, act: assist, by: RO, to: MD, military: true, procedure: xc-1, attack: a-md }',
    ];
    assert.equal(pathOf(lines), 'events[0].attack');
    assert.match(messageOf(lines), /either .* not both/);
  });
  it('reports a report to the Security Council that names neither a conference nor an attack', () => {
    const lines = [...EST, 'events:', '  - { on: 2010-01-01, act: report-to-unsc, by: RO }'];
    assert.equal(pathOf(lines), 'events[0].procedure');
    assert.match(messageOf(lines), /procedure.*or the attack its victim declared \(attack\)/);
  });
  it('reads Security Council measures on a declared attack', () => {
    const s = loaded([...EST, 'events:', '  - { on: 2010-01-01, act: unsc-measures, attack: a-md }']);
    assert.deepEqual(s.acts, [{ on: '2010-01-01', act: 'unsc-measures', by: 'UNSC', attack: 'a-md' }]);
  });
  it('reports a declared attack under a regime, which names its council meeting', () => {
    const UN = ['name: test', 'treaty: un-1945'];
    const lines = [
      ...UN,
      'events:',
      '  - { on: 2010-01-01, act: assist, by: US, to: GE, military: true, attack: a-1 }',
    ];
    assert.match(messageOf(lines), /a declared attack is an act of the EST/);
    const none = [...UN, 'events:', '  - { on: 2010-01-01, act: assist, by: US, to: GE, military: true }'];
    assert.equal(pathOf(none), 'events[0].procedure');
    const consent = [
      ...UN,
      'events:',
      '  - { on: 2010-01-01, act: consent-assistance, by: GE, to: US, attacker: RU }',
    ];
    assert.match(messageOf(consent), /declaring the attack with the consent is an act of the EST/);
  });
  it('reads a revocation, for some Parties (a list) or all (no to)', () => {
    const s = loaded([
      ...EST,
      'events:',
      '  - { on: 2010-01-01, act: revoke-consent, by: MD, to: RO }',
      '  - { on: 2010-01-02, act: revoke-consent, by: MD }',
    ]);
    assert.deepEqual(s.acts, [
      { on: '2010-01-01', act: 'revoke-consent', by: 'MD', to: ['RO'] },
      { on: '2010-01-02', act: 'revoke-consent', by: 'MD' },
    ]);
  });
  it('reports a revocation of a consent to itself', () => {
    const lines = [...EST, 'events:', '  - { on: 2010-01-01, act: revoke-consent, by: MD, to: [RO, MD] }'];
    assert.match(messageOf(lines), /MD cannot revoke a consent to assistance from itself/);
  });
  it('reads a withdrawal with its planned day, and reports one that is no date', () => {
    const s = loaded([
      ...EST,
      'events:',
      '  - { on: 2010-01-01, act: withdraw, by: GE, statement: s, effective: 2010-12-31 }',
    ]);
    assert.deepEqual(s.acts, [
      { on: '2010-01-01', act: 'withdraw', by: 'GE', statement: 's', effective: '2010-12-31' },
    ]);
    const bad = [
      ...EST,
      'events:',
      '  - { on: 2010-01-01, act: withdraw, by: GE, statement: s, effective: soon }',
    ];
    assert.equal(pathOf(bad), 'events[0].effective');
    assert.match(messageOf(bad), /date/);
  });
});
