/**
 * @module What an accepted act brought about, when worth a line: entry into force, a Party bound, a
 * Conference convened, a withdrawal's effect, an accession's dates, consultations' deadline.
 */
import type { ReactNode } from 'react';
import { formatDate, useLanguage, useT } from '../../i18n.tsx';
import type { LedgerItem } from '../../ledger.ts';
import { PART_MESSAGES } from '../entry-parts.messages.ts';
import { fillNodes as fill } from './fill.tsx';
import { Parties, ProcedureLink } from './links.tsx';

/** What an accepted act brought about, when worth a line: entry into force, a Conference convened. */
export function Consequences({ item }: { readonly item: LedgerItem }) {
  const t = useT(PART_MESSAGES);
  const { lang } = useLanguage();
  if (!item.decided?.accepted) return null;
  const lines: ReactNode[] = [];
  const date = (d: string) => <time dateTime={d}>{formatDate(d, lang)}</time>;
  for (const e of item.decided.events) {
    switch (e.type) {
      case 'EnteredIntoForce':
        lines.push(<strong>{fill(t('ev.EnteredIntoForce'), { date: date(e.on) })}</strong>);
        break;
      case 'InstrumentDeposited':
        if (e.inForceFrom !== null) lines.push(fill(t('ev.bound'), { date: date(e.inForceFrom) }));
        break;
      case 'ConferenceConvened':
        lines.push(
          fill(t('ev.ConferenceConvened'), {
            procedure: <ProcedureLink id={e.procedure} kind="conference" />,
            date: date(e.deadline),
          }),
        );
        break;
      case 'ExtraordinaryConferenceConvened':
        lines.push(
          <>
            {fill(t('ev.ExtraordinaryConferenceConvened'), {
              procedure: <ProcedureLink id={e.procedure} kind="extraordinary-conference" />,
            })}
            {e.excluded.length > 0 && <>; {fill(t('ev.excluded'), { who: <Parties ids={e.excluded} /> })}</>}
          </>,
        );
        break;
      case 'WithdrawalNotified':
        lines.push(fill(t('ev.WithdrawalNotified'), { date: date(e.effective) }));
        break;
      case 'AccessionOpened':
        lines.push(
          fill(t('ev.AccessionOpened'), { until: date(e.objectionUntil), date: date(e.inForceFrom) }),
        );
        break;
      case 'ConsultationsRequested':
        lines.push(fill(t('ev.ConsultationsRequested'), { date: date(e.deadline) }));
        break;
      default:
        break;
    }
  }
  if (lines.length === 0) return null;
  return (
    <ul className="consequences">
      {lines.map((l, i) => (
        <li key={i}>→ {l}</li>
      ))}
    </ul>
  );
}
