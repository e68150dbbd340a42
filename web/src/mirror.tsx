/**
 * @module When the UI is served by a mirror (`est mirror`, c2sp.org/tlog-mirror) rather than by the
 * depositary: a banner on every screen says whose record this is a copy of, who keeps it, that it
 * takes no filings, how much of the log it holds and has cosigned, the checkpoints of the log it
 * refused as evidence, and when the depositary stops answering; and the log view shows the mirror's
 * cosignature on the checkpoint (c2sp.org/tlog-cosignature), checked in this browser.
 *
 * Which server this is: a depositary's newest checkpoint (`/api/v1/log/checkpoint/latest`) bears
 * the log's signature alone, a mirror's bears its cosignature too; only then is `GET /api/v1/mirror`
 * asked. A depositary would answer that with a 404, which browsers log as an error on every page.
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import type { MirrorStatus } from '../../src/log/mirror-status.ts';
import { api, settings } from './api.ts';
import { ed25519Support, ed25519Verify, sha256 } from './crypto.ts';
import { useLoad } from './data.ts';
import type { Language } from './i18n.tsx';
import { formatDate, useLanguage, useT } from './i18n.tsx';
import { useLive } from './live.tsx';
import type { VerifyFn } from '../../src/log/cosignature.ts';
import { isBy, parseCosignerVerifierKey, splitNote, verifyCosignature } from '../../src/log/cosignature.ts';
import type { AsyncSha256 } from '../../src/log/merkle.ts';
import { M } from './mirror.messages.ts';

/** Seconds between readings of a mirror's status (a failing depositary shows while the page is open). */
const POLL_MS = 15_000;

/** The mirror's name: its cosigner key's name, before the first '+'. */
export const mirrorName = (status: MirrorStatus): string => status.mirrorKey.split('+')[0] ?? '';

/** What this page knows of its server: a mirror's status, null for a depositary, undefined: not yet. */
let known: MirrorStatus | null | undefined;
let asking: Promise<void> | null = null;
const listeners = new Set<() => void>();

async function ask(): Promise<MirrorStatus | null> {
  // The settings say whether a mirror serves this page; only a mirror is asked its status.
  if (known === undefined && !(await settings()).mirror) return null;
  return api.mirror();
}

