/**
 * @module The verification of one entry in the log explorer, run on demand: the verify button, then
 * the verdict, each failure in words, and each step (the signed checkpoint, the leaf hash, the
 * inclusion path up to the root, the filing's own signature), checked in this browser
 * (../../inclusion.ts).
 */
import { useState } from 'react';
import { ErrorMessage } from '../../components.tsx';
import { useT } from '../../i18n.tsx';
import type { EntryVerification, Failure } from '../../inclusion.ts';
import { verifyEntry } from '../../inclusion.ts';
import type { T } from '../log.messages.ts';
import { M } from '../log.messages.ts';
import { Hash, SOURCES } from './common.tsx';

/** One failure of an entry's verification, in words. */
function failureText(t: T, f: Failure, v: EntryVerification): string {
  const witness = (w: number | null) => (w === null ? '' : t('fail.witness', { w }));
  switch (f.code) {
    case 'checkpoint-signature':
    case 'entry-malformed':
    case 'proof-malformed':
    case 'crypto':
    case 'network':
      return t(`fail.${f.code}`, { detail: f.detail });
    case 'not-signed-yet':
      return t('fail.not-signed-yet', { size: f.size });
    case 'entry-missing':
      return t('fail.entry-missing', { n: v.index });
    case 'entry-index':
      return t('fail.entry-index', { n: v.index, claimed: f.claimed });
    case 'leaf-mismatch':
      return t('fail.leaf-mismatch', {
        leafHash: v.leafHash ?? '?',
        treeHolds: f.treeHolds,
        witness: witness(f.witness),
      });
    case 'proof-mismatch':
      return t('fail.proof-mismatch', { witness: witness(f.witness) });
    case 'filer-key':
    case 'filer-signature':
      return t(`fail.${f.code}`, { keyId: f.keyId, party: f.party });
    case 'filer-act':
      return t('fail.filer-act', { party: f.party, detail: f.detail });
    case 'filer-key-late':
      return t('fail.filer-key-late', {
        keyId: f.keyId,
        party: f.party,
        lodged: f.lodgedIndex === null ? t('fail.lodged-never') : t('fail.lodged-at', { n: f.lodgedIndex }),
      });
    case 'filer-key-revoked':
      return t('fail.filer-key-revoked', { keyId: f.keyId, party: f.party, n: f.revokedIndex });
    case 'filer-key-entry':
      return t('fail.filer-key-entry', {
        keyId: f.keyId,
        party: f.party,
        n: f.lodgedIndex,
        fault: t(`fault.${f.fault}`),
      });
    default:
      return t(`fail.${f.code}`);
  }
}

/** The key the filing's signature verified with, and how the log vouches for it. */
function filerKeyText(t: T, filer: NonNullable<EntryVerification['filer']>): string {
  const { keyId, party, source } = filer;
  if (source === 'depositary') return t('step.filer.depositary', { keyId, party });
  if (source === 'listed' || source === null) return t('step.filer.listed', { keyId, party });
  return t('step.filer.ok', { keyId, party, at: source.lodgedIndex });
}

