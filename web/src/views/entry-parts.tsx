/**
 * @module What the timeline and the log explorer both show of an entry: who filed it (named in the
 * reader's language), what it does in a short phrase with its procedures and parties as links, and
 * its outcome with each refusal's code, citation and reason (rendered from the logged data in
 * English or Russian), and where the rules moved on: the rules an entry was decided under when they
 * are not the current ones, and, apart from the integrity mark, where the current rules decide it
 * otherwise (both outcomes shown). The record's own acts (a key lodged, rotated or revoked; a rules
 * change) are told in words with the party and the key id.
 */
import { Fragment } from 'react';
import type { ReactNode } from 'react';
import { describeViolation } from '../../../src/engine/messages.ts';
import type { FilingOutcome, LoggedViolation } from '../../../src/log/entry.ts';
import type { RulesChange } from '../../../src/log/record.ts';
import type { RecordAct } from '../../../src/log/filing-act.ts';
import { describeLogged } from '../../../src/log/record.ts';
import { DEPOSITARY as DEPOSITARY_FILER } from '../../../src/log/filing-act.ts';
import { FORMAT_1_RULES, RULES } from '../../../src/log/rules.ts';
import { entityName, organization } from '../../../src/treaty/parties/index.ts';
import { localCite } from '../../../src/treaty/citation.ts';
import { findProvisions } from '../../../src/treaty/provisions/index.ts';
import type { Language } from '../i18n.tsx';
import { defineMessages, formatDate, useLanguage, useT } from '../i18n.tsx';
import type { LedgerItem, ProcedureKind } from '../ledger.ts';
import { href } from '../router.ts';
import './ledger.css';

