/**
 * @module The treaty text (`#/treaty`, `#/treaty/<provision id>`, `?q=words`): the
 * provisions of both drafts and of the regimes they are compared with, as a navigable outline; each
 * provision's paraphrase in the page's language, its confidence mark explained, its sources, what is
 * not modelled and why, the engine's rules that apply it, and the parameters it uses with the values
 * the depositary decides under (or the text's own when the depositary cannot be reached).
 */
import { Fragment, useEffect, useMemo } from 'react';
import { allRules } from '../../../src/engine/decide.ts';
import { FINDING_RULES } from '../../../src/engine/findings.ts';
import type { Confidence, Language, TreatyId } from '../../../src/treaty/common.ts';
import { CONFIDENCE, TREATY_IDS } from '../../../src/treaty/common.ts';
import { citeFromRussian, localCite } from '../../../src/treaty/citation.ts';
import type { Basis, Parameter, ParameterId, ParameterValues } from '../../../src/treaty/parameters/index.ts';
import {
  BASIS_NAMES,
  PARAMETER_IDS,
  PARAMETERS,
  formatParameterValue,
  referenceIn,
  valueAt,
} from '../../../src/treaty/parameters/index.ts';
import type { ProvisionData } from '../../../src/treaty/provisions/index.ts';
import { PROVISIONS, childrenOf, findProvisions, provision } from '../../../src/treaty/provisions/index.ts';
import type { Source } from '../../../src/treaty/sources.ts';
import { SOURCES } from '../../../src/treaty/sources.ts';
import { TREATIES } from '../../../src/treaty/treaties.ts';
import { settings } from '../api.ts';
import type { Loaded } from '../data.ts';
import { useLoad } from '../data.ts';
import { defineMessages, formatDate, useLanguage, useT } from '../i18n.tsx';
import { TERM_INFO } from '../glossary-terms.ts';
import { href, navigate } from '../router.ts';
import type { TermId } from '../term.tsx';
import { TERMS, Term, Terms } from '../term.tsx';
import './treaty.css';

