/** @module The readable report of an outcome: treaty status, parties, procedures, findings, refusals. */
import { describeFinding } from '../engine/messages.ts';
import { hangsOnAbstentions } from '../engine/outcome.ts';
import type {
  DecisionOutcome,
  FindingOutcome,
  Outcome,
  PartyStatus,
  ProcedureOutcome,
} from '../engine/outcome.ts';
import type { Quorum } from '../engine/events.ts';
import type { IsoDate } from '../treaty/dates.ts';
import { formatParameterValue, PARAMETERS } from '../treaty/parameters/index.ts';
import type { ParameterId } from '../treaty/parameters/index.ts';
import { TREATIES } from '../treaty/treaties.ts';

const WIDTH = 100;

/** Words laid out in lines of at most `width` columns, each line indented (a longer word keeps a line of its own). */
export function wrap(words: readonly string[], indent: string, width = WIDTH): string[] {
  const lines: string[] = [];
  let line = indent;
  for (const w of words) {
    if (line.length > indent.length && line.length + 1 + w.length > width) {
      lines.push(line);
      line = indent;
    }
    line += line.length > indent.length ? ` ${w}` : w;
  }
  if (line.length > indent.length) lines.push(line);
  return lines;
}

/** A text's words laid out as `wrap` does. */
export const wrapText = (text: string, indent: string, width = WIDTH): string[] =>
  wrap(text.split(/\s+/).filter(Boolean), indent, width);

const STATUS_ORDER: readonly PartyStatus[] = ['party', 'withdrawing', 'withdrawn', 'acceding', 'signatory'];

/** What the report knows of the scenario beyond its outcome. */
export interface ReportContext {
  /** Parameters the scenario or --set changed from the text's values. */
  readonly overrides?: Readonly<Partial<Record<ParameterId, unknown>>>;
  /** The day the scenario assumes the Treaty entered into force (`assume: { inForce }`), if it does. */
  readonly assumedInForce?: IsoDate;
}

function treatyStatus(o: Outcome, assumedInForce: IsoDate | undefined): string[] {
  if (o.entryIntoForce === null) {
    return [`  Not in force. Counted instruments: ${o.countedInstruments}.`];
  }
  // An assumed entry into force needs no instrument (DESIGN §5: countedInstruments is then 0).
  if (assumedInForce !== undefined && o.entryIntoForce === assumedInForce)
    return wrap(
      `${o.inForce ? 'In force since' : 'Enters into force on'} ${o.entryIntoForce}, as the scenario assumes (assume: inForce): no instrument had to be deposited. Counted instruments deposited since: ${o.countedInstruments}.`.split(
        ' ',
      ),
      '  ',
    );
  const when = o.inForce ? `In force since ${o.entryIntoForce}` : `Enters into force on ${o.entryIntoForce}`;
  return [`  ${when}. Counted instruments: ${o.countedInstruments}.`];
}

/** The first lines of every report: a scenario's acts are assumed, never the record. */
const WHAT_IF = [
  "What-if: the acts of this scenario are assumed or invented and judged by the draft's rules; this is not",
  'the historical record (the draft was signed by no one and is in force nowhere).',
];

function partiesSection(o: Outcome): string[] {
  if (o.parties.length === 0) return ['  none'];
  const out: string[] = [];
  for (const status of STATUS_ORDER) {
    const ids = o.parties.filter((p) => p.status === status).map((p) => p.id);
    if (ids.length === 0) continue;
    const head = `  ${status.padEnd(12)}${String(ids.length).padStart(3)}  `;
    const [first = '', ...rest] = wrap(ids, ' '.repeat(head.length));
    out.push(head + first.trimStart(), ...rest);
  }
  const later = o.parties.filter((p) => p.status === 'signatory' && p.inForceFrom !== null);
  for (const p of later)
    out.push(`  ${p.id}: deposited ${p.deposited ?? '?'}, a Party from ${p.inForceFrom ?? '?'}`);
  for (const p of o.parties.filter((p) => p.withdrawalEffective !== null)) {
    out.push(`  ${p.id}: withdrawal effective ${p.withdrawalEffective ?? '?'}`);
  }
  for (const p of o.parties.filter((p) => p.previous !== undefined)) {
    const periods = (p.previous ?? []).map(
      (m) => `from ${m.inForceFrom} until its withdrawal took effect on ${m.withdrawalEffective}`,
    );
    const now = p.inForceFrom === null ? '' : `; a Party again from ${p.inForceFrom}`;
    out.push(`  ${p.id}: a Party ${periods.join(', then ')}${now}`);
  }
  return out;
}

