/**
 * @module "Verify the whole log" on the log explorer: the choice of reading the log through the JSON
 * API or its tiles, the check itself (../../whole-log.ts, as `est verify` does it), its progress, and
 * the report: each check passed or failed, the rules changes found, and the problems.
 */
import { useState } from 'react';
import type { LogSource } from '../../api.ts';
import { logSource, setLogSource } from '../../api.ts';
import { ErrorMessage } from '../../components.tsx';
import { plural, useLanguage, useT } from '../../i18n.tsx';
import { href } from '../../router.ts';
import type { WholeLogResult } from '../../whole-log.ts';
import { verifyWholeLog } from '../../whole-log.ts';
import { RULES } from '../../../../src/log/rules.ts';
import { RulesChangeMark } from '../entry-parts.tsx';
import type { T } from '../log.messages.ts';
import { M, PROBLEMS } from '../log.messages.ts';
import { SOURCES } from './common.tsx';

/** The treaty and parameters the log was decided under, as the ledger read them. */
type LedgerSettings = { readonly treaty: string; readonly parameters: Readonly<Record<string, unknown>> };

/** "Verify the whole log". */
export function WholeLog({
  trusted,
  settings,
}: {
  readonly trusted: string | null;
  readonly settings: LedgerSettings;
}) {
  const t = useT(M);
  const [state, setState] = useState<
    | { s: 'idle' }
    | { s: 'running'; done: number; total: number }
    | { s: 'done'; r: WholeLogResult }
    | { s: 'error'; e: Error }
  >({ s: 'idle' });
  const [source, setSource] = useState<LogSource>(logSource);
  const run = () => {
    if (trusted === null) return;
    setState({ s: 'running', done: 0, total: 0 });
    verifyWholeLog(SOURCES, {
      verifierKey: trusted,
      treaty: settings.treaty,
      parameters: settings.parameters,
      onProgress: (done, total) => setState({ s: 'running', done, total }),
    }).then(
      (r) => setState({ s: 'done', r }),
      (e: unknown) => setState({ s: 'error', e: e instanceof Error ? e : new Error(String(e)) }),
    );
  };
  return (
    <section aria-labelledby="whole-title">
      <h2 id="whole-title">{t('whole.title')}</h2>
      <p className="muted">{t('whole.note')}</p>
      <fieldset className="log-source" data-source={source}>
        <legend>{t('source.label')}</legend>
        {(['json', 'tiles'] as const).map((s) => (
          <label key={s}>
            <input
              type="radio"
              name="log-source"
              value={s}
              checked={source === s}
              disabled={state.s === 'running'}
              onChange={() => {
                // Every read of the log goes through the choice (../api.ts); the check runs again.
                setLogSource(s);
                setSource(s);
                run();
              }}
            />{' '}
            {t(`source.${s}`)}
          </label>
        ))}
      </fieldset>
      <button type="button" onClick={run} disabled={trusted === null || state.s === 'running'}>
        {t('whole.run')}
      </button>
      <div aria-live="polite">
        {state.s === 'running' && (
          <p className="verdict pending" role="status">
            {t('whole.progress', { done: state.done, total: state.total })}
          </p>
        )}
        {state.s === 'error' && <ErrorMessage error={state.e} retry={run} />}
        {state.s === 'done' && <WholeLogReport r={state.r} t={t} />}
      </div>
    </section>
  );
}

/** The report of the whole-log check: the verdict, each check, the rules changes and the problems. */
function WholeLogReport({ r, t }: { readonly r: WholeLogResult; readonly t: T }) {
  const { lang } = useLanguage();
  const { result } = r;
  const ok = result.ok && r.webCryptoAgrees;
  const checks = result.problems.map((p) => p.check);
  const has = (...names: string[]) => checks.some((c) => names.includes(c));
  const line = (good: boolean, text: string) => (
    <li>
      {good ? <span className="ok">✓</span> : <span className="bad">✗</span>} {text}
    </li>
  );
  return (
    <div className="verification">
      <div
        className={`verdict ${ok ? 'verified' : 'failed'}`}
        role="status"
        data-whole={ok ? 'verified' : 'failed'}
      >
        <strong>
          {ok
            ? t('whole.ok', { size: result.size, root: result.root })
            : t('whole.failed', {
                problems: plural(result.problems.length + result.omitted, lang, PROBLEMS),
                first: result.firstBad === null ? t('whole.log') : `#${result.firstBad}`,
              })}
        </strong>
      </div>
      <ul className="checks">
        {line(!has('entry', 'index', 'receivedAt'), t('whole.c.entries'))}
        {line(!has('key', 'signature', 'keys', 'verifierKey'), t('whole.c.signatures'))}
        {line(!has('seq', 'filer'), t('whole.c.seq'))}
        {line(!has('act', 'outcome', 'settings', 'rules'), t('whole.c.outcome'))}
        {line(
          !has('checkpoint', 'size', 'root') && result.checkpoint !== null,
          t('whole.c.root', {
            origin: result.checkpoint?.origin ?? '?',
            size: result.checkpoint?.size ?? '?',
          }),
        )}
        {line(
          r.webCryptoAgrees,
          r.webCryptoAgrees ? t('whole.c.webcrypto') : t('whole.c.webcrypto.bad', { root: r.webCryptoRoot }),
        )}
      </ul>
      {result.rulesChanges.length > 0 && (
        <div className="rules-changes" data-rules-changes={result.rulesChanges.length}>
          <p>{t('whole.rules', { current: RULES, n: result.rulesChanges.length })}</p>
          <ul>
            {result.rulesChanges.map((c) => (
              <li key={c.index} data-rules-change-found={c.index}>
                <a href={href('log', String(c.index))}>#{c.index}</a>{' '}
                {t('whole.rules.under', { rules: c.rules })}: <RulesChangeMark change={c} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {result.problems.length > 0 && (
        <>
          <h3>{t('whole.problems')}</h3>
          <ul className="problems">
            {result.problems.map((p, i) => (
              <li key={i}>
                {p.index === null ? t('whole.log') : <a href={href('log', String(p.index))}>#{p.index}</a>}{' '}
                <code>{p.check}</code>: <span lang="en">{p.detail}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
