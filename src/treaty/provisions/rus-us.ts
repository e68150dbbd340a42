/**
 * @module Russia's draft treaty with the United States on security guarantees, published by its
 * foreign ministry on 17 December 2021 (eight articles), in EN and RU: our own paraphrase of each
 * article and paragraph.
 */
import type { ProvisionData } from './types.ts';
import { PRINCIPLE } from './types.ts';

/**
 * The draft "Treaty between the United States of America and the Russian Federation on security
 * guarantees": a preamble and eight articles. Article 1's two points (i) and (ii) are `rus-us.1.1` and
 * `rus-us.1.2`; the other paragraphs follow the published text, which numbers none (`rus-us.5.2` is
 * the second paragraph of Article 5). Paragraphs share their article's citation, as in the NRC.
 */
export const RUS_US_PROVISIONS = [
  {
    id: 'rus-us.preamble',
    treaty: 'rus-us-2021',
    cite: 'RUS-US Preamble',
    parent: null,
    heading: { en: 'Preamble', ru: 'Преамбула' },
    text: {
      en: "The United States and Russia, called the Parties, take as their guide the UN Charter, the Friendly Relations Declaration (1970), the Helsinki Final Act (1975), the Manila Declaration (1982), the Charter for European Security (1999) and the NATO-Russia Founding Act (1997). They recall that force may not be used or threatened against the Charter's purposes, back the Security Council's primary responsibility, see the need for joint answers to present threats, and call for strict non-interference: no support for those who seek an unconstitutional change of power, no action to change the other's political or social system. They want quicker and better means of settling disputes by dialogue that respects each other's security interests, and (as other reports of the text add) they hold that a nuclear war cannot be won and must never be fought.",
      ru: 'США и Россия, именуемые Сторонами, руководствуются Уставом ООН, Декларацией о принципах международного права (1970), Хельсинкским заключительным актом (1975), Манильской декларацией (1982), Хартией европейской безопасности (1999) и Основополагающим актом Россия–НАТО (1997). Они напоминают о недопустимости применения силы или угрозы силой вопреки целям Устава, поддерживают главную ответственность Совета Безопасности, признают необходимость совместно отвечать на нынешние угрозы и требуют строгого невмешательства: не поддерживать тех, кто добивается неконституционной смены власти, и не действовать с целью изменить политический или общественный строй другой Стороны. Они хотят более быстрых и действенных механизмов урегулирования споров через диалог, уважающий интересы безопасности друг друга, и (как добавляют другие сообщения о тексте) считают, что в ядерной войне не может быть победителей и она никогда не должна быть развязана.',
    },
    confidence: 'C',
    sources: ['S43', 'S40'],
    notModelled: PRINCIPLE,
  },
  {
    id: 'rus-us.1',
    treaty: 'rus-us-2021',
    cite: 'RUS-US 1',
    parent: null,
    heading: {
      en: 'Article 1. Indivisible, equal and undiminished security',
      ru: 'Статья 1. Неделимая, равная и ненарушаемая безопасность',
    },
    text: {
      en: 'The Parties are to cooperate on indivisible, equal and undiminished security, and to that end take on two duties of abstention.',
      ru: 'Стороны сотрудничают на основе неделимой, равной и ненарушаемой безопасности и ради этого принимают на себя два обязательства воздерживаться.',
    },
    confidence: 'C',
    sources: ['S47', 'S48'],
  },
  {
    id: 'rus-us.1.1',
    treaty: 'rus-us-2021',
    cite: 'RUS-US 1',
    parent: 'rus-us.1',
    heading: {
      en: "No acts affecting the other's security",
      ru: 'Никаких действий, затрагивающих безопасность другой Стороны',
    },
    text: {
      en: 'Neither Party may take actions, or join in or back activities, that affect the security of the other. No threshold of gravity is set: any effect counts.',
      ru: 'Ни одна Сторона не предпринимает действий и не участвует в мероприятиях и не поддерживает мероприятий, затрагивающих безопасность другой. Порог серьёзности не задан: значимо любое воздействие.',
    },
    confidence: 'C',
    sources: ['S47', 'S48'],
    notModelled: {
      en: "Whether an action affects the other Party's security has no threshold or test in the text: it would be that Party's own judgement, which no act records.",
      ru: 'Затрагивает ли действие безопасность другой Стороны, текст не определяет ни порогом, ни критерием: это было бы суждением самой этой Стороны, которое ни одно действие не фиксирует.',
    },
  },
  {
    id: 'rus-us.1.2',
    treaty: 'rus-us-2021',
    cite: 'RUS-US 1',
    parent: 'rus-us.1',
    heading: { en: 'No measures undermining core interests', ru: 'Никаких мер в ущерб коренным интересам' },
    text: {
      en: 'Neither Party may carry out security measures, whether adopted alone or within an international organization, alliance or coalition, that could undermine the core security interests of the other.',
      ru: 'Ни одна Сторона не осуществляет меры безопасности, принятые ею самостоятельно или в рамках международной организации, военного союза или коалиции, которые могли бы подорвать коренные интересы безопасности другой.',
    },
    confidence: 'C',
    sources: ['S47'],
    notModelled: {
      en: 'The core security interests are not listed, and whether a measure could undermine them has no test in the text: there is nothing to judge a measure by.',
      ru: 'Коренные интересы безопасности не перечислены, а критерия того, могла ли мера их подорвать, в тексте нет: оценивать меру не по чему.',
    },
  },
  {
    id: 'rus-us.2',
    treaty: 'rus-us-2021',
    cite: 'RUS-US 2',
    parent: null,
    heading: {
      en: 'Article 2. Alliances to respect the UN Charter',
      ru: 'Статья 2. Союзы должны соблюдать Устав ООН',
    },
    text: {
      en: 'Each Party is to strive to make every international organization, military alliance and coalition it belongs to keep to the principles of the UN Charter. It is a duty of effort, not of result.',
      ru: 'Каждая Сторона стремится к тому, чтобы все международные организации, военные союзы и коалиции, в которых она участвует, соблюдали принципы Устава ООН. Это обязательство приложить усилия, а не добиться результата.',
    },
    confidence: 'C',
    sources: ['S47'],
    notModelled: PRINCIPLE,
  },
  {
    id: 'rus-us.3',
    treaty: 'rus-us-2021',
    cite: 'RUS-US 3',
    parent: null,
    heading: {
      en: "Article 3. No use of third States' territory",
      ru: 'Статья 3. Не использовать территорию третьих государств',
    },
    text: {
      en: "Neither Party may use the territory of other States to prepare or carry out an armed attack on the other, or other actions that affect the other's core security interests.",
      ru: 'Ни одна Сторона не использует территорию других государств для подготовки или осуществления вооружённого нападения на другую, а также иных действий, затрагивающих её коренные интересы безопасности.',
    },
    confidence: 'C',
    sources: ['S47', 'S48'],
    notModelled: {
      en: "Using a third State's territory to prepare an armed attack, or other actions against core interests, turns on the purpose of a presence and on interests the text does not list; the engine records deployments, not what they are for.",
      ru: 'Использование территории третьего государства для подготовки нападения или иных действий против коренных интересов зависит от цели присутствия и от интересов, которых текст не перечисляет; движок фиксирует размещение, а не его цель.',
    },
  },
  {
    id: 'rus-us.4',
    treaty: 'rus-us-2021',
    cite: 'RUS-US 4',
    parent: null,
    heading: {
      en: 'Article 4. NATO enlargement and the former Soviet States',
      ru: 'Статья 4. Расширение НАТО и государства бывшего СССР',
    },
    text: {
      en: 'Two duties of the United States alone: to stop NATO growing eastward, and to keep out of military ties with the former Soviet States that are not in NATO.',
      ru: 'Два обязательства одних лишь США: не допускать расширения НАТО на восток и не вступать в военные отношения с государствами бывшего СССР, не входящими в НАТО.',
    },
    confidence: 'C',
    sources: ['S48', 'S40'],
  },
  {
    id: 'rus-us.4.1',
    treaty: 'rus-us-2021',
    cite: 'RUS-US 4',
    parent: 'rus-us.4',
    heading: { en: 'No eastward enlargement', ru: 'Никакого расширения на восток' },
    text: {
      en: 'The United States undertakes to prevent any further eastward enlargement of NATO and to refuse membership of the Alliance to States that were part of the USSR. Of the 15 former Soviet republics, Estonia, Latvia and Lithuania were already members (since 2004) and Russia is the other Party, so the bar concerns the remaining 11.',
      ru: 'США обязуются не допускать дальнейшего расширения НАТО на восток и отказывать в членстве в альянсе государствам, входившим в СССР. Из 15 бывших союзных республик Эстония, Латвия и Литва уже были членами (с 2004 года), а Россия — другая Сторона, так что запрет касается остальных 11.',
    },
    confidence: 'C',
    sources: ['S48', 'S40', 'S71'],
  },
  {
    id: 'rus-us.4.2',
    treaty: 'rus-us-2021',
    cite: 'RUS-US 4',
    parent: 'rus-us.4',
    heading: { en: 'No bases or military cooperation', ru: 'Никаких баз и военного сотрудничества' },
    text: {
      en: 'On the territory of former Soviet States outside NATO the United States may set up no military bases and use no infrastructure for military activity of any kind, and it may build no bilateral military cooperation with those States.',
      ru: 'На территории государств бывшего СССР, не входящих в НАТО, США не создают военных баз и не используют инфраструктуру для какой-либо военной деятельности, а также не развивают с этими государствами двустороннего военного сотрудничества.',
    },
    confidence: 'C',
    sources: ['S48', 'S40'],
  },
  {
    id: 'rus-us.5',
    treaty: 'rus-us-2021',
    cite: 'RUS-US 5',
    parent: null,
    heading: {
      en: 'Article 5. Forces, bombers, warships',
      ru: 'Статья 5. Силы, бомбардировщики, военные корабли',
    },
    text: {
      en: 'Three rules on where forces may be: none where the other could see a threat (own territory excepted), no heavy bombers or surface warships within striking range, and dialogue on incidents at sea.',
      ru: 'Три правила о том, где могут находиться силы: нигде, где другая Сторона может усмотреть угрозу (кроме своей территории), никаких тяжёлых бомбардировщиков и надводных кораблей в пределах досягаемости, диалог об инцидентах на море.',
    },
    confidence: 'C',
    sources: ['S48', 'S40'],
  },
  {
    id: 'rus-us.5.1',
    treaty: 'rus-us-2021',
    cite: 'RUS-US 5',
    parent: 'rus-us.5',
    heading: {
      en: 'No deployments perceived as a threat',
      ru: 'Никакого размещения, воспринимаемого как угроза',
    },
    text: {
      en: "Neither Party may deploy armed forces and armaments, alone or through an international organization, alliance or coalition, in areas where the other Party could perceive the deployment as a threat to its national security. Deployment on a Party's own national territory is excepted.",
      ru: 'Ни одна Сторона не размещает вооружённые силы и вооружения — самостоятельно или в рамках международной организации, военного союза или коалиции — в районах, где другая Сторона могла бы воспринять такое размещение как угрозу своей национальной безопасности. Размещение на собственной национальной территории составляет исключение.',
    },
    confidence: 'C',
    sources: ['S48', 'S40'],
    notModelled: {
      en: "Whether the other Party could perceive a deployment as a threat is that Party's judgement; the text gives no area, distance or test, so a deployment cannot be judged by it.",
      ru: 'Может ли другая Сторона воспринять размещение как угрозу, решает она сама; текст не называет ни районов, ни расстояний, ни критерия, поэтому размещение по нему оценить нельзя.',
    },
  },
  {
    id: 'rus-us.5.2',
    treaty: 'rus-us-2021',
    cite: 'RUS-US 5',
    parent: 'rus-us.5',
    heading: { en: 'Heavy bombers and surface warships', ru: 'Тяжёлые бомбардировщики и надводные корабли' },
    text: {
      en: "Neither Party may fly heavy bombers, whether equipped for nuclear or for conventional arms, or station surface warships of any type, alone or with allies, outside its national airspace or territorial waters in areas from which they could strike targets on the other's territory.",
      ru: 'Ни одна Сторона не совершает полётов тяжёлых бомбардировщиков, оснащённых для ядерных или неядерных вооружений, и не размещает надводные боевые корабли любого класса — самостоятельно или вместе с союзниками — за пределами своего национального воздушного пространства и территориальных вод в районах, откуда они могут поражать цели на территории другой Стороны.',
    },
    confidence: 'C',
    sources: ['S40'],
    notModelled: {
      en: 'Flights of heavy bombers and the movements of surface warships are not acts the engine records, and the text gives no range for the areas from which they could strike.',
      ru: 'Полёты тяжёлых бомбардировщиков и передвижения надводных кораблей движок как действия не фиксирует, а дальности, определяющей районы, откуда они могут поражать цели, текст не даёт.',
    },
  },
  {
    id: 'rus-us.5.3',
    treaty: 'rus-us-2021',
    cite: 'RUS-US 5',
    parent: 'rus-us.5',
    heading: { en: 'Incidents at sea', ru: 'Инциденты на море' },
    text: {
      en: 'The Parties are to keep talking and cooperating to improve the means of preventing dangerous military activity on and over the high seas, agreeing among other things on the closest distance warships and aircraft may approach. Recalled from the full text (R-m).',
      ru: 'Стороны продолжают диалог и сотрудничество, чтобы совершенствовать механизмы предотвращения опасной военной деятельности в открытом море и над ним, в том числе договориться о предельной дистанции сближения боевых кораблей и самолётов. Восстановлено по памяти о полном тексте (R-m).',
    },
    confidence: 'R-m',
    sources: ['S43'],
    notModelled: {
      en: 'A commitment to keep talking: the closest distances of approach are left to agreement, with no figure in the text.',
      ru: 'Обязательство продолжать диалог: предельные дистанции сближения оставлены на будущее соглашение, чисел в тексте нет.',
    },
  },
  {
    id: 'rus-us.6',
    treaty: 'rus-us-2021',
    cite: 'RUS-US 6',
    parent: null,
    heading: {
      en: 'Article 6. Ground-launched intermediate- and shorter-range missiles',
      ru: 'Статья 6. Ракеты средней и меньшей дальности наземного базирования',
    },
    text: {
      en: "Neither Party may deploy ground-launched intermediate- or shorter-range missiles outside its national territory, nor in those parts of its own territory from which they could strike targets on the other's. Unlike the INF Treaty, this bars deployment, not possession, and it gives no ranges. The model reads them as the INF classes (500 to 1,000 km and 1,000 to 5,500 km, parameter rus-us.6.ranges); a deployment abroad is barred wherever it stands, and one at home states whose territory its missiles could reach, the engine doing no geography.",
      ru: 'Ни одна Сторона не размещает ракеты средней и меньшей дальности наземного базирования за пределами своей национальной территории, а также в тех районах своей территории, откуда они могут поражать цели на территории другой. В отличие от Договора о РСМД, запрещается размещение, а не обладание, и дальности не указаны. Модель читает их как классы Договора о РСМД (500–1000 км и 1000–5500 км, параметр rus-us.6.ranges); размещение за рубежом запрещено, где бы оно ни было, а размещение у себя указывает, до чьей территории ракеты могут достать, поскольку движок географией не занимается.',
    },
    confidence: 'C',
    sources: ['S48', 'S110'],
  },
  {
    id: 'rus-us.7',
    treaty: 'rus-us-2021',
    cite: 'RUS-US 7',
    parent: null,
    heading: { en: 'Article 7. Nuclear weapons at home only', ru: 'Статья 7. Ядерное оружие только у себя' },
    text: {
      en: 'Nuclear weapons are to be kept on national territory, with the infrastructure abroad removed and no nuclear training of others. As the Soviet arsenal was already back in Russia, the burden falls in practice on the US weapons kept in allied European States.',
      ru: 'Ядерное оружие должно находиться только на национальной территории; инфраструктура за рубежом ликвидируется, других к применению ядерного оружия не готовят. Поскольку советский арсенал уже возвращён в Россию, бремя на деле ложится на американское оружие в союзных европейских государствах.',
    },
    confidence: 'C',
    sources: ['S48', 'S40'],
  },
  {
    id: 'rus-us.7.1',
    treaty: 'rus-us-2021',
    cite: 'RUS-US 7',
    parent: 'rus-us.7',
    heading: { en: 'No nuclear weapons abroad', ru: 'Никакого ядерного оружия за рубежом' },
    text: {
      en: 'Neither Party may deploy nuclear weapons outside its national territory, and any it has abroad when the treaty comes into force must be brought home. No period is set for bringing them home (parameter rus-us.7.returnDays, 0 by default: by the day of entry into force).',
      ru: 'Ни одна Сторона не размещает ядерное оружие за пределами национальной территории, а то, что находится за рубежом на момент вступления договора в силу, возвращается на её территорию. Срок возвращения не установлен (параметр rus-us.7.returnDays, по умолчанию 0: ко дню вступления в силу).',
    },
    confidence: 'C',
    sources: ['S48'],
  },
  {
    id: 'rus-us.7.2',
    treaty: 'rus-us-2021',
    cite: 'RUS-US 7',
    parent: 'rus-us.7',
    heading: { en: 'Infrastructure abroad eliminated', ru: 'Ликвидация инфраструктуры за рубежом' },
    text: {
      en: 'All existing infrastructure for deploying nuclear weapons outside national territory is to be eliminated.',
      ru: 'Вся существующая инфраструктура для размещения ядерного оружия вне национальной территории подлежит ликвидации.',
    },
    confidence: 'C-partial',
    sources: ['S40', 'S41'],
    notModelled: {
      en: 'Not modelled: no act records infrastructure for nuclear weapons (storage sites, vaults, certified airfields) or its dismantling, so the engine cannot tell what is left abroad; a deployment of the weapons themselves is judged under the first paragraph.',
      ru: 'Не моделируется: ни одно действие не фиксирует инфраструктуру для ядерного оружия (хранилища, склады, аттестованные аэродромы) и её ликвидацию, поэтому движок не знает, что осталось за рубежом; размещение самого оружия оценивается по п. 1.',
    },
  },
  {
    id: 'rus-us.7.3',
    treaty: 'rus-us-2021',
    cite: 'RUS-US 7',
    parent: 'rus-us.7',
    heading: { en: 'No training of non-nuclear countries', ru: 'Никакой подготовки неядерных стран' },
    text: {
      en: "Neither Party may train military or civilian personnel of non-nuclear countries to use nuclear weapons: NATO's nuclear sharing would end. Recalled from the full text (R-m).",
      ru: 'Ни одна Сторона не обучает военный и гражданский персонал неядерных стран применению ядерного оружия: «совместное ядерное использование» НАТО прекратилось бы. Восстановлено по памяти о полном тексте (R-m).',
    },
    confidence: 'R-m',
    sources: ['S43'],
    notModelled: {
      en: "Not modelled: no act records training, nor whose personnel is trained in what; the nuclear-sharing weapons kept in allied States are judged as a deployment under the first paragraph, the training of the allies' pilots is not.",
      ru: 'Не моделируется: ни одно действие не фиксирует обучение, чей персонал и чему обучается; оружие «совместного ядерного использования» в союзных государствах оценивается как размещение по п. 1, подготовка союзных лётчиков — нет.',
    },
  },
  {
    id: 'rus-us.7.4',
    treaty: 'rus-us-2021',
    cite: 'RUS-US 7',
    parent: 'rus-us.7',
    heading: {
      en: 'No nuclear scenarios in general-purpose exercises',
      ru: 'Никаких ядерных сценариев в учениях сил общего назначения',
    },
    text: {
      en: 'Neither Party may hold exercises or training of general-purpose forces whose scenarios include the use of nuclear weapons. Recalled from the full text (R-m).',
      ru: 'Ни одна Сторона не проводит учений и тренировок сил общего назначения по сценариям, предусматривающим применение ядерного оружия. Восстановлено по памяти о полном тексте (R-m).',
    },
    confidence: 'R-m',
    sources: ['S43'],
    notModelled: {
      en: 'Not modelled: no act records an exercise or its scenario, so the engine cannot tell whether general-purpose forces rehearsed the use of nuclear weapons.',
      ru: 'Не моделируется: ни одно действие не фиксирует учения и их сценарий, поэтому движок не может определить, отрабатывали ли силы общего назначения применение ядерного оружия.',
    },
  },
  {
    id: 'rus-us.8',
    treaty: 'rus-us-2021',
    cite: 'RUS-US 8',
    parent: null,
    heading: { en: 'Article 8. Final clauses', ru: 'Статья 8. Заключительные положения' },
    text: {
      en: 'Entry into force once both Parties have notified the completion of their domestic procedures, and two authentic languages. No clause on duration or withdrawal is known.',
      ru: 'Вступление в силу после того, как обе Стороны уведомят о выполнении внутригосударственных процедур, и два аутентичных языка. Положение о сроке действия или выходе неизвестно.',
    },
    confidence: 'R-m',
    sources: ['S43', 'S41'],
  },
  {
    id: 'rus-us.8.1',
    treaty: 'rus-us-2021',
    cite: 'RUS-US 8',
    parent: 'rus-us.8',
    heading: { en: 'Entry into force', ru: 'Вступление в силу' },
    text: {
      en: "The treaty comes into force on the day the later of the two Parties' written notifications, saying that the domestic procedures needed for entry into force are complete, is received. Recalled from the full text (R-m): the retrieved copies break off before it.",
      ru: 'Договор вступает в силу в день получения последнего из двух письменных уведомлений Сторон о выполнении внутригосударственных процедур, необходимых для его вступления в силу. Восстановлено по памяти о полном тексте (R-m): найденные копии обрываются раньше.',
    },
    confidence: 'R-m',
    sources: ['S43', 'S41'],
  },
  {
    id: 'rus-us.8.2',
    treaty: 'rus-us-2021',
    cite: 'RUS-US 8',
    parent: 'rus-us.8',
    heading: { en: 'Languages', ru: 'Языки' },
    text: {
      en: 'The treaty is done in two originals, each in English and Russian, both texts equally authentic. Recalled from the full text (R-m).',
      ru: 'Договор совершён в двух экземплярах, каждый на английском и русском языках, оба текста равно аутентичны. Восстановлено по памяти о полном тексте (R-m).',
    },
    confidence: 'R-m',
    sources: ['S43'],
    notModelled: {
      en: 'Language versions have no effect on the rules.',
      ru: 'Языковые версии на правила не влияют.',
    },
  },
] as const satisfies readonly ProvisionData[];
