/**
 * @module One line of the timeline: the date, the tag of the kind of act, its filers (the first eight
 * named), what the act does and what followed, its outcome and the link to its entry, or, for the
 * same act by several filers, a list of their entries that opens.
 */
import { Fragment } from 'react';
import { formatDate, useLanguage, useT } from '../../i18n.tsx';
import type { LedgerItem } from '../../ledger.ts';
import { href } from '../../router.ts';
import { ActSummary, Consequences, OutcomeBadge, PART_MESSAGES, PartyLink } from '../entry-parts.tsx';
import type { T } from '../timeline.messages.ts';
import { accepted, kindOf, tagOf } from './entries.ts';

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

export function Line({ items, t }: { readonly items: readonly LedgerItem[]; readonly t: T }) {
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
