/**
 * @module "Check a receipt" in the log explorer: the reader pastes the receipt file that
 * `est submit --receipt-out` saved (`{ v: 1, envelope, receipt }`) or opens it, and this browser
 * checks it as `est verify --server --receipt` does (../receipt-check.ts): the receipt's own proof,
 * offline, then today's log against it. Each check is shown passed, failed (with the problem) or
 * not checked, in English and Russian.
 */
import { useId, useState } from 'react';
import type { ChangeEvent } from 'react';
import { describeLogged } from '../../../src/log/record.ts';
import type { ReceiptCheck } from '../../../src/log/receipt.ts';
import { ErrorMessage } from '../components.tsx';
import { plural, useLanguage, useT } from '../i18n.tsx';
import type { ReceiptVerdict } from '../receipt-check.ts';
import { RECEIPT_CHECKS, checkReceiptText } from '../receipt-check.ts';
import { href } from '../router.ts';
import { PartyLink } from './entry-parts.tsx';
import type { T } from './receipt.messages.ts';
import { LOG_ENTRIES, M, PROBLEMS, TREE_ENTRIES } from './receipt.messages.ts';

type State =
  | { readonly s: 'idle' }
  | { readonly s: 'running' }
  | { readonly s: 'done'; readonly v: ReceiptVerdict }
  | { readonly s: 'error'; readonly e: Error };

function CheckLine({
  check,
  status,
  t,
  index,
}: {
  readonly check: ReceiptCheck;
  readonly status: 'passed' | 'failed' | 'not-checked';
  readonly t: T;
  readonly index: number;
}) {
  const mark =
    status === 'passed' ? (
      <span className="ok">✓</span>
    ) : status === 'failed' ? (
      <span className="bad">✗</span>
    ) : (
      <span className="muted">–</span>
    );
  return (
    <li data-check={check} data-status={status}>
      {mark} {t(`check.${check}`, { index })}{' '}
      <span className={status === 'failed' ? 'bad' : 'muted'}>({t(`status.${status}`)})</span>
    </li>
  );
}

