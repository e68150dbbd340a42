/**
 * @module Who the clauses of the four drafts bind, as the thematic comparison names them: the Parties
 * of each draft (by its signature parameter), the NATO member States of December 2021, the United
 * States alone.
 */
import type { GenerationDraft, Binding } from './types.ts';

/** Every Party of each draft: those who may sign it, by its own parameter. */
export const PARTIES: Readonly<Record<GenerationDraft, Binding>> = {
  'est-2009': {
    who: {
      en: 'every Party: the States from Vancouver to Vladivostok and five organizations',
      ru: 'все Участники: государства от Ванкувера до Владивостока и пять организаций',
    },
    set: { parameter: 'signature.eligible' },
  },
  'nrc-2009': {
    who: {
      en: 'every Party: the States of the NATO-Russia Council',
      ru: 'все Участники: государства Совета Россия–НАТО',
    },
    set: { parameter: 'nrc.signature.eligible' },
  },
  'nra-2021': {
    who: {
      en: 'every Party: Russia and the NATO member States',
      ru: 'все Участники: Россия и государства — члены НАТО',
    },
    set: { parameter: 'nra.signature.eligible' },
  },
  'rus-us-2021': {
    who: { en: 'both Parties: the United States and Russia', ru: 'обе Стороны: США и Россия' },
    set: { parameter: 'rus-us.signature.eligible' },
  },
};

/** The NATO member States of the day the 2021 drafts were published, without Russia. */
export const NATO_2021: Binding = {
  who: {
    en: 'the NATO member States of 17 December 2021, not Russia',
    ru: 'государства — члены НАТО на 17 декабря 2021 года, но не Россия',
  },
  set: { parties: 'nato-on:2021-12-17' },
};

export const UNITED_STATES: Binding = {
  who: { en: 'the United States alone', ru: 'только США' },
  set: { parties: ['US'] },
};
