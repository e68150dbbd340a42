/**
 * @module One decision of a procedure: its text, who proposed it, its verdict (pending, adopted,
 * blocked or failed) with the quorum of the day it was taken, objections and votes.
 */
import { hangsOnAbstentions } from '../../../../src/engine/outcome.ts';
import type { DecisionOutcome, ProcedureOutcome } from '../../../../src/engine/outcome.ts';
import { formatDate, useLanguage, useT } from '../../i18n.tsx';
import { partyName } from '../../names.ts';
import { PROCEDURE_MESSAGES } from '../procedure.messages.ts';
import type { T } from '../procedure.messages.ts';
import { Field, PartyList } from './common.tsx';
import { quorumText } from './quorum.tsx';

function decisionVerdict(p: ProcedureOutcome, d: DecisionOutcome, t: T): { text: string; cls: string } {
  if (d.adopted === null) return { text: t('decision.pending'), cls: 'pending' };
  if (d.adopted) return { text: t('decision.adopted'), cls: 'adopted' };
  if (d.blockedBy.length > 0) return { text: t('decision.blocked'), cls: 'blocked' };
  return {
    text: p.kind === 'council' ? t('decision.failedCouncil') : t('decision.failed'),
    cls: 'failed',
  };
}

/** A decision, as an item of the list of decisions. */
export function Decision({ p, d }: { readonly p: ProcedureOutcome; readonly d: DecisionOutcome }) {
  const t = useT(PROCEDURE_MESSAGES);
  const { lang } = useLanguage();
  const verdict = decisionVerdict(p, d, t);
  const uncounted = (d.objections ?? []).filter((id) => !d.blockedBy.includes(id));
  return (
    <li className={`decision ${verdict.cls}`} aria-label={d.id}>
      <div className="decision-head">
        <code className="decision-id">{d.id}</code>
        <span className={`decision-verdict ${verdict.cls}`}>{verdict.text}</span>
      </div>
      <blockquote className="decision-text">{d.text}</blockquote>
      <p className="muted small">
        {t('decision.proposed', { by: partyName(d.proposedBy, lang), date: formatDate(d.proposed, lang) })}
      </p>
      {d.taken != null && (
        <p className="muted small decision-taken">
          {d.quorum !== undefined && d.parties !== undefined
            ? t('decision.taken', {
                date: formatDate(d.taken, lang),
                quorum: quorumText(d.quorum, d.parties, t),
              })
            : t('decision.takenOn', { date: formatDate(d.taken, lang) })}
        </p>
      )}
      {hangsOnAbstentions(p, d) && (
        <p className="small reading-note">
          {t('decision.abstentionReading', { n: d.votes?.abstain.length ?? 0 })}
        </p>
      )}
      {d.blockedBy.length > 0 && (
        <p className="blocked-by">
          <strong>{d.adopted === null ? t('decision.wouldBlock') : t('decision.blockedBy')}:</strong>{' '}
          <PartyList ids={d.blockedBy} />
        </p>
      )}
      {d.objections !== undefined &&
        (d.objections.length === 0 ? (
          <p className="muted small">{t('decision.noObjection')}</p>
        ) : (
          <p className="objections">
            <strong>{t('decision.objections')}:</strong> <PartyList ids={d.objections} />
            {uncounted.length > 0 && (
              <span className="muted">
                {' '}
                ({t('decision.notCounted')}: {uncounted.map((id) => partyName(id, lang)).join(', ')})
              </span>
            )}
          </p>
        ))}
      {d.votes && (
        <dl className="votes">
          <Field label={t('vote.yes', { n: d.votes.yes.length })}>
            <PartyList ids={d.votes.yes} />
          </Field>
          <Field label={t('vote.no', { n: d.votes.no.length })}>
            <PartyList ids={d.votes.no} />
          </Field>
          <Field label={t('vote.abstain', { n: d.votes.abstain.length })}>
            <PartyList ids={d.votes.abstain} />
          </Field>
        </dl>
      )}
    </li>
  );
}
