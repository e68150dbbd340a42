/**
 * @module The glossary's entries (`#/glossary`), in English and Russian: each term of art defined in
 * our own words, how the 2009 drafts use it, citing the provisions (ids of src/treaty/provisions), and
 * the parameters (ids of src/treaty/parameters) that hold its numbers and readings. Pure data: the
 * glossary view and the search index (./search/) read it.
 */
import type { Localized } from '../../src/treaty/common.ts';
import type { ParameterId } from '../../src/treaty/parameters/index.ts';
import type { TermId, TermInfo } from './glossary-terms.ts';
import { TERMS, TERM_INFO } from './glossary-terms.ts';

/** One point of how the drafts use a term, with the provisions (ids) that say so. */
export interface Usage {
  readonly text: Localized;
  readonly cites: readonly string[];
  /** A view of this site that shows it at work (`log`, `analysis`). */
  readonly see?: { readonly view: string; readonly label: Localized };
}

export interface GlossaryEntry extends TermInfo {
  readonly id: TermId;
  /** What the term means, in general, our own words. */
  readonly definition: Localized;
  /** How the 2009 drafts (and, for comparison, the regimes) use it. */
  readonly usage: readonly Usage[];
  /** The parameters that carry its numbers or readings. */
  readonly parameters: readonly ParameterId[];
  readonly related: readonly TermId[];
}

type Body = Omit<GlossaryEntry, 'id' | keyof TermInfo>;

