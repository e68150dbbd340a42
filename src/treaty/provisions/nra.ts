/**
 * @module Russia's draft agreement with the NATO member States, published by its foreign ministry on
 * 17 December 2021 (nine articles), in EN and RU: our own paraphrase of each article and paragraph.
 */
import type { ProvisionData } from './types.ts';
import { PRINCIPLE } from './types.ts';

/**
 * The draft "Agreement on measures to ensure the security of the Russian Federation and member States
 * of the North Atlantic Treaty Organization": a preamble and nine articles. The paragraphs follow the
 * published text, which numbers none: `nra.4.2` is the second paragraph of Article 4.
 */
export const NRA_PROVISIONS = [
  {
    id: 'nra.preamble',
    treaty: 'nra-2021',
    cite: 'NRA Preamble',
    parent: null,
    heading: { en: 'Preamble', ru: 'Преамбула' },
    text: {
      en: "Russia and the NATO member States, called the Parties, say they want better relations and closer understanding, that today's threats need the joint effort of all of them, and that they mean to curb dangerous military activity and so the chance of incidents between their forces. They hold that each one's security calls for more multilateral cooperation, stability, predictability and transparency, and they restate their attachment to six earlier texts: the UN Charter, the Helsinki Final Act (1975), the NATO-Russia Founding Act (1997), the OSCE Code of Conduct on politico-military aspects of security (1994), the Charter for European Security (1999) and the Rome Declaration that set up the NATO-Russia Council (2002).",
      ru: 'Россия и государства — члены НАТО, именуемые Участниками, заявляют о желании улучшить отношения и углубить взаимопонимание, признают, что на нынешние угрозы можно ответить только общими усилиями всех, и намерены сдерживать опасную военную деятельность, а значит, и вероятность инцидентов между своими вооружёнными силами. Они считают, что безопасность каждого требует больше многостороннего сотрудничества, стабильности, предсказуемости и прозрачности, и вновь подтверждают приверженность шести прежним документам: Уставу ООН, Хельсинкскому заключительному акту (1975), Основополагающему акту Россия–НАТО (1997), Кодексу поведения ОБСЕ, касающемуся военно-политических аспектов безопасности (1994), Хартии европейской безопасности (1999) и Римской декларации, учредившей Совет Россия–НАТО (2002).',
    },
    confidence: 'C',
    sources: ['S42'],
    notModelled: PRINCIPLE,
  },
  {
    id: 'nra.1',
    treaty: 'nra-2021',
    cite: 'NRA 1',
    parent: null,
    heading: {
      en: "Article 1. Principles of the Parties' relations",
      ru: 'Статья 1. Принципы отношений Участников',
    },
    text: {
      en: 'Four commitments of conduct: equal and indivisible security, peaceful settlement and no force, no situations that threaten or seem to threaten another Party, and restraint in military planning and exercises.',
      ru: 'Четыре обязательства поведения: равная и неделимая безопасность, мирное урегулирование и отказ от силы, недопущение ситуаций, которые угрожают или кажутся угрозой другому Участнику, и сдержанность в военном планировании и учениях.',
    },
    confidence: 'C',
    sources: ['S42', 'S45'],
  },
  {
    id: 'nra.1.1',
    treaty: 'nra-2021',
    cite: 'NRA 1',
    parent: 'nra.1',
    heading: { en: 'Equal and indivisible security', ru: 'Равная и неделимая безопасность' },
    text: {
      en: 'Cooperation and equal, indivisible security are to guide the Parties. None may make itself more secure at the cost of the others, whether alone or through an international organization, a military alliance or a coalition.',
      ru: 'Участники руководствуются сотрудничеством и равной, неделимой безопасностью. Никто из них не вправе укреплять свою безопасность за счёт других — ни в одиночку, ни через международную организацию, военный союз или коалицию.',
    },
    confidence: 'C',
    sources: ['S42', 'S45'],
    notModelled: PRINCIPLE,
  },
  {
    id: 'nra.1.2',
    treaty: 'nra-2021',
    cite: 'NRA 1',
    parent: 'nra.1',
    heading: { en: 'Peaceful settlement, no force', ru: 'Мирное урегулирование, отказ от силы' },
    text: {
      en: 'Disputes among the Parties are to be settled peacefully, and none may use or threaten force in a way that runs against the purposes of the United Nations.',
      ru: 'Споры между Участниками разрешаются мирным путём; никто из них не применяет силу и не угрожает ею вопреки целям Организации Объединённых Наций.',
    },
    confidence: 'C',
    sources: ['S42', 'S45'],
    notModelled: PRINCIPLE,
  },
  {
    id: 'nra.1.3',
    treaty: 'nra-2021',
    cite: 'NRA 1',
    parent: 'nra.1',
    heading: { en: 'No threatening situations', ru: 'Недопущение угрожающих ситуаций' },
    text: {
      en: "No Party may bring about conditions or situations that threaten the national security of another, or that another could see as such a threat. The test is partly the other Party's perception, and the draft does not say who judges it.",
      ru: 'Ни один Участник не создаёт условий или ситуаций, которые угрожают национальной безопасности другого либо могут быть им восприняты как такая угроза. Критерий отчасти зависит от восприятия другого Участника, и проект не говорит, кто об этом судит.',
    },
    confidence: 'C',
    sources: ['S42', 'S45'],
    notModelled: {
      en: 'The test rests on how another Party perceives a situation, which no act of the model records.',
      ru: 'Критерий зависит от того, как ситуацию воспринимает другой Участник, а ни одно действие модели этого не фиксирует.',
    },
  },
  {
    id: 'nra.1.4',
    treaty: 'nra-2021',
    cite: 'NRA 1',
    parent: 'nra.1',
    heading: { en: 'Restraint in planning and exercises', ru: 'Сдержанность в планировании и учениях' },
    text: {
      en: 'The Parties are to hold back in military planning and in exercises so that dangerous situations become less likely, as international law already requires of them, including the bilateral agreements on preventing incidents at sea beyond territorial waters and in the airspace above, and those on preventing dangerous military activities.',
      ru: 'Участники проявляют сдержанность в военном планировании и при проведении учений, чтобы опасные ситуации стали менее вероятны, как того уже требует от них международное право, включая межправительственные соглашения о предотвращении инцидентов на море за пределами территориальных вод и в воздушном пространстве над ним, а также соглашения о предотвращении опасной военной деятельности.',
    },
    confidence: 'C',
    sources: ['S42', 'S45'],
    notModelled: {
      en: 'A duty of restraint with no measure: the text sets no size, place or number of exercises beyond which planning stops being restrained, and the incidents agreements it recalls are not part of the model, so no act can be judged by it.',
      ru: 'Обязательство сдержанности без меры: текст не задаёт ни масштаба, ни места, ни числа учений, за которыми планирование перестаёт быть сдержанным, а упомянутые соглашения об инцидентах в модель не входят, поэтому ни одно действие по нему оценить нельзя.',
    },
  },
  {
    id: 'nra.2',
    treaty: 'nra-2021',
    cite: 'NRA 2',
    parent: null,
    heading: {
      en: 'Article 2. Consultations, information, hotlines',
      ru: 'Статья 2. Консультации, информация, горячие линии',
    },
    text: {
      en: 'How the Parties talk: urgent consultations (the NATO-Russia Council among them), voluntary exchanges of assessments and of information on exercises and doctrines, and telephone hotlines.',
      ru: 'Как Участники поддерживают связь: срочные консультации (в том числе в Совете Россия–НАТО), добровольный обмен оценками и сведениями об учениях и доктринах, телефонные горячие линии.',
    },
    confidence: 'C',
    sources: ['S44', 'S45'],
  },
  {
    id: 'nra.2.1',
    treaty: 'nra-2021',
    cite: 'NRA 2',
    parent: 'nra.2',
    heading: { en: 'Urgent consultations', ru: 'Срочные консультации' },
    text: {
      en: 'To deal with issues and settle problems, the Parties are to use urgent consultations, two-sided or many-sided, the NATO-Russia Council included. No deadline, quorum or decision rule is given.',
      ru: 'Для рассмотрения вопросов и решения проблем Участники прибегают к срочным двусторонним или многосторонним консультациям, включая Совет Россия–НАТО. Сроки, кворум и порядок принятия решений не указаны.',
    },
    confidence: 'C',
    sources: ['S44', 'S45'],
    notModelled: {
      en: 'The text names the means (urgent consultations, the NATO-Russia Council) but gives no quorum, deadline, decision rule or act that could be refused, so there is nothing to decide.',
      ru: 'Текст называет средства (срочные консультации, Совет Россия–НАТО), но не даёт ни кворума, ни срока, ни порядка принятия решений, ни действия, в котором можно было бы отказать, поэтому решать нечего.',
    },
  },
  {
    id: 'nra.2.2',
    treaty: 'nra-2021',
    cite: 'NRA 2',
    parent: 'nra.2',
    heading: { en: 'Exchanges of assessments and information', ru: 'Обмен оценками и информацией' },
    text: {
      en: 'On a regular and voluntary basis the Parties are to share their assessments of present threats and challenges, tell one another of exercises and manoeuvres and of the main points of their military doctrines, and use every existing confidence-building mechanism to make military activity transparent and predictable.',
      ru: 'Участники на регулярной и добровольной основе делятся оценками нынешних угроз и вызовов, сообщают друг другу об учениях и манёврах и об основных положениях своих военных доктрин и используют все существующие механизмы мер доверия, чтобы военная деятельность была прозрачной и предсказуемой.',
    },
    confidence: 'C',
    sources: ['S45'],
    notModelled: {
      en: 'The exchanges are voluntary and have no set form, content or deadline: nothing a Party does or leaves undone could be refused or found under them.',
      ru: 'Обмен добровольный, без установленной формы, содержания и срока: ничто из того, что Участник делает или не делает, не может быть по нему ни отклонено, ни отмечено.',
    },
  },
  {
    id: 'nra.2.3',
    treaty: 'nra-2021',
    cite: 'NRA 2',
    parent: 'nra.2',
    heading: { en: 'Hotlines', ru: 'Горячие линии' },
    text: {
      en: 'Telephone hotlines are to be set up for emergency contact between the Parties.',
      ru: 'Для экстренной связи между Участниками создаются телефонные горячие линии.',
    },
    confidence: 'C',
    sources: ['S45'],
    notModelled: {
      en: 'The hotlines are to be set up with no date, parties or procedure given: no act records them, and there is nothing to decide.',
      ru: 'Горячие линии предстоит создать, но ни срок, ни участники, ни порядок не указаны: ни одно действие их не фиксирует, и решать нечего.',
    },
  },
  {
    id: 'nra.3',
    treaty: 'nra-2021',
    cite: 'NRA 3',
    parent: null,
    heading: {
      en: 'Article 3. Not adversaries; incidents at sea',
      ru: 'Статья 3. Не противники; инциденты на море',
    },
    text: {
      en: 'A restatement of the 1997 formula that the Parties are not adversaries, and a commitment to keep talking about preventing incidents at sea.',
      ru: 'Повторение формулы 1997 года о том, что Участники не противники, и обязательство продолжать диалог о предотвращении инцидентов на море.',
    },
    confidence: 'C',
    sources: ['S45'],
  },
  {
    id: 'nra.3.1',
    treaty: 'nra-2021',
    cite: 'NRA 3',
    parent: 'nra.3',
    heading: { en: 'Not adversaries', ru: 'Не противники' },
    text: {
      en: 'The Parties confirm once more that they do not regard one another as adversaries.',
      ru: 'Участники ещё раз подтверждают, что не считают друг друга противниками.',
    },
    confidence: 'C',
    sources: ['S45'],
    notModelled: PRINCIPLE,
  },
  {
    id: 'nra.3.2',
    treaty: 'nra-2021',
    cite: 'NRA 3',
    parent: 'nra.3',
    heading: { en: 'Incidents on and over the high seas', ru: 'Инциденты в открытом море и над ним' },
    text: {
      en: 'The Parties are to keep up dialogue and cooperation to improve the means of preventing incidents on and over the high seas, the Baltic and the Black Sea first of all. The regional emphasis is recalled from the full text; the retrieved Italian copy breaks off before it (R-m for that detail).',
      ru: 'Участники продолжают диалог и взаимодействие, чтобы совершенствовать механизмы предотвращения инцидентов в открытом море и в воздушном пространстве над ним, прежде всего на Балтике и в Черноморском регионе. Региональный акцент восстановлен по памяти о полном тексте; найденная итальянская копия обрывается раньше (для этой детали R-m).',
    },
    confidence: 'C-partial',
    sources: ['S45'],
    notModelled: {
      en: 'A commitment to keep talking about incidents at sea: the text sets no rule or distance, and the movements of ships and aircraft are not acts the engine records.',
      ru: 'Обязательство продолжать диалог об инцидентах на море: текст не устанавливает ни правил, ни дистанций, а передвижения кораблей и самолётов движок как действия не фиксирует.',
    },
  },
  {
    id: 'nra.4',
    treaty: 'nra-2021',
    cite: 'NRA 4',
    parent: null,
    heading: {
      en: 'Article 4. No forces beyond the level of 27 May 1997',
      ru: 'Статья 4. Никаких сил сверх уровня 27 мая 1997 года',
    },
    text: {
      en: 'A freeze at the level of the day the NATO-Russia Founding Act was signed: Russia and the States that were NATO members on 27 May 1997 may add no forces or weapons on the territory of other European States beyond what stood there that day, save by the consent of all Parties in exceptional cases.',
      ru: 'Замораживание на уровне дня подписания Основополагающего акта Россия–НАТО: Россия и государства, бывшие членами НАТО на 27 мая 1997 года, не размещают на территории других европейских государств вооружённые силы и вооружения сверх того, что находилось там в этот день, кроме исключительных случаев с согласия всех Участников.',
    },
    confidence: 'C',
    sources: ['S44', 'S41', 'S30'],
  },
  {
    id: 'nra.4.1',
    treaty: 'nra-2021',
    cite: 'NRA 4',
    parent: 'nra.4',
    heading: { en: 'The bar on additional deployments', ru: 'Запрет дополнительного размещения' },
    text: {
      en: 'Russia, and every Party that was a NATO member State on 27 May 1997 (16 States: Belgium, Canada, Denmark, France, Germany, Greece, Iceland, Italy, Luxembourg, the Netherlands, Norway, Portugal, Spain, Turkey, the United Kingdom and the United States), may not station military forces or weaponry on the territory of any other European State in addition to those it had there on 27 May 1997. The draft defines neither "forces" nor "weaponry", sets no numbers, and does not say whether rotating or temporary forces count. As the 16 are named by a date rather than a list, the members who joined later (from 1999 on) fall outside the bound group and inside the protected territory.',
      ru: 'Россия и каждый Участник, бывший государством — членом НАТО на 27 мая 1997 года (16 государств: Бельгия, Великобритания, Германия, Греция, Дания, Исландия, Испания, Италия, Канада, Люксембург, Нидерланды, Норвегия, Португалия, США, Турция и Франция), не размещают на территории любого другого европейского государства вооружённые силы и вооружения в дополнение к тем, что находились там на 27 мая 1997 года. Проект не определяет ни «сил», ни «вооружений», не называет чисел и не говорит, учитываются ли ротационные и временные силы. Поскольку 16 государств определены датой, а не перечнем, члены, вступившие позднее (с 1999 года), не входят в связанную группу и оказываются на охраняемой территории.',
    },
    confidence: 'C',
    sources: ['S44', 'S41', 'S30', 'S71'],
  },
  {
    id: 'nra.4.2',
    treaty: 'nra-2021',
    cite: 'NRA 4',
    parent: 'nra.4',
    heading: { en: 'Exceptions by consent of all', ru: 'Исключения с согласия всех' },
    text: {
      en: 'Such deployments may still take place in exceptional cases, to remove a threat to the security of one or more Parties, if all the Parties consent: every Party, Russia included, holds a veto.',
      ru: 'Такое размещение всё же допускается в исключительных случаях, чтобы устранить угрозу безопасности одного или нескольких Участников, если на это согласны все Участники: у каждого из них, включая Россию, есть право вето.',
    },
    confidence: 'C',
    sources: ['S44'],
    notModelled: {
      en: 'Not modelled: no act records the consent of all the Parties, so a deployment it would allow is still found under the first paragraph.',
      ru: 'Не моделируется: ни одно действие не фиксирует согласия всех Участников, поэтому размещение, которое оно допустило бы, всё равно отмечается по первому абзацу.',
    },
  },
  {
    id: 'nra.5',
    treaty: 'nra-2021',
    cite: 'NRA 5',
    parent: null,
    heading: {
      en: 'Article 5. No intermediate- and short-range missiles within reach',
      ru: 'Статья 5. Никаких ракет средней и меньшей дальности в пределах досягаемости',
    },
    text: {
      en: 'No Party may place land-based intermediate- or short-range missiles in areas from which they could reach the territory of the other Parties. The ranges are not defined; the INF Treaty, which ended in 2019, set them at 500 to 5,500 km, but the draft does not refer to it. The model reads them as the INF classes (500 to 1,000 km and 1,000 to 5,500 km, parameter nra.5.ranges) and, doing no geography, takes whose territory is within reach from the deployment, which must state it. The text does not say whether allies count among the "other Parties" (parameter nra.5.reachOf).',
      ru: 'Ни один Участник не размещает ракеты наземного базирования средней и меньшей дальности в районах, откуда они могли бы достичь территории других Участников. Дальности не определены; Договор о РСМД, прекративший действие в 2019 году, задавал их от 500 до 5500 км, но проект на него не ссылается. Модель читает их как классы Договора о РСМД (500–1000 км и 1000–5500 км, параметр nra.5.ranges) и, не занимаясь географией, берёт, до чьей территории ракеты достают, из самого развёртывания, которое обязано это указать. Считаются ли союзники «другими Участниками», текст не говорит (параметр nra.5.reachOf).',
    },
    confidence: 'C',
    sources: ['S44', 'S49', 'S110'],
  },
  {
    id: 'nra.6',
    treaty: 'nra-2021',
    cite: 'NRA 6',
    parent: null,
    heading: {
      en: 'Article 6. No further enlargement of NATO',
      ru: 'Статья 6. Никакого дальнейшего расширения НАТО',
    },
    text: {
      en: 'Every NATO member State undertakes to forgo any further enlargement of the Alliance, Ukraine named expressly and any other State included. The bar binds the members, not NATO as an organization, and has no end date. On 17 December 2021 NATO had 30 members.',
      ru: 'Каждое государство — член НАТО обязуется отказаться от любого дальнейшего расширения альянса; Украина названа прямо, другие государства тоже охвачены. Запрет связывает членов, а не НАТО как организацию, и не ограничен сроком. На 17 декабря 2021 года в НАТО было 30 членов.',
    },
    confidence: 'C',
    sources: ['S44', 'S49', 'S71'],
  },
  {
    id: 'nra.7',
    treaty: 'nra-2021',
    cite: 'NRA 7',
    parent: null,
    heading: {
      en: 'Article 7. Military activity: where and how much',
      ru: 'Статья 7. Военная деятельность: где и в каком объёме',
    },
    text: {
      en: 'Two limits on military activity: none at all by NATO members in Ukraine and other States of Eastern Europe, the South Caucasus and Central Asia, and nothing above brigade level near the borders.',
      ru: 'Два ограничения военной деятельности: полный отказ членов НАТО от неё на Украине и в других государствах Восточной Европы, Закавказья и Центральной Азии и ничего свыше бригадного уровня вблизи границ.',
    },
    confidence: 'C',
    sources: ['S44', 'S49'],
  },
  {
    id: 'nra.7.1',
    treaty: 'nra-2021',
    cite: 'NRA 7',
    parent: 'nra.7',
    heading: {
      en: 'No NATO activity in the named regions',
      ru: 'Никакой деятельности НАТО в названных регионах',
    },
    text: {
      en: 'The Parties that are NATO member States may carry out no military activity of any kind on the territory of Ukraine or of other States in Eastern Europe, the South Caucasus and Central Asia. Ukraine is named; the three regions are not listed State by State. The South Caucasus is commonly Armenia, Azerbaijan and Georgia, and Central Asia Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan; which States "Eastern Europe" covers (Belarus and Moldova surely, NATO\'s own eastern members or Russia perhaps) is not said. The duty falls on NATO members only: Russia\'s own activity there is not limited.',
      ru: 'Участники, являющиеся государствами — членами НАТО, не ведут никакой военной деятельности на территории Украины и других государств Восточной Европы, Закавказья и Центральной Азии. Украина названа, а три региона не раскрыты поимённо. К Закавказью обычно относят Армению, Азербайджан и Грузию, к Центральной Азии — Казахстан, Киргизию, Таджикистан, Туркмению и Узбекистан; какие государства охватывает «Восточная Европа» (несомненно Белоруссию и Молдавию, возможно — восточных членов самой НАТО или Россию), не сказано. Обязанность лежит только на членах НАТО: деятельность самой России там не ограничена.',
    },
    confidence: 'C',
    sources: ['S44', 'S49'],
  },
  {
    id: 'nra.7.2',
    treaty: 'nra-2021',
    cite: 'NRA 7',
    parent: 'nra.7',
    heading: {
      en: 'Nothing above brigade level near the borders',
      ru: 'Ничего свыше бригадного уровня у границ',
    },
    text: {
      en: 'To rule out incidents, Russia and the NATO member States may hold no exercises or other military activity above brigade level in a zone of agreed width and shape on each side of the border line between Russia (with the States allied to it) and the NATO member States. The width and shape are left for later agreement: the text gives no figure.',
      ru: 'Чтобы исключить инциденты, Россия и государства — члены НАТО не проводят учений и иной военной деятельности свыше бригадного уровня в полосе согласованной ширины и конфигурации по обе стороны от линии границы между Россией (вместе с её союзниками по военному союзу) и государствами — членами НАТО. Ширина и конфигурация оставлены на будущее соглашение: числа в тексте нет.',
    },
    confidence: 'C',
    sources: ['S44', 'S49'],
    notModelled: {
      en: 'The width and configuration of the zone are left to later agreement and the text gives no figure, nor a measure of brigade level: with no zone there is nothing to judge an exercise against.',
      ru: 'Ширина и конфигурация полосы оставлены на будущее соглашение, и текст не даёт ни числа, ни мерила бригадного уровня: без полосы учения не с чем сопоставить.',
    },
  },
  {
    id: 'nra.8',
    treaty: 'nra-2021',
    cite: 'NRA 8',
    parent: null,
    heading: {
      en: 'Article 8. The Security Council and the Charter unaffected',
      ru: 'Статья 8. Совет Безопасности и Устав не затрагиваются',
    },
    text: {
      en: "The agreement neither touches, nor may be read as touching, the primary responsibility of the UN Security Council for international peace and security, or the Parties' rights and duties under the UN Charter. Recalled from the full text; no retrieved report quotes it.",
      ru: 'Соглашение не затрагивает и не может толковаться как затрагивающее главную ответственность Совета Безопасности ООН за международный мир и безопасность, а также права и обязанности Участников по Уставу ООН. Восстановлено по памяти о полном тексте; ни один найденный источник его не цитирует.',
    },
    confidence: 'R-m',
    sources: ['S42'],
    notModelled: PRINCIPLE,
  },
  {
    id: 'nra.9',
    treaty: 'nra-2021',
    cite: 'NRA 9',
    parent: null,
    heading: { en: 'Article 9. Final clauses', ru: 'Статья 9. Заключительные положения' },
    text: {
      en: "Entry into force on ratification by more than half of the signatory States, withdrawal on 30 days' notice, and three authentic languages.",
      ru: 'Вступление в силу после ратификации более чем половиной подписавших государств, выход с уведомлением за 30 дней и три аутентичных языка.',
    },
    confidence: 'C',
    sources: ['S46', 'S42'],
  },
  {
    id: 'nra.9.1',
    treaty: 'nra-2021',
    cite: 'NRA 9',
    parent: 'nra.9',
    heading: { en: 'Entry into force', ru: 'Вступление в силу' },
    text: {
      en: 'The agreement comes into force on the day that more than half of the States that signed it have deposited with the Depositary their instruments of ratification, expressing their consent to be bound. For a State that deposits later it comes into force on the day of its own deposit (this second sentence is recalled from the full text, R-m). Which government would be the Depositary is not confirmed by the sources retrieved.',
      ru: 'Соглашение вступает в силу в день, когда более половины подписавших его государств сдали Депозитарию ратификационные грамоты, выражающие согласие на его обязательность. Для государства, сдавшего грамоту позднее, оно вступает в силу в день этой сдачи (второе предложение восстановлено по памяти о полном тексте, R-m). Какое правительство было бы Депозитарием, найденные источники не подтверждают.',
    },
    confidence: 'C-partial',
    sources: ['S46', 'S42'],
  },
  {
    id: 'nra.9.2',
    treaty: 'nra-2021',
    cite: 'NRA 9',
    parent: 'nra.9',
    heading: { en: 'Withdrawal', ru: 'Выход' },
    text: {
      en: 'Any Party may leave by notifying the Depositary; the agreement stops applying to it 30 days after the Depositary receives the notice. It continues among the others.',
      ru: 'Любой Участник может выйти, уведомив Депозитария; соглашение перестаёт действовать для него через 30 дней после получения уведомления Депозитарием. Для остальных оно продолжает действовать.',
    },
    confidence: 'C',
    sources: ['S46'],
  },
  {
    id: 'nra.9.3',
    treaty: 'nra-2021',
    cite: 'NRA 9',
    parent: 'nra.9',
    heading: { en: 'Languages', ru: 'Языки' },
    text: {
      en: 'The agreement is drawn up in Russian, English and French, the three texts being equally authentic.',
      ru: 'Соглашение составлено на русском, английском и французском языках; все три текста имеют одинаковую силу.',
    },
    confidence: 'C',
    sources: ['S46'],
    notModelled: {
      en: 'Language versions have no effect on the rules.',
      ru: 'Языковые версии на правила не влияют.',
    },
  },
] as const satisfies readonly ProvisionData[];
