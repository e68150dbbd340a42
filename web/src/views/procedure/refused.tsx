/**
 * @module The refused acts of a procedure (or of a scenario, in the playground), each with its code,
 * citation and reason.
 */
import type { ReactNode } from 'react';
import type { RejectionOutcome } from '../../../../src/engine/outcome.ts';
import { formatDate, useLanguage, useT } from '../../i18n.tsx';
import { partyName } from '../../names.ts';
import { Cite } from '../entry-parts.tsx';
import { PROCEDURE_MESSAGES } from '../procedure.messages.ts';

/** Refused acts, each with its citation and reason (the reason given by `describe` when it can). */
export function RefusedList({
  rejected,
  describe,
  title,
  extra,
}: {
  readonly rejected: readonly RejectionOutcome[];
  readonly describe?: (r: RejectionOutcome) => { reason: string; also?: readonly string[] } | null;
  readonly title?: string;
  readonly extra?: (r: RejectionOutcome) => ReactNode;
}) {
  const t = useT(PROCEDURE_MESSAGES);
  const { lang } = useLanguage();
  if (rejected.length === 0) return null;
  return (
    <section className="refused">
      {title && <h2>{title}</h2>}
      <ul>
        {rejected.map((r) => {
          const own = describe?.(r) ?? null;
          return (
            <li key={r.index}>
              <span className="refused-head">
                {t('refused.line', {
                  index: r.index,
                  date: formatDate(r.on, lang),
                  act: r.act,
                  by: r.by ? partyName(r.by, lang) : '—',
                })}
                {r.procedure && <> ({r.procedure})</>}:{' '}
              </span>
              <code className="code-name">{r.code}</code> (<Cite cite={r.cite} />){extra?.(r)}
              <br />
              {own ? (
                <span className="reason">{own.reason}</span>
              ) : (
                <span className="reason" lang="en">
                  {r.reason} <span className="muted">{t('refused.english')}</span>
                </span>
              )}
              {(r.also ?? []).map((a, i) => (
                <span key={`${a.code}-${i}`} className="also">
                  <br />+ <code className="code-name">{a.code}</code> (<Cite cite={a.cite} />){' '}
                  {own?.also?.[i] ?? <span lang="en">{a.reason}</span>}
                </span>
              ))}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
