/**
 * @module The act of an entry in a short phrase, with its procedures and parties as links (the views)
 * or as plain text (the CSV export); the record's own acts (a key lodged, rotated or revoked; a rules
 * change) told in words with the party and the key id.
 */
import { Fragment } from 'react';
import type { ReactNode } from 'react';
import type { RecordAct } from '../../../../src/log/filing-act.ts';
import { organization } from '../../../../src/treaty/parties/index.ts';
import type { Language } from '../../i18n.tsx';
import { useT } from '../../i18n.tsx';
import type { LedgerItem, ProcedureKind } from '../../ledger.ts';
import { partyName } from '../../names.ts';
import { href } from '../../router.ts';
import { PART_MESSAGES } from '../entry-parts.messages.ts';
import type { PartKey } from '../entry-parts.messages.ts';
import { fillNodes as fill, fillParts } from './fill.tsx';
import { Parties, ProcedureLink } from './links.tsx';

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const list = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : [];

/**
 * How the parts of an act's phrase are drawn: as React nodes with links (the views), or as plain text
 * (the CSV export). One describer below serves both, so the file says what the page says.
 */
interface Draw<N> {
  readonly parties: (ids: readonly string[]) => N;
  readonly procedure: (id: string, kind: ProcedureKind | undefined) => N;
  readonly code: (text: string) => N;
  readonly quote: (text: string) => N;
  readonly keyId: (id: string) => N;
  readonly rules: (id: string) => N;
  readonly entry: (n: number) => N;
  /** Parts side by side. */
  readonly join: (parts: readonly (N | string)[]) => N;
  /** A message with its slots filled. */
  readonly fill: (template: string, slots: Readonly<Record<string, N | null | undefined>>) => N;
}

/** A key id, as the record names it. */
const KeyId = ({ id }: { readonly id: string }) => <code className="key-id">{id}</code>;

const REACT: Draw<ReactNode> = {
  parties: (ids) => <Parties ids={ids} />,
  procedure: (id, kind) => <ProcedureLink id={id} kind={kind} />,
  code: (text) => <code>{text}</code>,
  quote: (text) => <q>{text}</q>,
  keyId: (id) => <KeyId id={id} />,
  rules: (id) => <code>{id}</code>,
  entry: (n) => <a href={href('log', String(n))}>#{n}</a>,
  join: (parts) => parts.map((n, i) => <Fragment key={i}>{n}</Fragment>),
  fill,
};

/** The same parts as plain text in a language: names for parties, ids for the rest, quotes as the language writes them. */
function textDraw(lang: Language): Draw<string> {
  const [open, close] = lang === 'ru' ? ['«', '»'] : ['“', '”'];
  return {
    parties: (ids) => ids.map((id) => partyName(id, lang)).join(', '),
    procedure: (id) => id,
    code: (text) => text,
    quote: (text) => `${open}${text}${close}`,
    keyId: (id) => id,
    rules: (id) => id,
    entry: (n) => `#${n}`,
    join: (parts) => parts.join(''),
    fill: (template, slots) => fillParts<string>(template, slots).join(''),
  };
}

type PartT = (key: PartKey, params?: Readonly<Record<string, string | number>>) => string;

/** An act of the record itself in words (a key lodged, rotated or revoked; a rules change), or null. */
function describeRecordAct<N>(act: RecordAct, t: PartT, d: Draw<N>): N | null {
  const seq = <X,>(xs: readonly X[], one: (x: X) => N) =>
    d.join(xs.flatMap((x, i) => (i > 0 ? [', ', one(x)] : [one(x)])));
  switch (act.act) {
    case 'lodge-key':
      return act.replaces === undefined
        ? d.fill(t('act.lodge-key'), { keyId: d.keyId(act.keyId), party: d.parties([act.party]) })
        : d.fill(t('act.rotate-key'), {
            keyId: d.keyId(act.keyId),
            replaces: d.keyId(act.replaces),
            party: d.parties([act.party]),
          });
    case 'revoke-key':
      return d.fill(t('act.revoke-key'), { keyId: d.keyId(act.keyId), party: d.parties([act.party]) });
    case 'rules-change':
      return d.fill(t('act.rules-change'), {
        from: seq(act.from, d.rules),
        to: d.rules(act.to),
        indices: seq(act.indices, d.entry),
      });
    default:
      return null;
  }
}

