/**
 * @module "Proof of inaction" on a procedure's page: the `est prove-absence` command for it, and the
 * same statement computed here, on demand, by the pure code of src/log/absence.ts (the checkpoint
 * the witnesses cosigned, held to the server's policy; the entries verified and replayed).
 */
import { useState } from 'react';
import type { AbsenceStatement } from '../../../src/log/absence.ts';
import { proveAbsence } from '../../../src/log/absence.ts';
import { parsePolicy } from '../../../src/log/policy.ts';
import { allEntries, api, settings } from '../api.ts';
import { ed25519Verify, sha256Sync } from '../crypto.ts';
import { useT } from '../i18n.tsx';
import { MESSAGES } from './inaction.messages.ts';

export function ProofOfInaction({ id }: { readonly id: string }) {
  const t = useT(MESSAGES);
  const [state, setState] = useState<
    { s: 'idle' } | { s: 'busy' } | { s: 'done'; v: AbsenceStatement } | { s: 'error'; reason: string }
  >({ s: 'idle' });
  const command = `est prove-absence --server ${window.location.origin} --procedure ${id} --policy POLICY`;
  const compute = async () => {
    setState({ s: 'busy' });
    try {
      const [served, log, vkey, keys, w] = await Promise.all([
        api.checkpointServed(),
        settings(),
        api.verifierKey(),
        api.keys(),
        api.witnesses(),
      ]);
      const size = Number(served.note.split('\n')[1]);
      const policy =
        typeof w.policy === 'string'
          ? {
              policy: await parsePolicy(w.policy, sha256Sync, 'the server policy'),
              source: 'server' as const,
            }
          : null;
      const v = await proveAbsence(
        {
          note: served.note,
          procedure: id,
          leaves: await allEntries(size),
          treaty: log.treaty,
          parameters: log.parameters,
          keys,
          logKey: { vkey: vkey.trim(), source: 'server' },
          policy,
          now: Math.floor(Date.now() / 1000),
          server: window.location.origin,
        },
        { sha256: sha256Sync, ed25519Verify },
      );
      setState({ s: 'done', v });
    } catch (e) {
      setState({ s: 'error', reason: e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <section className="proof-of-inaction">
      <h2>{t('title')}</h2>
      <p>{t('intro')}</p>
      <pre>
        <code>{command}</code>
      </pre>
      {state.s === 'idle' && (
        <button type="button" onClick={() => void compute()}>
          {t('compute')}
        </button>
      )}
      {state.s === 'busy' && <p className="muted">{t('computing')}</p>}
      {state.s === 'error' && <p role="alert">{t('failed', { reason: state.reason })}</p>}
      {state.s === 'done' && (
        <>
          {t('english') && <p className="muted small">{t('english')}</p>}
          <pre className={`absence-${state.v.status}`}>{state.v.lines.join('\n')}</pre>
        </>
      )}
    </section>
  );
}