const M = defineMessages({
  title: { en: 'The treaty text', ru: 'Текст договора' },
  intro: {
    en: 'The two drafts of 2009, provision by provision, and the three regimes they are compared with. The texts are our own paraphrases, each with a mark of how sure we are of it; every number the drafts give or leave blank is a parameter the engine reads.',
    ru: 'Два проекта 2009 года, положение за положением, и три режима, с которыми они сравниваются. Тексты — наши собственные пересказы, каждый с отметкой о степени уверенности; каждое число, которое проекты дают или оставляют пустым, — параметр, который читает движок.',
  },
  outline: { en: 'Outline', ru: 'Оглавление' },
  search: { en: 'Search by citation or words', ru: 'Поиск по ссылке или словам' },
  searchPlaceholder: { en: 'EST 8(3), quorum, withdrawal…', ru: 'ДЕБ, ст. 8, п. 3; кворум; выход…' },
  results: { en: '{n} provisions match "{q}"', ru: 'Найдено положений по запросу «{q}»: {n}' },
  noResults: { en: 'Nothing matches "{q}".', ru: 'По запросу «{q}» ничего не найдено.' },
  clear: { en: 'Clear the search', ru: 'Очистить поиск' },
  notFound: {
    en: 'There is no provision "{id}". Pick one from the outline or search for it.',
    ru: 'Положения «{id}» нет. Выберите его в оглавлении или найдите поиском.',
  },
  confidence: { en: 'Confidence', ru: 'Уверенность' },
  legend: { en: 'What the marks mean', ru: 'Что означают отметки' },
  legendConf: { en: 'Confidence in the text', ru: 'Уверенность в тексте' },
  legendBasis: { en: 'Basis of a parameter’s value', ru: 'Основание значения параметра' },
  sources: { en: 'Sources', ru: 'Источники' },
  notModelled: { en: 'NOT MODELLED', ru: 'НЕ МОДЕЛИРУЕТСЯ' },
  rules: { en: 'Rules that apply it', ru: 'Правила, которые его применяют' },
  noRules: { en: 'No rule of the engine cites it.', ru: 'Ни одно правило движка на него не ссылается.' },
  parameters: { en: 'Parameters it uses', ru: 'Параметры' },
  paramsAll: { en: 'All parameters', ru: 'Все параметры' },
  paramCol: { en: 'parameter', ru: 'параметр' },
  citeCol: { en: 'provision', ru: 'положение' },
  valueCol: { en: 'current value', ru: 'текущее значение' },
  textCol: { en: 'in the text', ru: 'по тексту' },
  basisCol: { en: 'basis', ru: 'основание' },
  confCol: { en: 'conf.', ru: 'увер.' },
  confFull: { en: 'confidence', ru: 'уверенность' },
  note: { en: 'Note', ru: 'Примечание' },
  noteSince: { en: 'from {date}: {value}', ru: 'с {date}: {value}' },
  paramsLabel: { en: 'Parameters: {what}', ru: 'Параметры: {what}' },
  current: {
    en: 'Current values are those this [[depositary|depositary]] decides under ({treaty}).',
    ru: 'Текущие значения — те, по которым решает этот [[depositary|депозитарий]] ({treaty}).',
  },
  fallback: {
    en: 'The [[depositary|depositary]] cannot be reached: the values shown are the text’s own, not necessarily those in force at the depositary.',
    ru: '[[depositary|Депозитарий]] недоступен: показаны значения по тексту, не обязательно действующие у депозитария.',
  },
  terms: { en: 'Terms in the glossary', ru: 'Термины в глоссарии' },
  keyTerms: {
    en: 'The drafts’ terms of art, explained in the glossary:',
    ru: 'Термины проектов, объяснённые в глоссарии:',
  },
  loadingValues: { en: 'Reading the depositary’s values…', ru: 'Читаем значения депозитария…' },
  differs: { en: 'changed from the text’s {value}', ru: 'изменено; по тексту {value}' },
  unset: { en: 'unset', ru: 'не задано' },
  'basis.text': {
    en: 'the text gives it, as a retrieved source shows',
    ru: 'значение дано текстом, что видно по найденному источнику',
  },
  'basis.blank': {
    en: 'the text leaves it blank; the value is a modelling choice',
    ru: 'в тексте на месте значения пропуск; значение выбрано моделью',
  },
  'basis.reading': {
    en: 'a reading, contested or reconstructed without a retrieved text; the value is our choice',
    ru: 'толкование, спорное или восстановленное без найденного текста; значение выбрано нами',
  },
  'conf.C': { en: 'confirmed by a retrieved source', ru: 'подтверждено найденным источником' },
  'conf.C-partial': { en: 'partly confirmed', ru: 'подтверждено частично' },
  'conf.R-m': {
    en: 'reconstructed, medium certainty (from recollection, not checked against a source)',
    ru: 'восстановлено, средняя уверенность (по памяти, не сверено с источником)',
  },
  'conf.R-l': { en: 'reconstructed, low certainty', ru: 'восстановлено, низкая уверенность' },
  'conf.U': { en: 'unknown: the text is not known', ru: 'неизвестно: текст не известен' },
  paragraphs: { en: 'Paragraphs', ru: 'Пункты' },
  partOf: { en: 'Part of', ru: 'Часть' },
  permalink: { en: 'Link to this provision', ru: 'Ссылка на это положение' },
  version: { en: 'text of {date}', ru: 'текст от {date}' },
  provisions: { en: '{n} provisions', ru: 'положений: {n}' },
  drafts: { en: 'The drafts', ru: 'Проекты' },
  regimes: { en: 'The regimes compared', ru: 'Режимы для сравнения' },
});

type T = ReturnType<typeof useT<typeof M>>;

/** Rules (and finding rules) that cite or give effect to a provision, as `est treaty` lists them. */
function rulesFor(id: string): string[] {
  const rules = [...allRules(), ...FINDING_RULES].filter(
    (r) => r.cites === id || (r.also ?? []).includes(id),
  );
  return [...new Set(rules.map((r) => r.id))];
}