/** Armed attacks declared by their victims, and assistance no Extraordinary Conference dealt with. */
function attacksSection(o: Outcome): string[] {
  const out: string[] = [];
  for (const a of o.attacks ?? []) {
    const xc =
      a.procedure === null ? 'no Extraordinary Conference' : `its Extraordinary Conference: ${a.procedure}`;
    out.push(
      `  ${a.id}  armed attack on ${a.victim} by ${a.attackers.join(', ')}, declared ${a.declared}; ${xc}`,
    );
    if (a.unscMeasures) out.push(`      Security Council measures: ${a.unscMeasures}`);
    for (const x of a.assistance)
      out.push(`      assistance: ${x.by} to ${x.to} on ${x.on}${x.military ? ' (military)' : ''}`);
  }
  for (const c of o.consents ?? [])
    out.push(
      `  consent of ${c.victim} to assistance from ${c.to}: ${c.from}${c.until ? `, revoked ${c.until}` : ''}`,
    );
  return out;
}

const KIND: Readonly<Record<ProcedureOutcome['kind'], string>> = {
  'information-request': 'information request (EST 3)',
  consultations: 'consultations (EST 5)',
  conference: 'Conference of the Parties (EST 6)',
  'extraordinary-conference': 'Extraordinary Conference (EST 8)',
  council: 'council',
  accession: 'accession (EST 12)',
};

const BODY: Readonly<Record<string, string>> = {
  nac: 'North Atlantic Council (NAT 9)',
  unsc: 'Security Council (UN Charter 28)',
  pc: 'OSCE Permanent Council',
};

const RULE: Readonly<Record<string, string>> = {
  consensus: 'consensus',
  'consensus-minus-one': 'consensus minus the State concerned (OSCE Prague 1992, 16)',
  'veto-majority': 'nine votes (seven before 31 August 1965), no permanent member against (UN Charter 27(3))',
};

/** The parameter of the unanimity reading of EST 8(3), and what the report says of it. */
const ABSTENTION_READING = 'extraordinary.abstentionBlocks=true';

function abstentionNote(d: DecisionOutcome, width: number): string {
  const n = d.votes?.abstain.length ?? 0;
  return `      ${' '.repeat(width)}  adopted with ${n} abstaining or silent; under ${ABSTENTION_READING} (EST 8(3) "unanimously") it would fail`;
}

/** Why a decision that nobody blocked was not adopted: the quorum of its day, or no vote in favour. */
function notAdopted(d: DecisionOutcome, procedureQuorum: Quorum | undefined): string {
  const q = d.quorum ?? procedureQuorum;
  if (q !== undefined && !q.met)
    return `not adopted: no quorum (${q.present} present, ${q.required} required)`;
  if (d.votes !== undefined && d.votes.yes.length === 0) return 'not adopted: no vote in favour';
  return 'not adopted';
}