/** The result of verifying one entry: the verdict, then each step and the path. */
function VerificationResult({ v, t }: { readonly v: EntryVerification; readonly t: T }) {
  const first = v.failures[0];
  const cp = v.checkpoint;
  return (
    <div className="verification">
      <div
        className={`verdict ${v.ok ? 'verified' : 'failed'}`}
        role="status"
        data-verdict={v.ok ? 'verified' : 'failed'}
        data-failure={first?.code}
      >
        {v.ok ? (
          <>
            <strong>{t('verify.ok')}</strong> {t('verify.ok.text', { n: v.index, size: cp?.size ?? '?' })}
          </>
        ) : (
          <>
            <strong>{t('verify.failed')}</strong> {first ? failureText(t, first, v) : ''}
          </>
        )}
      </div>
      {v.failures.length > 1 && (
        <div>
          {t('verify.more')}
          <ul>
            {v.failures.slice(1).map((f, i) => (
              <li key={i}>{failureText(t, f, v)}</li>
            ))}
          </ul>
        </div>
      )}
      <ol className="steps">
        <li>
          <strong>{t('step.checkpoint')}</strong>:{' '}
          {cp ? (
            <span>
              <span className="ok">✓</span> {t('step.checkpoint.ok', { signer: cp.signer, size: cp.size })}{' '}
              <Hash value={cp.root} />
            </span>
          ) : (
            <span className="bad">✗ {t('step.checkpoint.bad')}</span>
          )}
        </li>
        {v.leaf !== null && (
          <li>
            <strong>{t('step.leaf')}</strong>:{' '}
            {t('step.leaf.text', { bytes: new TextEncoder().encode(v.leaf).length })}{' '}
            <Hash value={v.leafHash ?? ''} />
            <details>
              <summary>{t('step.leaf.show')}</summary>
              <pre>{v.leaf}</pre>
            </details>
          </li>
        )}
        {v.recomputedRoot !== null && cp && (
          <li>
            <strong>{t('step.path')}</strong>
            {v.path.length === 0 ? (
              <p>{t('step.path.empty')}</p>
            ) : (
              <div style={{ overflowX: 'auto' }}>
                <table className="path">
                  <thead>
                    <tr>
                      <th scope="col">{t('path.step')}</th>
                      <th scope="col">{t('path.covers')}</th>
                      <th scope="col">{t('path.side')}</th>
                      <th scope="col">{t('path.sibling')}</th>
                      <th scope="col">{t('path.result')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {v.path.map((s, i) => (
                      <tr key={i} data-side={s.side}>
                        <td>{i + 1}</td>
                        <td>
                          {s.covers[1] - s.covers[0] === 1
                            ? t('path.entry', { from: s.covers[0] })
                            : t('path.entries', { from: s.covers[0], to: s.covers[1] - 1 })}
                        </td>
                        <td>{s.side === 'left' ? t('path.left') : t('path.right')}</td>
                        <td>
                          <Hash value={s.sibling} />
                        </td>
                        <td>
                          <Hash value={s.result} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <dl>
              <dt>{t('path.recomputed')}</dt>
              <dd>
                <Hash value={v.recomputedRoot} />
              </dd>
              <dt>{t('path.signed')}</dt>
              <dd>
                <Hash value={cp.root} />
              </dd>
            </dl>
            {v.included ? (
              <span className="ok">{t('path.match')}</span>
            ) : (
              <span className="bad">{t('path.differ')}</span>
            )}
          </li>
        )}
        {v.filer && (
          <li>
            <strong>{t('step.filer')}</strong>:{' '}
            {v.filer.ok ? (
              <span>
                <span className="ok">✓</span> {filerKeyText(t, v.filer)}
              </span>
            ) : (
              <span className="bad">
                ✗ {t('step.filer.bad', { keyId: v.filer.keyId, party: v.filer.party })}
              </span>
            )}
          </li>
        )}
      </ol>
    </div>
  );
}

type VerifyState =
  | { readonly s: 'idle' }
  | { readonly s: 'running' }
  | { readonly s: 'done'; readonly v: EntryVerification }
  | { readonly s: 'error'; readonly e: Error };

/** The verification of one entry, run on demand. */
export function useVerification(index: number, trusted: string | null) {
  const [state, setState] = useState<VerifyState>({ s: 'idle' });
  const run = () => {
    if (trusted === null) return;
    setState({ s: 'running' });
    verifyEntry(SOURCES, index, trusted).then(
      (v) => setState({ s: 'done', v }),
      (e: unknown) => setState({ s: 'error', e: e instanceof Error ? e : new Error(String(e)) }),
    );
  };
  return { state, run, ready: trusted !== null };
}

/** The verify button and the verification of one entry. */
export function Verify({
  index,
  verification,
  onHide,
}: {
  readonly index: number;
  readonly verification: ReturnType<typeof useVerification>;
  readonly onHide?: () => void;
}) {
  const t = useT(M);
  const { state, run, ready } = verification;
  return (
    <div className="verify-panel" data-verify-panel={index}>
      <p>
        <button type="button" onClick={run} disabled={!ready || state.s === 'running'}>
          {state.s === 'idle' ? t('verify.label', { n: index }) : t('verify.again')}
        </button>{' '}
        {onHide && (
          <button type="button" onClick={onHide}>
            {t('verify.hide')}
          </button>
        )}
      </p>
      <div aria-live="polite">
        {state.s === 'running' && (
          <div className="verdict pending" role="status">
            {t('verify.running', { n: index })}
          </div>
        )}
        {state.s === 'done' && <VerificationResult v={state.v} t={t} />}
      </div>
      {state.s === 'error' && <ErrorMessage error={state.e} retry={run} />}
    </div>
  );
}