const paramsOf = (id: string): ParameterId[] => PARAMETER_IDS.filter((p) => PARAMETERS[p].cites === id);

const textValue = (id: ParameterId) => {
  const p = PARAMETERS[id] as Parameter;
  return valueAt(p, TREATIES[p.treaty].version);
};

const sourceById = new Map<string, Source>(SOURCES.map((s) => [s.id, s]));

/** A citation in the reader's language, its «ст. 8» and «п. 3» kept on one line. */
const cite = (text: string, lang: Language): string =>
  localCite(text, lang).replace(/(ст\.|пп?\.) /g, '$1\u00a0');

/** A term's headword without its gloss: "instrument", not "instrument (of ratification, …)". */
const termWord = (id: TermId, lang: Language): string => TERM_INFO[id].term[lang].replace(/\s*\(.*\)$/, '');

/**
 * The glossary's terms a provision is about, for the links beside it (the UI's, never inside the
 * paraphrase). A paragraph without its own list takes its article's.
 */
const PROVISION_TERMS: Readonly<Record<string, readonly TermId[]>> = {
  'est.3': ['depositary'],
  'est.4': ['extraordinary-conference'],
  'est.6': ['quorum', 'consensus'],
  'est.6.1': ['depositary'],
  'est.6.2': ['depositary'],
  'est.7': ['extraordinary-conference'],
  'est.8': ['extraordinary-conference', 'quorum', 'unanimity'],
  'est.8.1': ['extraordinary-conference', 'depositary'],
  'est.8.2': ['extraordinary-conference', 'depositary'],
  'est.8.3': ['extraordinary-conference', 'quorum', 'unanimity'],
  'est.8.4': ['extraordinary-conference'],
  'est.10': ['accession'],
  'est.11': ['instrument', 'depositary'],
  'est.12': ['accession', 'instrument'],
  'est.13': ['depositary'],
  'est.14': ['instrument', 'counted-instruments'],
  'nrc.4': ['substantial-combat-forces'],
  'nrc.final': ['instrument', 'depositary'],
  'nat.9': ['consensus'],
  'nat.10': ['accession', 'unanimity'],
  'osce.helsinki73': ['consensus'],
  'osce.prague92': ['consensus'],
};

function termsOf(p: ProvisionData): readonly TermId[] {
  return PROVISION_TERMS[p.id] ?? (p.parent === null ? [] : (PROVISION_TERMS[p.parent] ?? []));
}

/** Links to the glossary's entries, in the reader's language, separated by a middle dot. */
function TermLinks({ ids }: { readonly ids: readonly TermId[] }) {
  const { lang } = useLanguage();
  return (
    <>
      {ids.map((id, i) => (
        <Fragment key={id}>
          {i > 0 && ' · '}
          <Term id={id}>{termWord(id, lang)}</Term>
        </Fragment>
      ))}
    </>
  );
}

/** A parameter id that may break after its dots (`entryIntoForce.<wbr>countOrganizations`). */
function ParamId({ id }: { readonly id: string }) {
  const parts = id.split('.');
  return (
    <code className="param-id">
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && (
            <>
              .<wbr />
            </>
          )}
          {part}
        </Fragment>
      ))}
    </code>
  );
}

/** Lower case, accents kept, for matching words in either language. */
const fold = (s: string) => s.toLocaleLowerCase();

/** Provisions a query finds: by citation or id first, else every word in the cite, heading or text. */
function search(query: string, lang: Language): readonly ProvisionData[] {
  const q = query.trim();
  if (q === '') return PROVISIONS;
  // A citation in English (`EST 8(3)`) or in Russian («ДЕБ, ст. 8, п. 3»).
  const russian = citeFromRussian(q);
  const byCite = findProvisions(q).length > 0 ? findProvisions(q) : russian ? findProvisions(russian) : [];
  if (byCite.length > 0) {
    // An article found by citation brings its paragraphs along.
    const ids = new Set(byCite.flatMap((p) => [p.id, ...childrenOf(p.id).map((c) => c.id)]));
    return PROVISIONS.filter((p) => ids.has(p.id));
  }
  const words = fold(q).split(/\s+/).filter(Boolean);
  return PROVISIONS.filter((p) => {
    const hay = fold(
      `${p.cite} ${localCite(p.cite, 'ru')} ${p.id} ${p.heading[lang]} ${p.text[lang]} ${p.heading.en} ${p.heading.ru}`,
    );
    return words.every((w) => hay.includes(w));
  });
}

