/**
 * @module An entry's outcome: accepted or refused, with each refusal's code, citation and reason in the
 * reader's language; where this browser's engine decides it otherwise; and where the rules moved on
 * (the earlier rules it was decided under, and where the current rules decide it otherwise).
 */
import { Fragment } from 'react';
import { describeViolation } from '../../../../src/engine/messages.ts';
import type { FilingOutcome, LoggedViolation } from '../../../../src/log/entry.ts';
import type { RulesChange } from '../../../../src/log/record.ts';
import { describeLogged } from '../../../../src/log/record.ts';
import { FORMAT_1_RULES, RULES } from '../../../../src/log/rules.ts';
import type { Language } from '../../i18n.tsx';
import { useLanguage, useT } from '../../i18n.tsx';
import type { LedgerItem } from '../../ledger.ts';
import { href } from '../../router.ts';
import { PART_MESSAGES } from '../entry-parts.messages.ts';
import { Cite } from './cite.tsx';
import { fillNodes as fill } from './fill.tsx';

/**
 * The reasons of a refusal in the reader's language: rendered from the logged data (format 2); for
 * a format 1 entry, which holds an English sentence, from the browser's own decision when it gives
 * the same violation, else that sentence.
 */
export function violationsOf(
  item: LedgerItem,
  lang: Language,
): { code: string; cite: string; provision?: string; reason: string }[] {
  const logged: readonly LoggedViolation[] = item.entry?.outcome.violations ?? [];
  const decided = item.decided && !item.decided.accepted ? item.decided.violations : [];
  return logged.map((v, i) => {
    const mine = decided[i];
    if (v.params === undefined && mine !== undefined && mine.code === v.code)
      return { code: v.code, cite: v.cite, provision: mine.cite, reason: describeViolation(mine, lang) };
    const provision = mine !== undefined && mine.code === v.code ? mine.cite : undefined;
    return {
      code: v.code,
      cite: v.cite,
      ...(provision === undefined ? {} : { provision }),
      reason: describeLogged(v, lang),
    };
  });
}

/** A rules id as shown: format 1's with a word on what it is. */
function RulesName({ id }: { readonly id: string }) {
  const t = useT(PART_MESSAGES);
  return id === FORMAT_1_RULES ? <>{t('rules.format-1')}</> : <code>{id}</code>;
}

/** An outcome in a few words: accepted, or refused with its codes and citations. */
function OutcomeWords({ outcome }: { readonly outcome: FilingOutcome }) {
  const t = useT(PART_MESSAGES);
  if (outcome.accepted) return <>{t('outcome.accepted')}</>;
  return (
    <>
      {fill(t('outcome.refused'), {
        violations: outcome.violations.map((v, i) => (
          <Fragment key={i}>
            {i > 0 ? ', ' : ''}
            <code>{v.code}</code> <Cite cite={v.cite} />
          </Fragment>
        )),
      })}
    </>
  );
}

/** The mark of an entry decided under rules that are not the current ones. */
export function EarlierRules({ item }: { readonly item: LedgerItem }) {
  const t = useT(PART_MESSAGES);
  if (item.entry === null || item.rules === RULES) return null;
  return (
    <span
      className="badge earlier-rules"
      data-rules={item.rules}
      title={t('rules.earlierTitle', { current: RULES })}
    >
      {fill(t('rules.earlier'), { rules: <RulesName id={item.rules} /> })}
    </span>
  );
}

/** Where the current rules decide an entry otherwise than the earlier rules it was decided under. */
export function RulesChangeMark({ change }: { readonly change: RulesChange }) {
  const t = useT(PART_MESSAGES);
  return (
    <span className="badge rules-change" data-rules-change={change.index} title={t('rules.otherwiseTitle')}>
      ⚖{' '}
      {fill(t('rules.otherwise'), {
        current: <code>{change.current}</code>,
        decided: <OutcomeWords outcome={change.decided} />,
        logged: <OutcomeWords outcome={change.logged} />,
      })}
      {'; '}
      {change.recordedBy === null ? (
        t('rules.unrecorded')
      ) : (
        <a href={href('log', String(change.recordedBy))}>{t('rules.recorded', { n: change.recordedBy })}</a>
      )}
    </span>
  );
}

/** Accepted or refused, with codes and citations; `full` adds the reasons. */
export function OutcomeBadge({ item, full = false }: { readonly item: LedgerItem; readonly full?: boolean }) {
  const t = useT(PART_MESSAGES);
  const { lang } = useLanguage();
  if (item.entry === null) return null;
  const { accepted } = item.entry.outcome;
  const violations = violationsOf(item, lang);
  return (
    <span className="outcome">
      <span className={`badge ${accepted ? 'accepted' : 'refused'}`}>
        {accepted ? `✓ ${t('accepted')}` : `✗ ${t('refused')}`}
      </span>
      {violations.map((v, i) => (
        <span key={i} className="violation">
          {' '}
          <code>{v.code}</code> (<Cite cite={v.cite} provision={v.provision} />){full && <>: {v.reason}</>}
        </span>
      ))}
      {item.agrees === false && (
        <span
          className="badge disagrees"
          data-disagrees={item.index}
          title={`${t('disagreesTitle')}${item.outcomeProblem === null ? '' : ` (${item.outcomeProblem})`}`}
        >
          ⚠ {t('disagrees')}
        </span>
      )}
      {item.error !== null && (
        <span className="badge disagrees" data-engine-error={item.index}>
          ⚠ {t('engine.error', { message: item.error })}
        </span>
      )}
      {item.rules !== RULES && (
        <>
          {' '}
          <EarlierRules item={item} />
        </>
      )}
      {item.rulesChange !== null && (
        <>
          {' '}
          <RulesChangeMark change={item.rulesChange} />
        </>
      )}
    </span>
  );
}
