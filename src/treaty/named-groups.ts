/**
 * @module The groups of States the December 2021 drafts rely on, as dated data with their sources:
 * the NATO of 27 May 1997 (NRA 4), the State named in the enlargement bar (NRA 6), the regions of
 * NRA 7 and the former Soviet States of RUS-US 4.
 *
 * The texts name most of these groups by a date or a region, not by a list. Where the list follows
 * from a date (NATO on 27 May 1997) it is read from the party registry; where it is a reading of a
 * region's name it is marked so, with a lower confidence, and the reading is kept here as a party set
 * so that the rule that applies the article takes it as a parameter a scenario can change
 * (`nra.7.*`, `rus-us.4.formerUssr`), instead of a list written into the rule.
 */
import type { Confidence, Localized, TreatyId } from './common.ts';
import type { Basis } from './parameters/types.ts';
import type { PartySet } from './parties/index.ts';
import type { ProvisionId } from './provisions/index.ts';

export interface NamedGroup {
  readonly id: string;
  readonly treaty: TreatyId;
  /** The paragraph that names the group. */
  readonly cites: ProvisionId;
  readonly name: Localized;
  /** The States, as a party set: a dated selector where the text gives a date, else a list. */
  readonly members: PartySet;
  /** How sure the list is, as for a provision (TREATY.md §0). */
  readonly confidence: Confidence;
  /** `text` when the text fixes the list (by a name or a date), `reading` when we chose it. */
  readonly basis: Basis;
  readonly sources: readonly string[];
  readonly note: Localized;
}

export const NAMED_GROUPS = [
  {
    id: 'nra.4.bound',
    treaty: 'nra-2021',
    cites: 'nra.4.1',
    name: {
      en: 'The NATO member States of 27 May 1997',
      ru: 'Государства — члены НАТО на 27 мая 1997 года',
    },
    members: 'nato-on:1997-05-27',
    confidence: 'C',
    basis: 'text',
    sources: ['S44', 'S30', 'S71'],
    note: {
      en: 'The day the NATO-Russia Founding Act was signed in Paris (S30). On that day NATO had 16 members: the 12 founders, Greece and Turkey (1952), Germany (1955) and Spain (1982); the registry gives the dates (S71).',
      ru: 'День подписания Основополагающего акта Россия–НАТО в Париже (S30). В этот день в НАТО было 16 членов: 12 основателей, Греция и Турция (1952), Германия (1955) и Испания (1982); даты приведены в реестре (S71).',
    },
  },
  {
    id: 'nra.6.named',
    treaty: 'nra-2021',
    cites: 'nra.6',
    name: { en: 'The State the enlargement bar names', ru: 'Государство, названное в запрете расширения' },
    members: ['UA'],
    confidence: 'C',
    basis: 'text',
    sources: ['S44', 'S49'],
    note: {
      en: 'Ukraine is named; "other States" are covered too, without a list.',
      ru: 'Украина названа прямо; «другие государства» тоже охвачены, но без перечня.',
    },
  },
  {
    id: 'nra.7.ukraine',
    treaty: 'nra-2021',
    cites: 'nra.7.1',
    name: { en: 'Ukraine', ru: 'Украина' },
    members: ['UA'],
    confidence: 'C',
    basis: 'text',
    sources: ['S44', 'S49'],
    note: {
      en: 'Named in the text.',
      ru: 'Названа в тексте.',
    },
  },
  {
    id: 'nra.7.easternEurope',
    treaty: 'nra-2021',
    cites: 'nra.7.1',
    name: { en: 'Other States in Eastern Europe', ru: 'Другие государства Восточной Европы' },
    members: ['BY', 'MD'],
    confidence: 'R-l',
    basis: 'reading',
    sources: ['S44', 'S49'],
    note: {
      en: 'The text lists no State. Belarus and Moldova are the narrowest reading: the former Soviet States of Europe outside NATO, other than Ukraine and Russia. A wider reading would add the eastern members of NATO itself (from the Baltic States to Bulgaria), which the Alliance would then be barred from exercising in; the draft does not settle it.',
      ru: 'Текст не называет ни одного государства. Белоруссия и Молдавия — самое узкое прочтение: европейские государства бывшего СССР вне НАТО, кроме Украины и России. При широком прочтении сюда вошли бы и восточные члены самой НАТО (от государств Балтии до Болгарии), где альянсу тогда было бы запрещено проводить учения; проект этого не решает.',
    },
  },
  {
    id: 'nra.7.southCaucasus',
    treaty: 'nra-2021',
    cites: 'nra.7.1',
    name: { en: 'The South Caucasus', ru: 'Закавказье' },
    members: ['AM', 'AZ', 'GE'],
    confidence: 'R-m',
    basis: 'reading',
    sources: ['S44', 'S49'],
    note: {
      en: 'The text names the region, not its States; the three are the usual meaning.',
      ru: 'Текст называет регион, а не государства; обычно под ним понимают эти три.',
    },
  },
  {
    id: 'nra.7.centralAsia',
    treaty: 'nra-2021',
    cites: 'nra.7.1',
    name: { en: 'Central Asia', ru: 'Центральная Азия' },
    members: ['KG', 'KZ', 'TJ', 'TM', 'UZ'],
    confidence: 'R-m',
    basis: 'reading',
    sources: ['S44', 'S49'],
    note: {
      en: 'The text names the region, not its States; the five former Soviet republics are the usual meaning (Afghanistan and Mongolia are sometimes counted, but neither is one of the States the drafts aim at).',
      ru: 'Текст называет регион, а не государства; обычно под ним понимают пять бывших советских республик (иногда причисляют Афганистан и Монголию, но ни одно из них не относится к государствам, на которые нацелены проекты).',
    },
  },
  {
    id: 'rus-us.4.formerUssr',
    treaty: 'rus-us-2021',
    cites: 'rus-us.4.1',
    name: {
      en: 'The States of the former USSR other than Russia',
      ru: 'Государства бывшего СССР, кроме России',
    },
    members: ['AM', 'AZ', 'BY', 'EE', 'GE', 'KG', 'KZ', 'LT', 'LV', 'MD', 'TJ', 'TM', 'UA', 'UZ'],
    confidence: 'C-partial',
    basis: 'reading',
    sources: ['S48', 'S72'],
    note: {
      en: 'The 15 Soviet republics less Russia, the other Party. The twelve of the CIS founding agreement are in S72; the three Baltic States are reference knowledge. Which of the 14 are outside NATO depends on the day (Estonia, Latvia and Lithuania joined in 2004).',
      ru: '15 союзных республик без России, другой Стороны. Двенадцать участников соглашения о создании СНГ приведены в S72; три государства Балтии — справочное знание. Какие из 14 остаются вне НАТО, зависит от даты (Эстония, Латвия и Литва вступили в 2004 году).',
    },
  },
] as const satisfies readonly NamedGroup[];