export const PART_MESSAGES = defineMessages({
  depositary: { en: 'The Depositary', ru: 'Депозитарий' },
  accepted: { en: 'accepted', ru: 'принято' },
  refused: { en: 'refused', ru: 'отклонено' },
  disagrees: {
    en: 'this browser’s engine decides otherwise',
    ru: 'движок в этом браузере решает иначе',
  },
  disagreesTitle: {
    en: 'Re-deciding the acts in order in this browser does not give the outcome the log records for this entry.',
    ru: 'Если заново решить действия по порядку в этом браузере, исход этой записи получается не тот, что в журнале.',
  },
  unreadable: { en: 'an entry this page cannot read', ru: 'запись, которую страница не может прочитать' },
  'rules.earlier': { en: 'decided under the rules {rules}', ru: 'решено по правилам {rules}' },
  'rules.format-1': {
    en: 'format-1 (the first rules, which entries did not name)',
    ru: 'format-1 (первые правила, которые записи не называли)',
  },
  'rules.earlierTitle': {
    en: 'This entry was decided under earlier rules; the current rules are {current}.',
    ru: 'Эта запись решена по прежним правилам; действующие правила: {current}.',
  },
  'rules.otherwise': {
    en: 'the current rules ({current}) decide otherwise: {decided}; the log records: {logged}',
    ru: 'по действующим правилам ({current}) решение иное: {decided}; в журнале: {logged}',
  },
  'rules.recorded': {
    en: 'the change is recorded by entry {n}',
    ru: 'смена правил записана в записи {n}',
  },
  'rules.unrecorded': {
    en: 'no rules-change entry records it yet',
    ru: 'ни одна запись о смене правил её пока не отмечает',
  },
  'rules.otherwiseTitle': {
    en: 'Not an integrity failure: the record is intact, the rules moved on since this entry was decided.',
    ru: 'Это не нарушение целостности: запись цела, изменились правила, по которым она была решена.',
  },
  'outcome.accepted': { en: 'accepted', ru: 'принято' },
  'outcome.refused': { en: 'refused ({violations})', ru: 'отклонено ({violations})' },
  'engine.error': {
    en: 'the engine failed on this entry: {message}',
    ru: 'движок не смог решить эту запись: {message}',
  },
  entry: { en: 'entry {n}', ru: 'запись {n}' },
  'act.sign': { en: 'Signature of the Treaty', ru: 'Подписание Договора' },
  'act.ratify': { en: 'Instrument of ratification deposited', ru: 'Сдача ратификационной грамоты' },
  'act.ratify.org': { en: 'Instrument of approval deposited', ru: 'Сдача документа об одобрении' },
  'act.accede': { en: 'Application to accede {procedure}', ru: 'Заявление о присоединении {procedure}' },
  'act.withdraw': {
    en: 'Notice of withdrawal {statement}',
    ru: 'Уведомление о выходе из Договора {statement}',
  },
  'act.request-information': {
    en: 'Request for information {procedure}, to {to}: {subject}',
    ru: 'Запрос информации {procedure}, адресат {to}: {subject}',
  },
  'act.answer': { en: 'Answer to the request {procedure} {text}', ru: 'Ответ на запрос {procedure} {text}' },
  'act.request-consultations': {
    en: 'Request for consultations {procedure} with {with}: {subject}',
    ru: 'Запрос о консультациях {procedure}, с участием {with}: {subject}',
  },
  'act.join': { en: 'Joins the consultations {procedure}', ru: 'Присоединение к консультациям {procedure}' },
  'act.attend': { en: 'Attendance at {procedure}', ru: 'Участие в {procedure}' },
  'act.close': { en: 'Closing of {procedure}', ru: 'Закрытие {procedure}' },
  'act.propose-conference': {
    en: 'Proposal of a Conference of the Parties {conference} after {procedure}',
    ru: 'Предложение созвать Конференцию Участников {conference} по итогам {procedure}',
  },
  'act.support': { en: 'Support for convening {procedure}', ru: 'Поддержка созыва {procedure}' },
  'act.notify-attack': {
    en: 'Notification of an armed attack by {attacker} {procedure}',
    ru: 'Уведомление о вооружённом нападении, нападающий: {attacker} {procedure}',
  },
  'act.notify-threat': {
    en: 'Notification of a threat of armed attack by {attacker} {procedure}',
    ru: 'Уведомление об угрозе вооружённого нападения, источник: {attacker} {procedure}',
  },
  'act.propose-decision': {
    en: 'Draft decision {decision} in {procedure}: {text}',
    ru: 'Проект решения {decision} в {procedure}: {text}',
  },
  'act.object': {
    en: 'Objection to {decision} in {procedure}',
    ru: 'Возражение против {decision} в {procedure}',
  },
  'act.object.any': { en: 'Objection in {procedure}', ru: 'Возражение в {procedure}' },
  'act.vote': {
    en: 'Vote “{vote}” on {decision} in {procedure}',
    ru: 'Голос «{vote}» по {decision} в {procedure}',
  },
  'vote.yes': { en: 'yes', ru: 'за' },
  'vote.no': { en: 'no', ru: 'против' },
  'vote.abstain': { en: 'abstain', ru: 'воздерживаюсь' },
  'act.consent-assistance': { en: 'Consent to assistance from {to}', ru: 'Согласие на помощь от: {to}' },
  'act.consent-assistance.attack': {
    en: 'Consent to assistance from {to}, declaring an armed attack by {attacker} {attack}',
    ru: 'Согласие на помощь от: {to}; заявлено вооружённое нападение, нападающий: {attacker} {attack}',
  },
  'act.revoke-consent': {
    en: 'Consent to assistance from {to} revoked',
    ru: 'Отзыв согласия на помощь от: {to}',
  },
  'act.revoke-consent.all': {
    en: 'Consent to assistance revoked, for every Party',
    ru: 'Отзыв согласия на помощь от всех Участников',
  },
  'act.assist.military': {
    en: 'Military assistance to {to} {case}',
    ru: 'Военная помощь, получатель {to} {case}',
  },
  'act.assist.other': {
    en: 'Non-military assistance to {to} {case}',
    ru: 'Невоенная помощь, получатель {to} {case}',
  },
  'act.report-to-unsc': {
    en: 'Report to the UN Security Council on {procedure}',
    ru: 'Доклад Совету Безопасности ООН по {procedure}',
  },
  'act.unsc-measures': {
    en: 'Measures taken by the UN Security Council on {procedure}',
    ru: 'Меры Совета Безопасности ООН по {procedure}',
  },
  'act.assume-obligation': {
    en: 'New obligation taken on: {obligation}',
    ru: 'Новое обязательство: {obligation}',
  },
  'act.deploy': { en: 'Deployment {id} in {in}', ru: 'Развёртывание {id}, место: {in}' },
  'act.end-deployment': { en: 'End of deployment {id}', ru: 'Завершение развёртывания {id}' },
  'act.unknown': { en: 'Act “{name}”', ru: 'Действие «{name}»' },
  'act.lodge-key': {
    en: 'Key {keyId} lodged for {party}',
    ru: 'Зарегистрирован ключ {keyId}, владелец: {party}',
  },
  'act.rotate-key': {
    en: 'Key rotated for {party}: key {keyId} replaces key {replaces}',
    ru: 'Смена ключа, владелец: {party}: ключ {keyId} заменяет ключ {replaces}',
  },
  'act.revoke-key': { en: 'Key {keyId} of {party} revoked', ru: 'Отозван ключ {keyId}, владелец: {party}' },
  'act.rules-change': {
    en: 'Rules change recorded: from {from} to {to}; the new rules decide entries {indices} otherwise',
    ru: 'Записана смена правил: с {from} на {to}; по новым правилам иначе решаются записи {indices}',
  },
  'kind.information-request': { en: 'request for information', ru: 'запрос информации' },
  'kind.consultations': { en: 'consultations', ru: 'консультации' },
  'kind.conference': { en: 'Conference of the Parties', ru: 'Конференция Участников' },
  'kind.extraordinary-conference': { en: 'Extraordinary Conference', ru: 'Чрезвычайная конференция' },
  'kind.council': { en: 'council meeting', ru: 'заседание совета' },
  'kind.accession': { en: 'accession', ru: 'присоединение' },
  'ev.EnteredIntoForce': {
    en: 'The Treaty enters into force on {date}',
    ru: 'Договор вступает в силу {date}',
  },
  'ev.bound': { en: 'bound by the Treaty from {date}', ru: 'связан Договором с {date}' },
  'ev.ConferenceConvened': {
    en: 'the Conference {procedure} is convened, to meet by {date}',
    ru: 'Конференция {procedure} созвана, должна собраться до {date}',
  },
  'ev.ExtraordinaryConferenceConvened': {
    en: 'the Extraordinary Conference {procedure} is convened',
    ru: 'Чрезвычайная конференция {procedure} созвана',
  },
  'ev.excluded': { en: 'the vote of {who} is not counted', ru: 'голос не учитывается: {who}' },
  'ev.WithdrawalNotified': {
    en: 'the withdrawal takes effect on {date}',
    ru: 'выход вступает в силу {date}',
  },
  'ev.AccessionOpened': {
    en: 'objections until {until}; in force for it from {date}',
    ru: 'возражения до {until}; Договор вступает для него в силу {date}',
  },
  'ev.ConsultationsRequested': { en: 'to be held by {date}', ru: 'должны состояться до {date}' },
});

