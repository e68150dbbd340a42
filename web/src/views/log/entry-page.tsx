/**
 * @module The page of one entry of the log (#/log/<index>): when it was received and witnessed, its
 * filer, key and sequence number, its act and what followed from it, its outcome and the rules it was
 * decided under, the entry as JSON, and its verification (./verification.tsx).
 */
import { Show } from '../../components.tsx';
import { useT } from '../../i18n.tsx';
import { useLedger } from '../../ledger.ts';
import { href } from '../../router.ts';
import { RULES } from '../../../../src/log/rules.ts';
import { ActSummary, Consequences, OutcomeBadge, PartyLink } from '../entry-parts.tsx';
import { M } from '../log.messages.ts';
import { WitnessedAt } from '../witnesses.tsx';
import { PAGE, Received } from './common.tsx';
import type { Trust } from './trust.ts';
import { Verify, useVerification } from './verification.tsx';

/** The page of entry `index`, or word that the log has no such entry yet. */
export function EntryPage({ index, trust }: { readonly index: number; readonly trust: Trust }) {
  const t = useT(M);
  const ledger = useLedger();
  const verification = useVerification(index, trust.trusted);
  return (
    <>
      <p>
        <a href={href('log')}>{t('entry.back')}</a>
      </p>
      <h1>{t('entry.title', { n: index })}</h1>
      <Show loaded={ledger}>
        {({ items }) => {
          const item = items[index];
          if (item === undefined) return <p>{t('entry.none', { n: index })}</p>;
          const entry = item.entry;
          const page = Math.floor((items.length - 1 - index) / PAGE) + 1;
          return (
            <div className="entry-detail">
              <dl>
                <dt>{t('entry.received')}</dt>
                <dd>{entry ? <Received iso={entry.receivedAt} /> : '?'}</dd>
                <WitnessedAt index={index} />
                <dt>{t('entry.filer')}</dt>
                <dd>
                  <PartyLink id={item.filer} /> <code>{item.filer}</code>
                </dd>
                {entry && (
                  <>
                    <dt>{t('entry.key')}</dt>
                    <dd>
                      <code>{entry.envelope.keyId}</code>, {entry.envelope.seq}
                    </dd>
                  </>
                )}
                <dt>{t('entry.act')}</dt>
                <dd>
                  <ActSummary item={item} />
                  <Consequences item={item} />
                </dd>
                <dt>{t('entry.outcome')}</dt>
                <dd>
                  <OutcomeBadge item={item} full />
                </dd>
                <dt>{t('entry.rules')}</dt>
                <dd data-entry-rules={item.rules}>
                  <code>{item.rules}</code>
                  {item.rules === RULES && <> {t('entry.rules.current')}</>}
                </dd>
              </dl>
              <details>
                <summary>{t('entry.json')}</summary>
                <pre>{JSON.stringify(entry ?? item.leaf, null, 2)}</pre>
              </details>
              <h2>{t('entry.verify')}</h2>
              <Verify index={index} verification={verification} />
              <p>
                <a href={`${href('log')}${page === 1 ? '' : `?page=${page}`}`}>{t('entry.back')}</a>
              </p>
            </div>
          );
        }}
      </Show>
    </>
  );
}
