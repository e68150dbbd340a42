/**
 * @module The glossary's terms: their ids, and the headword and one-line definition of each, in
 * English and Russian: small
 * enough to travel with every view that links a term (the tooltip of `<Term>`, ./term.tsx); the full
 * entries are in ./glossary-data.ts, loaded with the glossary and the search.
 */
import type { Localized } from '../../src/treaty/common.ts';

/**
 * The terms the glossary explains; their ids are part of the glossary's URLs (`#/glossary/quorum`).
 * Re-exported by ./term.tsx, which links them.
 */
export const TERMS = [
  'depositary',
  'instrument',
  'accession',
  'counted-instruments',
  'quorum',
  'consensus',
  'unanimity',
  'extraordinary-conference',
  'substantial-combat-forces',
] as const;

export type TermId = (typeof TERMS)[number];

export interface TermInfo {
  /** The headword in each language. */
  readonly term: Localized;
  /** A one-line definition, our own words. */
  readonly short: Localized;
  /** Other names a reader may look for (search only). */
  readonly also: { readonly en: readonly string[]; readonly ru: readonly string[] };
}

export const TERM_INFO: Readonly<Record<TermId, TermInfo>> = {
  depositary: {
    term: { en: 'depositary', ru: 'депозитарий' },
    short: {
      en: 'The keeper of a treaty: it receives the instruments and notices and tells the Parties of each.',
      ru: 'Хранитель договора: принимает документы и уведомления и сообщает о каждом из них Участникам.',
    },
    also: { en: ['depository', 'Depositary'], ru: ['депозитарий договора'] },
  },
  instrument: {
    term: {
      en: 'instrument (of ratification, approval, accession)',
      ru: 'документ (о ратификации, одобрении, присоединении)',
    },
    short: {
      en: 'The formal document by which a state or an organization consents to be bound by a treaty.',
      ru: 'Официальный документ, которым государство или организация соглашается на обязательность для себя договора.',
    },
    also: {
      en: ['instrument of ratification', 'instrument of approval', 'instrument of accession', 'ratification'],
      ru: ['ратификационная грамота', 'документ о ратификации', 'документ о присоединении', 'ратификация'],
    },
  },
  accession: {
    term: { en: 'accession', ru: 'присоединение' },
    short: {
      en: 'Joining a treaty one did not sign, by depositing an instrument of accession.',
      ru: 'Вступление в договор, который государство или организация не подписывали, путём сдачи документа о присоединении.',
    },
    also: { en: ['accede', 'acceding'], ru: ['присоединиться', 'присоединяющийся'] },
  },
  'counted-instruments': {
    term: { en: 'counted instruments', ru: 'учитываемые документы' },
    short: {
      en: 'The instruments that count toward the number the Treaty needs to enter into force.',
      ru: 'Документы, которые засчитываются в число, необходимое для вступления Договора в силу.',
    },
    also: { en: ['entry into force', 'threshold'], ru: ['вступление в силу', 'порог'] },
  },
  quorum: {
    term: { en: 'quorum', ru: 'кворум' },
    short: {
      en: 'The least attendance a meeting needs before anything it decides is valid.',
      ru: 'Наименьшее число присутствующих, без которого решения собрания недействительны.',
    },
    also: { en: ['quorate'], ru: ['правомочность'] },
  },
  consensus: {
    term: { en: 'consensus', ru: 'консенсус' },
    short: {
      en: 'Deciding without a vote: a decision stands when nobody present objects to it.',
      ru: 'Решение без голосования: оно принято, если никто из присутствующих не возражает.',
    },
    also: { en: ['objection'], ru: ['возражение'] },
  },
  unanimity: {
    term: { en: 'unanimity', ru: 'единогласие' },
    short: {
      en: 'A vote in which every vote that counts has to be in favour.',
      ru: 'Голосование, в котором все учитываемые голоса должны быть поданы «за».',
    },
    also: { en: ['unanimously', 'unanimous'], ru: ['единогласно', 'единогласный'] },
  },
  'extraordinary-conference': {
    term: { en: 'Extraordinary Conference of the Parties', ru: 'Чрезвычайная конференция Участников' },
    short: {
      en: 'The Parties’ emergency meeting after an armed attack on a Party or the threat of one (EST 8).',
      ru: 'Экстренное собрание Участников после вооружённого нападения на Участника или угрозы такого нападения (ст. 8 ДЕБ).',
    },
    also: {
      en: ['Extraordinary Conference', 'armed attack'],
      ru: ['Чрезвычайная конференция', 'вооружённое нападение'],
    },
  },
  'substantial-combat-forces': {
    term: { en: 'substantial combat forces', ru: 'существенные боевые силы' },
    short: {
      en: 'Forces above the ceilings that the 2009 NATO–Russia draft would have barred from NATO’s newer members (NRC 4).',
      ru: 'Силы сверх порогов, которые проект соглашения Россия–НАТО 2009 года запрещал размещать на территории новых членов НАТО (ст. 4).',
    },
    also: {
      en: ['combat forces', 'stationing', 'deployment', 'Founding Act'],
      ru: ['боевые силы', 'размещение', 'Основополагающий акт'],
    },
  },
};