type PartKey = Extract<keyof typeof PART_MESSAGES, string>;

const PLURALS: Readonly<Record<Language, Intl.PluralRules>> = {
  en: new Intl.PluralRules('en'),
  ru: new Intl.PluralRules('ru'),
};

/**
 * A count with its noun in the form the number takes: `1 problem`, `3 problems`; in Russian
 * `1 проблема`, `3 проблемы`, `5 проблем` (forms for one, few, many).
 */
export function counted(
  n: number,
  lang: Language,
  forms: { readonly en: readonly [string, string]; readonly ru: readonly [string, string, string] },
): string {
  const form = PLURALS[lang].select(n);
  const noun =
    lang === 'en' ? forms.en[form === 'one' ? 0 : 1] : forms.ru[form === 'one' ? 0 : form === 'few' ? 1 : 2];
  return `${n} ${noun}`;
}

/** The name of a filer or party in the reader's language. */
export function nameOf(id: string, lang: Language): string {
  if (id === DEPOSITARY_FILER) return PART_MESSAGES.depositary[lang];
  const name = entityName(id, lang);
  // A state outside the registry (China asking to sign, say): the browser knows its name.
  if (name === id && /^[A-Z]{2}$/.test(id)) {
    try {
      return new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' }).of(id) ?? id;
    } catch {
      return id;
    }
  }
  return name;
}

/** A link to the timeline of one party. */
export function PartyLink({ id }: { readonly id: string }) {
  const { lang } = useLanguage();
  if (id === DEPOSITARY_FILER) return <>{nameOf(id, lang)}</>;
  return (
    <a href={`${href('timeline')}?party=${encodeURIComponent(id)}`} title={id} className="party-link">
      {nameOf(id, lang)}
    </a>
  );
}

/** A link to a procedure's page, with its kind as a hint. */
export function ProcedureLink({
  id,
  kind,
}: {
  readonly id: string;
  readonly kind?: ProcedureKind | undefined;
}) {
  const t = useT(PART_MESSAGES);
  return (
    <a href={href('procedures', id)} className="procedure-link" title={kind ? t(`kind.${kind}`) : undefined}>
      <code>{id}</code>
    </a>
  );
}

