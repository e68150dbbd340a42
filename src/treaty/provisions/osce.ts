/**
 * @module The OSCE's rules for deciding in a crisis, in EN and RU: consensus as the CSCE defined it in
 * 1973, the Permanent Council as the body that meets, the politically binding nature of what it
 * decides, and consensus-minus-one from the Prague Document of 1992.
 */
import type { ProvisionData } from './types.ts';

/**
 * The OSCE has no founding treaty: its rules are spread over documents, each a node here with its
 * paragraphs. The paragraph number of the 1973 consensus rule is recalled, not checked (R-m).
 */
export const OSCE_PROVISIONS = [
  {
    id: 'osce.helsinki73',
    treaty: 'osce-1992',
    cite: 'OSCE Helsinki 1973',
    parent: null,
    heading: {
      en: 'Final Recommendations of the Helsinki Consultations (1973)',
      ru: 'Заключительные рекомендации Хельсинкских консультаций (1973)',
    },
    text: {
      en: 'The "Blue Book" agreed in the preparatory talks of 1972-73 gave the Conference its rules of procedure, among them the rule that decisions are taken by consensus; the OSCE has kept it since.',
      ru: '«Синяя книга», согласованная на подготовительных консультациях 1972–1973 годов, дала Совещанию правила процедуры, в том числе правило о принятии решений консенсусом; ОБСЕ сохраняет его до сих пор.',
    },
    confidence: 'C-partial',
    sources: ['S85'],
  },
  {
    id: 'osce.helsinki73.69',
    treaty: 'osce-1992',
    cite: 'OSCE Helsinki 1973, 69',
    parent: 'osce.helsinki73',
    heading: { en: 'Consensus: no objection', ru: 'Консенсус: отсутствие возражений' },
    text: {
      en: 'Decisions are taken by consensus, which means that no representative has raised an objection and put it forward as standing in the way of the decision. Silence is assent; absence blocks nothing; one objection from any participating State is enough to stop a decision. The paragraph number is recalled, not checked against the text (R-m).',
      ru: 'Решения принимаются консенсусом, то есть при отсутствии возражения, которое представитель высказал бы как препятствие к принятию решения. Молчание означает согласие; отсутствие ничего не блокирует; одного возражения любого государства-участника достаточно, чтобы решение не состоялось. Номер пункта приведён по памяти и не сверен с текстом (R-m).',
    },
    confidence: 'R-m',
    sources: ['S85'],
  },
  {
    id: 'osce.helsinki75',
    treaty: 'osce-1992',
    cite: 'OSCE Helsinki 1975',
    parent: null,
    heading: {
      en: 'Helsinki Final Act (1975): principles, politically binding',
      ru: 'Хельсинкский заключительный акт (1975): принципы, политически обязательные',
    },
    text: {
      en: 'The Final Act sets ten principles, among them refraining from the threat or use of force (II), the inviolability of frontiers (III) and territorial integrity (IV). It was not to be registered as a treaty under Article 102 of the UN Charter: its commitments, and every decision the OSCE bodies take, bind politically, not legally.',
      ru: 'Заключительный акт устанавливает десять принципов, среди них неприменение силы или угрозы силой (II), нерушимость границ (III) и территориальную целостность (IV). Он не подлежал регистрации как договор по статье 102 Устава ООН: его обязательства и все решения органов ОБСЕ имеют политическую, а не юридическую силу.',
    },
    confidence: 'C-partial',
    sources: ['S85'],
    notModelled: {
      en: 'The principles define what a participating State may complain of; the engine does not judge a breach, and est compare reports OSCE decisions as politically binding only.',
      ru: 'Принципы определяют, на что может жаловаться государство-участник; движок не оценивает нарушения, а сравнение (est compare) указывает, что решения ОБСЕ лишь политически обязательны.',
    },
  },
  {
    id: 'osce.pc',
    treaty: 'osce-1992',
    cite: 'OSCE Permanent Council',
    parent: null,
    heading: { en: 'The Permanent Council (Budapest 1994)', ru: 'Постоянный совет (Будапешт, 1994)' },
    text: {
      en: 'The body that sits in Vienna with a representative of every participating State and meets every week; the Chairmanship can call it at short notice. Any participating State can put a situation before it. The engine gives it osce.pc.meetingDays (the weekly meeting) to take up a matter. The date and paragraph of its founding decision (Budapest 1994) are recalled, not checked.',
      ru: 'Орган, заседающий в Вене, где представлено каждое государство-участник; он собирается еженедельно, а председательство может созвать его в короткий срок. Любое государство-участник может вынести на него ситуацию. Движок даёт ему срок osce.pc.meetingDays (еженедельное заседание), чтобы рассмотреть вопрос. Дата и пункт решения о его создании (Будапешт, 1994) приведены по памяти и не сверены.',
    },
    confidence: 'R-m',
    sources: [],
  },
  {
    id: 'osce.prague92',
    treaty: 'osce-1992',
    cite: 'OSCE Prague 1992',
    parent: null,
    heading: {
      en: 'Prague Document on CSCE institutions and structures (1992)',
      ru: 'Пражский документ о развитии институтов и структур СБСЕ (1992)',
    },
    text: {
      en: 'Adopted by the CSCE Council in Prague on 30-31 January 1992, it admitted ten former Soviet republics and made the one exception to consensus the OSCE knows in its political bodies.',
      ru: 'Принят Советом СБСЕ в Праге 30–31 января 1992 года; он принял десять бывших советских республик и ввёл единственное исключение из консенсуса, известное политическим органам ОБСЕ.',
    },
    confidence: 'C',
    sources: ['S84'],
  },
  {
    id: 'osce.prague92.16',
    treaty: 'osce-1992',
    cite: 'OSCE Prague 1992, 16',
    parent: 'osce.prague92',
    heading: { en: 'Consensus minus one', ru: 'Консенсус минус один' },
    text: {
      en: "Where a participating State commits clear, gross and uncorrected violations of its CSCE commitments, the Council (or the Committee of Senior Officials) may act without that State's consent. What it may do is limited to political declarations and other political steps that take effect outside that State's territory. It was used once, to suspend Yugoslavia in 1992. Who judges that a violation is clear and gross is not said; the engine applies the rule to a meeting on an attack when osce.minusOne is true, leaving out the objection of the State named as attacker.",
      ru: 'Если государство-участник допускает явные, грубые и неустранённые нарушения своих обязательств в СБСЕ, Совет (или Комитет старших должностных лиц) может действовать без согласия этого государства. Возможные меры ограничены политическими заявлениями и иными политическими шагами, действующими за пределами его территории. Правило применялось один раз — для отстранения Югославии в 1992 году. Кто решает, что нарушение явное и грубое, не сказано; движок применяет правило к заседанию о нападении, если osce.minusOne истинно, и не учитывает возражение государства, названного нападающим.',
    },
    confidence: 'C',
    sources: ['S84'],
  },
] as const satisfies readonly ProvisionData[];
