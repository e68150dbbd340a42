/**
 * @module What the timeline reads from a ledger item: the kind of its act (and the tag that names it),
 * the parties it involves, whether it was accepted; the filters of the URL and whether an item
 * passes them; and the grouping of the same act by several filers on one day into one line.
 */
import type { LedgerItem, ProcedureKind } from '../../ledger.ts';
import type { T } from '../timeline.messages.ts';

export const KINDS = [
  'signature',
  'instrument',
  'accession',
  'withdrawal',
  'procedure',
  'assistance',
  'record',
  'other',
] as const;
export type Kind = (typeof KINDS)[number];

function kindOfAct(name: string): Kind {
  switch (name) {
    case 'sign':
      return 'signature';
    case 'ratify':
      return 'instrument';
    case 'accede':
      return 'accession';
    case 'withdraw':
      return 'withdrawal';
    case 'lodge-key':
    case 'revoke-key':
    case 'rules-change':
      return 'record';
    case 'consent-assistance':
    case 'revoke-consent':
    case 'assist':
      return 'assistance';
    case 'request-information':
    case 'answer':
    case 'request-consultations':
    case 'join':
    case 'attend':
    case 'close':
    case 'propose-conference':
    case 'support':
    case 'notify-attack':
    case 'propose-decision':
    case 'object':
    case 'vote':
    case 'report-to-unsc':
    case 'unsc-measures':
      return 'procedure';
    default:
      return 'other';
  }
}

export const rawAct = (item: LedgerItem): Readonly<Record<string, unknown>> => item.entry?.envelope.act ?? {};
const actName = (item: LedgerItem): string => {
  const a = rawAct(item)['act'];
  return typeof a === 'string' ? a : '?';
};
export const kindOf = (item: LedgerItem): Kind => kindOfAct(actName(item));

/** The kind of the procedure a procedure act is about (or opens), when the engine knows it. */
function procedureKindOf(item: LedgerItem): ProcedureKind | undefined {
  const raw = rawAct(item);
  for (const field of ['procedure', 'id']) {
    const id = raw[field];
    if (typeof id === 'string' && item.procedures[id] !== undefined) return item.procedures[id];
  }
  const kinds = Object.values(item.procedures);
  if (kinds.length > 0) return kinds[0];
  if (actName(item) === 'notify-attack') return 'extraordinary-conference';
  return undefined;
}

/** Every party an entry involves: its filer and those its act names (a key's Party too). */
export function involved(item: LedgerItem): string[] {
  const raw = rawAct(item);
  const out = new Set<string>([item.filer]);
  if (item.recordAct !== null && 'party' in item.recordAct) out.add(item.recordAct.party);
  for (const field of ['to', 'with', 'attacker', 'in', 'onBehalfOf']) {
    const v = raw[field];
    for (const id of Array.isArray(v) ? v : [v]) if (typeof id === 'string') out.add(id);
  }
  return [...out];
}

export const accepted = (item: LedgerItem): boolean => item.entry?.outcome.accepted ?? false;

export interface Filters {
  readonly kind: Kind | null;
  readonly party: string | null;
  readonly outcome: 'accepted' | 'refused' | null;
  readonly from: string | null;
  readonly to: string | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function readFilters(query: URLSearchParams): Filters {
  const kind = query.get('kind');
  const outcome = query.get('outcome');
  const party = query.get('party')?.trim().toUpperCase() ?? '';
  const from = query.get('from') ?? '';
  const to = query.get('to') ?? '';
  return {
    kind: (KINDS as readonly string[]).includes(kind ?? '') ? (kind as Kind) : null,
    party: party === '' ? null : party,
    outcome: outcome === 'accepted' || outcome === 'refused' ? outcome : null,
    from: DATE.test(from) ? from : null,
    to: DATE.test(to) ? to : null,
  };
}

export function matches(item: LedgerItem, f: Filters): boolean {
  if (f.kind !== null && kindOf(item) !== f.kind) return false;
  if (f.outcome !== null && accepted(item) !== (f.outcome === 'accepted')) return false;
  if (f.party !== null && !involved(item).includes(f.party)) return false;
  if (f.from !== null && item.day < f.from) return false;
  if (f.to !== null && item.day > f.to) return false;
  return true;
}

/** Acts that many filers make alike on one day, shown as one line. */
const GROUPED = new Set(['sign', 'ratify', 'attend', 'vote', 'support', 'join', 'object']);

function groupKey(item: LedgerItem): string {
  const raw = rawAct(item);
  const name = actName(item);
  if (!GROUPED.has(name) || item.entry === null) return `#${item.index}`;
  const codes = item.entry.outcome.violations.map((v) => v.code).join(',');
  return [item.day, name, raw['procedure'], raw['decision'], raw['vote'], accepted(item), codes].join('|');
}

/** Consecutive entries (in log order) that are the same act on the same day, with the same outcome. */
export function group(items: readonly LedgerItem[]): LedgerItem[][] {
  const out: LedgerItem[][] = [];
  let key: string | null = null;
  for (const item of items) {
    const k = groupKey(item);
    const last = out.at(-1);
    if (last !== undefined && k === key && !k.startsWith('#')) last.push(item);
    else out.push([item]);
    key = k;
  }
  return out;
}

export function tagOf(t: T, item: LedgerItem): string {
  const kind = kindOf(item);
  if (kind === 'procedure') {
    const p = procedureKindOf(item);
    if (p !== undefined && p !== 'accession') return t(`tag.${p}`);
  }
  return t(`tag.${kind}`);
}
