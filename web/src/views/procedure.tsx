/**
 * @module The procedure page (`#/procedures/<id>`): a consultation, a Conference, an Extraordinary
 * Conference, a regime's council or an accession as the depositary's log makes it, refreshed when
 * the log grows. Its parts (the quorum gauge, the decisions, party names, citations that link to the
 * provision) are exported for the playground, which renders the procedures of a scenario the same way.
 */
import { Fragment, createContext, useContext, useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { hangsOnAbstentions } from '../../../src/engine/outcome.ts';
import type { DecisionOutcome, ProcedureOutcome, RejectionOutcome } from '../../../src/engine/outcome.ts';
import type { Quorum } from '../../../src/engine/events.ts';
import { ApiError, api } from '../api.ts';
import { ErrorMessage, Loading } from '../components.tsx';
import { useLoad } from '../data.ts';
import { useLogMode } from '../exercise.tsx';
import { defineMessages, formatDate, useLanguage, useT } from '../i18n.tsx';
import { useLive } from '../live.tsx';
import { href } from '../router.ts';
import { Term } from '../term.tsx';
import type { TermId } from '../term.tsx';
import { Cite } from './entry-parts.tsx';
import { ProofOfInaction } from './inaction.tsx';
import './procedure.css';
import { partyName } from '../names.ts';

export const PROCEDURE_MESSAGES = defineMessages({
  'kind.information-request': { en: 'Request for information', ru: 'Запрос информации' },
  'kind.consultations': { en: 'Consultations', ru: 'Консультации' },
  'kind.conference': { en: 'Conference of the Parties', ru: 'Конференция Участников' },
  'kind.extraordinary-conference': {
    en: 'Extraordinary Conference of the Parties',
    ru: 'Чрезвычайная конференция Участников',
  },
  'kind.council': { en: 'Council', ru: 'Совет' },
  'kind.accession': { en: 'Accession', ru: 'Присоединение' },
  'body.nac': { en: 'North Atlantic Council', ru: 'Североатлантический совет' },
  'body.unsc': { en: 'UN Security Council', ru: 'Совет Безопасности ООН' },
  'body.pc': { en: 'OSCE Permanent Council', ru: 'Постоянный совет ОБСЕ' },
  'status.open': { en: 'open', ru: 'открыта' },
  'status.proposed': { en: 'proposed, not yet convened', ru: 'предложена, ещё не созвана' },
  'status.convened': { en: 'in session', ru: 'заседает' },
  'status.closed': { en: 'closed', ru: 'закрыта' },
  'status.accepted': { en: 'accepted', ru: 'принято' },
  'status.refused': { en: 'refused', ru: 'отклонено' },
  'field.status': { en: 'Status', ru: 'Состояние' },
  'field.opened': { en: 'Opened', ru: 'Открыта' },
  'field.closed': { en: 'Closed', ru: 'Закрыта' },
  'field.requestedBy': { en: 'Requested by', ru: 'Инициатор' },
  'field.subject': { en: 'Subject', ru: 'Предмет' },
  'field.to': { en: 'Addressed to', ru: 'Адресат' },
  'field.answered': { en: 'Answered', ru: 'Ответ дан' },
  'field.notAnswered': { en: 'not answered', ru: 'ответа нет' },
  'field.invited': { en: 'Invited', ru: 'Приглашены' },
  'field.joined': { en: 'Joined on their own initiative', ru: 'Присоединились по своей инициативе' },
  'field.heldBy': { en: 'To be held by', ru: 'Провести до' },
  'field.consultations': { en: 'After the consultations', ru: 'По итогам консультаций' },
  'field.supporters': { en: 'Proposal supported by', ru: 'Предложение поддержали' },
  'field.convened': { en: 'Convened', ru: 'Созвана' },
  'field.notConvened': { en: 'not yet convened', ru: 'ещё не созвана' },
  'field.meetBy': { en: 'To meet by', ru: 'Собраться до' },
  'field.attack': { en: 'Notified', ru: 'Уведомление' },
  'attack.attack': {
    en: 'an armed attack on {victim} by {attacker}',
    ru: 'вооружённое нападение; пострадавший: {victim}, нападающий: {attacker}',
  },
  'attack.threat': {
    en: 'a threat of attack on {victim} by {attacker}',
    ru: 'угроза нападения; под угрозой: {victim}, угрожающий: {attacker}',
  },
  'field.unscMeasures': {
    en: 'Security Council measures taken',
    ru: 'Совет Безопасности принял меры',
  },
  'field.assistance': { en: 'Assistance', ru: 'Помощь' },
  'assistance.line': { en: '{by} to {to}, {date}', ru: '{by} — {to}, {date}' },
  'assistance.military': { en: 'military', ru: 'военная' },
  'field.body': { en: 'Body', ru: 'Орган' },
  'field.matter': { en: 'Matter', ru: 'Вопрос' },
  'matter.consultation': {
    en: 'consultation on a dispute or situation',
    ru: 'консультации по спору или ситуации',
  },
  'field.concerned': { en: 'Parties concerned', ru: 'Заинтересованные стороны' },
  'field.members': { en: 'Members ({n})', ru: 'Члены ({n})' },
  'field.permanent': { en: 'Permanent members', ru: 'Постоянные члены' },
  'field.rule': { en: 'Decides by', ru: 'Порядок принятия решений' },
  'rule.consensus': { en: 'consensus', ru: 'консенсус' },
  'rule.consensus-minus-one': {
    en: 'consensus, leaving out the State concerned',
    ru: 'консенсус без учёта соответствующего государства',
  },
  'rule.veto-majority': {
    en: 'nine votes (seven before 31 August 1965), no permanent member against',
    ru: 'девять голосов (до 31 августа 1965 г. — семь) при отсутствии возражений постоянных членов',
  },
  'field.objectionUntil': { en: 'Objections until', ru: 'Возражения до' },
  'field.objections': { en: 'Objected', ru: 'Возразили' },
  'field.inForceFrom': { en: 'A Party from', ru: 'Участник с' },
  'field.none': { en: 'none', ru: 'нет' },
  'quorum.title': { en: 'Quorum', ru: 'Кворум' },
  'quorum.text': {
    en: '{present} present of {parties}; {required} required: {verdict}',
    ru: 'присутствуют {present} из {parties}; требуется {required}: {verdict}',
  },
  'quorum.met': { en: 'met', ru: 'кворум есть' },
  'quorum.notMet': { en: 'not met', ru: 'кворума нет' },
  'quorum.atClose': {
    en: 'Attendance on the day the conference closed. Each decision was judged with the Parties and the quorum of the day it was taken.',
    ru: 'Присутствие в день закрытия конференции. Каждое решение оценивалось по составу участников и кворуму того дня, когда оно принималось.',
  },
  'quorum.provisional': {
    en: 'The conference is still sitting: the count is as of today, and final when it closes.',
    ru: 'Конференция ещё заседает: подсчёт на сегодня, окончательным он станет при закрытии.',
  },
  'quorum.unset': {
    en: 'No quorum can be established: the quorum parameter has no value.',
    ru: 'Кворум установить нельзя: у параметра кворума нет значения.',
  },
  'quorum.notSitting': {
    en: 'The Conference has not been convened, so there is no quorum to count yet.',
    ru: 'Конференция не созвана, поэтому кворум пока не считается.',
  },
  'quorum.required': { en: 'required', ru: 'нужно' },
  'attendance.title': { en: 'Attendance ({n})', ru: 'Присутствуют ({n})' },
  'attendance.none': { en: 'Nobody has attended yet.', ru: 'Пока никто не присутствует.' },
  'attendance.noneClosed': { en: 'Nobody attended.', ru: 'Никто не присутствовал.' },
  'excluded.title': { en: 'Left out of the decision', ru: 'Не участвуют в решении' },
  'excluded.attacker': {
    en: 'carried out the armed attack: its vote is not counted, though it counts as present',
    ru: 'совершил вооружённое нападение: его голос не учитывается, хотя он считается присутствующим',
  },
  'excluded.party-to-dispute': {
    en: 'a party to the dispute: abstains in a decision under Chapter VI',
    ru: 'сторона в споре: воздерживается при решении по главе VI',
  },
  'excluded.state-concerned': {
    en: 'the State concerned: its objection does not count (consensus minus one)',
    ru: 'соответствующее государство: его возражение не учитывается («консенсус минус один»)',
  },
  'excluded.other': { en: 'left out of the decision', ru: 'не участвует в решении' },
  'decisions.title': { en: 'Decisions ({n})', ru: 'Решения ({n})' },
  'decisions.none': { en: 'No decision has been proposed.', ru: 'Решений не предлагалось.' },
  'decision.proposed': { en: 'proposed by {by} on {date}', ru: 'внесено: {by}, {date}' },
  'decision.taken': {
    en: 'Taken on {date}, judged with that day’s Parties: {quorum}',
    ru: 'Решение принималось {date}, по составу участников того дня: {quorum}',
  },
  'decision.abstentionReading': {
    en: 'Adopted with {n} abstaining or silent. EST 8(3) says “unanimously”: read as excluding abstentions (extraordinary.abstentionBlocks=true), this decision would fail.',
    ru: 'Принято при {n} воздержавшихся или не голосовавших. В ст. 8(3) сказано «единогласно»: если считать, что воздержание нарушает единогласие (extraordinary.abstentionBlocks=true), решение не было бы принято.',
  },
  'decision.takenOn': { en: 'Taken on {date}', ru: 'Решение принималось {date}' },
  'decision.adopted': { en: 'adopted', ru: 'принято' },
  'decision.blocked': { en: 'not adopted: blocked', ru: 'не принято: заблокировано' },
  'decision.failed': {
    en: 'not adopted: no quorum or no vote in favour',
    ru: 'не принято: нет кворума или ни одного голоса «за»',
  },
  'decision.failedCouncil': {
    en: 'not adopted: too few votes in favour',
    ru: 'не принято: недостаточно голосов «за»',
  },
  'decision.pending': { en: 'pending', ru: 'на рассмотрении' },
  'decision.blockedBy': { en: 'Blocked by', ru: 'Заблокировали' },
  'decision.wouldBlock': { en: 'As things stand, blocked by', ru: 'Сейчас блокируют' },
  'decision.objections': { en: 'Objected', ru: 'Возразили' },
  'decision.notCounted': { en: 'objection not counted', ru: 'возражение не учитывается' },
  'decision.noObjection': { en: 'No objection.', ru: 'Возражений нет.' },
  'vote.yes': { en: 'Yes ({n})', ru: 'За ({n})' },
  'vote.no': { en: 'No ({n})', ru: 'Против ({n})' },
  'vote.abstain': { en: 'Abstained or did not vote ({n})', ru: 'Воздержались или не голосовали ({n})' },
  'refused.title': { en: 'Refused acts in this procedure ({n})', ru: 'Отклонённые действия ({n})' },
  'refused.line': { en: '#{index}, {date}: {act} by {by}', ru: '№{index}, {date}: {act} — {by}' },
  'refused.english': { en: '', ru: '(пояснение депозитария на английском)' },
  'notfound.title': { en: 'No such procedure', ru: 'Такой процедуры нет' },
  'notfound.text': {
    en: 'The log holds no procedure "{id}". Procedures appear on the timeline once a Party files the act that opens them.',
    ru: 'В журнале нет процедуры «{id}». Процедуры появляются в хронологии, когда Участник подаёт открывающий их акт.',
  },
  'notfound.timeline': { en: 'Go to the timeline', ru: 'Перейти к хронологии' },
  'live.note': {
    en: 'This page updates by itself when new filings reach the log.',
    ru: 'Страница обновляется сама, когда в журнал поступают новые акты.',
  },
  'page.title': { en: '{kind} {id}', ru: '{kind} {id}' },
  'exercise.mark': { en: 'Exercise', ru: 'Учения' },
  'print.source': { en: 'Printed from {url}', ru: 'Распечатано со страницы {url}' },
});

type T = ReturnType<typeof useT<typeof PROCEDURE_MESSAGES>>;

/**
 * Whether terms of art link to the glossary: on the procedure page they do; the playground's report,
 * which shows the same parts, keeps the reader on the scenario they are editing.
 */
const GlossaryLinks = createContext(false);

/** `children`, linked to the glossary's entry `id` where the page links terms. */
function MaybeTerm({ id, children }: { readonly id: TermId; readonly children: ReactNode }) {
  return useContext(GlossaryLinks) ? <Term id={id}>{children}</Term> : <>{children}</>;
}

/** The glossary's entry for a procedure's kind, when it has one. */
const KIND_TERMS: Partial<Record<ProcedureOutcome['kind'], TermId>> = {
  'extraordinary-conference': 'extraordinary-conference',
  accession: 'accession',
};

export { Cite };

/** A party's name in the page's language, with its code for those who read codes. */
export function PartyName({ id }: { readonly id: string }) {
  const { lang } = useLanguage();
  const name = partyName(id, lang);
  return (
    <span className="party" title={id}>
      {name}
      {name !== id && <span className="code"> {id}</span>}
    </span>
  );
}

/** Names of parties, in the order given, comma-separated; `none` when empty. */
export function PartyList({ ids, empty }: { readonly ids: readonly string[]; readonly empty?: string }) {
  const t = useT(PROCEDURE_MESSAGES);
  if (ids.length === 0) return <span className="muted">{empty ?? t('field.none')}</span>;
  return (
    <span className="parties">
      {ids.map((id, i) => (
        <Fragment key={id}>
          {i > 0 && ', '}
          <PartyName id={id} />
        </Fragment>
      ))}
    </span>
  );
}

/** The citation of a procedure's kind (the body that sits, for a council). */
export function kindCite(p: Pick<ProcedureOutcome, 'kind' | 'body'>): string {
  switch (p.kind) {
    case 'information-request':
      return 'EST 3';
    case 'consultations':
      return 'EST 5';
    case 'conference':
      return 'EST 6';
    case 'extraordinary-conference':
      return 'EST 8';
    case 'accession':
      return 'EST 12';
    case 'council':
      return p.body === 'nac' ? 'NAT 9' : p.body === 'unsc' ? 'UN Charter 28' : 'OSCE Permanent Council';
  }
}

/** The name of a procedure's kind in the page's language. */
export function kindName(p: Pick<ProcedureOutcome, 'kind' | 'body'>, t: T): string {
  return p.kind === 'council' && p.body ? t(`body.${p.body}`) : t(`kind.${p.kind}`);
}

/** The provision under which an attack (or threat) brings the matter before the body. */
function attackCite(p: ProcedureOutcome): string {
  if (p.kind !== 'council') return 'EST 8(1)';
  return p.body === 'unsc' ? 'UN Charter 39' : p.body === 'nac' ? 'NAT 5' : kindCite(p);
}

/** The provision under which Parties assist the victim (and the Security Council's measures end it). */
function assistanceCite(p: ProcedureOutcome): string {
  if (p.kind !== 'council') return 'EST 7(2)';
  return p.body === 'nac' ? 'NAT 5' : 'UN Charter 51';
}

/** The provision that sets a conference's quorum. */
const quorumCite = (p: ProcedureOutcome): string => (p.kind === 'conference' ? 'EST 6(3)' : 'EST 8(3)');

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

function Field({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function Day({ date }: { readonly date: string | null | undefined }) {
  const { lang } = useLanguage();
  if (!date) return null;
  return <time dateTime={date}>{formatDate(date, lang)}</time>;
}

function excludedReason(p: ProcedureOutcome): {
  key: 'attacker' | 'party-to-dispute' | 'state-concerned' | 'other';
  cite: string | null;
} {
  if (p.kind === 'extraordinary-conference') return { key: 'attacker', cite: 'EST 8(3)' };
  if (p.rule === 'veto-majority') return { key: 'party-to-dispute', cite: 'UN Charter 27(3)' };
  if (p.rule === 'consensus-minus-one') return { key: 'state-concerned', cite: 'OSCE Prague 1992, 16' };
  return { key: 'other', cite: null };
}

function decisionVerdict(p: ProcedureOutcome, d: DecisionOutcome, t: T): { text: string; cls: string } {
  if (d.adopted === null) return { text: t('decision.pending'), cls: 'pending' };
  if (d.adopted) return { text: t('decision.adopted'), cls: 'adopted' };
  if (d.blockedBy.length > 0) return { text: t('decision.blocked'), cls: 'blocked' };
  return {
    text: p.kind === 'council' ? t('decision.failedCouncil') : t('decision.failed'),
    cls: 'failed',
  };
}

function Decision({ p, d }: { readonly p: ProcedureOutcome; readonly d: DecisionOutcome }) {
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

/** The heading line of a procedure: its kind (linked to the provision) and id. */
export function ProcedureTitle({ procedure: p }: { readonly procedure: ProcedureOutcome }) {
  const t = useT(PROCEDURE_MESSAGES);
  const term = KIND_TERMS[p.kind];
  return (
    <>
      {term === undefined ? kindName(p, t) : <MaybeTerm id={term}>{kindName(p, t)}</MaybeTerm>}{' '}
      <span className="proc-id">{p.id}</span>{' '}
      <small>
        (<Cite cite={kindCite(p)} />)
      </small>
    </>
  );
}

function NotFound({ id }: { readonly id: string }) {
  const t = useT(PROCEDURE_MESSAGES);
  return (
    <div className="error" role="alert">
      <h1>{t('notfound.title')}</h1>
      <p>{t('notfound.text', { id })}</p>
      <p>
        <a href={href('timeline')}>{t('notfound.timeline')}</a>
      </p>
    </div>
  );
}

/**
 * A value that follows `value` at most once per `ms`: under a burst of filings the page re-reads the
 * procedure about once a second, not once per entry.
 */
function useThrottled<T>(value: T, ms: number): T {
  const [current, setCurrent] = useState(value);
  const last = useRef(0);
  useEffect(() => {
    const wait = Math.max(0, last.current + ms - Date.now());
    const timer = window.setTimeout(() => {
      last.current = Date.now();
      setCurrent(value);
    }, wait);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return current;
}

/** The refused acts of a procedure, from the outcome (the procedure's own answer does not list them). */
async function refusedIn(id: string): Promise<readonly RejectionOutcome[]> {
  return (await api.outcome()).rejected.filter((r) => r.procedure === id);
}

export function ProcedureView({ id }: { readonly id: string }) {
  const t = useT(PROCEDURE_MESSAGES);
  const mode = useLogMode();
  const size = useThrottled(useLive().size, 1000);
  const loaded = useLoad(() => api.procedure(id), [id, size]);
  // Read after the procedure, and on its own: a failure here only leaves the refusals out.
  const refused = useLoad(
    () => (loaded.state === 'ok' ? refusedIn(id) : Promise.resolve(null)),
    [id, size, loaded.state],
  );
  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'error') {
    if (loaded.error instanceof ApiError && loaded.error.status === 404) return <NotFound id={id} />;
    return <ErrorMessage error={loaded.error} retry={loaded.reload} />;
  }
  const procedure = loaded.value;
  const rejected = refused.state === 'ok' ? (refused.value ?? []) : [];
  return (
    <GlossaryLinks.Provider value={true}>
      <article className="procedure-page" aria-labelledby="procedure-title">
        {/* In an exercise the heading itself says so: a cropped screenshot must not pass it off as fact. */}
        <h1 id="procedure-title" data-mode={mode ?? undefined}>
          {mode === 'exercise' && (
            <>
              <span className="exercise-mark">{t('exercise.mark')}:</span>{' '}
            </>
          )}
          <ProcedureTitle procedure={procedure} />
        </h1>
        <p className="muted small live-note">{t('live.note')}</p>
        <p className="print-source">{t('print.source', { url: window.location.href })}</p>
        <ProcedureDetails procedure={procedure} />
        <RefusedList rejected={rejected} title={t('refused.title', { n: rejected.length })} />
        <ProofOfInaction id={procedure.id} />
      </article>
    </GlossaryLinks.Provider>
  );
}
