/**
 * @module What every view of the ledger says when it cannot show the whole log as re-decided here:
 * the entries the browser stopped re-deciding, and why (web/src/ledger.ts `halted`), and a catch-up
 * with the live stream that failed (`behind`). A view that reads the ledger shows this notice, so
 * neither is ever silent.
 */
import type { LedgerSnapshot } from './ledger.ts';
import { LEDGER_NOTICE } from './ledger-notice.messages.ts';
import { useT } from './i18n.tsx';
import { useLive } from './live.tsx';

export function LedgerNotice({ ledger }: { readonly ledger: LedgerSnapshot }) {
  const t = useT(LEDGER_NOTICE);
  const live = useLive();
  const { halted, behind, items } = ledger;
  return (
    <>
      {halted !== null && (
        <p className="error" role="alert" data-halted={halted.index ?? ''}>
          {t('halted', {
            from: halted.index === null ? '' : t('halted.from', { n: halted.index }),
            reason: halted.reason,
          })}
        </p>
      )}
      {behind !== null && (
        <p className="error" role="status" data-behind="">
          {t('behind', { size: live.size ?? items.length, have: items.length, reason: behind })}
        </p>
      )}
    </>
  );
}
