/**
 * @module The parameters of the weapons articles of the December 2021 drafts: NRA 5 (no ground-launched
 * intermediate- or shorter-range missiles where they could reach another Party), RUS-US 6 (no such
 * missiles outside national territory, nor at home within reach of the other Party) and RUS-US 7(1)
 * (no nuclear weapons outside national territory, those abroad brought home). The drafts give no
 * ranges, say nothing of temporary deployments and set no period for bringing weapons home: each of
 * these is a reading or a blank, here with its source.
 */
import { VERSIONS } from '../versions.ts';
import type { Parameter } from './types.ts';

const NRA = VERSIONS['nra-2021'];
const RUS_US = VERSIONS['rus-us-2021'];

/** How the missiles of NRA 5 and RUS-US 6 are classed by range: as the INF Treaty did. */
export const MISSILE_RANGE_READINGS = ['inf-1987'] as const;

/** NRA 5: whose territory within reach is a finding (see `nra.5.reachOf`). */
export const NRA_5_REACH_OF = ['other-parties', 'other-side'] as const;

const RANGES_REFERENCE = {
  reference:
    'the draft names intermediate- and shorter-range missiles but gives no ranges. inf-1987: the classes of the INF Treaty, Article II (S110): ground-launched ballistic or cruise missiles, shorter-range from 500 to 1000 km, intermediate-range above 1000 and up to 5500 km. A deployment gives its missiles by these classes (intermediateRangeMissiles, shorterRangeMissiles, counting launchers); a missile of a shorter range (SM-6, under 500 km) is in neither',
  referenceRu:
    'проект называет ракеты средней и меньшей дальности, но дальностей не указывает. inf-1987: классы Договора о РСМД, статья II (S110): баллистические и крылатые ракеты наземного базирования, меньшей дальности — от 500 до 1000 км, средней — свыше 1000 и до 5500 км. Развёртывание указывает свои ракеты по этим классам (intermediateRangeMissiles, shorterRangeMissiles, по числу пусковых установок); ракета с меньшей дальностью (SM-6, менее 500 км) не входит ни в один',
} as const;

