/** @module `est analyze blocking`: who can deny an EST conference its quorum by staying away. */
import type { Command } from 'commander';
import { BODIES, blocking, parseBlocs } from '../../../analysis/blocking.ts';
import type { BlocDefinition, BlockingReport, Body } from '../../../analysis/blocking.ts';
import { formatParameterValue, resolveParameters } from '../../../treaty/parameters/index.ts';
import type { PartySet } from '../../../treaty/parties/index.ts';
import { PRESET_DATE, PRESET_IDS } from '../../../treaty/parties/index.ts';
import { CliError, collect, parseAsOf, parseSets } from '../../io.ts';
import { orFail, parsePartiesOption, readDataFile } from './power.ts';

interface BlockingOptions {
  body: string;
  parties?: string;
  asOf?: string;
  blocs?: string;
  attacker?: string;
  set: string[];
  json?: boolean;
}

const NAMES: Readonly<Record<Body, string>> = {
  conference: 'Conference of the Parties',
  extraordinary: 'Extraordinary Conference of the Parties',
};

function report(r: BlockingReport, partySet: PartySet): string {
  const weighted = r.parties !== r.partyCount;
  const absentees = weighted
    ? `an absentee weight of ${r.absenteesToDeny} denies`
    : `${r.absenteesToDeny} absentees deny`;
  const out = [
    `${NAMES[r.body]} (${r.cite}), Parties ${formatParameterValue(partySet)} as of ${r.asOf}`,
    `${r.partyCount} Parties${weighted ? ` weighing ${r.parties}` : ''}; quorum ${r.quorum.num}/${r.quorum.den}: ${r.quorumRequired} must attend; ${absentees} it.`,
    `${r.blocs.map((b) => `${b.id} (${b.size}) ${b.canDenyQuorum ? 'can' : 'cannot'}`).join(', ')}.`,
    '',
    'Blocs (its members that are Parties, and the organization itself when it is one)',
  ];
  const idWidth = Math.max(...r.blocs.map((b) => b.id.length), 4);
  const sizeWidth = Math.max(...r.blocs.map((b) => String(b.size).length));
  for (const b of r.blocs) {
    const verdict = b.canDenyQuorum ? 'can deny the quorum alone' : `cannot alone: ${b.shortBy} short`;
    const own = b.organizationCounted ? `, incl. ${b.id} itself` : '';
    out.push(`  ${b.id.padEnd(idWidth)}  ${String(b.size).padStart(sizeWidth)}  ${verdict}${own}`);
  }
  out.push('', 'Smallest combinations of blocs that deny the quorum (overlaps counted once)');
  if (r.smallestDenyingCombinations.length === 0) out.push('  none: even all the blocs together fall short');
  for (const c of r.smallestDenyingCombinations) out.push(`  ${c.blocs.join(' + ')} (${c.size})`);
  const v = r.vetoes;
  out.push('', 'Blocking a quorate conference');
  if (v.rule === 'objection')
    out.push(`  by objection (${v.cite}, consensus): any of the ${v.count} counted Parties present`);
  else
    out.push(
      `  by vote (${v.cite}, unanimity): any of the ${v.count} Parties whose vote counts, voting no; an abstention ${v.abstentionBlocks ? 'also blocks' : 'does not block'} (extraordinary.abstentionBlocks = ${String(v.abstentionBlocks)})`,
    );
  for (const c of v.cannot) out.push(`  cannot: ${c.id}, ${c.reason}`);
  out.push(`  by absence alone: ${v.byAbsence.length === 0 ? 'no single Party' : v.byAbsence.join(' ')}`);
  return `${out.join('\n')}\n`;
}

export function registerBlocking(analyze: Command): void {
  analyze
    .command('blocking')
    .description(
      'who can deny an EST conference its quorum by staying away, and who can block it once quorate',
    )
    .requiredOption('--body <body>', `the conference: ${BODIES.join(' | ')}`)
    .option(
      '--parties <set>',
      'the Parties: a preset, a comma-separated list of ids and presets, or a YAML/JSON file (default: signature.eligible, osce-2009+orgs)',
    )
    .option('--as-of <date>', 'read bloc memberships and selectors on this day (default 2009-11-29)')
    .option('--blocs <file>', 'more blocs (YAML/JSON); a bloc with the id of a registry bloc replaces it')
    .option('--attacker <id>', 'extraordinary: the Party that attacked; its vote is not counted')
    .option(
      '--set <id=value>',
      'override an EST parameter (repeatable), e.g. organizations.voteWeight=0',
      collect,
      [],
    )
    .option(
      '--json',
      'print JSON: { parties, quorumRequired, absenteesToDeny, blocs, smallestDenyingCombinations, vetoes, ... }',
    )
    .addHelpText(
      'after',
      `
The quorum is counted over all Parties (N, their weight when organizations weigh other than 1):
met when present * den >= num * N, so q = ceil(num * N / den) must attend and N - q + 1 absentees
deny it. A bloc's size counts its members that are Parties on the day, plus the organization itself
when it is a Party. The registry blocs are NATO, EU, CSTO and CIS (full members).

Presets: ${PRESET_IDS.join(', ')}, nato-joined-after:YYYY-MM-DD.
A bloc file is YAML or JSON, e.g.
  blocs:
    - id: GUAM
      members: [GE, UA, AZ, MD]
    - id: new-allies
      members: [nato-joined-after:1997-05-27]
A party file is a list of ids and presets, or { parties: [...] }.

Examples:
  est analyze blocking --body conference --parties osce-2009
  est analyze blocking --body extraordinary --attacker RU --json
  est analyze blocking --body conference --as-of 2024-06-01 --blocs blocs.yaml
  est analyze blocking --body extraordinary --set organizations.voteWeight=0`,
    )
    .action((opts: BlockingOptions) => {
      const body = opts.body.toLowerCase();
      if (!(BODIES as readonly string[]).includes(body))
        throw new CliError(`--body ${opts.body}: expected ${BODIES.join(' or ')}`);
      if (opts.attacker !== undefined && body !== 'extraordinary')
        throw new CliError('--attacker applies to --body extraordinary only (EST 8(3))');
      const params = resolveParameters('est-2009', parseSets(opts.set));
      const asOf = parseAsOf(opts.asOf) ?? PRESET_DATE;
      const parties =
        opts.parties === undefined ? params['signature.eligible'] : parsePartiesOption(opts.parties);
      if (parties === null) throw new CliError('no party set: signature.eligible is unset; give --parties');
      let blocs: readonly BlocDefinition[] | undefined;
      if (opts.blocs !== undefined) {
        const parsed = parseBlocs(readDataFile('--blocs', opts.blocs));
        if (!parsed.ok) throw new CliError(`--blocs ${opts.blocs}: ${parsed.problem}`);
        blocs = parsed.value;
      }
      const r = orFail(() =>
        blocking({
          body: body as Body,
          parties,
          asOf,
          params,
          ...(blocs === undefined ? {} : { blocs }),
          ...(opts.attacker === undefined ? {} : { attacker: opts.attacker }),
        }),
      );
      process.stdout.write(opts.json ? `${JSON.stringify(r, null, 2)}\n` : report(r, parties));
    });
}
