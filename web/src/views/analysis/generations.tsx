/**
 * @module The section "2009 and 2021" of the analysis (`#/analysis?section=generations`): the four
 * drafts side by side, theme by theme, as `est compare --treaty` gives them (src/treaty/generations):
 * for each draft the provisions cited with their confidence, what it bars, whom it binds and which
 * States it concerns (each set with its members), its procedure, and what it leaves open with the
 * parameters that fill it; one table a theme, and the whole as CSV.
 */
import { useMemo } from 'react';
import type {
  ParameterValue,
  ResolvedClause,
  ResolvedEntry,
  ResolvedProcedure,
  ResolvedSet,
  ResolvedTheme,
} from '../../../../src/treaty/generations/index.ts';
import {
  BINDINGNESS_NAMES,
  DECISION_NAMES,
  DRAFT_LABELS,
  GENERATION_DRAFTS,
  compareDrafts,
} from '../../../../src/treaty/generations/index.ts';
import { BASIS_NAMES, PARAMETERS, formatParameterValue } from '../../../../src/treaty/parameters/index.ts';
import type { Language } from '../../i18n.tsx';
import { useLanguage, useT } from '../../i18n.tsx';
import { href } from '../../router.ts';
import { cite } from '../treaty/common.tsx';
import { ConfidenceMark } from '../treaty/legend.tsx';
import { CsvButton, ScrollTable, namesOf } from './common.tsx';
import type { T } from './generations.messages.ts';
import { M } from './generations.messages.ts';

const ASPECTS = ['cites', 'bars', 'binds', 'where', 'procedure', 'blanks'] as const;
type Aspect = (typeof ASPECTS)[number];

/** A parameter's value as `est treaty params` writes it, a long list of States cut short. */
function value(v: ParameterValue, t: T): string {
  if (v.value === null) return t('unset');
  if (Array.isArray(v.value) && v.value.length > 6)
    return `[${v.value.length}: ${v.value.slice(0, 4).join(', ')}, …]`;
  return formatParameterValue(v.value);
}

function procedureText(p: ResolvedProcedure, lang: Language, t: T): string {
  const parts = [p.body[lang]];
  if (p.quorum) parts.push(t('quorum', { value: value(p.quorum, t) }));
  if (p.threshold) parts.push(t('threshold', { value: value(p.threshold, t) }));
  parts.push(DECISION_NAMES[p.decision][lang]);
  if (p.binding) parts.push(BINDINGNESS_NAMES[p.binding][lang]);
  return parts.join('; ');
}

const setText = (s: ResolvedSet, lang: Language, t: T): string =>
  t('members', { who: s.who[lang], n: s.members.length });

const citesText = (c: ResolvedClause, lang: Language): string =>
  [...new Set(c.cites.map((x) => cite(x.cite, lang)))].join(lang === 'ru' ? '; ' : ', ');

/** One clause's part of a cell in words (for the CSV, and the cells that are words only). */
function clauseText(c: ResolvedClause, aspect: Aspect, lang: Language, t: T): string | null {
  switch (aspect) {
    case 'cites':
      return `${citesText(c, lang)} [${c.confidence}]`;
    case 'bars':
      return c.bars?.[lang] ?? null;
    case 'binds':
      return setText(c.binds, lang, t);
    case 'where':
      return c.where ? setText(c.where, lang, t) : null;
    case 'procedure':
      return c.procedures.length === 0 ? null : c.procedures.map((p) => procedureText(p, lang, t)).join('. ');
    case 'blanks': {
      const parts = [
        ...c.blanks.map((b) => `${b.id} = ${value(b, t)} (${BASIS_NAMES[b.basis][lang]})`),
        ...(c.open ? [c.open[lang]] : []),
      ];
      return parts.length === 0 ? null : parts.join('; ');
    }
  }
}

/** A cell's paragraphs in words: a clause each, numbered when there are several. */
function cellText(e: ResolvedEntry, aspect: Aspect, lang: Language, t: T): string[] {
  const parts = e.clauses.flatMap((c, i) => {
    const text = clauseText(c, aspect, lang, t);
    if (text === null) return [];
    return [e.clauses.length > 1 ? `(${i + 1}) ${text}` : text];
  });
  if (aspect === 'cites' && e.clauses.length === 0) return ['—'];
  if (aspect === 'bars' && parts.length === 0) return [t('nothing'), ...(e.note ? [e.note[lang]] : [])];
  return parts;
}

