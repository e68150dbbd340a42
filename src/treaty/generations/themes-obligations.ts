/**
 * @module The thematic comparison, part one: what the four drafts bar. Harm to the others'
 * security, forces on others' territory, missiles, nuclear weapons, the enlargement of NATO, and
 * zones and regions of military activity; for each draft the clauses, whom they bind, the States
 * they concern and what they leave open. Written from the paraphrases in src/treaty/provisions/.
 */
import { NATO_2021, PARTIES, UNITED_STATES } from './bindings.ts';
import type { Theme } from './types.ts';

const NOTHING_KNOWN = {
  en: 'Nothing known: only parts of the 2009 NATO-Russia draft are.',
  ru: 'Ничего не известно: проект соглашения Россия–НАТО 2009 года известен лишь частично.',
};

export const OBLIGATION_THEMES = [
  {
    id: 'security-of-others',
    title: { en: 'Indivisible security, harm to the others', ru: 'Неделимая безопасность, ущерб другим' },
    entries: [
      {
        treaty: 'est-2009',
        clauses: [
          {
            cites: ['est.1', 'est.2.1', 'est.2.2', 'est.2.3'],
            bars: {
              en: "Any action that would significantly affect another Party's security, and letting one's territory serve an armed attack on a Party; members of an alliance are to try to make it act likewise.",
              ru: 'Любые действия, существенно затрагивающие безопасность другого Участника, и предоставление своей территории для вооружённого нападения на Участника; члены союза стремятся к тому, чтобы и союз действовал так же.',
            },
            binds: PARTIES['est-2009'],
            procedures: [],
            blanks: [],
            open: {
              en: 'No test of when security is "significantly" affected; a breach can only be raised in consultations (EST 5).',
              ru: 'Нет критерия, когда безопасность затронута «существенно»; о нарушении можно заявить лишь на консультациях (ДЕБ, ст. 5).',
            },
          },
        ],
      },
      {
        treaty: 'nrc-2009',
        clauses: [
          {
            cites: ['nrc.preamble'],
            bars: null,
            binds: PARTIES['nrc-2009'],
            procedures: [],
            blanks: [],
            open: {
              en: 'A statement of equal and indivisible security whose wording is not known.',
              ru: 'Декларация равной и неделимой безопасности, формулировка которой неизвестна.',
            },
          },
        ],
      },
      {
        treaty: 'nra-2021',
        clauses: [
          {
            cites: ['nra.1.1', 'nra.1.3'],
            bars: {
              en: "Strengthening one's security at the others' cost, alone or through an alliance or organization, and bringing about situations another Party could perceive as a threat to its national security.",
              ru: 'Укрепление своей безопасности за счёт других — самостоятельно или через союз либо организацию — и создание ситуаций, которые другой Участник мог бы воспринять как угрозу своей национальной безопасности.',
            },
            binds: PARTIES['nra-2021'],
            procedures: [],
            blanks: [],
            open: {
              en: 'Who judges what another Party could perceive as a threat.',
              ru: 'Кто судит о том, что другой Участник может воспринять как угрозу.',
            },
          },
        ],
      },
      {
        treaty: 'rus-us-2021',
        clauses: [
          {
            cites: ['rus-us.1.1', 'rus-us.1.2', 'rus-us.3'],
            bars: {
              en: "Any action, or support of one, that affects the other's security, with no threshold; security measures, alone or in an alliance, that could undermine the other's core interests; using third States' territory to prepare an attack on the other.",
              ru: 'Любые действия или их поддержка, затрагивающие безопасность другой Стороны, без всякого порога; меры безопасности, самостоятельные или в рамках союза, способные подорвать её коренные интересы; использование территории третьих государств для подготовки нападения на неё.',
            },
            binds: PARTIES['rus-us-2021'],
            procedures: [],
            blanks: [],
            open: {
              en: 'No threshold of gravity, and no definition of core security interests.',
              ru: 'Ни порога серьёзности, ни определения коренных интересов безопасности.',
            },
          },
        ],
      },
    ],
  },
  {
    id: 'forces',
    title: { en: "Forces on others' territory", ru: 'Силы на чужой территории' },
    entries: [
      {
        treaty: 'est-2009',
        clauses: [],
        note: {
          en: 'No limit on forces: EST 2(3) bars only letting territory serve an armed attack.',
          ru: 'Ограничений сил нет: ДЕБ, ст. 2, п. 3 запрещает лишь предоставлять территорию для вооружённого нападения.',
        },
      },
      {
        treaty: 'nrc-2009',
        clauses: [
          {
            cites: ['nrc.4', 'nrc.4.scf', 'nrc.4.temporary', 'nrc.4.targets', 'nrc.4.exempt'],
            bars: {
              en: 'Substantial combat forces of others, permanent or temporary, on the territory of the States that joined NATO after 1997: a manoeuvre brigade, a helicopter battalion or an air regiment, or more than 41 tanks, 188 armoured vehicles or 24 aircraft and attack helicopters (as reported in 2010).',
              ru: 'Существенные боевые силы других государств, постоянные или временные, на территории государств, вступивших в НАТО после 1997 года: манёвренная бригада, вертолётный батальон или авиаполк либо более 41 танка, 188 бронированных машин или 24 самолётов и ударных вертолётов (по сообщениям 2010 года).',
            },
            binds: {
              who: {
                en: 'the NATO member States of December 2009; Russia not bound',
                ru: 'государства — члены НАТО на декабрь 2009 года; Россия не связана',
              },
              set: { parties: 'nato-2009' },
            },
            where: {
              who: {
                en: "NATO's new members: the States that joined after 27 May 1997",
                ru: 'новые члены НАТО: государства, вступившие после 27 мая 1997 года',
              },
              set: { parameter: 'scf.targets' },
            },
            procedures: [],
            blanks: ['scf.thresholds', 'scf.countTemporary', 'scf.targets', 'scf.exempt'],
            open: {
              en: 'The date from which forces count as additional (NRC 4, baseline: unknown).',
              ru: 'Дата, с которой силы считаются дополнительными (точка отсчёта статьи 4 неизвестна).',
            },
          },
        ],
      },
      {
        treaty: 'nra-2021',
        clauses: [
          {
            cites: ['nra.4', 'nra.4.1', 'nra.4.2'],
            bars: {
              en: 'Any forces or weaponry beyond those that stood there on 27 May 1997, on the territory of another European State, save in exceptional cases by the consent of all the Parties.',
              ru: 'Любые силы и вооружения сверх тех, что находились там на 27 мая 1997 года, на территории другого европейского государства, кроме исключительных случаев с согласия всех Участников.',
            },
            binds: {
              who: {
                en: 'Russia and the 16 States that were NATO members on 27 May 1997',
                ru: 'Россия и 16 государств, бывших членами НАТО на 27 мая 1997 года',
              },
              set: { parameter: 'nra.4.bound' },
            },
            where: {
              who: {
                en: 'the other States in Europe, read as those outside the bound group',
                ru: 'другие государства в Европе — в нашем прочтении те, что вне связанной группы',
              },
              set: { parameter: 'nra.4.europe', less: 'nra.4.bound' },
            },
            procedures: [],
            blanks: ['nra.4.europe', 'nra.4.otherStates', 'nra.4.countTemporary', 'nra.4.baseline'],
            open: {
              en: 'What counts as forces or weaponry: no definition, no numbers.',
              ru: 'Что считать силами и вооружениями: ни определения, ни чисел.',
            },
          },
        ],
      },
      {
        treaty: 'rus-us-2021',
        clauses: [
          {
            cites: ['rus-us.5.1', 'rus-us.5.2'],
            bars: {
              en: "Armed forces and armaments, alone or with allies, where the other could perceive them as a threat (a Party's own territory excepted); heavy bombers and surface warships outside national airspace and waters where they could strike the other's territory.",
              ru: 'Вооружённые силы и вооружения, свои или вместе с союзниками, там, где другая Сторона могла бы воспринять их как угрозу (кроме собственной территории); тяжёлые бомбардировщики и надводные корабли вне национального воздушного пространства и вод там, откуда они могут поразить цели на её территории.',
            },
            binds: PARTIES['rus-us-2021'],
            procedures: [],
            blanks: [],
            open: {
              en: 'Which areas the other could perceive as threatening, and what reach counts: no parameter yet.',
              ru: 'Какие районы другая Сторона может счесть угрожающими и какая досягаемость учитывается: параметров пока нет.',
            },
          },
        ],
      },
    ],
  },
  {
    id: 'missiles',
    title: {
      en: 'Intermediate- and shorter-range missiles',
      ru: 'Ракеты средней и меньшей дальности',
    },
    entries: [
      { treaty: 'est-2009', clauses: [] },
      { treaty: 'nrc-2009', clauses: [], note: NOTHING_KNOWN },
      {
        treaty: 'nra-2021',
        clauses: [
          {
            cites: ['nra.5'],
            bars: {
              en: "Land-based intermediate- and short-range missiles in areas from which they could reach the other Parties' territory.",
              ru: 'Ракеты наземного базирования средней и меньшей дальности в районах, откуда они могли бы достичь территории других Участников.',
            },
            binds: PARTIES['nra-2021'],
            procedures: [],
            blanks: ['nra.5.ranges', 'nra.5.reachOf', 'nra.5.countTemporary'],
            open: {
              en: "The ranges: the text neither defines them nor refers to the INF Treaty's 500 to 5,500 km.",
              ru: 'Дальности: текст их не определяет и не ссылается на 500–5500 км Договора о РСМД.',
            },
          },
        ],
      },
      {
        treaty: 'rus-us-2021',
        clauses: [
          {
            cites: ['rus-us.6'],
            bars: {
              en: "Ground-launched intermediate- and shorter-range missiles outside national territory, and in those parts of a Party's own territory from which they could strike the other's.",
              ru: 'Ракеты наземного базирования средней и меньшей дальности вне национальной территории, а также в тех частях собственной территории, откуда они могут поразить цели на территории другой Стороны.',
            },
            binds: PARTIES['rus-us-2021'],
            procedures: [],
            blanks: ['rus-us.6.ranges', 'rus-us.6.countTemporary'],
            open: {
              en: 'The ranges; and it bars deployment, not possession.',
              ru: 'Дальности; кроме того, запрещено размещение, а не обладание.',
            },
          },
        ],
      },
    ],
  },
  {
    id: 'nuclear',
    title: { en: 'Nuclear weapons', ru: 'Ядерное оружие' },
    entries: [
      { treaty: 'est-2009', clauses: [] },
      { treaty: 'nrc-2009', clauses: [], note: NOTHING_KNOWN },
      {
        treaty: 'nra-2021',
        clauses: [],
        note: {
          en: 'Nothing: the nuclear clause is in the treaty with the United States (RUS-US 7).',
          ru: 'Ничего: положение о ядерном оружии содержится в договоре с США (ст. 7).',
        },
      },
      {
        treaty: 'rus-us-2021',
        clauses: [
          {
            cites: ['rus-us.7.1', 'rus-us.7.2', 'rus-us.7.3', 'rus-us.7.4'],
            bars: {
              en: "Nuclear weapons outside national territory (those abroad to be brought home), the infrastructure for deploying them abroad, training non-nuclear countries' personnel in their use, and nuclear scenarios in exercises of general-purpose forces.",
              ru: 'Ядерное оружие вне национальной территории (находящееся за рубежом возвращается), инфраструктура для его размещения за рубежом, обучение персонала неядерных стран его применению и ядерные сценарии в учениях сил общего назначения.',
            },
            binds: {
              who: {
                en: 'both Parties; in practice the United States, whose weapons are kept in allied European States',
                ru: 'обе Стороны; на деле США, чьё оружие хранится в союзных европейских государствах',
              },
              set: { parameter: 'rus-us.signature.eligible' },
            },
            procedures: [],
            blanks: ['rus-us.7.countTemporary', 'rus-us.7.returnDays'],
          },
        ],
      },
    ],
  },
  {
    id: 'enlargement',
    title: { en: 'Enlargement of NATO', ru: 'Расширение НАТО' },
    entries: [
      {
        treaty: 'est-2009',
        clauses: [
          {
            cites: ['est.9.3'],
            bars: {
              en: 'Only indirectly: new international obligations incompatible with the Treaty, an accession among them if it is judged so; the draft names no one to judge.',
              ru: 'Лишь косвенно: новые международные обязательства, несовместимые с Договором, в том числе вступление в союз, если его сочтут таким; кто судит, проект не называет.',
            },
            binds: PARTIES['est-2009'],
            procedures: [],
            blanks: [],
          },
        ],
      },
      {
        treaty: 'nrc-2009',
        clauses: [],
        note: {
          en: "No known article bars it, though NATO's Secretary General read the draft as a Russian veto on enlargement (S22).",
          ru: 'Ни одна известная статья этого не запрещает, хотя генеральный секретарь НАТО счёл, что проект дал бы России вето на расширение (S22).',
        },
      },
      {
        treaty: 'nra-2021',
        clauses: [
          {
            cites: ['nra.6'],
            bars: {
              en: 'Any further enlargement of NATO, with no end date.',
              ru: 'Любое дальнейшее расширение НАТО, без ограничения срока.',
            },
            binds: NATO_2021,
            where: {
              who: {
                en: 'Ukraine, named; any other State too',
                ru: 'Украина, названная прямо, и любое другое государство',
              },
              set: { groups: ['nra.6.named'] },
            },
            procedures: [],
            blanks: [],
          },
        ],
      },
      {
        treaty: 'rus-us-2021',
        clauses: [
          {
            cites: ['rus-us.4.1'],
            bars: {
              en: 'Any further eastward enlargement of NATO, and NATO membership for the States that were part of the USSR.',
              ru: 'Любое дальнейшее расширение НАТО на восток и членство в НАТО государств, входивших в СССР.',
            },
            binds: UNITED_STATES,
            where: {
              who: {
                en: 'the former Soviet States other than Russia, 11 of them outside NATO in 2021',
                ru: 'государства бывшего СССР, кроме России, 11 из них вне НАТО в 2021 году',
              },
              set: { groups: ['rus-us.4.formerUssr'] },
            },
            procedures: [],
            blanks: ['rus-us.4.formerUssr'],
          },
        ],
      },
    ],
  },
  {
    id: 'zones',
    title: { en: 'Zones and regions of military activity', ru: 'Зоны и регионы военной деятельности' },
    entries: [
      { treaty: 'est-2009', clauses: [] },
      { treaty: 'nrc-2009', clauses: [], note: NOTHING_KNOWN },
      {
        treaty: 'nra-2021',
        clauses: [
          {
            cites: ['nra.7.1'],
            bars: {
              en: 'Any military activity of NATO members on the territory of Ukraine and of the other States of Eastern Europe, the South Caucasus and Central Asia.',
              ru: 'Любая военная деятельность членов НАТО на территории Украины и других государств Восточной Европы, Закавказья и Центральной Азии.',
            },
            binds: NATO_2021,
            where: {
              who: {
                en: 'Ukraine and the three regions, as we read them',
                ru: 'Украина и три региона, в нашем прочтении',
              },
              set: {
                groups: ['nra.7.ukraine', 'nra.7.easternEurope', 'nra.7.southCaucasus', 'nra.7.centralAsia'],
              },
            },
            procedures: [],
            blanks: ['nra.7.easternEurope', 'nra.7.southCaucasus', 'nra.7.centralAsia'],
            open: {
              en: 'Which States the regions cover, "Eastern Europe" above all.',
              ru: 'Какие государства входят в регионы, прежде всего в «Восточную Европу».',
            },
          },
          {
            cites: ['nra.7.2'],
            bars: {
              en: 'Exercises and other military activity above brigade level in a zone on each side of the border between Russia with its allies and the NATO members.',
              ru: 'Учения и иная военная деятельность свыше бригадного уровня в полосе по обе стороны границы между Россией с её союзниками и членами НАТО.',
            },
            binds: PARTIES['nra-2021'],
            procedures: [],
            blanks: [],
            open: {
              en: 'The width and shape of the zone, left for a later agreement.',
              ru: 'Ширина и конфигурация полосы, оставленные на будущее соглашение.',
            },
          },
        ],
      },
      {
        treaty: 'rus-us-2021',
        clauses: [
          {
            cites: ['rus-us.4.2'],
            bars: {
              en: 'US military bases, and the use of infrastructure for military activity, on the territory of the former Soviet States outside NATO, and bilateral military cooperation with them.',
              ru: 'Военные базы США и использование инфраструктуры для военной деятельности на территории государств бывшего СССР вне НАТО, а также двустороннее военное сотрудничество с ними.',
            },
            binds: UNITED_STATES,
            where: {
              who: {
                en: 'of the former Soviet States other than Russia, those outside NATO (11 in 2021)',
                ru: 'из государств бывшего СССР, кроме России, те, что вне НАТО (11 в 2021 году)',
              },
              set: { groups: ['rus-us.4.formerUssr'] },
            },
            procedures: [],
            blanks: ['rus-us.4.formerUssr'],
          },
        ],
      },
    ],
  },
] as const satisfies readonly Theme[];
