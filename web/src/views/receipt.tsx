/**
 * @module "Check a receipt" in the log explorer: the reader pastes the receipt file that
 * `est submit --receipt-out` saved (`{ v: 1, envelope, receipt }`) or opens it, and this browser
 * checks it as `est verify --server --receipt` does (./receipt-check.ts): the receipt's own proof,
 * offline, then today's log against it. Each check is shown passed, failed (with the problem) or
 * not checked, in English and Russian.
 */
import { useId, useState } from 'react';
import type { ChangeEvent } from 'react';
import { describeLogged } from '../../../src/log/record.ts';
import type { ReceiptCheck } from '../../../src/log/receipt.ts';
import { ErrorMessage } from '../components.tsx';
import { defineMessages, plural, useLanguage, useT } from '../i18n.tsx';
import type { ReceiptVerdict } from '../receipt-check.ts';
import { RECEIPT_CHECKS, checkReceiptText } from '../receipt-check.ts';
import { href } from '../router.ts';
import { PartyLink } from './entry-parts.tsx';

const M = defineMessages({
  title: { en: 'Check a receipt', ru: 'Проверить квитанцию' },
  note: {
    en: 'Paste the receipt file that “est submit --receipt-out” saved ({ v: 1, envelope, receipt }), or open it. This browser checks that the depositary’s key signed a tree holding your filing exactly as filed, and that the log today still extends that tree and holds the same entry. It trusts only the verifier key {key}.',
    ru: 'Вставьте файл квитанции, сохранённый командой «est submit --receipt-out» ({ v: 1, envelope, receipt }), или откройте его. Браузер проверит, что ключ депозитария подписал дерево, содержащее ваше обращение ровно в поданном виде, и что сегодняшний журнал продолжает это дерево и содержит ту же запись. Доверяет он только ключу проверки {key}.',
  },
  'input.label': { en: 'The receipt file (JSON)', ru: 'Файл квитанции (JSON)' },
  'file.label': { en: 'Open a receipt file', ru: 'Открыть файл квитанции' },
  run: { en: 'Check the receipt', ru: 'Проверить квитанцию' },
  running: { en: 'Checking the receipt…', ru: 'Проверка квитанции…' },
  ok: {
    en: '✓ The receipt holds: entry {index} is in the tree of {size} entries the depositary signed, and the log today ({current} entries) still extends that tree and holds the same entry.',
    ru: '✓ Квитанция подтверждается: запись {index} входит в подписанное депозитарием дерево из {size} записей, а сегодняшний журнал ({current} записей) продолжает это дерево и содержит ту же запись.',
  },
  failed: {
    en: '✗ The receipt does NOT hold: {problems}.',
    ru: '✗ Квитанция НЕ подтверждается: {problems}.',
  },
  unreadable: { en: '✗ This is not a receipt file:', ru: '✗ Это не файл квитанции:' },
  'verifier-key': {
    en: '✗ The verifier key is not a note verifier key: nothing can be checked.',
    ru: '✗ Ключ проверки не является ключом подписанных записей: проверить ничего нельзя.',
  },
  'check.leaf': {
    en: 'the entry rebuilt from your envelope and the receipt has the receipt’s leaf hash',
    ru: 'запись, восстановленная из вашего конверта и квитанции, даёт хеш листа, указанный в квитанции',
  },
  'check.checkpoint': {
    en: 'the receipt’s checkpoint is signed with the depositary’s key',
    ru: 'контрольная точка квитанции подписана ключом депозитария',
  },
  'check.proof': {
    en: 'the proof is a c2sp.org/tlog-proof@v1 text of this entry, carrying that checkpoint',
    ru: 'доказательство — текст c2sp.org/tlog-proof@v1 для этой записи с той же контрольной точкой',
  },
  'check.inclusion': {
    en: 'the proof leads from the entry to the signed root',
    ru: 'доказательство ведёт от записи к подписанному корню',
  },
  'check.log': {
    en: 'the log today is signed with the same key and holds no fewer entries than the receipt’s tree',
    ru: 'сегодняшний журнал подписан тем же ключом и содержит не меньше записей, чем дерево квитанции',
  },
  'check.consistency': {
    en: 'the receipt’s tree is the beginning of today’s log (consistency proof)',
    ru: 'дерево квитанции — начало сегодняшнего журнала (доказательство согласованности)',
  },
  'check.entry': {
    en: 'the log still serves the same entry {index}',
    ru: 'журнал по-прежнему отдаёт ту же запись {index}',
  },
  'status.passed': { en: 'passed', ru: 'пройдена' },
  'status.failed': { en: 'FAILED', ru: 'НЕ ПРОЙДЕНА' },
  'status.not-checked': {
    en: 'not checked (an earlier check failed)',
    ru: 'не проверялась (не пройдена предыдущая проверка)',
  },
  problems: {
    en: 'Problems (their details are in English, as est verify writes them)',
    ru: 'Проблемы (подробности на английском, как их пишет est verify)',
  },
  'sum.entry': { en: 'Entry', ru: 'Запись' },
  'sum.filer': { en: 'Filer, key id, sequence', ru: 'Подал, ключ, порядковый номер' },
  'sum.act': { en: 'Act', ru: 'Действие' },
  'sum.received': { en: 'Received', ru: 'Получено' },
  'sum.outcome': { en: 'Outcome', ru: 'Исход' },
  'sum.accepted': { en: 'accepted', ru: 'принято' },
  'sum.refused': { en: 'refused', ru: 'отклонено' },
  'sum.rules': { en: 'Decided under the rules', ru: 'Решено по правилам' },
  'sum.signed': { en: 'Signed tree', ru: 'Подписанное дерево' },
  'sum.signed.text': { en: '{origin}, {size} entries, root', ru: '{origin}, записей: {size}, корень' },
  'sum.current': { en: 'The log today', ru: 'Журнал сегодня' },
  'sum.current.text': { en: '{n} entries', ru: 'записей: {n}' },
});

type T = ReturnType<typeof useT<typeof M>>;

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
                size: result.signed?.size ?? '?',
                current: result.current ?? '?',
              })
            : t('failed', {
                problems: plural(result.problems.length, lang, {
                  en: { one: '{n} problem', other: '{n} problems' },
                  ru: { one: '{n} проблема', few: '{n} проблемы', many: '{n} проблем' },
                }),
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