/** The parts of a message with `{name}` slots filled; an empty slot takes the space before it along. */
function fillParts<N>(
  template: string,
  slots: Readonly<Record<string, N | null | undefined | false>>,
): (N | string)[] {
  const out: (N | string)[] = [];
  for (const part of template.split(/(\{\w+\})/g)) {
    const m = /^\{(\w+)\}$/.exec(part);
    if (!m) {
      out.push(part);
      continue;
    }
    const node = slots[m[1] as string];
    if (node === null || node === undefined || node === false) {
      const before = out.at(-1);
      if (typeof before === 'string') out[out.length - 1] = before.replace(/ $/, '');
    } else out.push(node);
  }
  return out;
}

/** Fills `{name}` slots of a message with React nodes; an empty slot takes the space before it along. */
export function fillNodes(template: string, slots: Readonly<Record<string, ReactNode>>): ReactNode {
  return fillParts<ReactNode>(template, slots).map((n, i) => <Fragment key={i}>{n}</Fragment>);
}
const fill = fillNodes;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const list = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : [];

function Parties({ ids }: { readonly ids: readonly string[] }) {
  return (
    <>
      {ids.map((id, i) => (
        <Fragment key={id}>
          {i > 0 ? ', ' : ''}
          <PartyLink id={id} />
        </Fragment>
      ))}
    </>
  );
}

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
    parties: (ids) => ids.map((id) => nameOf(id, lang)).join(', '),
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

/** What an accepted act brought about, when worth a line: entry into force, a Conference convened. */
export function Consequences({ item }: { readonly item: LedgerItem }) {
  const t = useT(PART_MESSAGES);
  const { lang } = useLanguage();
  if (!item.decided?.accepted) return null;
  const lines: ReactNode[] = [];
  const date = (d: string) => <time dateTime={d}>{formatDate(d, lang)}</time>;
  for (const e of item.decided.events) {
    switch (e.type) {
      case 'EnteredIntoForce':
        lines.push(<strong>{fill(t('ev.EnteredIntoForce'), { date: date(e.on) })}</strong>);
        break;
      case 'InstrumentDeposited':
        if (e.inForceFrom !== null) lines.push(fill(t('ev.bound'), { date: date(e.inForceFrom) }));
        break;
      case 'ConferenceConvened':
        lines.push(
          fill(t('ev.ConferenceConvened'), {
            procedure: <ProcedureLink id={e.procedure} kind="conference" />,
            date: date(e.deadline),
          }),
        );
        break;
      case 'ExtraordinaryConferenceConvened':
        lines.push(
          <>
            {fill(t('ev.ExtraordinaryConferenceConvened'), {
              procedure: <ProcedureLink id={e.procedure} kind="extraordinary-conference" />,
            })}
            {e.excluded.length > 0 && <>; {fill(t('ev.excluded'), { who: <Parties ids={e.excluded} /> })}</>}
          </>,
        );
        break;
      case 'WithdrawalNotified':
        lines.push(fill(t('ev.WithdrawalNotified'), { date: date(e.effective) }));
        break;
      case 'AccessionOpened':
        lines.push(
          fill(t('ev.AccessionOpened'), { until: date(e.objectionUntil), date: date(e.inForceFrom) }),
        );
        break;
      case 'ConsultationsRequested':
        lines.push(fill(t('ev.ConsultationsRequested'), { date: date(e.deadline) }));
        break;
      default:
        break;
    }
  }
  if (lines.length === 0) return null;
  return (
    <ul className="consequences">
      {lines.map((l, i) => (
        <li key={i}>→ {l}</li>
      ))}
    </ul>
  );
}

/**
 * A citation that links to its provision in the treaty view, shown in the reader's language
 * (`EST 8(3)`, «ДЕБ, ст. 8, п. 3»: src/treaty/citation.ts); the link is found from the English form
 * the data keeps, or from `provision` when the filing record names it.
 */
export function Cite({
  cite,
  provision,
}: {
  readonly cite: string;
  readonly provision?: string | undefined;
}) {
  const { lang } = useLanguage();
  const id = provision ?? findProvisions(cite)[0]?.id;
  const shown = localCite(cite, lang);
  return id === undefined ? (
    <span className="cite">{shown}</span>
  ) : (
    <a className="cite" href={href('treaty', id)}>
      {shown}
    </a>
  );
}

/**
 * The reasons of a refusal in the reader's language: rendered from the logged data (format 2); for
 * a format 1 entry, which holds an English sentence, from the browser's own decision when it gives
 * the same violation, else that sentence.
 */