function decisionLine(d: DecisionOutcome, width: number, procedureQuorum: Quorum | undefined): string[] {
  const verdict =
    d.adopted === null
      ? 'pending'
      : d.adopted
        ? 'adopted'
        : d.blockedBy.length > 0
          ? 'not adopted'
          : notAdopted(d, procedureQuorum);
  const blocked = d.blockedBy.length > 0 ? `; blocked by ${d.blockedBy.join(', ')}` : '';
  const votes = d.votes
    ? ` (yes ${d.votes.yes.length}, no ${d.votes.no.length}, abstain ${d.votes.abstain.length})`
    : '';
  // A decision is judged on the day it was taken, with that day's Parties and presence (DESIGN §3).
  const q = d.quorum;
  const taken =
    d.taken == null
      ? []
      : [
          `      ${' '.repeat(width)}  taken ${d.taken}${q ? `: ${q.present} present of ${d.parties ?? '?'}, ${q.required} required, quorum ${q.met ? 'met' : 'NOT met'}` : ''}`,
        ];
  return [
    `      ${d.id.padEnd(width)}  ${verdict}${votes}${blocked}`,
    `      ${' '.repeat(width)}  "${d.text}" (${d.proposedBy})`,
    ...taken,
  ];
}

function procedureSection(p: ProcedureOutcome): string[] {
  const closed = p.closed ? `, closed ${p.closed}` : '';
  const kind = p.kind === 'council' ? (BODY[p.body ?? ''] ?? 'council') : KIND[p.kind];
  const out = [`  ${p.id}  ${kind}: ${p.status}, opened ${p.opened} by ${p.requestedBy}${closed}`];
  const more = (s: string) => out.push(`      ${s}`);
  if (p.subject) more(`subject: ${p.subject}`);
  if (p.to) more(`to: ${p.to}${p.answered ? `, answered ${p.answered}` : ', not answered'}`);
  if (p.invited)
    more(`invited: ${p.invited.join(', ')}${p.joined?.length ? `; joined: ${p.joined.join(', ')}` : ''}`);
  if (p.kind === 'consultations')
    more(`held by ${p.deadline ?? '?'}; attended by ${p.attended?.join(', ') || 'nobody'}`);
  if (p.kind === 'conference') {
    more(`after consultations ${p.consultations ?? '?'}; supported by ${p.supporters?.join(', ') ?? ''}`);
    if (p.convened) more(`convened ${p.convened}, to meet by ${p.deadline ?? '?'}`);
  }
  if (p.kind === 'extraordinary-conference') {
    more(
      `${p.attack === 'threat' ? 'threat of attack' : 'armed attack'} on ${p.victim ?? '?'} by ${p.attackers?.join(', ') ?? p.attacker ?? '?'}`,
    );
    if (p.excluded?.length) more(`vote not counted: ${p.excluded.join(', ')} (EST 8(3))`);
  }
  if (p.kind === 'council') {
    if (p.matter !== 'consultation')
      more(
        `${p.matter === 'threat' ? 'threat of attack' : 'armed attack'} on ${p.victim ?? '?'} by ${p.attacker ?? '?'}`,
      );
    more(
      `meets by ${p.deadline ?? '?'}; ${p.members?.length ?? 0} members; decides by ${RULE[p.rule ?? ''] ?? '?'}`,
    );
    if (p.excluded?.length) more(`left out: ${p.excluded.join(', ')}`);
  }
  if (p.quorum) {
    const q = p.quorum;
    more(
      `quorum${p.closed ? ' at the close' : ''}: ${q.present} present of ${p.parties ?? '?'}, ${q.required} required: ${q.met ? 'met' : 'NOT met'}`,
    );
  }
  if (p.decisions?.length) {
    const width = Math.max(...p.decisions.map((d) => d.id.length));
    for (const d of p.decisions) {
      out.push(...decisionLine(d, width, p.quorum));
      if (hangsOnAbstentions(p, d)) out.push(abstentionNote(d, width));
    }
  }
  if (p.unscMeasures) more(`Security Council measures: ${p.unscMeasures}`);
  for (const a of p.assistance ?? [])
    more(`assistance: ${a.by} to ${a.to} on ${a.on}${a.military ? ' (military)' : ''}`);
  if (p.kind === 'accession') {
    more(
      `objections until ${p.objectionUntil ?? '?'}${p.objections?.length ? `; objected: ${p.objections.join(', ')}` : ''}`,
    );
    if (p.inForceFrom) more(`a Party from ${p.inForceFrom} if no one objects`);
  }
  return out;
}

