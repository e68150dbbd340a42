/**
 * @module The parameters of the final clauses of the December 2021 drafts (NRA 9, RUS-US 8): who may
 * sign, when the instruments bring the text into force, and when it comes into force for a State
 * that ratifies late. The operative articles have no parameters yet, for no rule applies them.
 */
import { VERSIONS } from '../versions.ts';
import type { Parameter } from './types.ts';

const NRA = VERSIONS['nra-2021'];
const RUS_US = VERSIONS['rus-us-2021'];

export const DRAFTS_2021_PARAMETERS = {
  'nra.signature.eligible': {
    id: 'nra.signature.eligible',
    treaty: 'nra-2021',
    type: 'party-set',
    cites: 'nra.9.1',
    confidence: 'C',
    basis: 'reading',
    values: [
      {
        since: NRA,
        value: ['RU', 'nato-on:2021-12-17'],
        reference:
          'S42: the Parties are Russia and the NATO member States; the 30 members of the day the draft was published stand in, since the text names no list',
        referenceRu:
          'S42: Участники — Россия и государства — члены НАТО; поскольку перечня в тексте нет, взяты 30 членов на день публикации проекта',
      },
    ],
    description: {
      en: 'Who may sign the agreement: Russia and the NATO member States.',
      ru: 'Кто может подписать соглашение: Россия и государства — члены НАТО.',
    },
  } satisfies Parameter<'party-set'>,
  'nra.entryIntoForce.signatoryShare': {
    id: 'nra.entryIntoForce.signatoryShare',
    treaty: 'nra-2021',
    type: 'fraction',
    cites: 'nra.9.1',
    confidence: 'C',
    basis: 'text',
    values: [
      {
        since: NRA,
        value: { num: 1, den: 2 },
        reference:
          'S46: in force once more than half of the signatory States have deposited their instruments; the share must be exceeded, not only reached',
        referenceRu:
          'S46: вступает в силу, когда грамоты сдали более половины подписавших государств; долю нужно превысить, а не только достичь',
      },
    ],
    description: {
      en: 'The share of the signatory States that must be exceeded by the deposited instruments for entry into force.',
      ru: 'Доля подписавших государств, которую должно превысить число сданных грамот для вступления в силу.',
    },
  } satisfies Parameter<'fraction'>,
  'nra.entryIntoForce.laterDays': {
    id: 'nra.entryIntoForce.laterDays',
    treaty: 'nra-2021',
    type: 'days',
    cites: 'nra.9.1',
    confidence: 'R-m',
    basis: 'reading',
    values: [
      {
        since: NRA,
        value: 0,
        reference:
          'recalled from the full text (S42), not in a retrieved excerpt: for a State that ratifies later, in force from the day of its deposit',
        referenceRu:
          'восстановлено по памяти о полном тексте (S42), в найденных отрывках нет: для государства, ратифицировавшего позднее, — со дня сдачи его грамоты',
      },
    ],
    description: {
      en: 'Days after its deposit that the agreement enters into force for a later depositor.',
      ru: 'Через сколько дней после сдачи грамоты соглашение вступает в силу для позднего участника.',
    },
  } satisfies Parameter<'days'>,
  'rus-us.signature.eligible': {
    id: 'rus-us.signature.eligible',
    treaty: 'rus-us-2021',
    type: 'party-set',
    cites: 'rus-us.8.1',
    confidence: 'C',
    basis: 'text',
    values: [
      {
        since: RUS_US,
        value: ['RU', 'US'],
        reference: 'S43: a treaty between the United States and Russia, its two Parties',
        referenceRu: 'S43: договор между США и Россией, двумя его Сторонами',
      },
    ],
    description: {
      en: 'Who may sign the treaty: the United States and Russia.',
      ru: 'Кто может подписать договор: США и Россия.',
    },
  } satisfies Parameter<'party-set'>,
  'rus-us.entryIntoForce.instruments': {
    id: 'rus-us.entryIntoForce.instruments',
    treaty: 'rus-us-2021',
    type: 'count',
    cites: 'rus-us.8.1',
    confidence: 'R-m',
    basis: 'reading',
    values: [
      {
        since: RUS_US,
        value: 2,
        reference:
          'recalled from the full text (S43, S41): in force on receipt of the last of the two notifications that domestic procedures are complete; a notification is recorded as a deposit',
        referenceRu:
          'восстановлено по памяти о полном тексте (S43, S41): вступает в силу с получением последнего из двух уведомлений о выполнении внутригосударственных процедур; уведомление учитывается как сдача документа',
      },
    ],
    description: {
      en: 'Number of notifications on whose receipt the treaty enters into force.',
      ru: 'Число уведомлений, с получением которых договор вступает в силу.',
    },
  } satisfies Parameter<'count'>,
  'rus-us.entryIntoForce.laterDays': {
    id: 'rus-us.entryIntoForce.laterDays',
    treaty: 'rus-us-2021',
    type: 'days',
    cites: 'rus-us.8.1',
    confidence: 'R-m',
    basis: 'reading',
    values: [
      {
        since: RUS_US,
        value: 0,
        reference:
          'the treaty is bilateral and in force only once both Parties have notified, so no Party can notify later; 0 keeps the engine from reading a blank',
        referenceRu:
          'договор двусторонний и вступает в силу лишь после уведомлений обеих Сторон, поэтому позднего уведомления быть не может; 0 избавляет движок от чтения пропуска',
      },
    ],
    description: {
      en: 'Days after its notification that the treaty enters into force for a later Party (none can exist).',
      ru: 'Через сколько дней после уведомления договор вступает в силу для поздней Стороны (таких быть не может).',
    },
  } satisfies Parameter<'days'>,
} as const;