export function violationsOf(
  item: LedgerItem,
  lang: Language,
): { code: string; cite: string; provision?: string; reason: string }[] {
  const logged: readonly LoggedViolation[] = item.entry?.outcome.violations ?? [];
  const decided = item.decided && !item.decided.accepted ? item.decided.violations : [];
  return logged.map((v, i) => {
    const mine = decided[i];
    if (v.params === undefined && mine !== undefined && mine.code === v.code)
      return { code: v.code, cite: v.cite, provision: mine.cite, reason: describeViolation(mine, lang) };
    const provision = mine !== undefined && mine.code === v.code ? mine.cite : undefined;
    return {
      code: v.code,
      cite: v.cite,
      ...(provision === undefined ? {} : { provision }),
      reason: describeLogged(v, lang),
    };
  });
}

/** A rules id as shown: format 1's with a word on what it is. */
function RulesName({ id }: { readonly id: string }) {
  const t = useT(PART_MESSAGES);
  return id === FORMAT_1_RULES ? <>{t('rules.format-1')}</> : <code>{id}</code>;
}

/** An outcome in a few words: accepted, or refused with its codes and citations. */
function OutcomeWords({ outcome }: { readonly outcome: FilingOutcome }) {
  const t = useT(PART_MESSAGES);
  if (outcome.accepted) return <>{t('outcome.accepted')}</>;
  return (
    <>
      {fill(t('outcome.refused'), {
        violations: outcome.violations.map((v, i) => (
          <Fragment key={i}>
            {i > 0 ? ', ' : ''}
            <code>{v.code}</code> <Cite cite={v.cite} />
          </Fragment>
        )),
      })}
    </>
  );
}

/** The mark of an entry decided under rules that are not the current ones. */
export function EarlierRules({ item }: { readonly item: LedgerItem }) {
  const t = useT(PART_MESSAGES);
  if (item.entry === null || item.rules === RULES) return null;
  return (
    <span
      className="badge earlier-rules"
      data-rules={item.rules}
      title={t('rules.earlierTitle', { current: RULES })}
    >
      {fill(t('rules.earlier'), { rules: <RulesName id={item.rules} /> })}
    </span>
  );
}

/** Where the current rules decide an entry otherwise than the earlier rules it was decided under. */
export function RulesChangeMark({ change }: { readonly change: RulesChange }) {
  const t = useT(PART_MESSAGES);
  return (
    <span className="badge rules-change" data-rules-change={change.index} title={t('rules.otherwiseTitle')}>
      ⚖{' '}
      {fill(t('rules.otherwise'), {
        current: <code>{change.current}</code>,
        decided: <OutcomeWords outcome={change.decided} />,
        logged: <OutcomeWords outcome={change.logged} />,
      })}
      {'; '}
      {change.recordedBy === null ? (
        t('rules.unrecorded')
      ) : (
        <a href={href('log', String(change.recordedBy))}>{t('rules.recorded', { n: change.recordedBy })}</a>
      )}
    </span>
  );
}

/** Accepted or refused, with codes and citations; `full` adds the reasons. */
export function OutcomeBadge({ item, full = false }: { readonly item: LedgerItem; readonly full?: boolean }) {
  const t = useT(PART_MESSAGES);
  const { lang } = useLanguage();
  if (item.entry === null) return null;
  const { accepted } = item.entry.outcome;
  const violations = violationsOf(item, lang);
  return (
    <span className="outcome">
      <span className={`badge ${accepted ? 'accepted' : 'refused'}`}>
        {accepted ? `✓ ${t('accepted')}` : `✗ ${t('refused')}`}
      </span>
      {violations.map((v, i) => (
        <span key={i} className="violation">
          {' '}
          <code>{v.code}</code> (<Cite cite={v.cite} provision={v.provision} />){full && <>: {v.reason}</>}
        </span>
      ))}
      {item.agrees === false && (
        <span
          className="badge disagrees"
          data-disagrees={item.index}
          title={`${t('disagreesTitle')}${item.outcomeProblem === null ? '' : ` (${item.outcomeProblem})`}`}
        >
          ⚠ {t('disagrees')}
        </span>
      )}
      {item.error !== null && (
        <span className="badge disagrees" data-engine-error={item.index}>
          ⚠ {t('engine.error', { message: item.error })}
        </span>
      )}
      {item.rules !== RULES && (
        <>
          {' '}
          <EarlierRules item={item} />
        </>
      )}
      {item.rulesChange !== null && (
        <>
          {' '}
          <RulesChangeMark change={item.rulesChange} />
        </>
      )}
    </span>
  );
}
