/**
 * @module The NATO-Russia drafts of 2009 and 2021 side by side (`#/treaty/compare`; `?at=nrc.4` goes
 * to the first row of a provision or its paragraphs): each row the provisions of each draft (citation linking to the provision, heading, our
 * paraphrase), the kind of change as a labelled badge and the note on what changed, in the page's
 * language; the data are src/treaty/generations.
 */
import { useEffect, useMemo } from 'react';
import type { ChangeKind, ResolvedProvision, ResolvedRow } from '../../../../src/treaty/generations/index.ts';
import {
  CHANGE_KINDS,
  CHANGE_NAMES,
  CORRESPONDENCE_CAVEAT,
  DRAFT_LABELS,
  resolvedCorrespondence,
} from '../../../../src/treaty/generations/index.ts';
import { provision } from '../../../../src/treaty/provisions/index.ts';
import { useLanguage, useT } from '../../i18n.tsx';
import { href } from '../../router.ts';
import { cite } from './common.tsx';
import { M } from './correspondence.messages.ts';
import { ConfidenceMark } from './legend.tsx';
import './correspondence.css';

/** The first row that holds a provision or one of its paragraphs, if any. */
function rowOf(rows: readonly ResolvedRow[], id: string): string | null {
  return (
    rows.find((r) => [...r.from, ...r.to].some((p) => p.id === id || provision(p.id)?.parent === id))?.id ??
    null
  );
}

/** A kind of change as a badge: its name in words, the colour only a second cue. */
export function ChangeBadge({ kind }: { readonly kind: ChangeKind }) {
  const { lang } = useLanguage();
  return (
    <span className={`change change-${kind}`} data-kind={kind}>
      {CHANGE_NAMES[kind][lang]}
    </span>
  );
}

export function CorrespondenceView({ query }: { readonly query: URLSearchParams }) {
  const t = useT(M);
  const { lang } = useLanguage();
  const rows = useMemo(() => resolvedCorrespondence(), []);
  const at = query.get('at');
  const current = at === null ? null : rowOf(rows, at);

  useEffect(() => {
    if (current === null) return;
    document.getElementById(`row-${current}`)?.scrollIntoView({ block: 'start' });
  }, [current]);

  return (
    <div className="treaty-view correspondence">
      <p className="small">
        <a href={href('treaty')}>← {t('back')}</a>
      </p>
      <h1>{t('title')}</h1>
      <p className="corr-lede">{t('intro')}</p>
      <p className="notice corr-lede">{CORRESPONDENCE_CAVEAT[lang]}</p>
      <p className="small">
        <a href={`${href('analysis')}?section=generations`}>{t('themes')}</a>
      </p>
      <details className="corr-kinds">
        <summary>{t('kinds')}</summary>
        <dl>
          {CHANGE_KINDS.map((k) => (
            <div key={k}>
              <dt>
                <ChangeBadge kind={k} />
              </dt>
              <dd>{t(`kind.${k}`)}</dd>
            </div>
          ))}
        </dl>
      </details>
      <h2 className="sr-only">{t('rows')}</h2>
      <ol className="corr-rows">
        {rows.map((r) => (
          <Row key={r.id} r={r} current={r.id === current} />
        ))}
      </ol>
    </div>
  );
}

function Row({ r, current }: { readonly r: ResolvedRow; readonly current: boolean }) {
  const t = useT(M);
  const { lang } = useLanguage();
  const side = (ps: readonly ResolvedProvision[]) =>
    ps.length === 0 ? t('noneShort') : [...new Set(ps.map((p) => cite(p.cite, lang)))].join(', ');
  return (
    <li
      className={`corr-row${current ? ' selected' : ''}`}
      id={`row-${r.id}`}
      data-row={r.id}
      data-kind={r.kind}
      aria-current={current ? 'location' : undefined}
    >
      <h3 className="corr-title">
        {side(r.from)} → {side(r.to)} <ChangeBadge kind={r.kind} />{' '}
        <span className="corr-conf">
          <span className="sr-only">{t('confidence')}: </span>
          <ConfidenceMark c={r.confidence} />
        </span>
      </h3>
      <p className="corr-note" lang={lang}>
        {r.note[lang]}
      </p>
      <div className="corr-sides">
        <Side label={DRAFT_LABELS['nrc-2009'][lang]} ps={r.from} which="2009" />
        <Side label={DRAFT_LABELS['nra-2021'][lang]} ps={r.to} which="2021" />
      </div>
    </li>
  );
}

function Side({
  label,
  ps,
  which,
}: {
  readonly label: string;
  readonly ps: readonly ResolvedProvision[];
  readonly which: '2009' | '2021';
}) {
  const t = useT(M);
  const { lang } = useLanguage();
  return (
    <section className={`corr-side corr-${which}`} data-side={which} aria-label={label}>
      <p className="corr-side-label">{label}</p>
      {ps.length === 0 && <p className="muted">{t('none')}</p>}
      {ps.map((p) => {
        const data = provision(p.id);
        return (
          <div key={p.id} className="corr-provision" data-provision={p.id}>
            <p className="corr-head">
              <a className="provision-cite" href={href('treaty', p.id)}>
                {cite(p.cite, lang)}
              </a>{' '}
              <span className="corr-heading">{p.heading[lang]}</span>{' '}
              {data && <ConfidenceMark c={data.confidence} />}
            </p>
            {data && (
              <p className="corr-text" lang={lang}>
                {data.text[lang]}
              </p>
            )}
          </div>
        );
      })}
    </section>
  );
}