const BODIES: Readonly<Record<TermId, Body>> = {
  depositary: {
    definition: {
      en: 'A depositary keeps a treaty on behalf of all who join it. It is usually a government or an international organization. It holds the original text, receives the instruments by which states and organizations become bound, receives notices such as a notice of withdrawal, and informs everyone concerned of each of them. The office is administrative: a depositary does not settle disputes about the treaty.',
      ru: 'Депозитарий хранит договор от имени всех, кто к нему присоединяется; обычно это правительство или международная организация. У него находится подлинный текст, он принимает документы, которыми государства и организации становятся связанными договором, получает уведомления (например, о выходе) и сообщает о каждом из них всем, кого это касается. Его функции технические: споров о договоре депозитарий не разрешает.',
    },
    usage: [
      {
        text: {
          en: 'The draft does not say who the depositary is: the government that would hold the instruments is a blank in the text.',
          ru: 'Кто будет депозитарием, проект не говорит: правительство, которому сдаются документы, оставлено в тексте пропуском.',
        },
        cites: ['est.11.1'],
      },
      {
        text: {
          en: 'It still has work to do under the draft: it passes requests for information and the replies on to the other Parties, convenes a Conference of the Parties once a proposal has enough support, and calls an Extraordinary Conference without delay when a Party reports an armed attack or a threat of one.',
          ru: 'Тем не менее работа у него по проекту есть: он передаёт остальным Участникам запросы информации и ответы на них, созывает Конференцию Участников, когда предложение получило достаточную поддержку, и немедленно созывает Чрезвычайную конференцию, если Участник сообщает о вооружённом нападении или угрозе нападения.',
        },
        cites: ['est.3.2', 'est.6.2', 'est.8.1'],
      },
      {
        text: {
          en: 'Instruments of accession and notices of withdrawal are lodged with it, and the day of each deposit decides when the Treaty starts to bind the one who deposited.',
          ru: 'Ему же сдаются документы о присоединении и уведомления о выходе, а день сдачи каждого документа определяет, с какого момента Договор связывает сдавшего.',
        },
        cites: ['est.12', 'est.13', 'est.14.1'],
      },
      {
        text: {
          en: 'On this site the service plays the depositary: each filing becomes an entry of a signed log that anyone can check in the Log view.',
          ru: 'На этом сайте роль депозитария играет сервис: каждое обращение становится записью подписанного журнала, которую любой может проверить в разделе «Журнал».',
        },
        cites: [],
        see: { view: 'log', label: { en: 'The log', ru: 'Журнал' } },
      },
    ],
    parameters: ['conference.conveningDays', 'withdrawal.noticeDays'],
    related: ['instrument', 'accession', 'extraordinary-conference'],
  },
  instrument: {
    definition: {
      en: 'In the law of treaties an instrument is the formal document by which a state or an organization says that it consents to be bound: an instrument of ratification after signature, of acceptance or approval (the usual form for organizations), or of accession for those that did not sign. The consent takes effect when the instrument is deposited, not when the procedure at home is completed.',
      ru: 'В праве международных договоров документ (инструмент) — официальный акт, которым государство или организация заявляет о согласии на обязательность для себя договора: ратификационная грамота после подписания, документ о принятии или одобрении (обычная форма для организаций) либо документ о присоединении для тех, кто не подписывал договор. Согласие вступает в действие в момент сдачи документа на хранение, а не по завершении внутренних процедур.',
    },
    usage: [
      {
        text: {
          en: 'States ratify the Treaty, international organizations approve or adopt it, and every instrument goes to the depositary.',
          ru: 'Государства ратифицируют Договор, международные организации одобряют или принимают его, и все документы сдаются депозитарию.',
        },
        cites: ['est.11.1'],
      },
      {
        text: {
          en: 'An organization’s instrument is to say how far its competence reaches in the matters the Treaty covers (reconstructed with low certainty).',
          ru: 'В документе организации должно быть указано, насколько её компетенция распространяется на вопросы, охватываемые Договором (восстановлено с низкой уверенностью).',
        },
        cites: ['est.11.2'],
      },
      {
        text: {
          en: 'The Treaty enters into force with the 25th instrument of ratification; whether instruments of organizations count toward that number is left open (see counted instruments).',
          ru: 'Договор вступает в силу со сдачей 25-й ратификационной грамоты; засчитываются ли в это число документы организаций, остаётся неясным (см. «учитываемые документы»).',
        },
        cites: ['est.14.1'],
      },
      {
        text: {
          en: 'States and organizations that come in later deposit an instrument of accession.',
          ru: 'Государства и организации, вступающие позднее, сдают документ о присоединении.',
        },
        cites: ['est.12'],
      },
    ],
    parameters: [
      'entryIntoForce.instruments',
      'entryIntoForce.countOrganizations',
      'entryIntoForce.laterDays',
    ],
    related: ['depositary', 'counted-instruments', 'accession'],
  },
  accession: {
    definition: {
      en: 'Accession is the way into a treaty for a state or an organization that did not sign it while it was open for signature. One instrument of accession does the work of signature and ratification together. Treaties often allow accession only once they are in force, and some make it depend on the consent of the parties already bound.',
      ru: 'Присоединение — способ стать участником договора для государства или организации, которые не подписали его, пока он был открыт для подписания. Один документ о присоединении заменяет и подписание, и ратификацию. Нередко договор допускает присоединение лишь после вступления в силу, а иногда ставит его в зависимость от согласия уже связанных им участников.',
    },
    usage: [
      {
        text: {
          en: 'Once the Treaty is in force, other states or organizations may join by depositing an instrument of accession with the depositary, with the consent of all the Parties. The whole article is reconstructed with low certainty.',
          ru: 'После вступления Договора в силу другие государства или организации могут присоединиться к нему, сдав депозитарию документ о присоединении, с согласия всех Участников. Вся статья восстановлена с низкой уверенностью.',
        },
        cites: ['est.12'],
      },
      {
        text: {
          en: 'Who may accede is read as the same circle as who may sign: the states of the Euro-Atlantic and Eurasian space, “from Vancouver to Vladivostok”, and five named organizations.',
          ru: 'Круг тех, кто может присоединиться, понимается так же, как круг тех, кто может подписать: государства евроатлантического и евразийского пространства «от Ванкувера до Владивостока» и пять названных организаций.',
        },
        cites: ['est.10'],
      },
      {
        text: {
          en: 'The engine reads “the consent of all” as no Party objecting within a set period, and counts the acceding party’s later entry into force from its deposit.',
          ru: 'Движок понимает «согласие всех» как отсутствие возражений любого Участника в течение установленного срока и отсчитывает вступление Договора в силу для присоединившегося от дня сдачи им документа.',
        },
        cites: ['est.12', 'est.14.1'],
      },
    ],
    parameters: [
      'accession.objectionDays',
      'accession.depositDay',
      'entryIntoForce.laterDays',
      'signature.eligible',
    ],
    related: ['instrument', 'unanimity', 'depositary'],
  },
  'counted-instruments': {
    definition: {
      en: 'A term of this project rather than of the draft: the instruments that count toward the number the Treaty needs to enter into force. The draft ties entry into force to instruments of ratification. Only states ratify, so an organization’s instrument of approval may or may not be counted, and the engine keeps a separate tally of the instruments that count.',
      ru: 'Термин этого проекта, а не самого текста: документы, которые засчитываются в число, необходимое для вступления Договора в силу. Проект связывает вступление в силу с ратификационными грамотами. Ратифицируют только государства, поэтому документ организации об одобрении может засчитываться, а может и нет, и движок отдельно ведёт счёт засчитанных документов.',
    },
    usage: [
      {
        text: {
          en: 'The Treaty enters into force on the day the 25th instrument of ratification is deposited. The figure comes from recollection of the text, not from a retrieved copy, and is the most important number still unchecked.',
          ru: 'Договор вступает в силу в день сдачи 25-й ратификационной грамоты. Это число восстановлено по памяти, а не по найденному тексту, и остаётся самым важным непроверенным числом.',
        },
        cites: ['est.14.1'],
      },
      {
        text: {
          en: 'For a state or organization that deposits later, the Treaty takes effect a number of days after its own deposit; the draft leaves that number blank.',
          ru: 'Для государства или организации, сдавших документ позднее, Договор вступает в силу через определённое число дней после сдачи ими документа; это число в проекте оставлено пропуском.',
        },
        cites: ['est.14.1'],
      },
      {
        text: {
          en: 'By default an organization’s approval (the EU’s, say) makes it a Party but is not one of the 25. The number of Parties and the number of counted instruments can therefore differ.',
          ru: 'По умолчанию одобрение организации (например, ЕС) делает её Участником, но не входит в число 25. Поэтому число Участников и число учитываемых документов могут не совпадать.',
        },
        cites: ['est.11.1', 'est.14.1'],
      },
    ],
    parameters: [
      'entryIntoForce.instruments',
      'entryIntoForce.countOrganizations',
      'entryIntoForce.laterDays',
    ],
    related: ['instrument', 'depositary'],
  },
  quorum: {
    definition: {
      en: 'A quorum is the smallest attendance a body needs for its decisions to be valid. It is about who is present, not about how they vote: a meeting with a quorum may still adopt nothing, and a meeting without one decides nothing whatever its members vote.',
      ru: 'Кворум — наименьшее число присутствующих, при котором решения органа действительны. Речь о присутствии, а не о голосах: собрание с кворумом может ничего не принять, а собрание без кворума ничего не решает, как бы ни голосовали его участники.',
    },
    usage: [
      {
        text: {
          en: 'A Conference of the Parties has a quorum when at least two thirds of all the Parties take part (confirmed by a retrieved source).',
          ru: 'Конференция Участников правомочна, если в ней участвуют не менее двух третей всех Участников (подтверждено найденным источником).',
        },
        cites: ['est.6.3'],
      },
      {
        text: {
          en: 'An Extraordinary Conference needs four fifths of all the Parties (confirmed).',
          ru: 'Для Чрезвычайной конференции нужны четыре пятых всех Участников (подтверждено).',
        },
        cites: ['est.8.3'],
      },
      {
        text: {
          en: 'Both shares are of all the Parties, not only of those whose vote counts: the engine counts a Party named as the attacker toward the quorum even though its vote is left out.',
          ru: 'Обе доли считаются от всех Участников, а не только от тех, чей голос учитывается: движок засчитывает в кворум и Участника, названного нападающим, хотя его голос не учитывается.',
        },
        cites: ['est.8.3'],
      },
      {
        text: {
          en: 'The engine counts without rounding: the quorum is met when the number present times 3 is at least twice the number of Parties (times 5 against four times, for the Extraordinary Conference). With 56 Parties that means 38 present, and 45.',
          ru: 'Движок считает без округления: кворум есть, если число присутствующих, умноженное на 3, не меньше удвоенного числа Участников (для Чрезвычайной конференции — умноженное на 5 не меньше учетверённого). При 56 Участниках это 38 и 45 присутствующих.',
        },
        cites: ['est.6.3', 'est.8.3'],
      },
      {
        text: {
          en: 'Because the quorum counts every Party, a group of Parties can stop a Conference by staying away, without voting against anything; the Analysis view measures how large such a group has to be. How much an organization that is a Party weighs in the count is not said in the text.',
          ru: 'Поскольку кворум считается от всех Участников, группа Участников может сорвать Конференцию, просто не явившись, ни против чего не голосуя; раздел «Анализ» показывает, насколько большой должна быть такая группа. Какой вес при подсчёте имеет организация-Участник, в тексте не сказано.',
        },
        cites: ['est.10'],
        see: { view: 'analysis', label: { en: 'Analysis', ru: 'Анализ' } },
      },
    ],
    parameters: ['conference.quorum', 'extraordinary.quorum', 'organizations.voteWeight'],
    related: ['consensus', 'unanimity', 'extraordinary-conference'],
  },
  consensus: {
    definition: {
      en: 'Consensus is a way of deciding without a vote: a decision is taken when no participant raises a formal objection to it. It is not unanimity. Nobody has to say yes, and silence or absence stands in no one’s way, but a single objection is enough to stop the decision.',
      ru: 'Консенсус — способ принимать решения без голосования: решение принято, если никто из участников не заявил против него официального возражения. Это не единогласие: никому не нужно говорить «да», молчание или отсутствие ничему не мешают, но одного возражения достаточно, чтобы решение не состоялось.',
    },
    usage: [
      {
        text: {
          en: 'The Conference of the Parties decides by consensus, and what it decides binds the Parties.',
          ru: 'Конференция Участников принимает решения консенсусом, и её решения обязательны для Участников.',
        },
        cites: ['est.6.3'],
      },
      {
        text: {
          en: 'The engine reads this as: a draft decision is adopted when the Conference has its quorum and no Party present has objected to it; one objection blocks it.',
          ru: 'Движок понимает это так: проект решения принят, если у Конференции есть кворум и ни один присутствующий Участник не возразил; одно возражение его блокирует.',
        },
        cites: ['est.6.3'],
      },
      {
        text: {
          en: 'For comparison, the site also models the OSCE’s consensus, its “consensus minus one” that leaves out the state concerned, and the North Atlantic Council’s practice of deciding by consensus.',
          ru: 'Для сравнения на сайте смоделированы также консенсус ОБСЕ, её «консенсус минус один», при котором не учитывается позиция государства, о котором идёт речь, и практика Североатлантического совета, принимающего решения консенсусом.',
        },
        cites: ['osce.helsinki73.69', 'osce.prague92.16', 'nat.9.consensus'],
      },
    ],
    parameters: ['conference.quorum', 'osce.minusOne'],
    related: ['unanimity', 'quorum'],
  },
  unanimity: {
    definition: {
      en: 'Unanimity requires everyone whose vote counts to agree. Unlike consensus it is a vote, and two questions decide what it means in practice: whether an abstention, or a member present who does not vote, breaks it, and whose votes count at all.',
      ru: 'Единогласие требует согласия всех, чей голос учитывается. В отличие от консенсуса это голосование, и его смысл на практике зависит от двух вопросов: нарушает ли единогласие воздержание или неучастие в голосовании присутствующего, и чьи голоса вообще учитываются.',
    },
    usage: [
      {
        text: {
          en: 'The Extraordinary Conference decides unanimously, and its decisions bind the Parties (reconstructed with medium certainty).',
          ru: 'Чрезвычайная конференция принимает решения единогласно, и они обязательны для Участников (восстановлено со средней уверенностью).',
        },
        cites: ['est.8.3'],
      },
      {
        text: {
          en: 'When a Party carried out the armed attack, its vote is not counted. Nothing known of the text says who establishes which Party is the attacker.',
          ru: 'Если вооружённое нападение совершил Участник, его голос не учитывается. Из известного текста не следует, кто устанавливает, какой Участник является нападающим.',
        },
        cites: ['est.8.3'],
      },
      {
        text: {
          en: 'The text does not say how abstentions count. By default the engine adopts a decision when no vote that counts is against it and at least one is in favour; with extraordinary.abstentionBlocks set to true, an abstention or silence defeats it too.',
          ru: 'Как учитываются воздержавшиеся, текст не говорит. По умолчанию движок считает решение принятым, если ни один учитываемый голос не подан против и хотя бы один подан за; если extraordinary.abstentionBlocks равно true, решение срывает и воздержание или молчание.',
        },
        cites: ['est.8.3'],
      },
      {
        text: {
          en: 'Accession also needs the consent of all the Parties, which the engine reads as no objection within a set period.',
          ru: 'Согласие всех Участников требуется и для присоединения; движок понимает его как отсутствие возражений в течение установленного срока.',
        },
        cites: ['est.12'],
      },
    ],
    parameters: [
      'extraordinary.abstentionBlocks',
      'extraordinary.excludeAttacker',
      'accession.objectionDays',
    ],
    related: ['consensus', 'extraordinary-conference', 'quorum'],
  },
  'extraordinary-conference': {
    definition: {
      en: 'The emergency body of the draft: a meeting of all the Parties, called at once by the depositary when a Party reports an armed attack on it or a threat of one, to decide what collective measures are needed. It differs from the ordinary Conference of the Parties in how it is called (at once, with no need for other Parties’ support), in its quorum (four fifths, not two thirds) and in how it decides (unanimity without the attacker’s vote, not consensus).',
      ru: 'Чрезвычайный орган по проекту: собрание всех Участников, которое депозитарий созывает немедленно, когда Участник сообщает о вооружённом нападении на него или об угрозе такого нападения, чтобы решить, какие коллективные меры необходимы. От обычной Конференции Участников она отличается порядком созыва (сразу, без поддержки других Участников), кворумом (четыре пятых, а не две трети) и способом принятия решений (единогласие без голоса нападающего, а не консенсус).',
    },
    usage: [
      {
        text: {
          en: 'A Party that is attacked or threatened notifies the depositary, which convenes the Extraordinary Conference at once.',
          ru: 'Участник, подвергшийся нападению или угрозе нападения, уведомляет депозитарий, и тот немедленно созывает Чрезвычайную конференцию.',
        },
        cites: ['est.7.1', 'est.8.1'],
      },
      {
        text: {
          en: 'If the victim cannot act, another Party may ask in its place (reconstructed with low certainty).',
          ru: 'Если пострадавший Участник не в состоянии действовать, с запросом вместо него может обратиться другой Участник (восстановлено с низкой уверенностью).',
        },
        cites: ['est.8.2'],
      },
      {
        text: {
          en: 'Its quorum is four fifths of all the Parties; it decides unanimously, its decisions bind, and an attacking Party’s vote is left out.',
          ru: 'Её кворум — четыре пятых всех Участников; решения принимаются единогласно и обязательны, а голос нападающего Участника не учитывается.',
        },
        cites: ['est.8.3'],
      },
      {
        text: {
          en: 'What the collective measures may be is not defined, and the Conference sets its own rules of procedure.',
          ru: 'Какими могут быть коллективные меры, не определено; правила процедуры Конференция устанавливает сама.',
        },
        cites: ['est.8.1', 'est.8.4'],
      },
      {
        text: {
          en: 'Apart from the Conference, each Party has the right, but no duty, to help the victim in self-defence with its consent, and must report what it does to the UN Security Council at once.',
          ru: 'Независимо от Конференции каждый Участник вправе, но не обязан помочь пострадавшему в порядке самообороны с его согласия и должен немедленно сообщить о своих мерах Совету Безопасности ООН.',
        },
        cites: ['est.7.2'],
      },
    ],
    parameters: [
      'extraordinary.quorum',
      'extraordinary.excludeAttacker',
      'extraordinary.abstentionBlocks',
      'extraordinary.thirdPartyMayRequest',
      'assistance.reportDays',
    ],
    related: ['quorum', 'unanimity', 'depositary'],
  },
  'substantial-combat-forces': {
    definition: {
      en: 'The phrase comes from the NATO-Russia Founding Act of 1997. There NATO said that, in the security situation of the time, it would meet its commitments by reinforcement rather than by additional permanent stationing of substantial combat forces; the Act did not say how much is substantial. Russia’s draft agreement with NATO of December 2009 would have made that political pledge a legal ban with figures.',
      ru: 'Выражение взято из Основополагающего акта Россия–НАТО 1997 года. В нём НАТО заявила, что в тогдашних условиях безопасности будет выполнять свои обязательства за счёт возможности подкрепления, а не дополнительного постоянного размещения существенных боевых сил; сколько именно считается «существенным», акт не определял. Проект соглашения России с НАТО декабря 2009 года превращал это политическое обещание в юридический запрет с числовыми порогами.',
    },
    usage: [
      {
        text: {
          en: 'Article 4 would forbid stationing substantial combat forces on the territory of NATO’s newer members. Its number is confirmed; its exact wording is not known.',
          ru: 'Статья 4 запрещала бы размещать существенные боевые силы на территории новых членов НАТО. Номер статьи подтверждён, точная формулировка неизвестна.',
        },
        cites: ['nrc.4'],
      },
      {
        text: {
          en: 'By the figures Dmitry Rogozin gave in October 2010, forces are substantial if they include a brigade, a helicopter battalion or an air regiment, or more than 41 battle tanks, more than 188 armoured combat vehicles, or 24 combat aircraft and attack helicopters; going over any one of them is enough. Whether 24 itself is already too many is unclear: the engine counts only a figure above each threshold as substantial.',
          ru: 'По данным, которые Дмитрий Рогозин назвал в октябре 2010 года, силы существенны, если в них есть бригада, вертолётный батальон или авиаполк либо более 41 танка, более 188 боевых бронированных машин или 24 боевых самолёта и ударных вертолёта; достаточно превысить любой из порогов. Являются ли сами 24 уже превышением, неясно: движок считает существенным только число больше порога.',
        },
        cites: ['nrc.4.scf'],
      },
      {
        text: {
          en: 'Temporary deployments would count as well as permanent ones, which goes beyond the 1997 pledge.',
          ru: 'Учитывалось бы не только постоянное, но и временное размещение, что идёт дальше обещания 1997 года.',
        },
        cites: ['nrc.4.temporary'],
      },
      {
        text: {
          en: 'Reports describe the “new members” differently; in December 2009 the usual readings give the same twelve states. Russia itself would not have been bound by the limits.',
          ru: 'Кого считать «новыми членами», источники описывают по-разному; на декабрь 2009 года обычные толкования дают одни и те же двенадцать государств. Сама Россия ограничениями связана не была бы.',
        },
        cites: ['nrc.4.targets', 'nrc.4.exempt'],
      },
    ],
    parameters: ['scf.thresholds', 'scf.countTemporary', 'scf.targets', 'scf.exempt'],
    related: [],
  },
};

/** Every entry, in the order of the term ids (`TERMS` of ./glossary-terms.ts). */
export const GLOSSARY: readonly GlossaryEntry[] = TERMS.map((id) => ({
  id,
  ...TERM_INFO[id],
  ...BODIES[id],
}));

/** The entry of a term id, or undefined. */
export function glossaryEntry(id: string): GlossaryEntry | undefined {
  return GLOSSARY.find((e) => e.id === id);
}
