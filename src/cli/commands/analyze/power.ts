/** @module `est analyze power`: exact Shapley-Shubik and Banzhaf indices of four decision bodies. */
import { readFileSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { parse as parseYaml } from 'yaml';
import {
  GAME_IDS,
  GameError,
  READINGS,
  isGameId,
  namedGame,
  parsePartyList,
  requirements,
} from '../../../analysis/games.ts';
import type { Reading, SimpleGame } from '../../../analysis/games.ts';
import {
  formatRatio,
  powerGroups,
  powerIndices,
  rankByPower,
  ratioToNumber,
} from '../../../analysis/power.ts';
import type { PlayerPower, PowerIndices, Ratio } from '../../../analysis/power.ts';
import type { IsoDate } from '../../../treaty/dates.ts';
import { formatParameterValue, resolveParameters } from '../../../treaty/parameters/index.ts';
import type { ParameterValues } from '../../../treaty/parameters/index.ts';
import { PRESET_DATE, PRESET_IDS, partySetProblem } from '../../../treaty/parties/index.ts';
import type { PartySet } from '../../../treaty/parties/index.ts';
import { CliError, collect, parseAsOf, parseSets } from '../../io.ts';
import { wrap } from '../../report.ts';

/** Reads a YAML or JSON file for an option, or ends the command naming the option and the file. */
export function readDataFile(option: string, file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(`${option} ${file}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  try {
    return parseYaml(text, { version: '1.2' }) as unknown;
  } catch (e) {
    throw new CliError(`${option} ${file}: not YAML or JSON: ${(e as Error).message.split('\n')[0]}`);
  }
}

const isFile = (path: string): boolean => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/**
 * `--parties`: a file (YAML or JSON: a list of ids and presets, or `{ parties: [...] }`), or a
 * preset, a selector or a comma-separated list of party ids and presets.
 */
export function parsePartiesOption(text: string): PartySet {
  if (isFile(text) || /\.(ya?ml|json)$/i.test(text)) {
    const parsed = parsePartyList(readDataFile('--parties', text));
    if (!parsed.ok) throw new CliError(`--parties ${text}: ${parsed.problem}`);
    return parsed.value;
  }
  const items = text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (items.length === 0) throw new CliError('--parties: give a preset, a list of ids or a file');
  const set: PartySet = items.length === 1 ? (items[0] as string) : items;
  const problem = partySetProblem(set);
  if (problem !== null) throw new CliError(`--parties ${text}: ${problem}`);
  return set;
}

/** Wraps GameError (bad options for a game) into CliError (exit 2). */
export function orFail<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof GameError) throw new CliError(e.message);
    throw e;
  }
}

interface PowerOptions {
  game: string;
  parties?: string;
  asOf?: string;
  attacker?: string;
  reading?: string;
  set: string[];
  json?: boolean;
}

interface Setup {
  readonly game: SimpleGame;
  readonly asOf: IsoDate | null;
  readonly partySet: PartySet | null;
  readonly reading: Reading | null;
  readonly attacker: string | null;
  readonly params: ParameterValues | null;
}

function setUp(opts: PowerOptions): Setup {
  const id = opts.game.toLowerCase();
  if (!isGameId(id)) throw new CliError(`--game ${opts.game}: expected one of ${GAME_IDS.join(', ')}`);
  const est = id === 'conference' || id === 'extraordinary';
  if (opts.reading !== undefined && !est)
    throw new CliError('--reading applies to the EST games only (conference, extraordinary)');
  if (opts.reading !== undefined && !(READINGS as readonly string[]).includes(opts.reading))
    throw new CliError(`--reading ${opts.reading}: expected ${READINGS.join(' or ')}`);
  if (opts.attacker !== undefined && id !== 'extraordinary')
    throw new CliError('--attacker applies to --game extraordinary only (EST 8(3))');
  if (opts.set.length > 0 && !est)
    throw new CliError('--set applies to the EST games only (conference, extraordinary)');
  const asOf = parseAsOf(opts.asOf) ?? PRESET_DATE;
  const params = est ? resolveParameters('est-2009', parseSets(opts.set)) : null;
  const reading = est ? ((opts.reading ?? 'absence') as Reading) : null;
  let partySet: PartySet | null = null;
  if (opts.parties !== undefined) partySet = parsePartiesOption(opts.parties);
  else if (params !== null) partySet = params['signature.eligible'];
  const game = orFail(() =>
    namedGame(id, {
      asOf,
      ...(reading === null ? {} : { reading }),
      ...(params === null ? {} : { params }),
      ...(opts.parties === undefined || partySet === null ? {} : { parties: partySet }),
      ...(opts.attacker === undefined ? {} : { attacker: opts.attacker }),
    }),
  );
  // The table names the party set when one was given or the EST default applies.
  const shown = (id === 'nac' || id === 'unsc') && opts.parties === undefined ? null : partySet;
  return {
    game,
    asOf: id === 'unsc' && shown === null ? null : asOf,
    partySet: shown,
    reading,
    attacker: opts.attacker ?? null,
    params,
  };
}

const exactText = (r: Ratio): string => formatRatio(r);

function toJson(setup: Setup, r: PowerIndices): unknown {
  const { game } = setup;
  const req = requirements(game);
  const order = rankByPower(r.players);
  return {
    game: game.id,
    name: game.name,
    cite: game.cite,
    rule: game.rule,
    asOf: setup.asOf,
    partySet: setup.partySet,
    reading: setup.reading,
    attacker: setup.attacker,
    quota: game.quota,
    quorum: game.quorum,
    requirements: req,
    vetoes: game.vetoes,
    players: order.map((p) => ({
      id: p.id,
      shapleyShubik: ratioToNumber(p.shapleyShubik),
      banzhaf: ratioToNumber(p.banzhaf),
      banzhafAbsolute: ratioToNumber(p.banzhafAbsolute),
      weight: p.weight,
      presence: p.presence,
      veto: p.veto,
      swings: String(p.swings),
      exact: {
        shapleyShubik: exactText(p.shapleyShubik),
        banzhaf: exactText(p.banzhaf),
        banzhafAbsolute: exactText(p.banzhafAbsolute),
      },
    })),
    totalSwings: String(r.totalSwings),
    winningCoalitions: String(r.winningCoalitions),
    coalitions: String(r.coalitions),
    powerToAct: ratioToNumber(r.powerToAct),
    powerToActExact: exactText(r.powerToAct),
    decisive: r.decisive,
    notes: game.notes,
  };
}

/** Up to this many digits in a denominator, the table prints the exact fraction beside the decimal. */
const EXACT_DIGITS = 9;

function cell(r: Ratio): string {
  const x = ratioToNumber(r);
  const decimal = x === 0 || x >= 1e-4 ? x.toFixed(6) : x.toExponential(3);
  const exact = String(r.den).length <= EXACT_DIGITS ? formatRatio(r) : '';
  return `${decimal}  ${exact}`.trimEnd();
}

function table(setup: Setup, r: PowerIndices): string {
  const { game } = setup;
  const req = requirements(game);
  const out: string[] = [`${game.name} (${game.cite}): ${game.rule}`];
  if (setup.partySet !== null || setup.asOf !== null) {
    const set = setup.partySet === null ? 'NATO members' : formatParameterValue(setup.partySet);
    const total = game.quorum === null ? req.totalWeight : req.totalPresence;
    out.push(
      `Players: ${set} as of ${setup.asOf ?? ''} (${game.players.length}${total === game.players.length ? '' : `, total weight ${total}`})${setup.reading === null ? '' : `; reading: ${setup.reading}`}`,
    );
  }
  const need: string[] = [];
  if (game.quorum !== null) need.push(`attendance weight ${req.quorumWeight} of ${req.totalPresence}`);
  if (game.quorum !== null && game.quota.kind === 'weight' && game.quota.weight <= 1)
    need.push('at least one counted vote in favour');
  else need.push(`votes weighing ${req.quotaWeight} of ${req.totalWeight}`);
  if (game.vetoes.length === game.players.length) need.push('every player (each one a veto player)');
  else if (game.vetoes.length > 10) need.push(`all ${game.vetoes.length} veto players (marked below)`);
  else if (game.vetoes.length > 0) need.push(`every veto player (${game.vetoes.join(' ')})`);
  out.push(`A coalition wins with ${need.join(', ')}.`, '');

  // Players with the same values and the same standing share a row.
  const groups = powerGroups(r.players);
  const rows = groups.map((g) => {
    const p = g[0] as PlayerPower;
    const weight = p.presence === p.weight ? String(p.weight) : `${p.weight} (present ${p.presence})`;
    return [
      cell(p.shapleyShubik),
      cell(p.banzhaf),
      cell(p.banzhafAbsolute),
      weight,
      p.veto ? 'yes' : 'no',
      g,
    ];
  });
  const head = ['Shapley-Shubik', 'Banzhaf', 'Banzhaf absolute', 'weight', 'veto'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] as string).length)));
  const lead = widths.reduce((s, w) => s + w + 2, 0);
  const pad = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  out.push(`${pad(head)}  players (values are per player)`);
  for (const row of rows) {
    const g = row[5] as PlayerPower[];
    const lines = wrap([`${g.length}:`, ...g.map((p) => p.id)], '', Math.max(30, 110 - lead));
    out.push(`${pad(row.slice(0, 5) as string[])}  ${lines[0] ?? ''}`);
    for (const l of lines.slice(1)) out.push(`${' '.repeat(lead)}${l}`);
  }
  out.push(
    '',
    `Power of the body to act (Coleman): ${cell(r.powerToAct)}, ${r.winningCoalitions} winning ${r.winningCoalitions === 1n ? 'coalition' : 'coalitions'} of 2^${game.players.length}`,
  );
  if (!r.decisive)
    out.push('The game is not decisive (no coalition can win, or the empty one does): the indices are 0.');
  if (game.notes.length > 0) out.push('', 'Notes', ...game.notes.map((n) => `  - ${n}`));
  return `${out.join('\n')}\n`;
}

export function registerPower(analyze: Command): void {
  analyze
    .command('power')
    .description(
      'exact voting power (Shapley-Shubik, Banzhaf) in the EST conferences, the UN Security Council and NATO',
    )
    .requiredOption('--game <game>', `the body: ${GAME_IDS.join(' | ')}`)
    .option(
      '--parties <set>',
      'the players: a preset, a comma-separated list of ids and presets, or a YAML/JSON file (default: signature.eligible, osce-2009+orgs; for nac the Allies on --as-of; for unsc the ten elected members or all fifteen, e.g. unsc-2009)',
    )
    .option('--as-of <date>', 'read the party set and memberships on this day (default 2009-11-29)')
    .option(
      '--attacker <id>',
      'extraordinary: the Party that attacked; its vote is not counted, its attendance is',
    )
    .option(
      '--reading <reading>',
      'EST games: what a Party that does not support a decision does: absence (stays away; default) or objection (attends and objects)',
    )
    .option(
      '--set <id=value>',
      'override an EST parameter (repeatable), e.g. organizations.voteWeight=2',
      collect,
      [],
    )
    .option(
      '--json',
      'print JSON: { game, players: [{ id, shapleyShubik, banzhaf, banzhafAbsolute, exact, ... }], ... }',
    )
    .addHelpText(
      'after',
      `
Games:
  unsc           UN Charter 27(3): nine of fifteen, the five permanent members each with a veto
  conference     EST 6(3): quorum 2/3 of all Parties, consensus of those present
  extraordinary  EST 8(3): quorum 4/5 of all Parties, unanimity of the votes counted
  nac            North Atlantic Council: consensus of all Allies

Presets: ${PRESET_IDS.join(', ')}, nato-joined-after:YYYY-MM-DD.
A party file is YAML or JSON, either a list or { parties: [...] }, e.g.
  parties: [osce-2009, EU, NATO]

Organizations weigh organizations.voteWeight (default 1; 0 leaves them out). Exact fractions are
printed when the denominator is short; --json always carries them.

Examples:
  est analyze power --game unsc
  est analyze power --game unsc --parties unsc-2009 --json
  est analyze power --game conference --parties osce-2009+orgs --set organizations.voteWeight=2
  est analyze power --game extraordinary --attacker RU --reading objection --json
  est analyze power --game nac --as-of 2024-06-01
  est analyze power --game conference --parties my-parties.yaml`,
    )
    .action((opts: PowerOptions) => {
      const setup = setUp(opts);
      const r = orFail(() => powerIndices(setup.game));
      process.stdout.write(opts.json ? `${JSON.stringify(toJson(setup, r), null, 2)}\n` : table(setup, r));
    });
}
