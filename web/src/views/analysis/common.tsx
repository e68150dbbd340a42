/**
 * @module What the analysis sections share: names in the current language, numbers as each language
 * writes them (with Russian plural forms), terms of art linked to the glossary, the section's URL
 * state, the names of the presets, and the CSV export of a table.
 */
import type { ReactNode } from 'react';
import { ORGANIZATIONS, PRESETS, PRESET_IDS } from '../../../../src/treaty/parties/index.ts';
import type { PresetId } from '../../../../src/treaty/parties/index.ts';
import { toCsv } from '../../csv.ts';
import { downloadCsv } from '../../download.ts';
import type { Cell } from '../../csv.ts';
import type { Language } from '../../i18n.tsx';
import { locale } from '../../i18n.tsx';
import { useT } from '../../i18n.tsx';
import { href, navigate } from '../../router.ts';
import { partyName } from '../../names.ts';
import { COMMON } from './common.messages.ts';

export { COMMON, PARTIES } from './common.messages.ts';

/** The first letter in upper case (a term's label, when the text opens with one): rules read as sentences. */
export function sentence(text: string): string {
  const at = text.startsWith('[[') ? text.indexOf('|') + 1 : 0;
  return text.slice(0, at) + text.charAt(at).toUpperCase() + text.slice(at + 1);
}

/** The short form: an organization's abbreviation (НАТО, ЕС), a state's id, a placeholder's number. */
export function shortOf(id: string, lang: Language): string {
  const org = ORGANIZATIONS.find((o) => o.id === id);
  if (org) return org.short[lang];
  const elected = /^elected-(\d+)$/.exec(id);
  if (elected) return COMMON['elected.short'][lang].replace('{n}', elected[1] as string);
  return id;
}

/** "Germany", or "NATO (organization)": names joined for a sentence or a table cell. */
export const namesOf = (ids: readonly string[], lang: Language): string =>
  ids.map((id) => partyName(id, lang)).join(', ');

/** A whole number with the language's grouping: 1,124 / 1 124. */
export const formatCount = (n: number, lang: Language): string =>
  new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 0 }).format(n);

/** A share as a percentage with `digits` decimals: 5.6% / 5,6 %. */
export const formatPercent = (p: number, lang: Language, digits = 1): string =>
  new Intl.NumberFormat(locale(lang), {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(p);

/** The fewest decimals (up to `max`) that write `x` exactly: an axis tick as 0.005, 0.01, 0.2. */
export function decimalsOf(x: number, max = 4): number {
  for (let d = 0; d < max; d += 1) if (Math.abs(Math.round(x * 10 ** d) - x * 10 ** d) < 1e-9) return d;
  return max;
}

/** A decimal with `digits` places, in the language's notation. */
export const formatDecimal = (x: number, lang: Language, digits: number): string =>
  new Intl.NumberFormat(locale(lang), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(x);

export { Terms, plainTerms } from '../../term.tsx';

/** A preset's name alone: "OSCE participating States of 2009". */
export const presetName = (id: PresetId, lang: Language): string => COMMON[`preset.${id}`][lang];

/** A preset's name and size, for a choice: "OSCE participating States of 2009 (56)". */
export function presetLabel(id: PresetId, lang: Language): string {
  return COMMON['preset.option'][lang]
    .replace('{name}', COMMON[`preset.${id}`][lang])
    .replace('{n}', String(PRESETS[id].length));
}

export { PRESET_IDS };
export type { PresetId };

export const isPreset = (text: string | null): text is PresetId =>
  text !== null && (PRESET_IDS as readonly string[]).includes(text);

/** Changes some of the analysis view's query parameters (null removes one), replacing the history entry. */
export function updateQuery(query: URLSearchParams, changes: Readonly<Record<string, string | null>>): void {
  const next = new URLSearchParams(query);
  for (const [k, v] of Object.entries(changes)) {
    if (v === null) next.delete(k);
    else next.set(k, v);
  }
  navigate(href('analysis'), Object.fromEntries(next), true);
}

/** A whole number from the query, within bounds, or the default. */
export function intParam(query: URLSearchParams, key: string, min: number, max: number, fallback: number) {
  const raw = query.get(key);
  if (raw === null || !/^\d+$/.test(raw.replace(/[_,\s]/g, ''))) return fallback;
  const n = Number(raw.replace(/[_,\s]/g, ''));
  return Number.isSafeInteger(n) && n >= min && n <= max ? n : fallback;
}

/** A table that scrolls sideways on a narrow screen instead of widening the page. */
export function ScrollTable({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  return (
    <div className="an-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

/**
 * "Download CSV" for one of the analysis tables: the first line says what the file is (a model's
 * output, not the record, and an exercise's when it comes from an exercise log), then the header in
 * the current language, then the rows.
 */
export function CsvButton({
  file,
  about,
  header,
  rows,
  exercise = false,
  model,
}: {
  /** The file's name, without `.csv`. */
  readonly file: string;
  /** What the table shows, for the first line: the analysis, its body and its set of Parties. */
  readonly about: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  /** The table comes from an exercise log (invented filings). */
  readonly exercise?: boolean;
  /** What the model is, in place of the analyses' default line (the 2009 draft, a model). */
  readonly model?: string;
}) {
  const t = useT(COMMON);
  return (
    <p className="an-csv" data-csv={file}>
      <button
        type="button"
        onClick={() => {
          const first = [exercise ? t('csv.exercise') : null, model ?? t('csv.model'), about]
            .filter((x) => x !== null)
            .join(' ');
          downloadCsv(file, toCsv([first], []) + toCsv(header, rows));
        }}
      >
        {t('csv.button')}
      </button>
    </p>
  );
}
