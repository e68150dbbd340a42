/**
 * @module `est compare --treaty A --treaty B`: two to four of the drafts of 2009 and 2021 side by
 * side, theme by theme (what each bars, whom it binds, which procedure it gives, what it leaves
 * blank), and, when the two NATO-Russia drafts are compared, their correspondence article by article
 * (src/treaty/generations). Text in English or Russian; `--json` gives the data in both.
 */
import type { Language } from '../../treaty/common.ts';
import { LANGUAGES } from '../../treaty/common.ts';
import { localCite } from '../../treaty/citation.ts';
import type {
  DraftComparison,
  GenerationDraft,
  ParameterValue,
  ResolvedClause,
  ResolvedEntry,
  ResolvedProcedure,
  ResolvedProvision,
  ResolvedSet,
} from '../../treaty/generations/index.ts';
import {
  BINDINGNESS_NAMES,
  DECISION_NAMES,
  GENERATION_DRAFTS,
  compareDrafts,
  isGenerationDraft,
} from '../../treaty/generations/index.ts';
import { BASIS_NAMES, formatParameterValue } from '../../treaty/parameters/index.ts';
import { CliError } from '../io.ts';
import { wrapText } from '../report.ts';

const WIDTH = 100;

const WORDS = {
  en: {
    heading: (names: string) => `2009 and 2021: ${names}, by theme`,
    drafts: 'Drafts compared',
    rows: {
      cites: 'cites',
      bars: 'bars',
      binds: 'binds',
      where: 'concerns',
      procedure: 'procedure',
      blanks: 'left open',
      note: 'note',
    },
    nothing: 'nothing',
    none: '-',
    quorum: 'quorum',
    threshold: 'needs',
    unset: 'unset',
    correspondence: (a: string, b: string) => `${a} and ${b}, article by article`,
  },
  ru: {
    heading: (names: string) => `2009 и 2021: ${names}, по темам`,
    drafts: 'Сравниваемые проекты',
    rows: {
      cites: 'положения',
      bars: 'запрещает',
      binds: 'связывает',
      where: 'касается',
      procedure: 'процедура',
      blanks: 'не решено',
      note: 'примечание',
    },
    nothing: 'ничего',
    none: '—',
    quorum: 'кворум',
    threshold: 'нужно',
    unset: 'не задано',
    correspondence: (a: string, b: string) => `${a} и ${b}: статья за статьёй`,
  },
} as const;

type Words = (typeof WORDS)[Language];

/** The drafts named by `--treaty` (two to four, each once), or a usage error. */
export function draftsOption(values: readonly string[]): GenerationDraft[] {
  const expected = GENERATION_DRAFTS.join(', ');
  for (const v of values)
    if (!isGenerationDraft(v)) throw new CliError(`--treaty ${v}: expected one of ${expected}`);
  const drafts = values as GenerationDraft[];
  const twice = drafts.find((d, i) => drafts.indexOf(d) !== i);
  if (twice !== undefined) throw new CliError(`--treaty ${twice}: given twice`);
  if (drafts.length < 2) throw new CliError(`--treaty: give two to four drafts to compare (${expected})`);
  return drafts;
}

export function languageOption(text: string | undefined): Language {
  if (text === undefined) return 'en';
  if (!(LANGUAGES as readonly string[]).includes(text))
    throw new CliError(`--lang ${text}: expected en or ru`);
  return text as Language;
}

/** Citations without repeats, in the reader's language: paragraphs share their article's. */
const citesOf = (cites: readonly { cite: string }[], lang: Language): string =>
  // Russian citations hold commas of their own («ДЕБ, ст. 2, п. 1»): a semicolon between them.
  [...new Set(cites.map((c) => localCite(c.cite, lang)))].join(lang === 'ru' ? '; ' : ', ');

/** A value as `est treaty params` writes it, long lists of States cut short. */
function valueText(v: ParameterValue, w: Words): string {
  if (v.value === null) return w.unset;
  if (Array.isArray(v.value) && v.value.length > 6)
    return `[${v.value.length}: ${v.value.slice(0, 4).join(', ')}, ...]`;
  return formatParameterValue(v.value);
}

function setText(s: ResolvedSet, lang: Language): string {
  const n = s.members.length;
  return `${s.who[lang]} (${n <= 6 ? `${n}: ${s.members.join(', ')}` : n})`;
}

function procedureText(p: ResolvedProcedure, lang: Language, w: Words): string {
  const parts = [p.body[lang]];
  if (p.quorum) parts.push(`${w.quorum} ${valueText(p.quorum, w)} (${p.quorum.id})`);
  if (p.threshold) parts.push(`${w.threshold} ${valueText(p.threshold, w)} (${p.threshold.id})`);
  parts.push(DECISION_NAMES[p.decision][lang]);
  if (p.binding) parts.push(BINDINGNESS_NAMES[p.binding][lang]);
  return parts.join('; ');
}

const blankText = (v: ParameterValue, lang: Language, w: Words): string =>
  `${v.id} = ${valueText(v, w)} (${BASIS_NAMES[v.basis][lang]})`;

type Row = keyof Words['rows'];
const ROWS: readonly Row[] = ['cites', 'bars', 'binds', 'where', 'procedure', 'blanks', 'note'];

