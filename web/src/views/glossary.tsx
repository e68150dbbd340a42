/**
 * @module The glossary (`#/glossary`, `#/glossary/<term>`): the terms of art of the two drafts in
 * English and Russian, each defined in our own words, with how the drafts use it (citations lead to
 * the treaty text) and the parameters that hold its numbers, valued as the text gives them. A term's
 * own address scrolls to its entry and marks it.
 */
import { localCite } from '../../../src/treaty/citation.ts';
import { Fragment, useEffect, useMemo } from 'react';
import type { Language } from '../../../src/treaty/common.ts';
import type { ForceKind } from '../../../src/treaty/forces.ts';
import type { Basis, Parameter, ParameterId, Thresholds } from '../../../src/treaty/parameters/index.ts';
import { PARAMETERS, valueAt } from '../../../src/treaty/parameters/index.ts';
import { entityName } from '../../../src/treaty/parties/index.ts';
import { provision } from '../../../src/treaty/provisions/index.ts';
import { useTitle } from '../components.tsx';
import type { GlossaryEntry } from '../glossary-data.ts';
import { GLOSSARY, glossaryEntry } from '../glossary-data.ts';
import { pluralCategory, useLanguage, useT } from '../i18n.tsx';
import { href } from '../router.ts';
import { Term } from '../term.tsx';
import { FORCE_NAMES, M } from './glossary.messages.ts';
import type { T } from './glossary.messages.ts';
import './glossary.css';

/** `90 days`, `90 дней`: the plural form by the language's rules. */
function days(n: number, lang: Language, t: T): string {
  return `${n} ${t(`day.${pluralCategory(n, lang)}`)}`;
}

/** A parameter's value as the text gives it (or as we read it), in the reader's language. */
function valueText(p: Parameter, lang: Language, t: T): string {
  const v = valueAt(p);
  if (v === null) return t('unset');
  switch (p.type) {
    case 'fraction': {
      const f = v as { num: number; den: number };
      return `${f.num}/${f.den}`;
    }
    case 'days':
      return days(v as number, lang, t);
    case 'boolean':
      return v === true ? t('yes') : t('no');
    case 'party-set':
      return Array.isArray(v) ? (v as string[]).map((id) => entityName(id, lang)).join(', ') : (v as string);
    case 'thresholds':
      return Object.entries(v as Thresholds)
        .map(([k, n]) => `${FORCE_NAMES[k as ForceKind][lang]}: ${n ?? t('unset')}`)
        .join('; ');
    default:
      // A count, a weight or a choice: a number or a word.
      return typeof v === 'number' || typeof v === 'string' ? String(v) : '';
  }
}

/** A link to a provision in the treaty text, its heading as a hint. */
function CiteLink({ id }: { readonly id: string }) {
  const { lang } = useLanguage();
  const p = provision(id);
  if (p === undefined) return <span>{id}</span>;
  return (
    <a className="cite" href={href('treaty', id)} title={p.heading[lang]}>
      {localCite(p.cite, lang)}
    </a>
  );
}

function ParameterItem({ id }: { readonly id: ParameterId }) {
  const t = useT(M);
  const { lang } = useLanguage();
  const p = PARAMETERS[id] as Parameter;
  const basis: Basis = p.basis;
  return (
    <li data-param={id}>
      <code className="param-id">{id}</code>{' '}
      <span className="param-value">
        {t('inText')}: <strong>{valueText(p, lang, t)}</strong>
      </span>{' '}
      <span className="muted">({t(`basis.${basis}`)})</span>
      <div>
        {p.description[lang]} <CiteLink id={p.cites} />
      </div>
    </li>
  );
}

function Entry({ entry, selected }: { readonly entry: GlossaryEntry; readonly selected: boolean }) {
  const t = useT(M);
  const { lang } = useLanguage();
  const other: Language = lang === 'en' ? 'ru' : 'en';
  return (
    <section
      id={`term-${entry.id}`}
      data-term={entry.id}
      className={`glossary-entry${selected ? ' selected' : ''}`}
      aria-labelledby={`term-h-${entry.id}`}
      aria-current={selected ? 'true' : undefined}
      tabIndex={-1}
    >
      <h2 id={`term-h-${entry.id}`}>
        <span className="headword">{entry.term[lang]}</span>{' '}
        <span className="other-language">
          <span className="sr-only">{t('other')}: </span>
          <span lang={other}>{entry.term[other]}</span>
        </span>
      </h2>
      <p className="definition">{entry.definition[lang]}</p>
      <h3>{t('usage')}</h3>
      <ul className="usage">
        {entry.usage.map((u, i) => (
          <li key={i}>
            {u.text[lang]}
            {u.cites.length > 0 && (
              <>
                {' '}
                <span className="cites">
                  (
                  {u.cites.map((c, j) => (
                    <Fragment key={c}>
                      {j > 0 && ', '}
                      <CiteLink id={c} />
                    </Fragment>
                  ))}
                  )
                </span>
              </>
            )}
            {u.see && (
              <>
                {' '}
                <a href={href(u.see.view)}>{u.see.label[lang]}</a>
              </>
            )}
          </li>
        ))}
      </ul>
      {entry.parameters.length > 0 && (
        <>
          <h3>{t('parameters')}</h3>
          <ul className="parameters">
            {entry.parameters.map((id) => (
              <ParameterItem key={id} id={id} />
            ))}
          </ul>
          <p className="muted small">{t('paramNote')}</p>
        </>
      )}
      <p className="entry-foot small">
        {entry.related.length > 0 && (
          <span className="related">
            {t('seeAlso')}:{' '}
            {entry.related.map((r, i) => (
              <Fragment key={r}>
                {i > 0 && ', '}
                <Term id={r}>{glossaryEntry(r)?.term[lang] ?? r}</Term>
              </Fragment>
            ))}
            .{' '}
          </span>
        )}
        <a className="permalink" href={`${href('glossary', entry.id)}?lang=${lang}`}>
          {t('permalink')}
        </a>
      </p>
    </section>
  );
}

export function GlossaryView({ id }: { readonly id?: string | null }) {
  const t = useT(M);
  const { lang } = useLanguage();
  const entries = useMemo(() => {
    const collator = new Intl.Collator(lang);
    return [...GLOSSARY].sort((a, b) => collator.compare(a.term[lang], b.term[lang]));
  }, [lang]);
  const selected = id ? (glossaryEntry(id)?.id ?? null) : null;

  // The page's title names the entry asked for: "quorum — Glossary — …".
  useTitle(selected === null ? null : (glossaryEntry(selected)?.term[lang] ?? null));

  useEffect(() => {
    if (selected === null) return;
    const el = document.getElementById(`term-${selected}`);
    el?.scrollIntoView({ block: 'start' });
    el?.focus({ preventScroll: true });
  }, [selected, lang]);

  return (
    <div className="glossary-view">
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      {id && selected === null && (
        <p className="error" role="alert">
          {t('notFound', { id })}
        </p>
      )}
      <nav className="glossary-index" aria-label={t('index')}>
        <ul>
          {entries.map((e) => (
            <li key={e.id}>
              <a href={href('glossary', e.id)} aria-current={e.id === selected ? 'location' : undefined}>
                {e.term[lang]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="glossary-entries">
        {entries.map((e) => (
          <Entry key={e.id} entry={e} selected={e.id === selected} />
        ))}
      </div>
    </div>
  );
}
