/**
 * @module The timeline (#/timeline?kind=&party=&outcome=&from=&to=): the log as dated events, newest
 * first, by month: signatures, instruments, accessions, withdrawals, procedures, assistance and
 * refused acts, each with its filer, what it does, its outcome (with the citation of a refusal) and
 * links to the procedure, the parties and the log entry. The same act by several filers on one
 * day (34 signatures, 20 attendances) is one line that opens to its entries. Filters live in the
 * URL. Entries that arrive over the live stream appear at the top, announced to screen readers.
 */
import { Fragment, useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { ErrorMessage, Loading } from '../components.tsx';
import { toCsv } from '../csv.ts';
import { downloadCsv } from '../download.ts';
import { useLogMode } from '../exercise.tsx';
import type { Language } from '../i18n.tsx';
import { defineMessages, formatDate, useLanguage, useT } from '../i18n.tsx';
import type { LedgerItem, ProcedureKind } from '../ledger.ts';
import { useLedger } from '../ledger.ts';
import { href, navigate } from '../router.ts';
import { Term } from '../term.tsx';
import {
  ActSummary,
  Consequences,
  OutcomeBadge,
  PART_MESSAGES,
  PartyLink,
  actText,
  fillNodes,
  violationsOf,
} from './entry-parts.tsx';
import { partyName } from '../names.ts';

const M = defineMessages({
  title: { en: 'Timeline', ru: 'Хронология' },
  'title.exercise': { en: 'Timeline of the exercise', ru: 'Хронология учений' },
  intro: {
    en: 'Everything filed with the {depositary}, newest first: signatures, {instruments}, {accessions}, withdrawals, procedures and assistance, and the acts the treaty refused, which stay in the log as evidence. Dates are days of receipt.',
    ru: 'Всё, что подано {depositary}, начиная с нового: подписания, {instruments}, {accessions}, выходы, процедуры и помощь, а также отклонённые действия, которые остаются в журнале как свидетельства. Даты — дни получения.',
  },
  'w.depositary': { en: 'depositary', ru: 'депозитарию' },
  'w.instruments': { en: 'instruments', ru: 'документы о ратификации' },
  'w.accessions': { en: 'accessions', ru: 'присоединения' },
  'csv.button': { en: 'Download CSV', ru: 'Скачать CSV' },
  'csv.title': {
    en: 'The entries shown, as a spreadsheet file (CSV)',
    ru: 'Показанные записи в виде таблицы (CSV)',
  },
  'csv.exercise': {
    en: 'Exercise: the filings in this file are invented for training and are not the historical record. The draft European Security Treaty was signed by no one and is in force nowhere.',
    ru: 'Учения: обращения в этом файле вымышлены для учебных целей и не являются историческими документами. Проект Договора о европейской безопасности никем не подписан и нигде не действует.',
  },
  'csv.date': { en: 'Date', ru: 'Дата' },
  'csv.filer': { en: 'Filed by', ru: 'Подал' },
  'csv.code': { en: 'Code', ru: 'Код' },
  'csv.kind': { en: 'Kind', ru: 'Вид' },
  'csv.act': { en: 'Act', ru: 'Действие' },
  'csv.procedure': { en: 'Procedure', ru: 'Процедура' },
  'csv.outcome': { en: 'Outcome', ru: 'Исход' },
  'csv.grounds': { en: 'Grounds of refusal', ru: 'Основания отказа' },
  'csv.index': { en: 'Log entry', ru: 'Запись журнала' },
  'print.source': { en: 'Printed from {url}', ru: 'Распечатано со страницы {url}' },
  filters: { en: 'Filters', ru: 'Фильтры' },
  'f.kind': { en: 'Kind of act', ru: 'Вид действия' },
  'f.party': { en: 'Party (filer or named)', ru: 'Участник (подал или упомянут)' },
  'f.outcome': { en: 'Outcome', ru: 'Исход' },
  'f.from': { en: 'From', ru: 'С' },
  'f.to': { en: 'To', ru: 'По' },
  'f.all': { en: 'All', ru: 'Все' },
  'f.accepted': { en: 'Accepted', ru: 'Принятые' },
  'f.refused': { en: 'Refused', ru: 'Отклонённые' },
  'f.clear': { en: 'Clear the filters', ru: 'Сбросить фильтры' },
  'kind.signature': { en: 'Signatures', ru: 'Подписания' },
  'kind.instrument': { en: 'Instruments (ratification, approval)', ru: 'Документы (ратификация, одобрение)' },
  'kind.accession': { en: 'Accessions', ru: 'Присоединения' },
  'kind.withdrawal': { en: 'Withdrawals', ru: 'Выходы' },
  'kind.procedure': { en: 'Procedures', ru: 'Процедуры' },
  'kind.assistance': { en: 'Assistance', ru: 'Помощь' },
  'kind.record': {
    en: 'The record’s own acts (keys lodged and revoked, rules changes)',
    ru: 'Служебные записи (регистрация и отзыв ключей, смена правил)',
  },
  'kind.other': { en: 'Other acts', ru: 'Прочие действия' },
  'tag.signature': { en: 'Signature', ru: 'Подписание' },
  'tag.instrument': { en: 'Instrument', ru: 'Документ' },
  'tag.accession': { en: 'Accession', ru: 'Присоединение' },
  'tag.withdrawal': { en: 'Withdrawal', ru: 'Выход' },
  'tag.procedure': { en: 'Procedure', ru: 'Процедура' },
  'tag.assistance': { en: 'Assistance', ru: 'Помощь' },
  'tag.record': { en: 'Record', ru: 'Служебная запись' },
  'tag.other': { en: 'Act', ru: 'Действие' },
  'tag.information-request': { en: 'Request for information', ru: 'Запрос информации' },
  'tag.consultations': { en: 'Consultations', ru: 'Консультации' },
  'tag.conference': { en: 'Conference', ru: 'Конференция' },
  'tag.extraordinary-conference': { en: 'Extraordinary Conference', ru: 'Чрезвычайная конференция' },
  'tag.council': { en: 'Council', ru: 'Совет' },
  count: { en: '{shown} of {total} entries', ru: 'Записей: {shown} из {total}' },
  none: { en: 'No entries match these filters.', ru: 'Под эти фильтры не подходит ни одна запись.' },
  empty: { en: 'Nothing has been filed yet.', ru: 'Пока ничего не подано.' },
  more: { en: 'and {n} more', ru: 'и ещё {n}' },
  entries: { en: '{n} entries', ru: 'записей: {n}' },
  entry: { en: 'entry {n}', ru: 'запись {n}' },
  new: { en: 'new', ru: 'новое' },
  'live.new': {
    en: 'New in the log: {who}, {kind}, {outcome}.',
    ru: 'Новое в журнале: {who}, {kind}, {outcome}.',
  },
  'live.note': {
    en: 'New filings appear at the top as they arrive.',
    ru: 'Новые обращения появляются вверху по мере поступления.',
  },
});

type T = ReturnType<typeof useT<typeof M>>;

const KINDS = [
  'signature',
  'instrument',
  'accession',
  'withdrawal',
  'procedure',
  'assistance',
  'record',
  'other',
] as const;
type Kind = (typeof KINDS)[number];

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

const rawAct = (item: LedgerItem): Readonly<Record<string, unknown>> => item.entry?.envelope.act ?? {};
const actName = (item: LedgerItem): string => {
  const a = rawAct(item)['act'];
  return typeof a === 'string' ? a : '?';
};
const kindOf = (item: LedgerItem): Kind => kindOfAct(actName(item));

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
function involved(item: LedgerItem): string[] {
  const raw = rawAct(item);
  const out = new Set<string>([item.filer]);
  if (item.recordAct !== null && 'party' in item.recordAct) out.add(item.recordAct.party);
  for (const field of ['to', 'with', 'attacker', 'in', 'onBehalfOf']) {
    const v = raw[field];
    for (const id of Array.isArray(v) ? v : [v]) if (typeof id === 'string') out.add(id);
  }
  return [...out];
}

const accepted = (item: LedgerItem): boolean => item.entry?.outcome.accepted ?? false;

interface Filters {
  readonly kind: Kind | null;
  readonly party: string | null;
  readonly outcome: 'accepted' | 'refused' | null;
  readonly from: string | null;
  readonly to: string | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function readFilters(query: URLSearchParams): Filters {
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

function matches(item: LedgerItem, f: Filters): boolean {
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
function group(items: readonly LedgerItem[]): LedgerItem[][] {
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

function monthTitle(month: string, lang: Language): string {
  const [y, m] = month.split('-').map(Number);
  if (y === undefined || m === undefined || !Number.isFinite(y) || !Number.isFinite(m)) return month;
  const text = new Intl.DateTimeFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, 1)));
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function tagOf(t: T, item: LedgerItem): string {
  const kind = kindOf(item);
  if (kind === 'procedure') {
    const p = procedureKindOf(item);
    if (p !== undefined && p !== 'accession') return t(`tag.${p}`);
  }
  return t(`tag.${kind}`);
}

function Names({ items, t }: { readonly items: readonly LedgerItem[]; readonly t: T }) {
  const SHOWN = 8;
  const ids = items.map((i) => i.filer);
  return (
    <span className="who">
      {ids.slice(0, SHOWN).map((id, i) => (
        <Fragment key={`${id}-${i}`}>
          {i > 0 ? ', ' : ''}
          <PartyLink id={id} />
        </Fragment>
      ))}
      {ids.length > SHOWN && <> {t('more', { n: ids.length - SHOWN })}</>}
    </span>
  );
}

function Line({ items, t }: { readonly items: readonly LedgerItem[]; readonly t: T }) {
  const { lang } = useLanguage();
  const tp = useT(PART_MESSAGES);
  const first = items[0] as LedgerItem;
  const last = items[items.length - 1] as LedgerItem;
  const ok = accepted(first);
  const live = items.some((i) => i.live);
  return (
    <li
      className={`${ok ? 'accepted' : 'refused'}${live ? ' live' : ''}`}
      data-index={first.index}
      data-kind={kindOf(first)}
      data-outcome={ok ? 'accepted' : 'refused'}
    >
      <div className="when">
        <time dateTime={first.day}>{formatDate(first.day, lang)}</time>
      </div>
      <div>
        <span className="kind">{tagOf(t, first)}</span>
        {live && <span className="badge new">{t('new')}</span>} <Names items={items} t={t} />
        {': '}
        <ActSummary item={first} />
        <Consequences item={last} />
        <div className="meta">
          <OutcomeBadge item={first} full />
          {' · '}
          {items.length === 1 ? (
            <a href={href('log', String(first.index))}>{tp('entry', { n: first.index })}</a>
          ) : (
            <details>
              <summary>{t('entries', { n: items.length })}</summary>
              <ul>
                {items.map((i) => (
                  <li key={i.index}>
                    <a href={href('log', String(i.index))}>{t('entry', { n: i.index })}</a>:{' '}
                    <PartyLink id={i.filer} />
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      </div>
    </li>
  );
}

function FilterForm({
  filters,
  parties,
  t,
}: {
  readonly filters: Filters;
  readonly parties: readonly string[];
  readonly t: T;
}) {
  const { lang } = useLanguage();
  const set = (change: Partial<Record<keyof Filters, string>>) => {
    const next: Record<string, string> = {};
    const merged = { ...filters, ...change };
    for (const [k, v] of Object.entries(merged)) if (typeof v === 'string' && v !== '') next[k] = v;
    navigate(href('timeline'), next, true);
  };
  const onSubmit = (e: FormEvent) => e.preventDefault();
  const options = [...new Set([...parties, ...(filters.party ? [filters.party] : [])])].sort((a, b) =>
    partyName(a, lang).localeCompare(partyName(b, lang), lang),
  );
  return (
    <form className="filters" role="search" aria-label={t('filters')} onSubmit={onSubmit}>
      <label>
        {t('f.kind')}
        <select name="kind" value={filters.kind ?? ''} onChange={(e) => set({ kind: e.target.value })}>
          <option value="">{t('f.all')}</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('f.party')}
        <select name="party" value={filters.party ?? ''} onChange={(e) => set({ party: e.target.value })}>
          <option value="">{t('f.all')}</option>
          {options.map((id) => (
            <option key={id} value={id}>
              {partyName(id, lang)} ({id})
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('f.outcome')}
        <select
          name="outcome"
          value={filters.outcome ?? ''}
          onChange={(e) => set({ outcome: e.target.value })}
        >
          <option value="">{t('f.all')}</option>
          <option value="accepted">{t('f.accepted')}</option>
          <option value="refused">{t('f.refused')}</option>
        </select>
      </label>
      <label>
        {t('f.from')}
        <input
          type="date"
          name="from"
          value={filters.from ?? ''}
          onChange={(e) => set({ from: e.target.value })}
        />
      </label>
      <label>
        {t('f.to')}
        <input type="date" name="to" value={filters.to ?? ''} onChange={(e) => set({ to: e.target.value })} />
      </label>
      <a href={href('timeline')}>{t('f.clear')}</a>
    </form>
  );
}

/** Announces entries that arrive over the live stream. */
function useAnnouncement(items: readonly LedgerItem[] | null, t: T): string {
  const { lang } = useLanguage();
  const tp = useT(PART_MESSAGES);
  const seen = useRef<number | null>(null);
  const [text, setText] = useState('');
  useEffect(() => {
    if (items === null) return;
    if (seen.current !== null && items.length > seen.current) {
      const fresh = items.slice(seen.current).filter((i) => i.live);
      const newest = fresh.at(-1);
      if (newest !== undefined)
        setText(
          t('live.new', {
            who: partyName(newest.filer, lang),
            kind: tagOf(t, newest),
            outcome: accepted(newest) ? tp('accepted') : tp('refused'),
          }),
        );
    }
    seen.current = items.length;
  }, [items, lang, t, tp]);
  return text;
}

/** The file of the entries shown, newest first; an exercise's says so in its first line. */
function timelineCsv(shown: readonly LedgerItem[], exercise: boolean, t: T, lang: Language): string {
  const header = (
    ['date', 'filer', 'code', 'kind', 'act', 'procedure', 'outcome', 'grounds', 'index'] as const
  ).map((c) => t(`csv.${c}`));
  const tp = (accepted: boolean) => PART_MESSAGES[accepted ? 'accepted' : 'refused'][lang];
  const rows = [...shown].reverse().map((item) => {
    const filed = rawAct(item)['procedure'];
    const procedures = new Set([
      ...(typeof filed === 'string' ? [filed] : []),
      ...Object.keys(item.procedures),
    ]);
    return [
      item.day,
      partyName(item.filer, lang),
      item.filer,
      tagOf(t, item),
      actText(item, lang),
      [...procedures].join('; '),
      item.entry === null ? '' : tp(accepted(item)),
      violationsOf(item, lang)
        .map((v) => `${v.code} (${v.cite}): ${v.reason}`)
        .join('; '),
      item.index,
    ];
  });
  const table = toCsv(header, rows);
  return exercise ? toCsv([t('csv.exercise')], []) + table : table;
}

export function TimelineView({ query }: { readonly query: URLSearchParams }) {
  const t = useT(M);
  const { lang } = useLanguage();
  const mode = useLogMode();
  const ledger = useLedger();
  const items = ledger.state === 'ok' ? ledger.value.items : null;
  const announcement = useAnnouncement(items, t);
  const filters = readFilters(query);
  const term = (
    id: 'depositary' | 'instrument' | 'accession',
    word: 'depositary' | 'instruments' | 'accessions',
  ) => <Term id={id}>{t(`w.${word}`)}</Term>;
  return (
    <>
      {/* In an exercise the heading itself says so: a cropped screenshot must not pass it off as fact. */}
      <h1 data-mode={mode ?? undefined}>{mode === 'exercise' ? t('title.exercise') : t('title')}</h1>
      <p className="intro">
        {fillNodes(t('intro'), {
          depositary: term('depositary', 'depositary'),
          instruments: term('instrument', 'instruments'),
          accessions: term('accession', 'accessions'),
        })}{' '}
        <span className="muted live-note">{t('live.note')}</span>
      </p>
      <p className="print-source">{t('print.source', { url: window.location.href })}</p>
      <p className="visually-hidden" aria-live="polite" role="status" data-announcement="">
        {announcement}
      </p>
      {ledger.state === 'loading' && <Loading />}
      {ledger.state === 'error' && <ErrorMessage error={ledger.error} retry={ledger.reload} />}
      {items !== null && (
        <TimelineBody
          items={items}
          filters={filters}
          t={t}
          lang={lang}
          exercise={mode === null ? null : mode === 'exercise'}
        />
      )}
    </>
  );
}

function TimelineBody({
  items,
  filters,
  t,
  lang,
  exercise,
}: {
  readonly items: readonly LedgerItem[];
  readonly filters: Filters;
  readonly t: T;
  readonly lang: Language;
  /** Whether the log is an exercise; null until known, and no file is offered until then. */
  readonly exercise: boolean | null;
}) {
  const parties = [...new Set(items.flatMap(involved))].filter((id) => id !== 'DEPOSITARY' && id !== '?');
  const shown = items.filter((i) => matches(i, filters));
  const lines = group(shown).reverse();
  const months: { month: string; lines: LedgerItem[][] }[] = [];
  for (const line of lines) {
    const month = (line[0] as LedgerItem).day.slice(0, 7);
    const last = months.at(-1);
    if (last?.month === month) last.lines.push(line);
    else months.push({ month, lines: [line] });
  }
  return (
    <>
      <FilterForm filters={filters} parties={parties} t={t} />
      <div className="timeline-tools">
        <p className="muted" data-count={shown.length}>
          {t('count', { shown: shown.length, total: items.length })}
        </p>
        {shown.length > 0 && exercise !== null && (
          <button
            type="button"
            data-csv=""
            title={t('csv.title')}
            onClick={() =>
              downloadCsv(
                exercise ? 'est-timeline-exercise.csv' : 'est-timeline.csv',
                timelineCsv(shown, exercise, t, lang),
              )
            }
          >
            {t('csv.button')}
          </button>
        )}
      </div>
      {items.length === 0 && <p>{t('empty')}</p>}
      {items.length > 0 && shown.length === 0 && <p>{t('none')}</p>}
      {months.map(({ month, lines: ls }) => (
        <section key={month} className="timeline-month" aria-labelledby={`m-${month}`}>
          <h2 id={`m-${month}`}>{monthTitle(month, lang)}</h2>
          <ol className="timeline">
            {ls.map((l) => (
              <Line key={(l[0] as LedgerItem).index} items={l} t={t} />
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