export const WEAPONS_2021_PARAMETERS = {
  'nra.5.ranges': {
    id: 'nra.5.ranges',
    treaty: 'nra-2021',
    type: 'choice',
    choices: MISSILE_RANGE_READINGS,
    cites: 'nra.5',
    confidence: 'R-m',
    basis: 'reading',
    values: [{ since: NRA, value: 'inf-1987', ...RANGES_REFERENCE }],
    description: {
      en: 'How the intermediate- and shorter-range missiles of NRA 5 are classed by range (inf-1987: 500 to 1,000 km and 1,000 to 5,500 km, ground-launched); unset, a deployment of missiles cannot be judged.',
      ru: 'Как ракеты средней и меньшей дальности из ст. 5 Соглашения Россия–НАТО 2021 делятся по дальности (inf-1987: 500–1000 км и 1000–5500 км, наземного базирования); без значения развёртывание ракет оценить нельзя.',
    },
  } satisfies Parameter<'choice'>,
  'nra.5.reachOf': {
    id: 'nra.5.reachOf',
    treaty: 'nra-2021',
    type: 'choice',
    choices: NRA_5_REACH_OF,
    cites: 'nra.5',
    confidence: 'R-m',
    basis: 'reading',
    values: [
      {
        since: NRA,
        value: 'other-parties',
        reference:
          'S44: missiles may not stand where they can reach the territory of the other Parties, with no exception for allies. other-parties: the territory of any Party but the deployer, its allies included (the letter of the text); other-side: only the other side, Russia for a NATO member and the NATO members for Russia (the purpose the draft states)',
        referenceRu:
          'S44: ракеты не должны находиться там, откуда могут достичь территории других Участников, без исключения для союзников. other-parties: территория любого Участника, кроме размещающего, включая его союзников (буква текста); other-side: только другой стороны — России для члена НАТО и членов НАТО для России (заявленная цель проекта)',
      },
    ],
    description: {
      en: 'Whose territory within reach counts: other-parties (any Party but the deployer) or other-side (Russia for a NATO member, the NATO members for Russia).',
      ru: 'Чья территория в пределах досягаемости учитывается: любого Участника, кроме размещающего (other-parties), или только другой стороны — России для члена НАТО, членов НАТО для России (other-side).',
    },
  } satisfies Parameter<'choice'>,
  'nra.5.countTemporary': {
    id: 'nra.5.countTemporary',
    treaty: 'nra-2021',
    type: 'boolean',
    cites: 'nra.5',
    confidence: 'R-m',
    basis: 'reading',
    values: [
      {
        since: NRA,
        value: true,
        reference:
          'S44: the draft bars deploying the missiles in such areas and makes no exception for a deployment of short duration, such as an exercise or an episodic deployment. A reading: the text does not settle it',
        referenceRu:
          'S44: проект запрещает размещать ракеты в таких районах и не делает исключения для кратковременного размещения, например на учениях или эпизодического. Это прочтение: текст вопрос не решает',
      },
    ],
    description: {
      en: 'Whether temporary (episodic, exercise) deployments of the missiles count as well as permanent ones.',
      ru: 'Учитывается ли временное (эпизодическое, на учениях) размещение ракет наряду с постоянным.',
    },
  } satisfies Parameter<'boolean'>,
  'rus-us.6.ranges': {
    id: 'rus-us.6.ranges',
    treaty: 'rus-us-2021',
    type: 'choice',
    choices: MISSILE_RANGE_READINGS,
    cites: 'rus-us.6',
    confidence: 'R-m',
    basis: 'reading',
    values: [{ since: RUS_US, value: 'inf-1987', ...RANGES_REFERENCE }],
    description: {
      en: 'How the intermediate- and shorter-range missiles of RUS-US 6 are classed by range (inf-1987: 500 to 1,000 km and 1,000 to 5,500 km, ground-launched); unset, a deployment of missiles cannot be judged.',
      ru: 'Как ракеты средней и меньшей дальности из ст. 6 Договора Россия–США делятся по дальности (inf-1987: 500–1000 км и 1000–5500 км, наземного базирования); без значения развёртывание ракет оценить нельзя.',
    },
  } satisfies Parameter<'choice'>,
  'rus-us.6.countTemporary': {
    id: 'rus-us.6.countTemporary',
    treaty: 'rus-us-2021',
    type: 'boolean',
    cites: 'rus-us.6',
    confidence: 'R-m',
    basis: 'reading',
    values: [
      {
        since: RUS_US,
        value: true,
        reference:
          'S48: the draft bars deploying the missiles outside national territory and makes no exception for a deployment of short duration, such as an exercise abroad. A reading: the text does not settle it',
        referenceRu:
          'S48: проект запрещает размещать ракеты вне национальной территории и не делает исключения для кратковременного размещения, например на учениях за рубежом. Это прочтение: текст вопрос не решает',
      },
    ],
    description: {
      en: 'Whether temporary (episodic, exercise) deployments of the missiles count as well as permanent ones.',
      ru: 'Учитывается ли временное (эпизодическое, на учениях) размещение ракет наряду с постоянным.',
    },
  } satisfies Parameter<'boolean'>,
  'rus-us.7.countTemporary': {
    id: 'rus-us.7.countTemporary',
    treaty: 'rus-us-2021',
    type: 'boolean',
    cites: 'rus-us.7.1',
    confidence: 'R-m',
    basis: 'reading',
    values: [
      {
        since: RUS_US,
        value: true,
        reference:
          'S48: nuclear weapons may not be deployed outside national territory, with no exception for a stay of short duration. A reading: the text does not settle it',
        referenceRu:
          'S48: ядерное оружие не размещается вне национальной территории, без исключения для кратковременного пребывания. Это прочтение: текст вопрос не решает',
      },
    ],
    description: {
      en: 'Whether a temporary deployment of nuclear weapons abroad counts as well as a permanent one.',
      ru: 'Учитывается ли временное размещение ядерного оружия за рубежом наряду с постоянным.',
    },
  } satisfies Parameter<'boolean'>,
  'rus-us.7.returnDays': {
    id: 'rus-us.7.returnDays',
    treaty: 'rus-us-2021',
    type: 'days',
    cites: 'rus-us.7.1',
    confidence: 'R-l',
    basis: 'blank',
    values: [
      {
        since: RUS_US,
        value: 0,
        reference:
          'S48: nuclear weapons already deployed outside national territory when the treaty enters into force are to be returned to it, and no period is set. 0: due on the day of entry into force, the strictest reading; a scenario may allow time (365, say)',
        referenceRu:
          'S48: ядерное оружие, размещённое вне национальной территории на момент вступления договора в силу, возвращается на неё, а срок не установлен. 0: в день вступления в силу, самое строгое прочтение; сценарий может дать время (например, 365)',
      },
    ],
    description: {
      en: 'Days after entry into force by which nuclear weapons already abroad must be back on national territory.',
      ru: 'Через сколько дней после вступления в силу ядерное оружие, уже находящееся за рубежом, должно вернуться на национальную территорию.',
    },
  } satisfies Parameter<'days'>,
} as const;
