/**
 * @module What the timeline and the log explorer both show of an entry: who filed it (named in the
 * reader's language), what it does in a short phrase with its procedures and parties as links, and
 * its outcome with each refusal's code, citation and reason (told by the engine's own messages in
 * English or Russian when this browser re-decided the act the same way).
 */
import { Fragment } from 'react';
import type { ReactNode } from 'react';
import { describeViolation } from '../../../src/engine/messages.ts';
import type { LoggedViolation } from '../../../src/log/entry.ts';
import { DEPOSITARY as DEPOSITARY_FILER, describeLogged } from '../../../src/log/record.ts';
import { entityName, organization } from '../../../src/treaty/parties/index.ts';
import { PROVISIONS } from '../../../src/treaty/provisions/index.ts';
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
  'act.assist.military': {
    en: 'Military assistance to {to} ({procedure})',
    ru: 'Военная помощь, получатель {to} ({procedure})',
  },
  'act.assist.other': {
    en: 'Non-military assistance to {to} ({procedure})',
    ru: 'Невоенная помощь, получатель {to} ({procedure})',
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

/** Fills `{name}` slots of a message with React nodes; an empty slot takes the space before it along. */
function fill(template: string, slots: Readonly<Record<string, ReactNode>>): ReactNode {
  const out: ReactNode[] = [];
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
  return out.map((n, i) => <Fragment key={i}>{n}</Fragment>);
}

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

const Quote = ({ text }: { readonly text: string | undefined }) =>
  text === undefined ? null : <q>{text}</q>;

/** The act of an entry in a short phrase, with links. */
export function ActSummary({ item }: { readonly item: LedgerItem }) {
  const t = useT(PART_MESSAGES);
  if (item.entry === null) return <em>{t('unreadable')}</em>;
  const raw = item.entry.envelope.act;
  const name = str(raw['act']) ?? '?';
  const proc = (id: string | undefined) =>
    id === undefined ? null : <ProcedureLink id={id} kind={item.procedures[id]} />;
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
  const msg = (key: PartKey, slots: Record<string, ReactNode>) => fill(t(key), slots);
  switch (name) {
    case 'sign':
      return <>{t('act.sign')}</>;
    case 'ratify':
      return <>{t(organization(item.filer) ? 'act.ratify.org' : 'act.ratify')}</>;
    case 'accede':
      return msg('act.accede', { procedure: proc(opened) });
    case 'withdraw':
      return msg('act.withdraw', { statement: <Quote text={str(raw['statement'])} /> });
    case 'request-information':
      return msg('act.request-information', {
        procedure: proc(opened),
        to: <Parties ids={list(raw['to'])} />,
        subject: <Quote text={str(raw['subject'])} />,
      });
    case 'answer':
      return msg('act.answer', { procedure, text: <Quote text={str(raw['text'])} /> });
    case 'request-consultations':
      return msg('act.request-consultations', {
        procedure: proc(opened),
        with: <Parties ids={list(raw['with'])} />,
        subject: <Quote text={str(raw['subject'])} />,
      });
    case 'propose-conference':
      return msg('act.propose-conference', { conference: proc(opened), procedure });
    case 'notify-attack':
      return msg(raw['kind'] === 'threat' ? 'act.notify-threat' : 'act.notify-attack', {
        attacker: <Parties ids={list(raw['attacker'])} />,
        procedure: opened === undefined ? null : <>→ {proc(opened)}</>,
      });
    case 'propose-decision':
      return msg('act.propose-decision', {
        decision: <code>{str(raw['decision'])}</code>,
        procedure,
        text: <Quote text={str(raw['text'])} />,
      });
    case 'object':
      return str(raw['decision']) === undefined
        ? msg('act.object.any', { procedure })
        : msg('act.object', { decision: <code>{str(raw['decision'])}</code>, procedure });
    case 'vote': {
      const vote = str(raw['vote']);
      return msg('act.vote', {
        vote: vote === 'yes' || vote === 'no' || vote === 'abstain' ? t(`vote.${vote}`) : (vote ?? '?'),
        decision: <code>{str(raw['decision'])}</code>,
        procedure,
      });
    }
    case 'consent-assistance':
      return msg('act.consent-assistance', { to: <Parties ids={list(raw['to'])} /> });
    case 'assist':
      return msg(raw['military'] === true ? 'act.assist.military' : 'act.assist.other', {
        to: <Parties ids={list(raw['to'])} />,
        procedure,
      });
    case 'assume-obligation':
      return msg('act.assume-obligation', { obligation: <Quote text={str(raw['obligation'])} /> });
    case 'deploy':
      return msg('act.deploy', { id: <code>{str(raw['id'])}</code>, in: <Parties ids={list(raw['in'])} /> });
    case 'end-deployment':
      return msg('act.end-deployment', { id: <code>{str(raw['id'])}</code> });
    case 'join':
    case 'attend':
    case 'close':
    case 'support':
    case 'report-to-unsc':
    case 'unsc-measures':
      return msg(`act.${name}`, { procedure });
    default:
      return msg('act.unknown', { name });
  }
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

const PROVISION_BY_CITE = new Map<string, string>(PROVISIONS.map((p) => [p.cite, p.id]));

/** A citation as a link to its provision when it is one we know. */
export function Cite({
  cite,
  provision,
}: {
  readonly cite: string;
  readonly provision?: string | undefined;
}) {
  const id = provision ?? PROVISION_BY_CITE.get(cite);
  return id === undefined ? (
    <span className="cite">{cite}</span>
  ) : (
    <a className="cite" href={href('treaty', id)}>
      {cite}
    </a>
  );
}

/** The reasons of a refusal, in the reader's language when the browser's own decision gives them. */
export function violationsOf(
  item: LedgerItem,
  lang: Language,
): { code: string; cite: string; provision?: string; reason: string }[] {
  const logged: readonly LoggedViolation[] = item.entry?.outcome.violations ?? [];
  const decided = item.decided && !item.decided.accepted ? item.decided.violations : [];
  return logged.map((v, i) => {
    const mine = decided[i];
    return mine !== undefined && mine.code === v.code
      ? { code: v.code, cite: v.cite, provision: mine.cite, reason: describeViolation(mine, lang) }
      : { code: v.code, cite: v.cite, reason: describeLogged(v, lang) };
  });
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
        <span className="badge disagrees" title={t('disagreesTitle')}>
          ⚠ {t('disagrees')}
        </span>
      )}
    </span>
  );
}
