/**
 * @module The Charter of the United Nations as far as it decides a crisis in Europe: the Security
 * Council (composition, voting, meetings, Chapters VI and VII) and the right of self-defence, in EN
 * and RU.
 */
import type { ProvisionData } from './types.ts';

const CHAPTER_VII: ProvisionData['notModelled'] = {
  en: 'The engine does not sort decisions by the article they rest on: any decision proposed in a meeting under Chapter VII follows the voting rule of Article 27(3), and est compare reports it as binding (Art. 25).',
  ru: 'Движок не различает решения по статьям, на которых они основаны: любое решение, предложенное на заседании по главе VII, подчиняется правилу голосования пункта 3 статьи 27, а сравнение (est compare) указывает, что оно обязательно (ст. 25).',
};

/** The Charter's articles on the Council and on self-defence; the text is certain (S78). */
export const UN_PROVISIONS = [
  {
    id: 'un.23',
    treaty: 'un-1945',
    cite: 'UN Charter 23',
    parent: null,
    heading: {
      en: 'Article 23. Composition of the Security Council',
      ru: 'Статья 23. Состав Совета Безопасности',
    },
    text: {
      en: 'Fifteen Members sit on the Council: five permanent ones named in the Charter (today China, France, Russia, the United Kingdom and the United States, Russia in the seat of the USSR since 1991) and ten elected by the General Assembly for two years, five each year, none re-eligible at once. The engine reads the Council of a given year from data for 2008-2026 (unsc.members).',
      ru: 'В Совете пятнадцать членов: пять постоянных, названных в Уставе (сейчас Китай, Россия, Соединённое Королевство, Соединённые Штаты и Франция; Россия занимает место СССР с 1991 года), и десять избираемых Генеральной Ассамблеей на два года, по пять ежегодно, без права немедленного переизбрания. Состав Совета на конкретный год движок берёт из данных за 2008–2026 годы (unsc.members).',
    },
    confidence: 'C',
    sources: ['S78', 'S79', 'S80'],
  },
  {
    id: 'un.24',
    treaty: 'un-1945',
    cite: 'UN Charter 24',
    parent: null,
    heading: { en: 'Article 24. Primary responsibility', ru: 'Статья 24. Главная ответственность' },
    text: {
      en: 'The Members entrust the Council with primary responsibility for international peace and security and agree that it acts on their behalf.',
      ru: 'Члены Организации возлагают на Совет главную ответственность за поддержание международного мира и безопасности и соглашаются, что он действует от их имени.',
    },
    confidence: 'C',
    sources: ['S78'],
    notModelled: {
      en: 'A grant of responsibility, not a procedure: the procedures are Articles 27, 28, 35, 39 and 51.',
      ru: 'Возложение ответственности, а не процедура: процедуры заданы статьями 27, 28, 35, 39 и 51.',
    },
  },
  {
    id: 'un.25',
    treaty: 'un-1945',
    cite: 'UN Charter 25',
    parent: null,
    heading: { en: 'Article 25. Decisions bind the Members', ru: 'Статья 25. Обязательность решений' },
    text: {
      en: "The Members agree to accept and carry out the Council's decisions. Read with Chapter VII, this is what makes a decision taken there binding on every Member, while recommendations under Chapter VI are not.",
      ru: 'Члены Организации соглашаются подчиняться решениям Совета и выполнять их. Вместе с главой VII это делает принятые по ней решения обязательными для всех членов, тогда как рекомендации по главе VI такой силы не имеют.',
    },
    confidence: 'C',
    sources: ['S78'],
    notModelled: {
      en: 'The engine records which decisions are adopted, not whether Members then comply; est compare reports decisions under Chapter VII as binding by this article.',
      ru: 'Движок фиксирует принятые решения, но не их исполнение; сравнение (est compare) отмечает решения по главе VII как обязательные в силу этой статьи.',
    },
  },
  {
    id: 'un.27',
    treaty: 'un-1945',
    cite: 'UN Charter 27',
    parent: null,
    heading: { en: 'Article 27. Voting', ru: 'Статья 27. Голосование' },
    text: {
      en: 'One vote per member; nine votes carry a procedural decision, and any other needs nine including the concurring votes of the permanent members.',
      ru: 'У каждого члена один голос; процедурное решение принимается девятью голосами, любое иное — девятью, включая совпадающие голоса постоянных членов.',
    },
    confidence: 'C',
    sources: ['S78'],
  },
  {
    id: 'un.27.1',
    treaty: 'un-1945',
    cite: 'UN Charter 27(1)',
    parent: 'un.27',
    heading: { en: 'One vote for each member of the Council', ru: 'Один голос у каждого члена Совета' },
    text: {
      en: 'Each of the fifteen has one vote; a Member that does not sit on the Council has none.',
      ru: 'У каждого из пятнадцати членов Совета один голос; член Организации, не входящий в Совет, голоса не имеет.',
    },
    confidence: 'C',
    sources: ['S78'],
  },
  {
    id: 'un.27.2',
    treaty: 'un-1945',
    cite: 'UN Charter 27(2)',
    parent: 'un.27',
    heading: { en: 'Procedural matters', ru: 'Процедурные вопросы' },
    text: {
      en: 'A decision on a procedural matter needs the votes of any nine members, so no permanent member can stop it alone.',
      ru: 'Решение по процедурному вопросу требует голосов любых девяти членов, поэтому ни один постоянный член не может в одиночку его заблокировать.',
    },
    confidence: 'C',
    sources: ['S78'],
    notModelled: {
      en: 'The procedural steps of a crisis (putting the matter on the agenda, inviting the parties) are not acts here: a meeting opens when a Member brings the matter, and every proposed decision is treated as one of substance under 27(3).',
      ru: 'Процедурные шаги в кризисе (включение вопроса в повестку, приглашение сторон) здесь не являются действиями: заседание открывается, когда член Организации поднимает вопрос, а каждое предложенное решение считается решением по существу по пункту 3.',
    },
  },
  {
    id: 'un.27.3',
    treaty: 'un-1945',
    cite: 'UN Charter 27(3)',
    parent: 'un.27',
    heading: {
      en: 'Matters of substance: nine votes and no veto',
      ru: 'Вопросы существа: девять голосов и отсутствие вето',
    },
    text: {
      en: "Any other decision needs nine votes in favour, the concurring votes of the permanent members among them, so a single permanent member voting against defeats it: the veto. Since 1946 the Council, and the ICJ in its 1971 Namibia opinion, read a permanent member's abstention or absence as no bar (unsc.abstentionBlocks). A party to a dispute must abstain, but only in decisions under Chapter VI and Article 52(3): under Chapter VII a permanent member that is itself a party may still vote, and veto.",
      ru: 'Любое иное решение требует девяти голосов «за», включая совпадающие голоса постоянных членов, поэтому голос «против» одного постоянного члена его отклоняет — это право вето. С 1946 года Совет, а в 1971 году и Международный суд (консультативное заключение по Намибии) считают, что воздержание или отсутствие постоянного члена решению не препятствует (unsc.abstentionBlocks). Сторона в споре обязана воздержаться только при решениях по главе VI и пункту 3 статьи 52: по главе VII постоянный член, сам являющийся стороной, может голосовать и наложить вето.',
    },
    confidence: 'C',
    sources: ['S78', 'S86'],
  },
  {
    id: 'un.28',
    treaty: 'un-1945',
    cite: 'UN Charter 28',
    parent: null,
    heading: {
      en: 'Article 28. A Council in continuous session',
      ru: 'Статья 28. Непрерывно действующий Совет',
    },
    text: {
      en: "The Council is organised so that it can function continuously, each member being represented at the seat of the Organization at all times. It met on 8 August 2008 at Russia's request within hours; the engine gives it unsc.meetingDays to meet.",
      ru: 'Совет организуется так, чтобы действовать непрерывно; каждый его член постоянно представлен в месте пребывания Организации. Восьмого августа 2008 года по просьбе России он собрался в течение нескольких часов; в движке срок созыва — unsc.meetingDays.',
    },
    confidence: 'C',
    sources: ['S78', 'S86'],
  },
  {
    id: 'un.31',
    treaty: 'un-1945',
    cite: 'UN Charter 31',
    parent: null,
    heading: {
      en: 'Article 31. Members outside the Council take part without vote',
      ru: 'Статья 31. Участие без права голоса',
    },
    text: {
      en: 'A Member that does not sit on the Council may take part, without vote, in the discussion of a question the Council judges to affect its interests specially.',
      ru: 'Член Организации, не входящий в Совет, может без права голоса участвовать в обсуждении вопроса, если Совет считает, что его интересы особо затронуты.',
    },
    confidence: 'C',
    sources: ['S78'],
  },
  {
    id: 'un.32',
    treaty: 'un-1945',
    cite: 'UN Charter 32',
    parent: null,
    heading: {
      en: 'Article 32. Parties to a dispute are invited',
      ru: 'Статья 32. Приглашение сторон в споре',
    },
    text: {
      en: 'A Member or a state outside the Organization that is a party to a dispute before the Council is invited to take part, without vote, in the discussion.',
      ru: 'Член Организации или государство, не являющееся её членом, если оно — сторона в споре, рассматриваемом Советом, приглашается участвовать в обсуждении без права голоса.',
    },
    confidence: 'C',
    sources: ['S78'],
  },
  {
    id: 'un.35',
    treaty: 'un-1945',
    cite: 'UN Charter 35',
    parent: null,
    heading: {
      en: 'Article 35. Any Member may bring a dispute',
      ru: 'Статья 35. Любой член может довести спор до сведения Совета',
    },
    text: {
      en: 'Any Member may bring a dispute, or a situation that might lead to friction, to the attention of the Security Council (or of the General Assembly). The Council then acts under Chapter VI, where a party to the dispute does not vote (27(3)).',
      ru: 'Любой член Организации может довести до сведения Совета Безопасности (или Генеральной Ассамблеи) спор или ситуацию, способную вызвать трения. Совет тогда действует по главе VI, где сторона в споре не голосует (пункт 3 статьи 27).',
    },
    confidence: 'C',
    sources: ['S78'],
  },
  {
    id: 'un.39',
    treaty: 'un-1945',
    cite: 'UN Charter 39',
    parent: null,
    heading: {
      en: 'Article 39. Threats to the peace and acts of aggression',
      ru: 'Статья 39. Угроза миру и акт агрессии',
    },
    text: {
      en: 'The Council determines whether there is a threat to the peace, a breach of the peace or an act of aggression, and makes recommendations or decides on measures under Articles 41 and 42. A Member reporting an armed attack, or its threat, thus seizes the Council under Chapter VII, where the abstention of parties does not apply.',
      ru: 'Совет определяет существование угрозы миру, нарушения мира или акта агрессии и даёт рекомендации либо решает о мерах по статьям 41 и 42. Член Организации, сообщающий о вооружённом нападении или его угрозе, тем самым передаёт вопрос Совету по главе VII, где правило о воздержании сторон не действует.',
    },
    confidence: 'C',
    sources: ['S78'],
  },
  {
    id: 'un.40',
    treaty: 'un-1945',
    cite: 'UN Charter 40',
    parent: null,
    heading: { en: 'Article 40. Provisional measures', ru: 'Статья 40. Временные меры' },
    text: {
      en: 'Before deciding on measures, the Council may call on the parties to comply with provisional measures such as a ceasefire, without prejudice to their rights.',
      ru: 'Прежде чем решить о мерах, Совет может потребовать от сторон выполнения временных мер, например прекращения огня, без ущерба для их прав.',
    },
    confidence: 'C',
    sources: ['S78'],
    notModelled: CHAPTER_VII,
  },
  {
    id: 'un.41',
    treaty: 'un-1945',
    cite: 'UN Charter 41',
    parent: null,
    heading: {
      en: 'Article 41. Measures without armed force',
      ru: 'Статья 41. Меры без применения вооружённых сил',
    },
    text: {
      en: 'The Council may decide on measures short of armed force, such as interrupting economic relations and communications or breaking off diplomatic relations, and call on Members to apply them.',
      ru: 'Совет может решать о мерах, не связанных с применением вооружённых сил, — например, о перерыве экономических отношений и сообщений или разрыве дипломатических отношений — и требовать их применения от членов Организации.',
    },
    confidence: 'C',
    sources: ['S78'],
    notModelled: CHAPTER_VII,
  },
  {
    id: 'un.42',
    treaty: 'un-1945',
    cite: 'UN Charter 42',
    parent: null,
    heading: { en: 'Article 42. Action by armed force', ru: 'Статья 42. Действия вооружённых сил' },
    text: {
      en: 'If such measures would be or have proved inadequate, the Council may take action by air, sea or land forces to maintain or restore peace.',
      ru: 'Если такие меры окажутся или уже оказались недостаточными, Совет может предпринять действия воздушными, морскими или сухопутными силами для поддержания или восстановления мира.',
    },
    confidence: 'C',
    sources: ['S78'],
    notModelled: CHAPTER_VII,
  },
  {
    id: 'un.51',
    treaty: 'un-1945',
    cite: 'UN Charter 51',
    parent: null,
    heading: { en: 'Article 51. Self-defence', ru: 'Статья 51. Самооборона' },
    text: {
      en: 'Nothing in the Charter impairs the inherent right of individual or collective self-defence if an armed attack occurs against a Member, until the Council has taken the measures needed to maintain peace. Measures taken in self-defence are reported to the Council at once and leave its authority untouched. A threat is not enough. The Charter does not say who may join in collective self-defence; the ICJ (Nicaragua, 1986) required a request from the state attacked (un.collective.requestRequired).',
      ru: 'Ничто в Уставе не умаляет неотъемлемого права на индивидуальную или коллективную самооборону, если произойдёт вооружённое нападение на члена Организации, пока Совет не примет мер, необходимых для поддержания мира. О мерах самообороны немедленно сообщается Совету, и они не затрагивают его полномочий. Одной угрозы недостаточно. Кто может участвовать в коллективной самообороне, Устав не говорит; Международный суд (дело «Никарагуа», 1986) потребовал просьбы государства, подвергшегося нападению (un.collective.requestRequired).',
    },
    confidence: 'C',
    sources: ['S78'],
  },
] as const satisfies readonly ProvisionData[];