export function GenerationsSection() {
  const t = useT(M);
  const { lang } = useLanguage();
  const cmp = useMemo(() => compareDrafts(GENERATION_DRAFTS), []);
  const header = [t('csvTheme'), t('aspect'), ...cmp.drafts.map((d) => d.label[lang])];
  const rows = cmp.themes.flatMap((theme) =>
    ASPECTS.map((a) => [
      theme.title[lang],
      t(`aspect.${a}`),
      ...theme.entries.map((e) => cellText(e, a, lang, t).join(' ')),
    ]),
  );
  return (
    <section aria-labelledby="an-generations" className="gen">
      <h2 id="an-generations">{t('title')}</h2>
      <p className="an-lede">{t('intro')}</p>
      <p className="gen-caveat an-lede">{cmp.caveat[lang]}</p>
      <p>
        <a href={href('treaty', 'compare')}>{t('correspondence')}</a>
      </p>
      {cmp.themes.map((theme) => (
        <ThemeTable key={theme.id} theme={theme} />
      ))}
      <CsvButton file="drafts-2009-2021" about={t('csvAbout')} header={header} rows={rows} />
    </section>
  );
}

function ThemeTable({ theme }: { readonly theme: ResolvedTheme }) {
  const t = useT(M);
  const { lang } = useLanguage();
  const years = ['2009', '2021'].map((year) => ({
    year,
    n: theme.entries.filter((e) => e.treaty.endsWith(year)).length,
  }));
  const shown = ASPECTS.filter((a) => theme.entries.some((e) => cellText(e, a, lang, t).length > 0));
  return (
    <div className="an-card gen-theme" data-theme={theme.id}>
      <h3 id={`gen-${theme.id}`}>{theme.title[lang]}</h3>
      <ScrollTable label={t('tableLabel', { theme: theme.title[lang] })}>
        <table className="gen-table" aria-labelledby={`gen-${theme.id}`}>
          <thead>
            <tr>
              <td />
              {years.map(({ year, n }) => (
                <th key={year} scope="colgroup" colSpan={n} className="gen-year">
                  {t('generation', { year })}
                </th>
              ))}
            </tr>
            <tr>
              <th scope="col">{t('aspect')}</th>
              {theme.entries.map((e) => (
                <th key={e.treaty} scope="col" data-treaty={e.treaty}>
                  {DRAFT_LABELS[e.treaty][lang]} <ConfidenceMark c={e.confidence} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((a) => (
              <tr key={a} data-aspect={a}>
                <th scope="row">{t(`aspect.${a}`)}</th>
                {theme.entries.map((e) => (
                  <td key={e.treaty} data-treaty={e.treaty}>
                    <Cell e={e} aspect={a} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </div>
  );
}

/** One cell: links to the provisions and parameters, the members of each set on demand. */
function Cell({ e, aspect }: { readonly e: ResolvedEntry; readonly aspect: Aspect }) {
  const t = useT(M);
  const { lang } = useLanguage();
  const n = (i: number) => (e.clauses.length > 1 ? `(${i + 1}) ` : '');
  if (aspect === 'cites' && e.clauses.length > 0)
    return e.clauses.map((c, i) => (
      <p key={i} className="gen-clause">
        {n(i)}
        {[...new Map(c.cites.map((x) => [x.cite, x.id])).entries()].map(([text, id], j) => (
          <span key={id}>
            {j > 0 && (lang === 'ru' ? '; ' : ', ')}
            <a href={href('treaty', id)}>{cite(text, lang)}</a>
          </span>
        ))}{' '}
        <ConfidenceMark c={c.confidence} />
      </p>
    ));
  if (aspect === 'binds' || aspect === 'where')
    return e.clauses.map((c, i) => {
      const s = aspect === 'binds' ? c.binds : c.where;
      if (s === null) return null;
      return (
        <details key={i} className="gen-set">
          <summary>
            {n(i)}
            {setText(s, lang, t)}
          </summary>
          <span className="gen-names">{namesOf(s.members, lang)}</span>
        </details>
      );
    });
  if (aspect === 'blanks')
    return e.clauses.map((c, i) =>
      c.blanks.length === 0 && c.open === null ? null : (
        <p key={i} className="gen-clause">
          {n(i)}
          {c.blanks.map((b) => (
            <span key={b.id} className="gen-blank">
              <a href={href('treaty', PARAMETERS[b.id].cites)}>
                <code>{b.id}</code>
              </a>{' '}
              = {value(b, t)} <span className={`basis basis-${b.basis}`}>({BASIS_NAMES[b.basis][lang]})</span>
              ;{' '}
            </span>
          ))}
          {c.open?.[lang]}
        </p>
      ),
    );
  return cellText(e, aspect, lang, t).map((p, i) => (
    <p key={i} className={i > 0 && e.clauses.length === 0 ? 'gen-clause muted' : 'gen-clause'}>
      {p}
    </p>
  ));
}
