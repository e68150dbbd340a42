/**
 * @module The announcement, for screen readers, of the newest entry that arrives over the live stream
 * while the timeline is open.
 */
import { useEffect, useRef, useState } from 'react';
import { useLanguage, useT } from '../../i18n.tsx';
import type { LedgerItem } from '../../ledger.ts';
import { partyName } from '../../names.ts';
import { PART_MESSAGES } from '../entry-parts.tsx';
import type { T } from '../timeline.messages.ts';
import { accepted, tagOf } from './entries.ts';

/** Announces entries that arrive over the live stream. */
export function useAnnouncement(items: readonly LedgerItem[] | null, t: T): string {
  const { lang } = useLanguage();
  const tp = useT(PART_MESSAGES);
  const seen = useRef<number | null>(null);
  const [text, setText] = useState('');
  useEffect(() => {
    if (items === null) return;
    if (seen.current !== null && items.length > seen.current) {
      const fresh = items.slice(seen.current).filter((i) => i.live);
      const newest = fresh.at(-1);
      if (newest !== undefined)
        setText(
          t('live.new', {
            who: partyName(newest.filer, lang),
            kind: tagOf(t, newest),
            outcome: accepted(newest) ? tp('accepted') : tp('refused'),
          }),
        );
    }
    seen.current = items.length;
  }, [items, lang, t, tp]);
  return text;
}
