/**
 * @module The log's witnesses, on the log view: the depositary's witness policy
 * (c2sp.org/tlog-policy), each witness with its label (the policy's comment line above it, else its
 * name), which of them cosigned the current checkpoint, and the quorum; the cosignatures
 * (c2sp.org/tlog-cosignature) and the quorum are checked in this browser (../witness-check.ts). A
 * checkpoint that lacks the quorum, because the depositary has none cosigned yet (a 503) or because
 * cosignatures do not verify, is flagged in words. And, on an entry's page, the time a quorum of
 * witnesses had cosigned a checkpoint containing it (`GET /api/v1/log/witnessed`).
 */
import { useEffect } from 'react';
import { api } from '../api.ts';
import { ErrorMessage, Loading } from '../components.tsx';
import { useLoad } from '../data.ts';
import { formatDate, plural, useLanguage, useT } from '../i18n.tsx';
import type { Language } from '../i18n.tsx';
import { useLive } from '../live.tsx';
import type { WitnessCheck, WitnessProblem, WitnessRow } from '../witness-check.ts';
import { checkWitnesses } from '../witness-check.ts';
import type { T } from './witnesses.messages.ts';
import { FAILED_REQUESTS, M } from './witnesses.messages.ts';

/** A POSIX time (seconds) or ISO time as a date and a UTC time of day. */
function timeText(when: number | string, lang: Language): string {
  const iso = typeof when === 'number' ? new Date(when * 1000).toISOString() : when;
  return `${formatDate(iso, lang)}, ${iso.slice(11, 19)} UTC`;
}

function problemText(t: T, p: WitnessProblem): string {
  switch (p.code) {
    case 'not-cosigned':
    case 'verifier-key':
      return t(`p.${p.code}`);
    case 'log-signature':
      return t('p.log-signature', { detail: p.detail });
    case 'cosignature':
      return t('p.cosignature', { witness: p.witness, detail: p.detail });
    case 'no-quorum':
      return t('p.no-quorum', { n: p.cosigned, quorum: p.quorum });
  }
}

function WitnessCell({ w, t, lang }: { readonly w: WitnessRow; readonly t: T; readonly lang: Language }) {
  if (w.status === 'cosigned')
    return <span className="ok">{t('w.cosigned', { time: timeText(w.timestamp ?? 0, lang) })}</span>;
  if (w.status === 'invalid')
    return <span className="bad">{t('w.invalid', { reason: w.reason ?? '' })}</span>;
  return <span className="muted">{t('w.absent')}</span>;
}