function ConfidenceMark({ c }: { readonly c: Confidence }) {
  const t = useT(M);
  return (
    <span className={`conf conf-${c}`} title={t(`conf.${c}`)}>
      {c}
      <span className="sr-only">: {t(`conf.${c}`)}</span>
    </span>
  );
}

const BASES: readonly Basis[] = ['text', 'blank', 'reading'];

function Legend() {
  const t = useT(M);
  const { lang } = useLanguage();
  return (
    <details className="legend">
      <summary>{t('legend')}</summary>
      <h2 className="legend-head">{t('legendConf')}</h2>
      <dl>
        {CONFIDENCE.map((c) => (
          <div key={c}>
            <dt>
              <span className={`conf conf-${c}`}>{c}</span>
            </dt>
            <dd>{t(`conf.${c}`)}</dd>
          </div>
        ))}
      </dl>
      <h2 className="legend-head">{t('legendBasis')}</h2>
      <dl>
        {BASES.map((b) => (
          <div key={b}>
            <dt>
              <span className={`basis basis-${b}`}>{BASIS_NAMES[b][lang]}</span>
            </dt>
            <dd>{t(`basis.${b}`)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

/** What the three bases mean, above the table of every parameter. */
function BasisLegend() {
  const t = useT(M);
  const { lang } = useLanguage();
  return (
    <dl className="basis-legend">
      {BASES.map((b) => (
        <div key={b}>
          <dt>
            <span className={`basis basis-${b}`}>{BASIS_NAMES[b][lang]}</span>
          </dt>
          <dd>{t(`basis.${b}`)}</dd>
        </div>
      ))}
    </dl>
  );
}

interface Values {
  /** The values in force at the depositary, or null when unknown (then the text's own are shown). */
  readonly current: ParameterValues | null;
  readonly treaty: TreatyId | null;
  readonly state: Loaded<unknown>['state'];
}

function ValueNote({ values }: { readonly values: Values }) {
  const t = useT(M);
  const { lang } = useLanguage();
  if (values.state === 'loading') return <p className="muted small">{t('loadingValues')}</p>;
  if (values.state === 'error')
    return (
      <p className="notice" role="note">
        <Terms text={t('fallback')} />
      </p>
    );
  return (
    <p className="muted small value-note">
      <Terms text={t('current', { treaty: values.treaty ? TREATIES[values.treaty].title[lang] : '' })} />
    </p>
  );
}

function ParamValue({ id, values }: { readonly id: ParameterId; readonly values: Values }) {
  const t = useT(M);
  const text = textValue(id);
  const show = (v: unknown) => (v === null ? t('unset') : formatParameterValue(v as never));
  const current = values.current ? (values.current[id] as unknown) : text;
  const changed =
    values.current !== null && formatParameterValue(current as never) !== formatParameterValue(text);
  return (
    <>
      <code className="param-value">
        <Breakable text={show(current)} />
      </code>
      {changed && <span className="muted small"> ({t('differs', { value: show(text) })})</span>}
    </>
  );
}

/**
 * A value that may break where a reader expects, in a narrow column: after the commas of a list or
 * a map (`{ tanks: 41, … }`, one entry a line) and inside a long camel-case name
 * (`combatAircraft…`), never in the middle of a word.
 */
function Breakable({ text }: { readonly text: string }) {
  const words = text.split(/(?<=[a-z])(?=[A-Z])|(?<=, )/);
  return (
    <>
      {words.map((w, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {w}
        </Fragment>
      ))}
    </>
  );
}

/** Where a parameter's value comes from: its one note, or each dated value with its own. */
function ParamNotes({ p }: { readonly p: Parameter }) {
  const t = useT(M);
  const { lang } = useLanguage();
  const show = (v: unknown) => (v === null ? t('unset') : formatParameterValue(v as never));
  const [only] = p.values;
  if (p.values.length === 1 && only !== undefined)
    return (
      <div className="muted small param-note" lang={lang}>
        {t('note')}: {referenceIn(only, lang)}
      </div>
    );
  return (
    <div className="muted small param-note" lang={lang}>
      {t('note')}:
      <ul>
        {p.values.map((v) => (
          <li key={v.since}>
            {t('noteSince', { date: formatDate(v.since, lang), value: show(v.value) })} —{' '}
            {referenceIn(v, lang)}
          </li>
        ))}
      </ul>
    </div>
  );
}

function ParamRows({
  ids,
  values,
  label,
  withCite,
}: {
  readonly ids: readonly ParameterId[];
  readonly values: Values;
  /** What the table lists, for the name of its scrolling region. */
  readonly label: string;
  readonly withCite?: boolean;
}) {
  const t = useT(M);
  const { lang } = useLanguage();
  return (
    // A region of its own, focusable, so that a table wider than a narrow screen scrolls by itself
    // (and by keyboard) while the page never does.
    <div className="table-wrap" role="region" aria-label={t('paramsLabel', { what: label })} tabIndex={0}>
      <table className={`params${withCite ? ' with-cite' : ''}`}>
        <thead>
          <tr>
            <th scope="col" className="col-param">
              {t('paramCol')}
            </th>
            {withCite && (
              <th scope="col" className="col-cite">
                {t('citeCol')}
              </th>
            )}
            <th scope="col" className="col-value">
              {t('valueCol')}
            </th>
            <th scope="col" className="col-basis">
              {t('basisCol')}
            </th>
            <th scope="col" className="col-conf">
              <abbr title={t('confFull')}>{t('confCol')}</abbr>
            </th>
          </tr>
        </thead>
        <tbody>
          {ids.map((id) => {
            const p = PARAMETERS[id] as Parameter;
            const basis: Basis = p.basis;
            return (
              <tr key={id} data-param={id}>
                <th scope="row" className="col-param">
                  <ParamId id={id} />
                  <div className="muted small">{p.description[lang]}</div>
                  <ParamNotes p={p} />
                </th>
                {withCite && (
                  <td className="col-cite" data-label={t('citeCol')}>
                    <a href={href('treaty', p.cites)}>{cite(provision(p.cites)?.cite ?? p.cites, lang)}</a>
                  </td>
                )}
                <td className="col-value" data-label={t('valueCol')}>
                  <ParamValue id={id} values={values} />
                </td>
                <td className="col-basis" data-label={t('basisCol')}>
                  <span className={`basis basis-${basis}`} title={t(`basis.${basis}`)}>
                    {BASIS_NAMES[basis][lang]}
                    <span className="sr-only">: {t(`basis.${basis}`)}</span>
                  </span>
                </td>
                <td className="col-conf" data-label={t('confFull')}>
                  <ConfidenceMark c={p.confidence} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Provision({
  p,
  values,
  level,
  selected,
}: {
  readonly p: ProvisionData;
  readonly values: Values;
  readonly level: 2 | 3;
  readonly selected: boolean;
}) {
  const t = useT(M);
  const { lang } = useLanguage();
  const H = level === 2 ? 'h2' : 'h3';
  const rules = rulesFor(p.id);
  const params = paramsOf(p.id);
  return (
    <section
      className={`provision${selected ? ' selected' : ''}`}
      id={`provision-${p.id}`}
      data-provision={p.id}
      aria-labelledby={`h-${p.id}`}
    >
      <H id={`h-${p.id}`} className="provision-head">
        <a className="provision-cite" href={href('treaty', p.id)}>
          {cite(p.cite, lang)}
        </a>{' '}
        <span className="provision-heading">{p.heading[lang]}</span> <ConfidenceMark c={p.confidence} />
      </H>
      <p className="paraphrase" lang={lang}>
        {p.text[lang]}
      </p>
      {p.notModelled && (
        <p className="not-modelled">
          <strong>{t('notModelled')}:</strong> {p.notModelled[lang]}
        </p>
      )}
      {params.length > 0 && (
        <div className="provision-params">
          <h4>{t('parameters')}</h4>
          <ParamRows ids={params} values={values} label={cite(p.cite, lang)} />
        </div>
      )}
      {!p.notModelled && (
        <div className="provision-rules">
          <h4>{t('rules')}</h4>
          {rules.length === 0 ? (
            <p className="muted small">{t('noRules')}</p>
          ) : (
            <ul className="rules">
              {rules.map((r) => (
                <li key={r}>
                  <code>{r}</code>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {p.sources.length > 0 && (
        <div className="provision-sources">
          <h4>{t('sources')}</h4>
          <ul className="sources">
            {p.sources.map((id) => {
              const s = sourceById.get(id);
              return (
                <li key={id}>
                  <span className="source-id">{id}</span>{' '}
                  {s?.url ? (
                    <a href={s.url} rel="noopener noreferrer" target="_blank">
                      {s.title}
                    </a>
                  ) : (
                    (s?.title ?? '')
                  )}
                  {s?.date && <span className="muted"> ({formatDate(s.date, lang)})</span>}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {termsOf(p).length > 0 && (
        <p className="small provision-terms">
          {t('terms')}: <TermLinks ids={termsOf(p)} />
        </p>
      )}
      <p className="small permalink-line">
        <a href={`${href('treaty', p.id)}?lang=${lang}`} className="permalink">
          {t('permalink')}
        </a>
      </p>
    </section>
  );
}

function Outline({
  shown,
  current,
  q,
}: {
  readonly shown: ReadonlySet<string>;
  readonly current: string | null;
  readonly q: string;
}) {
  const t = useT(M);
  const { lang } = useLanguage();
  return (
    <nav className="outline" aria-label={t('outline')}>
      {TREATY_IDS.map((tid) => {
        const nodes = PROVISIONS.filter((p) => p.treaty === tid && shown.has(p.id));
        if (nodes.length === 0) return null;
        const articles = nodes.filter((p) => p.parent === null || !shown.has(p.parent));
        return (
          <div key={tid} className="outline-treaty">
            <h2 className="outline-title">{TREATIES[tid].title[lang]}</h2>
            <ul>
              {articles.map((a) => {
                const kids = nodes.filter((c) => c.parent === a.id);
                return (
                  <li key={a.id}>
                    <OutlineLink p={a} current={current} lang={lang} q={q} />
                    {kids.length > 0 && (
                      <ul>
                        {kids.map((c) => (
                          <li key={c.id}>
                            <OutlineLink p={c} current={current} lang={lang} q={q} />
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </nav>
  );
}

function OutlineLink({
  p,
  current,
  lang,
  q,
}: {
  readonly p: ProvisionData;
  readonly current: string | null;
  readonly lang: Language;
  readonly q: string;
}) {
  const target = q === '' ? href('treaty', p.id) : `${href('treaty', p.id)}?q=${encodeURIComponent(q)}`;
  return (
    <a href={target} aria-current={p.id === current ? 'location' : undefined}>
      <span className="outline-cite">{cite(p.cite, lang)}</span> {p.heading[lang]}
    </a>
  );
}

function Overview({ values, t }: { readonly values: Values; readonly t: T }) {
  const { lang } = useLanguage();
  const group = (ids: readonly TreatyId[]) =>
    ids.map((tid) => (
      <li key={tid}>
        <a href={href('treaty', PROVISIONS.find((p) => p.treaty === tid)?.id ?? '')}>
          {TREATIES[tid].title[lang]}
        </a>{' '}
        <span className="muted small">
          ({t('version', { date: formatDate(TREATIES[tid].version, lang) })};{' '}
          {t('provisions', { n: PROVISIONS.filter((p) => p.treaty === tid).length })})
        </span>
      </li>
    ));
  return (
    <>
      <h2>{t('drafts')}</h2>
      <ul>{group(['est-2009', 'nrc-2009'])}</ul>
      <h2>{t('regimes')}</h2>
      <ul>{group(['nat-1949', 'un-1945', 'osce-1992'])}</ul>
      <p className="key-terms small">
        {t('keyTerms')} <TermLinks ids={TERMS} />
      </p>
      <h2 id="params-all">{t('paramsAll')}</h2>
      <ValueNote values={values} />
      <BasisLegend />
      <ParamRows ids={PARAMETER_IDS} values={values} label={t('paramsAll')} withCite />
    </>
  );
}

export function TreatyView({ id, query }: { readonly id: string | null; readonly query: URLSearchParams }) {
  const t = useT(M);
  const { lang } = useLanguage();
  const q = query.get('q') ?? '';
  const loaded = useLoad(settings, []);
  const values: Values = {
    current: loaded.state === 'ok' ? loaded.value.parameters : null,
    treaty: loaded.state === 'ok' ? loaded.value.treaty : null,
    state: loaded.state,
  };

  const selected = useMemo(() => {
    if (id === null) return null;
    return provision(id) ?? findProvisions(id)[0] ?? null;
  }, [id]);
  const matches = useMemo(() => search(q, lang), [q, lang]);
  const shown = useMemo(() => {
    const ids = new Set(matches.map((p) => p.id));
    // Keep the article of a matching paragraph in the outline, for context.
    for (const p of matches) if (p.parent) ids.add(p.parent);
    return ids;
  }, [matches]);

  useEffect(() => {
    if (selected === null) return;
    document.getElementById(`provision-${selected.id}`)?.scrollIntoView({ block: 'start' });
    // Keep the current entry of the outline in its own view, without moving the page.
    const outline = document.querySelector<HTMLElement>('nav.outline');
    const entry = outline?.querySelector<HTMLElement>('a[aria-current]');
    if (outline && entry) outline.scrollTop = entry.offsetTop - outline.offsetTop - outline.clientHeight / 3;
  }, [selected]);

  const onSearch = (text: string) =>
    navigate(id ? href('treaty', id) : href('treaty'), text === '' ? {} : { q: text }, true);

  const article = selected ? (selected.parent ? provision(selected.parent) : selected) : null;
  const children = article ? childrenOf(article.id) : [];

  return (
    <div className="treaty-view">
      <header className="treaty-header">
        <h1>{t('title')}</h1>
        <p className="muted">{t('intro')}</p>
        <div className="treaty-tools">
          <label className="search">
            <span>{t('search')}</span>
            <input
              type="search"
              value={q}
              placeholder={t('searchPlaceholder')}
              onChange={(e) => onSearch(e.target.value)}
            />
          </label>
          <Legend />
        </div>
        {q !== '' && (
          <p role="status" className="small">
            {matches.length === 0 ? t('noResults', { q }) : t('results', { n: matches.length, q })}{' '}
            <button type="button" onClick={() => onSearch('')}>
              {t('clear')}
            </button>
          </p>
        )}
      </header>
      <div className="treaty-layout">
        <Outline shown={shown} current={selected?.id ?? null} q={q} />
        <div className="treaty-main">
          {id !== null && selected === null && (
            <p className="error" role="alert">
              {t('notFound', { id })}
            </p>
          )}
          {article && (
            <>
              {selected && selected.parent && (
                <p className="small muted">
                  {t('partOf')}: <a href={href('treaty', article.id)}>{cite(article.cite, lang)}</a>{' '}
                  {article.heading[lang]}
                </p>
              )}
              <Provision p={article} values={values} level={2} selected={selected?.id === article.id} />
              {children.length > 0 && (
                <div className="paragraphs">
                  {children.map((c) => (
                    <Provision key={c.id} p={c} values={values} level={3} selected={selected?.id === c.id} />
                  ))}
                </div>
              )}
              <ValueNote values={values} />
            </>
          )}
          {id === null && q !== '' && (
            <>
              <ValueNote values={values} />
              {matches.map((p) => (
                <Provision key={p.id} p={p} values={values} level={2} selected={false} />
              ))}
            </>
          )}
          {id === null && q === '' && <Overview values={values} t={t} />}
        </div>
      </div>
    </div>
  );
}
