/** @module Russia's draft NATO-Russia agreement of December 2009, as far as it is known, in EN and RU. */
import type { ProvisionData } from './types.ts';

/**
 * The known parts of the December 2009 draft handed to NATO: no full text was available, so only the
 * preamble, the NRC forum, Article 4 (in detail) and the unknown final clauses are modelled as nodes.
 */
export const NRC_PROVISIONS = [
  {
    id: 'nrc.preamble',
    treaty: 'nrc-2009',
    cite: 'NRC Preamble',
    parent: null,
    heading: { en: 'Preamble and general principles', ru: 'Преамбула и общие принципы' },
    text: {
      en: 'Like the EST, the draft starts from indivisible and equal security and the principles that go with it, but it makes no mention of the OSCE. A US cable says that it differs from the EST mainly by naming the NATO-Russia Council as the forum. Its exact wording is not known; the parallel with the EST preamble is partly inferred.',
      ru: 'Как и ДЕБ, проект исходит из неделимой и равной безопасности и связанных с ней принципов, но ОБСЕ в нём не упоминается. Согласно американской дипломатической телеграмме, от ДЕБ он отличается главным образом тем, что площадкой назван Совет Россия–НАТО. Точная формулировка неизвестна; сходство с преамбулой ДЕБ отчасти выведено логически.',
    },
    confidence: 'C-partial',
    sources: ['S20'],
    notModelled: {
      en: 'Statements of principle with no measurable obligation, so no rule applies them.',
      ru: 'Это декларация принципов без измеримых обязательств, поэтому ни одно правило её не применяет.',
    },
  },
  {
    id: 'nrc.forum',
    treaty: 'nrc-2009',
    cite: 'NRC (forum)',
    parent: null,
    heading: {
      en: 'The NATO-Russia Council as the forum for threats',
      ru: 'Совет Россия–НАТО как площадка для рассмотрения угроз',
    },
    text: {
      en: 'The Alliance would commit itself to using the NATO-Russia Council to deal with threats to the security of its members. The draft thus seems to mirror the EST mechanism with the Council in place of the Conferences, though that parallel is an inference. The number of the article and its procedure are unknown. In December 2009 the Council had 29 members: the 28 Allies and Russia.',
      ru: 'Альянс обязался бы использовать Совет Россия–НАТО для рассмотрения угроз безопасности своих членов. Тем самым проект, по-видимому, повторяет механизм ДЕБ, где место конференций занимает Совет, хотя это сходство лишь предположение. Номер статьи и порядок процедуры неизвестны. В декабре 2009 года в Совет входили 29 государств: 28 союзников и Россия.',
    },
    confidence: 'C',
    sources: ['S20'],
    notModelled: {
      en: "The draft's own decision rule for the Council is unknown (in practice the NRC works by consensus), so the engine runs no NRC procedure.",
      ru: 'Собственное правило принятия решений Совета по проекту неизвестно (на практике СРН работает на основе консенсуса), поэтому движок не ведёт никаких процедур СРН.',
    },
  },
  {
    id: 'nrc.4',
    treaty: 'nrc-2009',
    cite: 'NRC 4',
    parent: null,
    heading: {
      en: 'Article 4. No substantial combat forces on the territory of new members',
      ru: 'Статья 4. Отказ от размещения существенных боевых сил на территории новых членов',
    },
    text: {
      en: 'Article 4 would forbid stationing substantial combat forces on the territory of NATO\'s "new" member States. The Russian foreign ministry presented it as making legally binding the political pledge NATO gave in the 1997 NATO-Russia Founding Act. Unlike the 1997 text, the draft is reported to set numeric ceilings. The article number is confirmed; its exact wording is not known.',
      ru: 'Статья 4 запрещала бы размещать существенные боевые силы на территории «новых» государств — членов НАТО. МИД России представил её как придание юридически обязательной силы политическому обязательству, взятому НАТО в Основополагающем акте Россия–НАТО 1997 года. В отличие от текста 1997 года, проект, по сообщениям, содержит числовые пределы. Номер статьи подтверждён, точная формулировка неизвестна.',
    },
    confidence: 'C',
    sources: ['S20', 'S21', 'S25', 'S26', 'S27', 'S28', 'S29', 'S30'],
  },
  {
    id: 'nrc.4.scf',
    treaty: 'nrc-2009',
    cite: 'NRC 4',
    parent: 'nrc.4',
    heading: { en: 'What counts as substantial', ru: 'Что считается существенными боевыми силами' },
    text: {
      en: "By the figures Rogozin gave in October 2010, forces are substantial if they include a manoeuvre brigade, a helicopter battalion or an air regiment, or more than 41 battle tanks, more than 188 armoured combat vehicles, or 24 combat aircraft and attack helicopters. Going over any one of these is enough. The reports do not make clear whether the 24 is one combined ceiling for aircraft and helicopters or a separate one for each, nor whether reaching 24 is already substantial or only a figure above it. A figure for artillery (perhaps about 90 pieces) is unconfirmed (U). Only partly confirmed (C-partial): Kommersant confirms that the draft sets minimum permitted levels of armaments, but the figures themselves are Rogozin's spoken account, reported by AFP on 27 October 2010, not read in a retrieved copy of the draft.",
      ru: 'По данным, которые Рогозин назвал в октябре 2010 года, силы считаются существенными, если в их составе есть манёвренная бригада, вертолётный батальон или авиаполк либо более 41 боевого танка, более 188 боевых бронированных машин или 24 боевых самолёта и ударных вертолёта. Достаточно превысить любой из этих порогов. Неясно, относится ли число 24 к самолётам и вертолётам вместе или к каждому виду отдельно; неясно и то, достаточно ли ровно 24 единиц или нужно больше. Цифра по артиллерии (около 90 единиц?) не подтверждена (U). Подтверждено лишь частично (C-partial): «Коммерсантъ» подтверждает, что в проекте указаны предельно минимальные разрешённые уровни вооружений, но сами цифры известны только из устных слов Рогозина в изложении AFP от 27 октября 2010 года, а не из найденного текста проекта.',
    },
    confidence: 'C-partial',
    sources: ['S25', 'S28'],
  },
  {
    id: 'nrc.4.temporary',
    treaty: 'nrc-2009',
    cite: 'NRC 4',
    parent: 'nrc.4',
    heading: { en: 'Temporary deployments count too', ru: 'Учитывается и временное размещение' },
    text: {
      en: "According to Rogozin the limits would cover temporary as well as permanent deployments. That goes further than the 1997 text, which spoke only of additional permanent stationing. How rotating forces would be treated is not defined. Only partly confirmed (C-partial): the 1997 wording is on record, the extension to temporary forces only in Rogozin's spoken account of October 2010, not in a retrieved text of the draft.",
      ru: 'По словам Рогозина, ограничения распространялись бы не только на постоянное, но и на временное размещение. Это шире текста 1997 года, где говорилось лишь о дополнительном постоянном размещении. Как учитывать войска, находящиеся на ротационной основе, не определено. Подтверждено лишь частично (C-partial): формулировка 1997 года известна по тексту, а распространение на временное размещение — только по устным словам Рогозина в октябре 2010 года, не по найденному тексту проекта.',
    },
    confidence: 'C-partial',
    sources: ['S28', 'S29', 'S30'],
  },
  {
    id: 'nrc.4.targets',
    treaty: 'nrc-2009',
    cite: 'NRC 4',
    parent: 'nrc.4',
    heading: { en: 'Which States are "new members"', ru: 'Какие государства считаются «новыми членами»' },
    text: {
      en: 'Reports describe the protected group in different ways: States that joined NATO after the Soviet breakup of 1991 (Moscow Times), ex-members of the Warsaw Pact that joined in 1999 and 2004 (RIA Novosti, which miscounts them as eight), new members including Slovenia and Croatia (AFP), or the Central and East European members (a US cable). In December 2009 the readings "joined after 1991" and "joined after 27 May 1997" give the same 12 States: the Czech Republic, Hungary and Poland (1999), Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia (2004), and Albania and Croatia (2009). A narrower reading, former Warsaw Pact or Soviet states only, would leave out Slovenia, Croatia and Albania.',
      ru: 'Источники по-разному описывают охраняемую группу: государства, вступившие в НАТО после распада СССР в 1991 году (Moscow Times), бывшие страны Варшавского договора, принятые в 1999 и 2004 годах (РИА Новости, причём их число указано неверно — восемь), новые члены, включая Словению и Хорватию (AFP), или члены из Центральной и Восточной Европы (американская телеграмма). На декабрь 2009 года прочтения «вступившие после 1991 года» и «вступившие после 27 мая 1997 года» дают одни и те же 12 государств: Чехию, Венгрию и Польшу (1999), Болгарию, Эстонию, Латвию, Литву, Румынию, Словакию и Словению (2004), Албанию и Хорватию (2009). При узком прочтении — только бывшие государства Варшавского договора и СССР — Словения, Хорватия и Албания в группу не входят.',
    },
    confidence: 'C',
    sources: ['S20', 'S21', 'S26', 'S27', 'S28'],
  },
  {
    id: 'nrc.4.exempt',
    treaty: 'nrc-2009',
    cite: 'NRC 4',
    parent: 'nrc.4',
    heading: { en: 'Russia not bound', ru: 'Россия под ограничения не подпадает' },
    text: {
      en: "Rogozin said Russia itself would not be subject to the limits, as it was not expanding westward. As far as is known the draft sets no matching ceilings on Russian forces; US diplomats noted that it left out many of the commitments Russia had made in 1997. Only partly confirmed (C-partial): a US cable describes the article as binding the Alliance in its Central and East European members, while the exemption of Russia is Rogozin's spoken account, not a retrieved text.",
      ru: 'Рогозин заявил, что сама Россия ограничениям не подлежит, поскольку она не расширяется на запад. Насколько известно, встречных пределов для российских сил проект не устанавливает; американские дипломаты отмечали, что в нём опущены многие обязательства, принятые Россией в 1997 году. Подтверждено лишь частично (C-partial): американская телеграмма описывает статью как обязательство альянса в отношении его центрально- и восточноевропейских членов, а освобождение России известно лишь из устных слов Рогозина, не из найденного текста.',
    },
    confidence: 'C-partial',
    sources: ['S28', 'S23', 'S20'],
  },
  {
    id: 'nrc.4.baseline',
    treaty: 'nrc-2009',
    cite: 'NRC 4',
    parent: 'nrc.4',
    heading: { en: 'Baseline for "additional" forces', ru: 'Точка отсчёта для «дополнительных» сил' },
    text: {
      en: 'The 1997 pledge concerned additional forces, which implies a reference date. What date, if any, the 2009 draft used (27 May 1997, signature or entry into force) is unknown (U).',
      ru: 'Обязательство 1997 года касалось дополнительных сил, что предполагает некую точку отсчёта. Какую дату использовал проект 2009 года и использовал ли вообще (27 мая 1997 года, подписание или вступление в силу), неизвестно (U).',
    },
    confidence: 'U',
    sources: ['S29'],
    notModelled: {
      en: 'With no known reference date the engine subtracts nothing already present: it counts all the forces that other States have deployed in a target State on the day.',
      ru: 'Поскольку точка отсчёта неизвестна, движок ничего не вычитает: он учитывает все силы, размещённые другими государствами в охраняемом государстве на данный день.',
    },
  },
  {
    id: 'nrc.final',
    treaty: 'nrc-2009',
    cite: 'NRC (final clauses)',
    parent: null,
    heading: { en: 'Final clauses', ru: 'Заключительные положения' },
    text: {
      en: 'Nothing is known of what the draft says about entry into force, the depositary or withdrawal (U). The engine keeps a parameter for entry into force with no value, so an attempt to ratify the NRC draft is refused as parameter_unset.',
      ru: 'О положениях проекта, касающихся вступления в силу, депозитария и выхода, ничего не известно (U). Параметр вступления в силу в движке не имеет значения, поэтому попытка ратифицировать проект отклоняется с кодом parameter_unset.',
    },
    confidence: 'U',
    sources: [],
  },
] as const satisfies readonly ProvisionData[];