/** The verdict, the quorum, and each witness. */
function WitnessResult({
  check,
  reported,
}: {
  readonly check: Extract<WitnessCheck, { kind: 'checked' }>;
  readonly reported: Awaited<ReturnType<typeof api.witnesses>>;
}) {
  const t = useT(M);
  const { lang } = useLanguage();
  const byName = new Map(reported.witnesses.map((w) => [w.name, w]));
  const groupText = (g: (typeof check.groups)[number]) => {
    const members = g.members.join(', ');
    if (g.rule === 'all') return t('group.all', { name: g.name, members });
    if (g.rule === 'any') return t('group.any', { name: g.name, members });
    return t('group.k', { name: g.name, k: g.threshold, members });
  };
  return (
    <>
      {check.ok ? (
        <div className="verdict verified" role="status" data-witnessed="quorum">
          <strong>{check.quorum === 'none' ? t('ok.none') : t('ok', { quorum: check.quorum })}</strong>
          {check.quorumTime !== null && <> {t('ok.time', { time: timeText(check.quorumTime, lang) })}</>}
        </div>
      ) : (
        <div className="verdict failed" role="alert" data-witnessed="not-witnessed">
          <strong>{t('warning', { quorum: check.quorum })}</strong>
          <ul>
            {check.problems.map((p, i) => (
              <li key={i} data-problem={p.code}>
                {problemText(t, p)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <dl>
        {check.checkpoint !== null && (
          <>
            <dt>{t('checkpoint', { size: check.checkpoint.size })}</dt>
            <dd data-witness-checkpoint={check.checkpoint.size} data-served={check.served}>
              <code className="hash">{check.checkpoint.root}</code>
              {check.served === 'latest' && <> {t('checkpoint.latest')}</>}
            </dd>
          </>
        )}
        <dt>{t('quorum')}</dt>
        <dd data-quorum={check.quorum}>
          {check.quorum === 'none' ? t('quorum.none') : <code>{check.quorum}</code>}
          {check.groups.length > 0 && (
            <ul>
              {check.groups.map((g) => (
                <li key={g.name}>{groupText(g)}</li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      <div style={{ overflowX: 'auto' }}>
        <table className="witnesses">
          <thead>
            <tr>
              <th scope="col">{t('col.witness')}</th>
              <th scope="col">{t('col.cosigned')}</th>
              <th scope="col">{t('col.key')}</th>
              <th scope="col">{t('col.reported')}</th>
            </tr>
          </thead>
          <tbody>
            {check.witnesses.map((w) => {
              const r = byName.get(w.name);
              return (
                <tr key={w.name} data-witness={w.name} data-cosigned={w.status}>
                  <th scope="row">
                    {w.label ?? w.name}
                    {w.label !== null && (
                      <>
                        <br />
                        <code>{w.name}</code>
                      </>
                    )}
                  </th>
                  <td>
                    <WitnessCell w={w} t={t} lang={lang} />
                  </td>
                  <td>
                    <code className="hash">{w.keyName}</code>
                  </td>
                  <td className="muted">
                    {r === undefined
                      ? ''
                      : r.size === null
                        ? t('w.size.none')
                        : t('w.size', { size: r.size })}
                    {r !== undefined && r.lastError !== null && (
                      <>
                        <br />
                        {t('w.failures', {
                          requests: plural(r.failures, lang, FAILED_REQUESTS),
                          error: r.lastError,
                        })}
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {!check.policyListsKey && <p className="muted">{t('key.unlisted')}</p>}
    </>
  );
}

/** Re-checks this often while the cosigned checkpoint lags the log (witnesses answer after a batch). */
const RECHECK_MS = 3000;

/** The witness panel of the log view; `trusted` is the verifier key the page checks with. */
export function WitnessPanel({ trusted }: { readonly trusted: string | null }) {
  const t = useT(M);
  const live = useLive();
  const loaded = useLoad(async () => {
    const [reported, served] = await Promise.all([api.witnesses(), api.checkpointServed()]);
    if (trusted === null) return { reported, check: null };
    const check = await checkWitnesses({
      policy: reported.policy,
      note: served.note,
      cosigned: served.cosigned,
      verifierKey: trusted,
      now: Date.now() / 1000,
    });
    return { reported, check };
  }, [live.size, trusted]);
  const { reload } = loaded;
  // Witnesses cosign after each batch: look again while the checkpoint checked lags the log.
  const lagging =
    loaded.state === 'ok' &&
    loaded.value.check?.kind === 'checked' &&
    (loaded.value.check.served === 'latest' ||
      (live.size !== null && (loaded.value.check.checkpoint?.size ?? 0) < live.size));
  useEffect(() => {
    if (!lagging) return;
    const timer = setTimeout(reload, RECHECK_MS);
    return () => clearTimeout(timer);
  }, [lagging, loaded, reload]);
  return (
    <section className="witness-panel" aria-labelledby="witnesses-title" data-witness-panel>
      <h2 id="witnesses-title">{t('title')}</h2>
      <p className="muted">{t('intro')}</p>
      {loaded.state === 'loading' && <Loading />}
      {loaded.state === 'error' && <ErrorMessage error={loaded.error} retry={reload} />}
      {loaded.state === 'ok' && loaded.value.check !== null && (
        <>
          {loaded.value.check.kind === 'no-policy' && (
            <p className="verdict pending" role="status" data-witnessed="no-witnesses">
              {t('none')}
            </p>
          )}
          {loaded.value.check.kind === 'bad-policy' && (
            <div className="verdict failed" role="alert" data-witnessed="bad-policy">
              {t('bad-policy', { reason: loaded.value.check.reason })}
            </div>
          )}
          {loaded.value.check.kind === 'checked' && (
            <WitnessResult check={loaded.value.check} reported={loaded.value.reported} />
          )}
          {loaded.value.reported.policy !== null && (
            <details>
              <summary>{t('policy')}</summary>
              <pre data-policy>{loaded.value.reported.policy}</pre>
            </details>
          )}
        </>
      )}
    </section>
  );
}

/** On an entry's page: when a quorum of witnesses had cosigned a checkpoint containing it. */
export function WitnessedAt({ index }: { readonly index: number }) {
  const t = useT(M);
  const { lang } = useLanguage();
  const live = useLive();
  const loaded = useLoad(() => api.witnessed(index), [index, live.size]);
  if (loaded.state !== 'ok' || loaded.value === null || loaded.value.quorum === null) return null;
  if (loaded.value.quorum === 'none') return null;
  const w = loaded.value;
  return (
    <>
      <dt>{t('entry.witnessed')}</dt>
      <dd data-witnessed-at={w.witnessedAt ?? ''}>
        {w.witnessedAt === null ? (
          <span className="muted">{t('entry.witnessed.not')}</span>
        ) : (
          <>
            {timeText(w.witnessedAt, lang)}
            <br />
            <span className="muted">
              {t('entry.witnessed.at', { quorum: w.quorum ?? '', size: w.size ?? '?' })}
            </span>
          </>
        )}
      </dd>
    </>
  );
}
