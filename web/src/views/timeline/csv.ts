/**
 * @module The timeline as a spreadsheet file (CSV): the entries shown, one a row, in the reader's
 * language; an exercise's file says in its first line that its filings are invented.
 */
import { toCsv } from '../../csv.ts';
import type { Language } from '../../i18n.tsx';
import type { LedgerItem } from '../../ledger.ts';
import { partyName } from '../../names.ts';
import { PART_MESSAGES, actText, violationsOf } from '../entry-parts.tsx';
import type { T } from '../timeline.messages.ts';
import { accepted, rawAct, tagOf } from './entries.ts';

/** The file of the entries shown, newest first; an exercise's says so in its first line. */
export function timelineCsv(shown: readonly LedgerItem[], exercise: boolean, t: T, lang: Language): string {
  const header = (
    ['date', 'filer', 'code', 'kind', 'act', 'procedure', 'outcome', 'grounds', 'index'] as const
  ).map((c) => t(`csv.${c}`));
  const tp = (accepted: boolean) => PART_MESSAGES[accepted ? 'accepted' : 'refused'][lang];
  const rows = [...shown].reverse().map((item) => {
    const filed = rawAct(item)['procedure'];
    const procedures = new Set([
      ...(typeof filed === 'string' ? [filed] : []),
      ...Object.keys(item.procedures),
    ]);
    return [
      item.day,
      partyName(item.filer, lang),
      item.filer,
      tagOf(t, item),
      actText(item, lang),
      [...procedures].join('; '),
      item.entry === null ? '' : tp(accepted(item)),
      violationsOf(item, lang)
        .map((v) => `${v.code} (${v.cite}): ${v.reason}`)
        .join('; '),
      item.index,
    ];
  });
  const table = toCsv(header, rows);
  return exercise ? toCsv([t('csv.exercise')], []) + table : table;
}
