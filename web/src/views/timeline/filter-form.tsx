/**
 * @module The timeline's filters: the kind of act, a party (filer or named), the outcome and a span of
 * days. Each change goes into the URL, which is where the timeline reads its filters from.
 */
import type { FormEvent } from 'react';
import { useLanguage } from '../../i18n.tsx';
import { partyName } from '../../names.ts';
import { href, navigate } from '../../router.ts';
import type { T } from '../timeline.messages.ts';
import type { Filters } from './entries.ts';
import { KINDS } from './entries.ts';

export function FilterForm({
  filters,
  parties,
  t,
}: {
  readonly filters: Filters;
  readonly parties: readonly string[];
  readonly t: T;
}) {
  const { lang } = useLanguage();
  const set = (change: Partial<Record<keyof Filters, string>>) => {
    const next: Record<string, string> = {};
    const merged = { ...filters, ...change };
    for (const [k, v] of Object.entries(merged)) if (typeof v === 'string' && v !== '') next[k] = v;
    navigate(href('timeline'), next, true);
  };
  const onSubmit = (e: FormEvent) => e.preventDefault();
  const options = [...new Set([...parties, ...(filters.party ? [filters.party] : [])])].sort((a, b) =>
    partyName(a, lang).localeCompare(partyName(b, lang), lang),
  );
  return (
    <form className="filters" role="search" aria-label={t('filters')} onSubmit={onSubmit}>
      <label>
        {t('f.kind')}
        <select name="kind" value={filters.kind ?? ''} onChange={(e) => set({ kind: e.target.value })}>
          <option value="">{t('f.all')}</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('f.party')}
        <select name="party" value={filters.party ?? ''} onChange={(e) => set({ party: e.target.value })}>
          <option value="">{t('f.all')}</option>
          {options.map((id) => (
            <option key={id} value={id}>
              {partyName(id, lang)} ({id})
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('f.outcome')}
        <select
          name="outcome"
          value={filters.outcome ?? ''}
          onChange={(e) => set({ outcome: e.target.value })}
        >
          <option value="">{t('f.all')}</option>
          <option value="accepted">{t('f.accepted')}</option>
          <option value="refused">{t('f.refused')}</option>
        </select>
      </label>
      <label>
        {t('f.from')}
        <input
          type="date"
          name="from"
          value={filters.from ?? ''}
          onChange={(e) => set({ from: e.target.value })}
        />
      </label>
      <label>
        {t('f.to')}
        <input type="date" name="to" value={filters.to ?? ''} onChange={(e) => set({ to: e.target.value })} />
      </label>
      <a href={href('timeline')}>{t('f.clear')}</a>
    </form>
  );
}