/** The act of an entry in a short phrase (null for an entry that cannot be read). */
function describeAct<N>(item: LedgerItem, t: PartT, d: Draw<N>): N | null {
  if (item.entry === null) return null;
  if (item.recordAct !== null) return describeRecordAct(item.recordAct, t, d);
  const raw = item.entry.envelope.act;
  const name = str(raw['act']) ?? '?';
  const proc = (id: string | undefined) => (id === undefined ? null : d.procedure(id, item.procedures[id]));
  const quote = (text: string | undefined) => (text === undefined ? null : d.quote(text));
  const code = (text: string | undefined) => d.code(text ?? '');
  // The procedure an act opens: its id as filed, or the one the engine gave it.
  const given = str(raw['procedure']);
  const opened =
    str(raw['id']) ??
    (item.decided?.accepted
      ? item.decided.events.flatMap((e) =>
          'procedure' in e && e.procedure !== given ? [e.procedure] : [],
        )[0]
      : undefined);
  const procedure = proc(given);
  // An act of self-defence rests on its conference or on the attack its victim declared (EST 7(2)).
  const attack = str(raw['attack']);
  const onCase = procedure ?? (attack === undefined ? null : d.code(attack));
  const msg = (key: PartKey, slots: Readonly<Record<string, N | null>>) => d.fill(t(key), slots);
  switch (name) {
    case 'sign':
      return d.join([t('act.sign')]);
    case 'ratify':
      return d.join([t(organization(item.filer) ? 'act.ratify.org' : 'act.ratify')]);
    case 'accede':
      return msg('act.accede', { procedure: proc(opened) });
    case 'withdraw':
      return msg('act.withdraw', { statement: quote(str(raw['statement'])) });
    case 'request-information':
      return msg('act.request-information', {
        procedure: proc(opened),
        to: d.parties(list(raw['to'])),
        subject: quote(str(raw['subject'])),
      });
    case 'answer':
      return msg('act.answer', { procedure, text: quote(str(raw['text'])) });
    case 'request-consultations':
      return msg('act.request-consultations', {
        procedure: proc(opened),
        with: d.parties(list(raw['with'])),
        subject: quote(str(raw['subject'])),
      });
    case 'propose-conference':
      return msg('act.propose-conference', { conference: proc(opened), procedure });
    case 'notify-attack': {
      const to = proc(opened);
      return msg(raw['kind'] === 'threat' ? 'act.notify-threat' : 'act.notify-attack', {
        attacker: d.parties(list(raw['attacker'])),
        procedure: to === null ? null : d.join(['→ ', to]),
      });
    }
    case 'propose-decision':
      return msg('act.propose-decision', {
        decision: code(str(raw['decision'])),
        procedure,
        text: quote(str(raw['text'])),
      });
    case 'object':
      return str(raw['decision']) === undefined
        ? msg('act.object.any', { procedure })
        : msg('act.object', { decision: code(str(raw['decision'])), procedure });
    case 'vote': {
      const vote = str(raw['vote']);
      return msg('act.vote', {
        vote: d.join([
          vote === 'yes' || vote === 'no' || vote === 'abstain' ? t(`vote.${vote}`) : (vote ?? '?'),
        ]),
        decision: code(str(raw['decision'])),
        procedure,
      });
    }
    case 'consent-assistance':
      return raw['attacker'] === undefined
        ? msg('act.consent-assistance', { to: d.parties(list(raw['to'])) })
        : msg('act.consent-assistance.attack', {
            to: d.parties(list(raw['to'])),
            attacker: d.parties(list(raw['attacker'])),
            attack: attack === undefined ? null : d.join(['(', d.code(attack), ')']),
          });
    case 'revoke-consent':
      return raw['to'] === undefined
        ? msg('act.revoke-consent.all', {})
        : msg('act.revoke-consent', { to: d.parties(list(raw['to'])) });
    case 'assist':
      return msg(raw['military'] === true ? 'act.assist.military' : 'act.assist.other', {
        to: d.parties(list(raw['to'])),
        case: onCase === null ? null : d.join(['(', onCase, ')']),
      });
    case 'assume-obligation':
      return msg('act.assume-obligation', { obligation: quote(str(raw['obligation'])) });
    case 'deploy':
      return msg('act.deploy', { id: code(str(raw['id'])), in: d.parties(list(raw['in'])) });
    case 'end-deployment':
      return msg('act.end-deployment', { id: code(str(raw['id'])) });
    case 'join':
    case 'attend':
    case 'close':
    case 'support':
      return msg(`act.${name}`, { procedure });
    case 'report-to-unsc':
    case 'unsc-measures':
      return msg(`act.${name}`, { procedure: onCase });
    default:
      return msg('act.unknown', { name: d.join([name]) });
  }
}

/** An act of the record itself, in words: a key lodged, rotated or revoked, a rules change. */
export function RecordActSummary({ act }: { readonly act: RecordAct }) {
  const t = useT(PART_MESSAGES);
  const kind = act.act === 'lodge-key' && act.replaces !== undefined ? 'rotate-key' : act.act;
  const text = describeRecordAct(act, t, REACT);
  return text === null ? null : <span data-record-act={kind}>{text}</span>;
}

/** The act of an entry in a short phrase, with links. */
export function ActSummary({ item }: { readonly item: LedgerItem }) {
  const t = useT(PART_MESSAGES);
  if (item.entry === null) return <em>{t('unreadable')}</em>;
  if (item.recordAct !== null) return <RecordActSummary act={item.recordAct} />;
  return <>{describeAct(item, t, REACT)}</>;
}

/** The act of an entry in a short phrase, as plain text in a language (what ActSummary shows). */
export function actText(item: LedgerItem, lang: Language): string {
  const t: PartT = (key, params = {}) =>
    PART_MESSAGES[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
  return describeAct(item, t, textDraw(lang)) ?? t('unreadable');
}
