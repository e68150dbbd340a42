/**
 * @module The documents of what the site itself carries, without the depositary: the provisions of
 * both drafts and of the regimes, the parameters, the states and organizations of the registry (with
 * the names readers use besides the registry's), and the glossary.
 */
import { localCite } from '../../../src/treaty/citation.ts';
import type { Localized } from '../../../src/treaty/common.ts';
import type { Parameter } from '../../../src/treaty/parameters/index.ts';
import { PARAMETER_IDS, PARAMETERS } from '../../../src/treaty/parameters/index.ts';
import { ORGANIZATIONS, STATES } from '../../../src/treaty/parties/index.ts';
import type { ProvisionData } from '../../../src/treaty/provisions/index.ts';
import { PROVISIONS, citeOf } from '../../../src/treaty/provisions/index.ts';
import { TREATIES } from '../../../src/treaty/treaties.ts';
import type { GlossaryEntry } from '../glossary-data.ts';
import { GLOSSARY } from '../glossary-data.ts';
import { ISO_NUMERIC } from '../iso-numeric.ts';
import type { SearchDoc } from './document.ts';
import { both, link, same } from './document.ts';

/** A provision's citation without its treaty (`8(3)` of `EST 8(3)`), for the two drafts only. */
function bareCite(p: ProvisionData): string | null {
  if (p.treaty !== 'est-2009' && p.treaty !== 'nrc-2009') return null;
  const short = TREATIES[p.treaty].short;
  return p.cite.startsWith(`${short} `) ? p.cite.slice(short.length + 1) : null;
}

/** A heading without its `Article 8.` (`Статья 8.`), as readers name a provision. */
const bareHeading = (h: string): string => h.replace(/^(Article|Статья)\s+\d+\.\s*/, '');

/** Every provision: by id, citation (`EST 8(3)`, `8(3)`), heading and text, in both languages. */
export function provisionDocs(provisions: readonly ProvisionData[] = PROVISIONS): SearchDoc[] {
  return provisions.map((p) => {
    const bare = bareCite(p);
    return {
      kind: 'provision',
      id: p.id,
      href: link('treaty', p.id),
      title: { en: `${p.cite} ${bareHeading(p.heading.en)}`, ru: `${p.cite} ${bareHeading(p.heading.ru)}` },
      meta: TREATIES[p.treaty].title,
      detail: p.text,
      keys: [p.id, p.cite, ...(bare === null ? [] : [bare])],
      names: [...both(p.heading), bareHeading(p.heading.en), bareHeading(p.heading.ru)],
      text: [...both(p.text), ...(p.notModelled ? both(p.notModelled) : [])],
    };
  });
}

/** Every parameter: by id and description; it leads to its provision, where the treaty view lists it. */
export function parameterDocs(): SearchDoc[] {
  return PARAMETER_IDS.map((id) => {
    const p = PARAMETERS[id] as Parameter;
    const cite = citeOf(p.cites);
    return {
      kind: 'parameter',
      id,
      href: link('treaty', p.cites),
      title: same(id),
      meta: { en: cite, ru: localCite(cite, 'ru') },
      detail: p.description,
      keys: [id],
      names: [id],
      text: [
        ...both(p.description),
        cite,
        localCite(cite, 'ru'),
        p.values.at(-1)?.reference ?? '',
        p.values.at(-1)?.referenceRu ?? '',
      ],
    };
  });
}

/**
 * Names readers use besides the registry's (which are those of 2009): short forms and later names.
 * Search only; the results show the registry's name.
 */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  RU: ['Russia', 'Россия'],
  GB: ['Great Britain', 'Britain', 'UK', 'Великобритания', 'Британия'],
  US: ['United States', 'USA', 'America', 'США', 'Америка'],
  MK: ['North Macedonia', 'Macedonia', 'Северная Македония', 'Македония'],
  TR: ['Türkiye'],
  CZ: ['Czechia', 'Чешская Республика'],
  BY: ['Беларусь'],
  KG: ['Кыргызстан'],
  MD: ['Молдова'],
  TM: ['Туркменистан'],
  VA: ['Vatican', 'Ватикан'],
  NL: ['Holland', 'Голландия'],
  BA: ['Bosnia', 'Босния'],
};

const FILINGS_OF: Localized = { en: 'its filings', ru: 'его обращения' };

/** The states and organizations of the registry: by name (EN, RU), ISO code and abbreviation. */
export function partyDocs(): SearchDoc[] {
  const states: SearchDoc[] = STATES.map((s) => ({
    kind: 'party',
    id: s.id,
    // The map shows where the state stands (`?state=` selects it); its filings are a link beside.
    href: `${link('map')}?state=${encodeURIComponent(s.id)}`,
    links: [{ href: `${link('timeline')}?party=${encodeURIComponent(s.id)}`, label: FILINGS_OF }],
    title: s.name,
    meta: same(ISO_NUMERIC[s.id] === undefined ? s.id : `${s.id} · ${ISO_NUMERIC[s.id]}`),
    detail: null,
    keys: [s.id],
    names: [...both(s.name), ...(ALIASES[s.id] ?? [])],
    // The numeric code is text, not a key: `12` should not rank Canada (124) with Article 12.
    text: ISO_NUMERIC[s.id] === undefined ? [] : [ISO_NUMERIC[s.id] as string],
  }));
  const organizations: SearchDoc[] = ORGANIZATIONS.map((o) => ({
    kind: 'party',
    id: o.id,
    href: `${link('timeline')}?party=${encodeURIComponent(o.id)}`,
    title: o.name,
    meta: o.short,
    detail: o.note,
    keys: [o.id, o.short.en, o.short.ru],
    names: [...both(o.name), ...both(o.short)],
    text: both(o.note),
  }));
  return [...states, ...organizations];
}

/** The glossary's entries: by headword, other names, definition and use. */
export function termDocs(entries: readonly GlossaryEntry[] = GLOSSARY): SearchDoc[] {
  return entries.map((e) => ({
    kind: 'term',
    id: e.id,
    href: link('glossary', e.id),
    title: e.term,
    meta: null,
    detail: e.short,
    keys: [e.id],
    names: [...both(e.term), ...e.also.en, ...e.also.ru],
    text: [
      ...both(e.short),
      ...both(e.definition),
      ...e.usage.flatMap((u) => [...both(u.text), ...u.cites.map(citeOf)]),
    ],
  }));
}

/** Everything the site knows without the depositary. */
export function staticDocs(): SearchDoc[] {
  return [...termDocs(), ...provisionDocs(), ...parameterDocs(), ...partyDocs()];
}