function Verdict({ v, t }: { readonly v: ReceiptVerdict; readonly t: T }) {
  const { lang } = useLanguage();
  if (v.kind === 'unreadable')
    return (
      <div className="verdict failed" role="status" data-receipt="unreadable">
        <strong>{t('unreadable')}</strong> <span lang="en">{v.reason}</span>
      </div>
    );
  if (v.kind === 'verifier-key')
    return (
      <div className="verdict failed" role="status" data-receipt="verifier-key">
        <strong>{t('verifier-key')}</strong>
      </div>
    );
  const { result, file, statuses } = v;
  const { receipt, envelope } = file;
  const failedChecks = RECEIPT_CHECKS.filter((c) => statuses[c] === 'failed');
  return (
    <div className="verification receipt-result">
      <div
        className={`verdict ${result.ok ? 'verified' : 'failed'}`}
        role="status"
        data-receipt={result.ok ? 'verified' : 'failed'}
        data-failed={failedChecks.join(' ')}
      >
        <strong>
          {result.ok
            ? t('ok', {
                index: result.index,
                size: result.signed ? plural(result.signed.size, lang, TREE_ENTRIES) : '?',
                current: result.current !== null ? plural(result.current, lang, LOG_ENTRIES) : '?',
              })
            : t('failed', {
                problems: plural(result.problems.length, lang, PROBLEMS),
              })}
        </strong>
      </div>
      <ul className="checks">
        {RECEIPT_CHECKS.map((c) => (
          <CheckLine key={c} check={c} status={statuses[c]} t={t} index={result.index} />
        ))}
      </ul>
      {result.problems.length > 0 && (
        <>
          <h3>{t('problems')}</h3>
          <ul className="problems">
            {result.problems.map((p, i) => (
              <li key={i} data-problem={p.check}>
                <code>{p.check}</code>: <span lang="en">{p.detail}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <dl>
        <dt>{t('sum.entry')}</dt>
        <dd>
          <a href={href('log', String(receipt.index))}>#{receipt.index}</a>
        </dd>
        <dt>{t('sum.filer')}</dt>
        <dd>
          <PartyLink id={envelope.party} /> <code>{envelope.keyId}</code>, {envelope.seq}
        </dd>
        <dt>{t('sum.act')}</dt>
        <dd>
          <code>{typeof envelope.act['act'] === 'string' ? envelope.act['act'] : '?'}</code>
        </dd>
        <dt>{t('sum.received')}</dt>
        <dd>
          <time dateTime={receipt.receivedAt}>{receipt.receivedAt}</time>
        </dd>
        <dt>{t('sum.outcome')}</dt>
        <dd>
          {receipt.outcome.accepted ? `✓ ${t('sum.accepted')}` : `✗ ${t('sum.refused')}`}
          {receipt.outcome.violations.map((x, i) => (
            <span key={i}>
              {' '}
              <code>{x.code}</code> ({x.cite}): {describeLogged(x, lang)}
            </span>
          ))}
        </dd>
        <dt>{t('sum.rules')}</dt>
        <dd>
          <code>{receipt.rules}</code>
        </dd>
        {result.signed !== null && (
          <>
            <dt>{t('sum.signed')}</dt>
            <dd>
              {t('sum.signed.text', { origin: result.signed.origin, size: result.signed.size })}{' '}
              <code className="hash">{result.signed.root}</code>
            </dd>
          </>
        )}
        {result.current !== null && (
          <>
            <dt>{t('sum.current')}</dt>
            <dd>{t('sum.current.text', { n: result.current })}</dd>
          </>
        )}
      </dl>
    </div>
  );
}

/** The panel: paste or open a receipt file, check it against the log. */
export function ReceiptPanel({ trusted }: { readonly trusted: string | null }) {
  const t = useT(M);
  const id = useId();
  const [text, setText] = useState('');
  const [state, setState] = useState<State>({ s: 'idle' });
  const check = (content: string) => {
    if (trusted === null) return;
    setState({ s: 'running' });
    checkReceiptText(content, trusted).then(
      (v) => setState({ s: 'done', v }),
      (e: unknown) => setState({ s: 'error', e: e instanceof Error ? e : new Error(String(e)) }),
    );
  };
  const open = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file === undefined) return;
    file.text().then(
      (content) => {
        setText(content);
        check(content);
      },
      (e: unknown) => setState({ s: 'error', e: e instanceof Error ? e : new Error(String(e)) }),
    );
  };
  return (
    <section className="receipt-panel" aria-labelledby={`${id}-title`} data-receipt-panel="">
      <h2 id={`${id}-title`}>{t('title')}</h2>
      <p className="muted">{t('note', { key: trusted ?? '?' })}</p>
      <p>
        <label htmlFor={`${id}-text`}>{t('input.label')}</label>
        <br />
        <textarea
          id={`${id}-text`}
          rows={6}
          spellCheck={false}
          value={text}
          onChange={(e) => setText(e.target.value)}
          data-receipt-input=""
          style={{ width: '100%', fontFamily: 'monospace' }}
        />
      </p>
      <p>
        <button
          type="button"
          onClick={() => check(text)}
          disabled={trusted === null || text.trim() === '' || state.s === 'running'}
        >
          {t('run')}
        </button>{' '}
        <label>
          {t('file.label')}{' '}
          <input type="file" accept=".json,application/json" onChange={open} data-receipt-file="" />
        </label>
      </p>
      <div aria-live="polite">
        {state.s === 'running' && (
          <p className="verdict pending" role="status">
            {t('running')}
          </p>
        )}
        {state.s === 'done' && <Verdict v={state.v} t={t} />}
      </div>
      {state.s === 'error' && <ErrorMessage error={state.e} retry={() => check(text)} />}
    </section>
  );
}