/** The paragraphs of one draft's cell in one row of a theme. */
function cell(e: ResolvedEntry, row: Row, lang: Language, w: Words): string[] {
  const numbered = (i: number, text: string) => (e.clauses.length > 1 ? `(${i + 1}) ${text}` : text);
  const each = (f: (c: ResolvedClause) => string | null): string[] =>
    e.clauses.flatMap((c, i) => {
      const text = f(c);
      return text === null ? [] : [numbered(i, text)];
    });
  switch (row) {
    case 'cites':
      return e.clauses.length === 0
        ? [`${w.none} [${e.confidence}]`]
        : each((c) => `${citesOf(c.cites, lang)} [${c.confidence}]`);
    case 'bars': {
      const bars = each((c) => c.bars?.[lang] ?? null);
      return bars.length > 0 ? bars : [w.nothing];
    }
    case 'binds':
      return each((c) => setText(c.binds, lang));
    case 'where':
      return each((c) => (c.where ? setText(c.where, lang) : null));
    case 'procedure':
      return each((c) =>
        c.procedures.length === 0 ? null : c.procedures.map((p) => procedureText(p, lang, w)).join('. '),
      );
    case 'blanks':
      return each((c) => {
        const parts = [...c.blanks.map((b) => blankText(b, lang, w)), ...(c.open ? [c.open[lang]] : [])];
        return parts.length === 0 ? null : parts.join('; ');
      });
    case 'note':
      return e.note ? [e.note[lang]] : [];
  }
}

/** Columns side by side: a label, then one wrapped column a draft. */
function columns(label: string, cells: readonly string[][], labelWidth: number, colWidth: number): string[] {
  const wrapped = cells.map((paras) => paras.flatMap((p) => wrapText(p, '', colWidth)));
  const height = Math.max(1, ...wrapped.map((c) => c.length));
  const out: string[] = [];
  for (let i = 0; i < height; i += 1) {
    const left = (i === 0 ? label : '').padEnd(labelWidth);
    const parts = wrapped.map((c, j) => {
      const text = c[i] ?? '';
      return j === wrapped.length - 1 ? text : text.padEnd(colWidth);
    });
    out.push(`  ${left}  ${parts.join('  ')}`.trimEnd());
  }
  return out;
}

/** The comparison as text in a language. */
export function formatDraftComparison(cmp: DraftComparison, lang: Language): string {
  const w = WORDS[lang];
  const labels = cmp.drafts.map((d) => d.label[lang]);
  const labelWidth = Math.max(...ROWS.map((r) => w.rows[r].length));
  const n = cmp.drafts.length;
  const colWidth = Math.floor((WIDTH - 4 - labelWidth - 2 * (n - 1)) / n);
  const lines = [w.heading(listed(labels, lang)), ...wrapText(cmp.caveat[lang], '', WIDTH), ''];
  lines.push(`${w.drafts}:`);
  const pad = Math.max(...labels.map((l) => l.length));
  for (const d of cmp.drafts)
    lines.push(
      ...wrapText(d.title[lang], '', WIDTH - 4 - pad).map(
        (l, i) => `  ${(i === 0 ? d.label[lang] : '').padEnd(pad)}  ${l}`,
      ),
    );
  lines.push('');
  for (const t of cmp.themes) {
    lines.push(t.title[lang]);
    lines.push(
      ...columns(
        '',
        labels.map((l) => [l]),
        labelWidth,
        colWidth,
      ),
    );
    for (const row of ROWS) {
      const cells = t.entries.map((e) => cell(e, row, lang, w));
      if (cells.every((c) => c.length === 0)) continue;
      lines.push(...columns(w.rows[row], cells, labelWidth, colWidth));
    }
    lines.push('');
  }
  if (cmp.correspondence) lines.push(...correspondenceLines(cmp, lang));
  return `${lines.join('\n').trimEnd()}\n`;
}

/** "A and B", "A, B and C" in a language. */
function listed(items: readonly string[], lang: Language): string {
  const and = lang === 'ru' ? ' и ' : ' and ';
  return items.length <= 2 ? items.join(and) : `${items.slice(0, -1).join(', ')}${and}${items.at(-1) ?? ''}`;
}

/** One side of a correspondence row: the headings of its provisions, or a dash. */
const sideText = (ps: readonly ResolvedProvision[], lang: Language, w: Words): string =>
  ps.length === 0 ? w.none : ps.map((p) => p.heading[lang]).join('; ');

function correspondenceLines(cmp: DraftComparison, lang: Language): string[] {
  const w = WORDS[lang];
  const c = cmp.correspondence;
  if (!c) return [];
  const label = (id: GenerationDraft) => cmp.drafts.find((d) => d.id === id)?.label[lang] ?? id;
  const [from, to] = [label('nrc-2009'), label('nra-2021')];
  const lines = [w.correspondence(from, to), ...wrapText(c.caveat[lang], '', WIDTH), ''];
  const pad = Math.max(from.length, to.length);
  const cites = (ps: readonly ResolvedProvision[]) => (ps.length === 0 ? w.none : citesOf(ps, lang));
  for (const r of c.rows) {
    lines.push(`  ${cites(r.from)} -> ${cites(r.to)}: ${r.kindName[lang]} [${r.confidence}]`);
    for (const [name, side] of [
      [from, r.from],
      [to, r.to],
    ] as const)
      lines.push(
        ...wrapText(sideText(side, lang, w), '', WIDTH - 8 - pad).map(
          (l, i) => `      ${(i === 0 ? name : '').padEnd(pad)}  ${l}`,
        ),
      );
    lines.push(...wrapText(r.note[lang], '', WIDTH - 6).map((l) => `      ${l}`), '');
  }
  return lines;
}

/** `est compare --treaty ...`: the comparison as text or JSON. */
export function runDraftComparison(
  treaties: readonly string[],
  opts: { lang?: string; json?: boolean },
): string {
  const lang = languageOption(opts.lang);
  const cmp = compareDrafts(draftsOption(treaties));
  return opts.json ? `${JSON.stringify(cmp, null, 2)}\n` : formatDraftComparison(cmp, lang);
}
