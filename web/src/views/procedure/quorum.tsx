/**
 * @module A conference's quorum: the one-line text, and the gauge of present against required.
 */
import type { Quorum } from '../../../../src/engine/events.ts';
import { useT } from '../../i18n.tsx';
import { Cite } from '../entry-parts.tsx';
import { PROCEDURE_MESSAGES } from '../procedure.messages.ts';
import type { T } from '../procedure.messages.ts';

/** The one-line text of a quorum: `38 present of 56; 38 required: met`. */
export function quorumText(q: Quorum, parties: number, t: T): string {
  return t('quorum.text', {
    present: q.present,
    parties,
    required: q.required,
    verdict: q.met ? t('quorum.met') : t('quorum.notMet'),
  });
}

/**
 * The quorum gauge: present against required, out of all Parties, as an SVG bar with the threshold
 * marked; a meter for assistive technology, and the same in words beside it.
 */
export function QuorumGauge({
  quorum,
  parties,
  cite,
}: {
  readonly quorum: Quorum;
  readonly parties: number;
  readonly cite?: string;
}) {
  const t = useT(PROCEDURE_MESSAGES);
  const text = quorumText(quorum, parties, t);
  const max = Math.max(parties, quorum.present, 1);
  const W = 300;
  const x = (n: number) => (n / max) * W;
  return (
    <div className={`quorum ${quorum.met ? 'met' : 'not-met'}`}>
      <div
        className="gauge"
        role="meter"
        aria-label={t('quorum.title')}
        aria-valuemin={0}
        aria-valuemax={parties}
        aria-valuenow={quorum.present}
        aria-valuetext={text}
      >
        <svg viewBox={`0 -14 ${W} 40`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
          <rect className="track" x={0} y={0} width={W} height={16} rx={3} />
          <rect className="fill" x={0} y={0} width={x(quorum.present)} height={16} rx={3} />
          <line className="threshold" x1={x(quorum.required)} x2={x(quorum.required)} y1={-4} y2={22} />
        </svg>
        <div className="gauge-scale" aria-hidden="true">
          <span>0</span>
          <span
            className="gauge-required"
            style={{ left: `${Math.min(100, (quorum.required / max) * 100)}%` }}
          >
            {t('quorum.required')} {quorum.required}
          </span>
          <span>{parties}</span>
        </div>
      </div>
      <p className="quorum-text">
        <span className="verdict-mark" aria-hidden="true">
          {quorum.met ? '✓ ' : '✗ '}
        </span>
        {text}
        {cite && (
          <>
            {' '}
            (<Cite cite={cite} />)
          </>
        )}
      </p>
    </div>
  );
}