function findingLine(f: FindingOutcome): string {
  return `  ${f.on}  ${f.code} (${f.cite}) ${f.parties.join(', ')}: ${describeFinding(f)}`;
}

/** Parameters the scenario changed from the text's values. */
function changedParameters(overrides: Readonly<Partial<Record<ParameterId, unknown>>>): string[] {
  return Object.entries(overrides).map(
    ([id, v]) =>
      `  ${id} = ${formatParameterValue(v as never)} (default: ${formatParameterValue(PARAMETERS[id as ParameterId].values.at(-1)?.value ?? null)})`,
  );
}

/** The report as printed by `est run`. */
export function report(o: Outcome, context: ReportContext = {}): string {
  const overrides = context.overrides ?? {};
  const lines = [o.scenario, `${TREATIES[o.treaty].title.en}, as of ${o.asOf}`, ...WHAT_IF, ''];
  const section = (title: string, body: string[]) => lines.push(title, ...body, '');
  if (Object.keys(overrides).length > 0) section('Parameters changed', changedParameters(overrides));
  section('Treaty', treatyStatus(o, context.assumedInForce));
  section(`Parties and signatories (${o.parties.length})`, partiesSection(o));
  section(
    `Procedures (${o.procedures.length})`,
    o.procedures.length ? o.procedures.flatMap(procedureSection) : ['  none'],
  );
  if (o.attacks !== undefined || o.consents !== undefined) {
    const what = o.attacks === undefined ? 'consents to assistance' : 'declared attacks and consents';
    section(
      `Self-defence: ${what} (${o.treaty === 'un-1945' ? 'UN Charter 51' : 'EST 7(2)'})`,
      attacksSection(o),
    );
  }
  section(`Findings (${o.findings.length})`, o.findings.length ? o.findings.map(findingLine) : ['  none']);
  const hanging = o.procedures.flatMap((p) =>
    (p.decisions ?? []).filter((d) => hangsOnAbstentions(p, d)).map((d) => `${p.id}: ${d.id}`),
  );
  // The strict reading only adds blockers: what the default does not adopt, it does not adopt either.
  const failing = o.procedures
    .filter((p) => p.kind === 'extraordinary-conference')
    .flatMap((p) => (p.decisions ?? []).filter((d) => d.adopted === false)).length;
  if (hanging.length > 0)
    section('Readings that would change an outcome', [
      ...wrap(
        [
          `${ABSTENTION_READING}`,
          `(EST 8(3) requires unanimity, EST 6(3) consensus; by default an abstention does not block):`,
          `${hanging.length} adopted ${hanging.length === 1 ? 'decision' : 'decisions'} would fail:`,
          `${hanging.join(', ')}${failing > 0 ? `; the other ${failing} not adopted fail under either reading` : ''}.`,
          'Side by side: est compare FILE --regime est --variant',
          `${ABSTENTION_READING}`,
        ].flatMap((w) => w.split(' ')),
        '  ',
      ),
    ]);
  section(
    `Refused acts (${o.rejected.length})`,
    o.rejected.length
      ? o.rejected.flatMap((r) => [
          `  #${r.index}  ${r.on}  ${r.act}${r.by ? ` by ${r.by}` : ''}${r.procedure ? ` (${r.procedure})` : ''}: ${r.code} (${r.cite})`,
          `      ${r.reason}`,
          ...(r.also ?? []).map((a) => `      also ${a.code} (${a.cite}): ${a.reason}`),
        ])
      : ['  none'],
  );
  return `${lines.join('\n').trimEnd()}\n`;
}