/** Reads the mirror's status again (once a depositary, always one: nothing more is asked). */
function refresh(): void {
  if (known === null || asking !== null) return;
  asking = ask()
    .then(
      (status) => {
        known = status;
      },
      () => {
        // The server is not answering: what is known stays, and the next change asks again.
      },
    )
    .finally(() => {
      asking = null;
      for (const listener of listeners) listener();
    });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The mirror's status when a mirror serves this page, else null (a depositary, or not known yet). */
export function useMirror(): MirrorStatus | null {
  return useSyncExternalStore(subscribe, () => known ?? null);
}

/** An ISO time as a date and a UTC time of day. */
function timeText(iso: string, lang: Language): string {
  return `${formatDate(iso, lang)}, ${iso.slice(11, 19)} UTC`;
}

/** A message with `{name}` slots filled by elements (a link, a name in code). */
function fill(text: string, parts: Readonly<Record<string, ReactNode>>): ReactNode[] {
  return text
    .split(/\{(\w+)\}/)
    .map((piece, i) => (i % 2 === 0 ? piece : <span key={i}>{parts[piece]}</span>));
}

/** The banner of the application shell: nothing on a depositary. */
export function MirrorBanner() {
  const t = useT(M);
  const { lang } = useLanguage();
  const live = useLive();
  const status = useMirror();
  const isMirror = status !== null;
  // Asked at start, then again as the live status changes, and every POLL_MS on a mirror.
  useEffect(() => refresh(), [live.size, live.connected]);
  useEffect(() => {
    if (!isMirror) return undefined;
    const timer = window.setInterval(refresh, POLL_MS);
    return () => window.clearInterval(timer);
  }, [isMirror]);
  if (status === null) return null;
  const name = mirrorName(status);
  const from = /^https?:\/\//.test(status.from) ? <a href={status.from}>{status.from}</a> : status.from;
  const last = status.lastSuccess === null ? t('never') : timeText(status.lastSuccess, lang);
  return (
    <aside className="mirror-banner" aria-label={t('label')} data-mirror={name}>
      <p>
        <strong>{fill(t('banner'), { from, name: <code>{name}</code> })}</strong>{' '}
        <span data-mirror-held={status.size}>
          {status.cosigned === null
            ? t('held.none', { size: status.size })
            : t('held', { size: status.size, cosigned: status.cosigned })}
        </span>
      </p>
      {status.evidence > 0 && (
        <p className="mirror-alarm" data-mirror-evidence={status.evidence}>
          {fill(t('evidence', { n: status.evidence }), {
            link: <a href="/api/v1/mirror/evidence">/api/v1/mirror/evidence</a>,
          })}
        </p>
      )}
      {status.halted !== null ? (
        <p className="mirror-alarm" data-mirror-warning="halted">
          {t('halted', { reason: status.halted, time: last })}
        </p>
      ) : (
        status.lastError !== null && (
          <p className="mirror-alarm" data-mirror-warning="down">
            {status.lastSuccess === null ? t('down.never') : t('down', { time: last })}{' '}
            <span className="muted" lang="en">
              ({status.lastError})
            </span>
          </p>
        )
      )}
    </aside>
  );
}

/** Why a mirror's cosignature of a checkpoint does not hold. */
export type MirrorCosignatureCheck =
  | { readonly ok: true; readonly name: string; readonly timestamp: number }
  | { readonly ok: false; readonly code: 'key' | 'note' | 'absent' | 'invalid'; readonly detail: string };

/**
 * Checks the mirror's cosignature of a checkpoint note with its cosigner verifier key (type 0x04,
 * c2sp.org/tlog-cosignature): the line by that key must be there and verify.
 */
export async function checkMirrorCosignature(
  note: string,
  mirrorKey: string,
  crypto: { readonly sha256: AsyncSha256; readonly ed25519Verify: VerifyFn } = { sha256, ed25519Verify },
): Promise<MirrorCosignatureCheck> {
  const key = await parseCosignerVerifierKey(crypto.sha256, mirrorKey.trim());
  if (key === null) return { ok: false, code: 'key', detail: mirrorKey };
  const split = splitNote(note);
  if (!split.ok) return { ok: false, code: 'note', detail: split.reason };
  const line = split.signatures.find((s) => isBy(s, key));
  if (line === undefined) return { ok: false, code: 'absent', detail: key.name };
  const checked = await verifyCosignature(split.text, line, key, crypto.ed25519Verify);
  return checked.ok
    ? { ok: true, name: key.name, timestamp: checked.timestamp }
    : { ok: false, code: 'invalid', detail: checked.reason };
}

/** One line of the log view, on a mirror: the mirror's cosignature of the checkpoint shown. */
export function MirrorCosignature({ note }: { readonly note: string }) {
  const t = useT(M);
  const { lang } = useLanguage();
  const status = useMirror();
  const key = status?.mirrorKey ?? null;
  const support = useLoad(ed25519Support, []);
  const checked = useLoad(
    () => (key === null ? Promise.resolve(null) : checkMirrorCosignature(note, key)),
    [note, key],
  );
  if (key === null || checked.state === 'loading') return null;
  if (support.state === 'ok' && !support.value.ok) return null; // the checkpoint panel says why
  if (checked.state === 'error')
    return (
      <p className="verdict failed" data-mirror-cosignature="failed">
        {t('cs.failed', { reason: checked.error.message })}
      </p>
    );
  const c = checked.value;
  if (c === null) return null;
  if (c.ok)
    return (
      <p className="verdict verified" data-mirror-cosignature="verified">
        {t('cs.ok', { name: c.name, time: timeText(new Date(c.timestamp * 1000).toISOString(), lang) })}
      </p>
    );
  const reason =
    c.code === 'key'
      ? t('cs.key', { key: c.detail })
      : c.code === 'absent'
        ? t('cs.absent', { name: c.detail })
        : c.code === 'note'
          ? t('cs.note')
          : t('cs.invalid', { detail: c.detail });
  return (
    <p className="verdict failed" data-mirror-cosignature="failed" data-failure={c.code}>
      {t('cs.failed', { reason })}
    </p>
  );
}
