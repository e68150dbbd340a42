/**
 * @module The current checkpoint on the log explorer: its signature checked in this browser with the
 * trusted key (./trust.ts), its origin, size, root and signer, the mirror's cosignature when a mirror
 * serves the page (../../mirror.tsx), and the buttons to trust the served key on this device or
 * forget it.
 */
import { api } from '../../api.ts';
import { ErrorMessage, Show } from '../../components.tsx';
import { ed25519Support } from '../../crypto.ts';
import { useLoad } from '../../data.ts';
import { useT } from '../../i18n.tsx';
import { openCheckpoint } from '../../inclusion.ts';
import { useLive } from '../../live.tsx';
import { MirrorCosignature } from '../../mirror.tsx';
import { M } from '../log.messages.ts';
import { Hash } from './common.tsx';
import type { Trust } from './trust.ts';

/** The current checkpoint, opened here with the trusted key. */
export function CheckpointPanel({ trust }: { readonly trust: Trust }) {
  const t = useT(M);
  const live = useLive();
  const support = useLoad(ed25519Support, []);
  const checked = useLoad(async () => {
    const note = await api.checkpoint();
    if (trust.trusted === null) return { note, opened: null };
    return { note, opened: await openCheckpoint(note, trust.trusted) };
  }, [live.size, trust.trusted]);
  return (
    <section className="checkpoint" aria-labelledby="cp-title">
      <h2 id="cp-title">{t('cp.title')}</h2>
      {support.state === 'ok' && !support.value.ok && (
        <div className="error" role="alert">
          {t('crypto.missing')} {support.value.reason}
        </div>
      )}
      <Show loaded={checked}>
        {({ note, opened }) => (
          <>
            {opened !== null &&
              (opened.ok ? (
                <div className="verdict verified" role="status" data-checkpoint="verified">
                  <strong>{t('cp.verified')}</strong>
                </div>
              ) : (
                <div className="verdict failed" role="status" data-checkpoint="failed">
                  <strong>{t('cp.failed')}</strong>{' '}
                  {opened.failure.code === 'checkpoint-signature'
                    ? t('fail.checkpoint-signature', { detail: opened.failure.detail })
                    : t(`fail.${opened.failure.code}`)}
                </div>
              ))}
            <MirrorCosignature note={note} />
            <dl>
              {opened?.ok && (
                <>
                  <dt>{t('cp.origin')}</dt>
                  <dd>
                    <code>{opened.checkpoint.origin}</code>
                  </dd>
                  <dt>{t('cp.size')}</dt>
                  <dd data-size={opened.checkpoint.size}>{t('cp.entries', { n: opened.checkpoint.size })}</dd>
                  <dt>{t('cp.root')}</dt>
                  <dd>
                    <Hash value={opened.checkpoint.root} />
                  </dd>
                  <dt>{t('cp.signer')}</dt>
                  <dd>
                    <code>{opened.checkpoint.signer}</code>
                  </dd>
                </>
              )}
              <dt>{t('cp.key')}</dt>
              <dd>
                <Hash value={trust.trusted ?? '?'} />{' '}
                <span className="muted">
                  ({trust.pinned === null ? t('cp.key.served') : t('cp.key.pinned')})
                </span>
              </dd>
            </dl>
            {trust.pinned !== null && trust.servedKey !== null && trust.pinned !== trust.servedKey && (
              <p className="error" role="alert">
                {t('cp.key.changed', { served: trust.servedKey })}
              </p>
            )}
            <p>
              {trust.pinned === null ? (
                <button
                  type="button"
                  disabled={trust.servedKey === null}
                  onClick={() => trust.pin(trust.servedKey)}
                >
                  {t('cp.pin')}
                </button>
              ) : (
                <button type="button" onClick={() => trust.pin(null)}>
                  {t('cp.unpin')}
                </button>
              )}
            </p>
            <details>
              <summary>{t('cp.note')}</summary>
              <pre>{note}</pre>
            </details>
          </>
        )}
      </Show>
      {trust.served.state === 'error' && (
        <ErrorMessage error={trust.served.error} retry={trust.served.reload} />
      )}
    </section>
  );
}
