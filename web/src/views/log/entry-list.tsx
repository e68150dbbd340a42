/**
 * @module The list of entries on the log explorer (#/log, #/log?page=2): newest first, a page at a
 * time, with the pager above and below, and on each row a button that opens the entry's verification
 * beneath it (./verification.tsx).
 */
import { useState } from 'react';
import { useT } from '../../i18n.tsx';
import type { LedgerItem } from '../../ledger.ts';
import { href } from '../../router.ts';
import { ActSummary, OutcomeBadge, PartyLink } from '../entry-parts.tsx';
import { M } from '../log.messages.ts';
import { PAGE, Received } from './common.tsx';
import { Verify, useVerification } from './verification.tsx';

/** One entry's row, and beneath it, once opened, its verification. */
function EntryRow({ item, trusted }: { readonly item: LedgerItem; readonly trusted: string | null }) {
  const t = useT(M);
  const [open, setOpen] = useState(false);
  const verification = useVerification(item.index, trusted);
  const toggle = () => {
    if (!open && verification.state.s === 'idle') verification.run();
    setOpen(!open);
  };
  const entry = item.entry;
  return (
    <>
      <tr data-index={item.index}>
        <td>
          <a href={href('log', String(item.index))}>{item.index}</a>
        </td>
        <td>{entry ? <Received iso={entry.receivedAt} /> : '?'}</td>
        <td>
          <PartyLink id={item.filer} />
        </td>
        <td>
          <ActSummary item={item} />
        </td>
        <td>
          <OutcomeBadge item={item} full />
        </td>
        <td className="actions">
          <button
            type="button"
            aria-expanded={open}
            aria-label={t('verify.label', { n: item.index })}
            onClick={toggle}
          >
            {t('verify')}
          </button>
        </td>
      </tr>
      {open && (
        <tr className="verify-row" data-verify-for={item.index}>
          <td colSpan={6}>
            <Verify index={item.index} verification={verification} onHide={() => setOpen(false)} />
          </td>
        </tr>
      )}
    </>
  );
}

/** The entries of one page, newest first, between two pagers. */
export function EntriesList({
  items,
  page,
  trusted,
}: {
  readonly items: readonly LedgerItem[];
  readonly page: number;
  readonly trusted: string | null;
}) {
  const t = useT(M);
  const size = items.length;
  const pages = Math.max(1, Math.ceil(size / PAGE));
  const p = Math.min(Math.max(1, page), pages);
  const top = size - 1 - (p - 1) * PAGE;
  const bottom = Math.max(0, top - PAGE + 1);
  const shown = size === 0 ? [] : items.slice(bottom, top + 1).reverse();
  const pageHref = (n: number) => `${href('log')}${n === 1 ? '' : `?page=${n}`}`;
  const pager = (
    <nav className="pager" aria-label={t('entries.pages')}>
      {p > 1 ? (
        <a href={pageHref(p - 1)}>{t('entries.newer')}</a>
      ) : (
        <span className="muted">{t('entries.newer')}</span>
      )}
      <span>{size === 0 ? '' : t('entries.range', { from: top, to: bottom, size })}</span>
      {p < pages ? (
        <a href={pageHref(p + 1)}>{t('entries.older')}</a>
      ) : (
        <span className="muted">{t('entries.older')}</span>
      )}
    </nav>
  );
  return (
    <section aria-labelledby="entries-title">
      <h2 id="entries-title">{t('entries.title')}</h2>
      <p className="muted">{t('entries.note')}</p>
      {size === 0 ? (
        <p>{t('entries.none')}</p>
      ) : (
        <>
          {pager}
          <div style={{ overflowX: 'auto' }}>
            <table className="entries-table">
              <thead>
                <tr>
                  <th scope="col">{t('col.index')}</th>
                  <th scope="col">{t('col.received')}</th>
                  <th scope="col">{t('col.filer')}</th>
                  <th scope="col">{t('col.act')}</th>
                  <th scope="col">{t('col.outcome')}</th>
                  <th scope="col">{t('col.verify')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((item) => (
                  <EntryRow key={item.index} item={item} trusted={trusted} />
                ))}
              </tbody>
            </table>
          </div>
          {pager}
        </>
      )}
    </section>
  );
}
