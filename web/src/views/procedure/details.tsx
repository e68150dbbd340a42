/**
 * @module A procedure in full: its facts, the quorum gauge, attendance, who is left out of the decision
 * and why, and each decision.
 */
import type { ReactNode } from 'react';
import type { ProcedureOutcome } from '../../../../src/engine/outcome.ts';
import { formatDate, useLanguage, useT } from '../../i18n.tsx';
import { partyName } from '../../names.ts';
import { href } from '../../router.ts';
import { Cite } from '../entry-parts.tsx';
import { PROCEDURE_MESSAGES } from '../procedure.messages.ts';
import { Day, Field, MaybeTerm, PartyList, PartyName } from './common.tsx';
import { Decision } from './decision.tsx';
import { assistanceCite, attackCite, excludedReason, kindCite, quorumCite } from './provisions.ts';
import { QuorumGauge } from './quorum.tsx';

/**
 * A procedure in full: its facts, the quorum gauge, attendance, who is left out and why, and each
 * decision. `procedureLink` renders a reference to another procedure (a link on the procedure page,
 * a jump within the report in the playground).
 */
export function ProcedureDetails({
  procedure: p,
  procedureLink,
  headingLevel = 2,
}: {
  readonly procedure: ProcedureOutcome;
  readonly procedureLink?: (id: string) => ReactNode;
  readonly headingLevel?: 2 | 3 | 4 | 5;
}) {
  const t = useT(PROCEDURE_MESSAGES);
  const { lang } = useLanguage();
  const H = `h${headingLevel}` as const;
  const sits = p.kind === 'conference' || p.kind === 'extraordinary-conference' || p.kind === 'council';
  const link = procedureLink ?? ((id: string) => <a href={href('procedures', id)}>{id}</a>);
  const reason = excludedReason(p);
  return (
    <div className="procedure-details">
      <dl className="facts">
        <Field label={t('field.status')}>
          <span className={`status status-${p.status}`}>{t(`status.${p.status}`)}</span>
        </Field>
        <Field label={t('field.requestedBy')}>
          <PartyName id={p.requestedBy} />
        </Field>
        <Field label={t('field.opened')}>
          <Day date={p.opened} />
        </Field>
        {p.closed && (
          <Field label={t('field.closed')}>
            <Day date={p.closed} />
          </Field>
        )}
        {p.subject && <Field label={t('field.subject')}>{p.subject}</Field>}
        {p.to && (
          <Field label={t('field.to')}>
            <PartyName id={p.to} />
          </Field>
        )}
        {p.kind === 'information-request' && (
          <Field label={t('field.answered')}>
            {p.answered ? <Day date={p.answered} /> : <span className="muted">{t('field.notAnswered')}</span>}
          </Field>
        )}
        {p.invited && (
          <Field label={t('field.invited')}>
            <PartyList ids={p.invited} />
          </Field>
        )}
        {p.joined && p.joined.length > 0 && (
          <Field label={t('field.joined')}>
            <PartyList ids={p.joined} />
          </Field>
        )}
        {p.kind === 'consultations' && p.deadline && (
          <Field label={t('field.heldBy')}>
            <Day date={p.deadline} />
          </Field>
        )}
        {p.consultations && <Field label={t('field.consultations')}>{link(p.consultations)}</Field>}
        {p.supporters && (
          <Field label={t('field.supporters')}>
            <PartyList ids={p.supporters} />
          </Field>
        )}
        {p.kind === 'conference' && (
          <Field label={t('field.convened')}>
            {p.convened ? <Day date={p.convened} /> : <span className="muted">{t('field.notConvened')}</span>}{' '}
            (<Cite cite="EST 6(2)" />)
          </Field>
        )}
        {(p.kind === 'conference' || p.kind === 'council') && p.deadline && (
          <Field label={t('field.meetBy')}>
            <Day date={p.deadline} />
          </Field>
        )}
        {p.victim && p.attacker && (
          <Field label={t('field.attack')}>
            {t(p.attack === 'threat' || p.matter === 'threat' ? 'attack.threat' : 'attack.attack', {
              victim: partyName(p.victim, lang),
              // Several may carry out one attack (`attackers`; `attacker` is the first).
              attacker: (p.attackers ?? [p.attacker]).map((a) => partyName(a, lang)).join(', '),
            })}{' '}
            (<Cite cite={attackCite(p)} />)
          </Field>
        )}
        {p.matter === 'consultation' && (
          <Field label={t('field.matter')}>
            {t('matter.consultation')}{' '}
            {p.body !== 'pc' && (
              <>
                (<Cite cite={p.body === 'nac' ? 'NAT 4' : 'UN Charter 35'} />)
              </>
            )}
          </Field>
        )}
        {p.body && (
          <Field label={t('field.body')}>
            {t(`body.${p.body}`)} (<Cite cite={kindCite(p)} />)
          </Field>
        )}
        {p.rule && (
          <Field label={t('field.rule')}>
            {p.rule === 'veto-majority' ? (
              t(`rule.${p.rule}`)
            ) : (
              <MaybeTerm id="consensus">{t(`rule.${p.rule}`)}</MaybeTerm>
            )}
            {p.rule !== 'consensus' && (
              <>
                {' '}
                (<Cite cite={p.rule === 'veto-majority' ? 'UN Charter 27(3)' : 'OSCE Prague 1992, 16'} />)
              </>
            )}
          </Field>
        )}
        {p.concerned && p.concerned.length > 0 && (
          <Field label={t('field.concerned')}>
            <PartyList ids={p.concerned} />
          </Field>
        )}
        {p.permanent && p.permanent.length > 0 && (
          <Field label={t('field.permanent')}>
            <PartyList ids={p.permanent} />
          </Field>
        )}
        {p.members && (
          <Field label={t('field.members', { n: p.members.length })}>
            <PartyList ids={p.members} />
          </Field>
        )}
        {p.kind === 'accession' && (
          <>
            {p.objectionUntil && (
              <Field label={t('field.objectionUntil')}>
                <Day date={p.objectionUntil} />
              </Field>
            )}
            <Field label={t('field.objections')}>
              <PartyList ids={p.objections ?? []} />
            </Field>
            {p.inForceFrom && (
              <Field label={t('field.inForceFrom')}>
                <Day date={p.inForceFrom} />
              </Field>
            )}
          </>
        )}
        {p.unscMeasures && (
          <Field label={t('field.unscMeasures')}>
            <Day date={p.unscMeasures} /> (<Cite cite={assistanceCite(p)} />)
          </Field>
        )}
        {p.assistance && p.assistance.length > 0 && (
          <Field label={t('field.assistance')}>
            <ul className="plain">
              {p.assistance.map((a, i) => (
                <li key={`${a.by}-${a.to}-${i}`}>
                  {t('assistance.line', {
                    by: partyName(a.by, lang),
                    to: partyName(a.to, lang),
                    date: formatDate(a.on, lang),
                  })}
                  {a.military && <> ({t('assistance.military')})</>} (<Cite cite={assistanceCite(p)} />)
                </li>
              ))}
            </ul>
          </Field>
        )}
      </dl>

      {(p.kind === 'conference' || p.kind === 'extraordinary-conference') && (
        <section className="quorum-section">
          <H>
            <MaybeTerm id="quorum">{t('quorum.title')}</MaybeTerm>
          </H>
          {p.quorum && p.parties !== undefined ? (
            <>
              <QuorumGauge quorum={p.quorum} parties={p.parties} cite={quorumCite(p)} />
              <p className="muted small">
                {p.status === 'closed' ? t('quorum.atClose') : t('quorum.provisional')}
              </p>
            </>
          ) : (
            <p className="muted">{p.status === 'proposed' ? t('quorum.notSitting') : t('quorum.unset')}</p>
          )}
        </section>
      )}

      {(sits || p.kind === 'consultations') && p.attended && (
        <section className="attendance">
          <H>{t('attendance.title', { n: p.attended.length })}</H>
          {p.attended.length === 0 ? (
            <p className="muted">{p.closed ? t('attendance.noneClosed') : t('attendance.none')}</p>
          ) : (
            <PartyList ids={p.attended} />
          )}
        </section>
      )}

      {p.excluded && p.excluded.length > 0 && (
        <section className="excluded">
          <H>{t('excluded.title')}</H>
          <ul className="plain">
            {p.excluded.map((id) => (
              <li key={id}>
                <PartyName id={id} />: {t(`excluded.${reason.key}`)}
                {reason.cite && (
                  <>
                    {' '}
                    (<Cite cite={reason.cite} />)
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      {p.decisions && (
        <section className="decisions">
          <H>{t('decisions.title', { n: p.decisions.length })}</H>
          {p.decisions.length === 0 ? (
            <p className="muted">{t('decisions.none')}</p>
          ) : (
            <ul className="plain">
              {p.decisions.map((d) => (
                <Decision key={d.id} p={p} d={d} />
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
