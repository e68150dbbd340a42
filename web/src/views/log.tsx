/**
 * @module The log explorer (#/log, #/log?page=2, #/log/<index>): the entries, newest first, 50 a page;
 * the current checkpoint, its signature checked here; and "verify" on any entry, which recomputes
 * the leaf hash and checks the inclusion proof against the signed root in this browser (WebCrypto),
 * showing the path. "Verify the whole log" re-checks every entry as `est verify` does, reading the
 * log through the JSON API or through its tiles (c2sp.org/tlog-tiles, ../tiles.ts), as chosen. "Check a
 * receipt" (./receipt.tsx) checks a filer's receipt file against the log as it is now. Served by a
 * mirror, the checkpoint's cosignature by the mirror is checked here too (../mirror.tsx).
 * The parts of the page are in ./log/, its words in ./log.messages.ts.
 */
import { ErrorMessage, Loading } from '../components.tsx';
import { useT } from '../i18n.tsx';
import { useLedger } from '../ledger.ts';
import { LedgerNotice } from '../ledger-notice.tsx';
import { useRoute } from '../router.ts';
import { Term } from '../term.tsx';
import { fillNodes } from './entry-parts.tsx';
import { CheckpointPanel } from './log/checkpoint.tsx';
import { EntriesList } from './log/entry-list.tsx';
import { EntryPage } from './log/entry-page.tsx';
import { useTrustedKey } from './log/trust.ts';
import { WholeLog } from './log/whole-log.tsx';
import { M } from './log.messages.ts';
import { ReceiptPanel } from './receipt.tsx';
import { WitnessPanel } from './witnesses.tsx';

/** The log explorer: the list of entries with the panels above it, or, given an index, one entry's page. */
export function LogView({ index }: { readonly index: number | null }) {
  const t = useT(M);
  const route = useRoute();
  const trust = useTrustedKey();
  const ledger = useLedger();
  if (index !== null) {
    if (!Number.isSafeInteger(index) || index < 0) return <h1>{t('entry.none', { n: String(index) })}</h1>;
    return <EntryPage index={index} trust={trust} />;
  }
  const page = Number(route.query.get('page') ?? '1');
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="intro">
        {fillNodes(t('intro'), { depositary: <Term id="depositary">{t('w.depositary')}</Term> })}
      </p>
      <CheckpointPanel trust={trust} />
      <WitnessPanel trusted={trust.trusted} />
      {ledger.state === 'ok' ? <WholeLog trusted={trust.trusted} settings={ledger.value.settings} /> : null}
      <ReceiptPanel trusted={trust.trusted} />
      {ledger.state === 'ok' && <LedgerNotice ledger={ledger.value} />}
      {ledger.state === 'loading' && <Loading />}
      {ledger.state === 'error' && <ErrorMessage error={ledger.error} retry={ledger.reload} />}
      {ledger.state === 'ok' && (
        <EntriesList
          items={ledger.value.items}
          page={Number.isFinite(page) ? page : 1}
          trusted={trust.trusted}
        />
      )}
    </>
  );
}
