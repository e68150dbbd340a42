/**
 * @module Where the treaty really stands: the historical record of the two 2009 drafts (and of the
 * drafts of December 2021 that re-proposed the system), dated, in both languages and sourced, with
 * the status first: signed by no one, in force nowhere. This is the record, not a model; the rest of
 * the project models the drafts, and an exercise's filings are invented.
 *
 * Texts are our own paraphrases. Each entry cites sources by id: the project's `S` numbers
 * (./sources.ts), the `W` numbers of the stance table (data/stances-2009.yaml, repeated here
 * unchanged) and the `H` numbers below, found for this record. Confidence marks are those of the fact
 * sheet (shared/TREATY.md §0); a mark other than C, or any doubt about a date, comes with a caveat
 * that the history view shows.
 */
import type { Confidence, Localized } from './common.ts';
import type { Source } from './sources.ts';
import { SOURCES } from './sources.ts';

/**
 * Sources of this record beyond ./sources.ts, in the same shape. NOTE: they are kept here, not in
 * sources.ts, because only this record cites them. Some are web copies of an item an `S` record names
 * without an address (H9 and H10 for S51, H11 and H12 for S50, H15 for S55, H16 for S56, H17 for
 * S59, H18 for S60, H19 and H20 for S58, H21 for the second item of S11); entries cite both.
 * W2, W6 and W7 are the stance table's records of the same ids, copied unchanged.
 */
export const HISTORY_SOURCES = [
  {
    id: 'H1',
    title:
      'Kremlin: transcript of President Medvedev’s speech to German political, parliamentary and civic leaders, Berlin',
    date: '2008-06-05',
    url: 'http://en.special.kremlin.ru/events/president/transcripts/320',
  },
  {
    id: 'H2',
    title: 'EUobserver (P. Runner): Medvedev calls for EU-US-Russia peace treaty',
    date: '2008-06-06',
    url: 'https://euobserver.com/eu-and-the-world/arf4a9ab78',
  },
  {
    id: 'H3',
    title: 'OSCE: Informal meeting of OSCE foreign ministers, Corfu, Greece, 27-28 June 2009 (event page)',
    date: '2009-06-28',
    url: 'https://www.osce.org/cio/63082',
  },
  {
    id: 'H4',
    title: 'OSCE press release: ‘Corfu Process’ launched to take European security dialogue forward',
    date: '2009-06-28',
    url: 'https://osce.org/node/51105',
  },
  {
    id: 'H5',
    title:
      'OSCE press release: Declaration adopted at OSCE Ministerial Council in Athens charts way ahead for dialogue on European security',
    date: '2009-12-02',
    url: 'https://osce.org/cio/51689',
  },
  {
    id: 'H6',
    title:
      'OSCE: Restoring trust, the Corfu Process (background page, from Berlin 2008 to the Astana Summit)',
    url: 'http://www.osce.org/mc/87193',
  },
  {
    id: 'H7',
    title:
      'OSCE Summit, Astana: Astana Commemorative Declaration Towards a Security Community, SUM.DOC/1/10/Corr.1 (copy by the Permanent Mission of Kazakhstan to the UN)',
    date: '2010-12-02',
    url: 'http://www.kazakhstanun.org/press-releases/astana-commemorative-declaration.html',
  },
  {
    id: 'H8',
    title: 'OCA Magazine: OSCE Summit in Astana, A Promising Beginning',
    url: 'http://www.ocamagazine.com/osce-summit-in-astana-a-promising-beginning',
  },
  {
    id: 'H9',
    title: 'Reuters: NATO chief opposes Russia’s security pact proposal',
    date: '2009-12-17',
    url: 'https://www.reuters.com/article/idUSTRE5BF38D20091217',
  },
  {
    id: 'H10',
    title: 'Deutsche Welle: NATO tells Russia to stop seeing West as a threat',
    date: '2009-12-17',
    url: 'https://amp.dw.com/en/nato-tells-russia-to-stop-seeing-west-as-a-threat/a-5028397',
  },
  {
    id: 'H11',
    title: 'US Department of State fact sheet: The Secretary of State’s Speech on European Security',
    date: '2010-01-29',
    url: 'https://2009-2017.state.gov/r/pa/prs/ps/2010/01/136277.htm',
  },
  {
    id: 'H12',
    title: 'US Mission to Italy: Clinton Signals Unwavering U.S. Commitment to European Security',
    date: '2010-01-29',
    url: 'http://www.usembassy.it/viewer/article.asp?article=/file2010_01/alia/10012905.htm',
  },
  {
    id: 'H13',
    title: 'Sky TG24: Vertice italo-russo, Berlusconi: accordo pieno con Mosca',
    date: '2009-12-03',
    url: 'https://tg24.sky.it/politica/2009/12/03/vertice_berlusconi_medvedev',
  },
  {
    id: 'H14',
    title:
      'German Federal Foreign Office: speech by Minister Westerwelle at the 46th Munich Security Conference',
    date: '2010-02-06',
    url: 'https://www.auswaertiges-amt.de/en/newsroom/news/100206-bm-muenchen/232702',
  },
  {
    id: 'H15',
    title: 'GeorgiaTimes: OSCE is considering Russia’s initiative but Georgia turns it down flat',
    date: '2009-12-04',
    url: 'http://www.georgiatimes.info/en/interview/26850.html',
  },
  {
    id: 'H16',
    title:
      'Ukrainian Journal: Ukraine backs Moscow’s security initiative (joint Medvedev-Yanukovych statement)',
    date: '2010-05-17',
    url: 'http://ukrainianjournal.com/index.php?id=10410&w=article',
  },
  {
    id: 'H17',
    title:
      'RIA Novosti (French service): CEI, le traité de sécurité en Europe bientôt approuvé par les chefs de diplomatie',
    date: '2010-03-19',
    url: 'https://fr.sputniknews.africa/20100319/186285531.html',
  },
  {
    id: 'H18',
    title:
      'RIA Novosti (French service), reposted on a blog: Sécurité européenne, près de vingt réponses (Lavrov at the State Duma)',
    date: '2010-05-19',
    url: 'http://robertofiorini.blog4ever.com/securite-europeenne-la-proposition-russe-eloigne-l-onu',
  },
  {
    id: 'H19',
    title:
      'RIA Novosti: Post-Soviet bloc supports Medvedev’s pan-European security plan (CSTO Parliamentary Assembly)',
    date: '2010-05-31',
    url: 'http://en.ria.ru/russia/20100531/159232256.html',
  },
  {
    id: 'H20',
    title: 'Oreanda: the OSCE Ministerial Council in Athens and the CSTO members’ joint statement',
    date: '2009-12-03',
    url: 'https://www.oreanda.ru/en/gosudarstvo/politic1/article437532/',
  },
  {
    id: 'H21',
    title: 'RIA Novosti (French service): Kouchner on the Russian proposals at the OSCE Ministerial Council',
    date: '2009-12-01',
    url: 'https://fr.sputniknews.africa/20091201/185601463.html',
  },
  {
    id: 'H22',
    title: 'Sputnik: Stoltenberg after the NATO-Russia Council meeting of 12 January 2022',
    date: '2022-01-12',
    url: 'https://sputnikglobe.com/amp/20220112/nato-will-make-every-effort-for-political-way-foward-with-russia-stoltenberg-says-following-talks-1092205999.html',
  },
  {
    id: 'H23',
    title: 'Boston Globe: US delivers written response to Russia’s demands',
    date: '2022-01-26',
    url: 'https://www.bostonglobe.com/2022/01/26/world/us-delivers-written-response-russias-demands/',
  },
  {
    id: 'H24',
    title: 'PanARMENIAN.Net: Russia sends reply to U.S. over security guarantees',
    date: '2022-02-18',
    url: 'https://www.panarmenian.net/eng/news/298538/',
  },
  {
    id: 'H25',
    title:
      'Statement by the North Atlantic Council on Russia’s attack on Ukraine (full text as reprinted by the Free Press Journal)',
    date: '2022-02-24',
    url: 'https://www.freepressjournal.in/world/russia-ukraine-war-nato-condemns-russias-invasion-calls-on-moscow-to-immediately-withdraw-from-ukraine-read-full-statement-here',
  },
  {
    id: 'H26',
    title:
      'R. Weitz, The Rise and Fall of Medvedev’s European Security Treaty, German Marshall Fund, May 2012 (docslib copy)',
    url: 'https://docslib.org/doc/6387263/the-rise-and-fall-of-medvedevs-european-security-treaty',
  },
  {
    id: 'H27',
    title:
      'RIA Novosti (French service): NATO ready to discuss the Russian draft in the OSCE, not considering signing it (Rasmussen in Moscow)',
    date: '2009-12-17',
    url: 'http://fr.rian.ru/world/20091217/185687942.html',
  },
  {
    id: 'H28',
    title:
      'RIA Novosti: No need for new European security treaty, NATO chief (Rasmussen to the GMF, Brussels)',
    date: '2010-10-08',
    url: 'http://en.ria.ru/world/20101008/160881510.html',
  },
  {
    id: 'H29',
    title:
      'Pledge Times (from Russian agencies): the January 2022 talks, Geneva on 10 January, the NATO-Russia Council on 12 January',
    date: '2022-01-25',
    url: 'https://pledgetimes.com/the-united-states-will-wait-for-the-reaction-of-the-russian-federation-to-the-response-to-security-proposals/',
  },
  {
    id: 'H30',
    title: 'RIA Novosti, blog copy: Russian president calls for binding European security treaty',
    date: '2008-06-05',
    url: 'http://worldsjournal.blogspot.com/2008/06/russian-president-calls-for-binding.html',
  },
  // The stance table's records (data/stances-2009.yaml), unchanged.
  {
    id: 'W2',
    title:
      'Armenian Ministry of Foreign Affairs, the Foreign Minister at the informal OSCE ministerial meeting on Corfu',
    url: 'https://mfa.am/en/speeches/2009/06/28/corfu/1138',
    date: '2009-06-28',
  },
  {
    id: 'W6',
    title:
      'Austrian Foreign Ministry press release: Spindelegger, strengthening the OSCE rather than developing a new security architecture',
    url: 'https://www.bmeia.gv.at/en/the-ministry/press/announcements/2009/spindelegger-strengthening-the-osce-rather-than-developing-a-new-security-architecture/',
    date: '2009-12-01',
  },
  {
    id: 'W7',
    title: 'RIA Novosti via GlobalSecurity.org: Greece supports further discussions on Europe security pact',
    url: 'https://www.globalsecurity.org/military/library/news/2009/11/mil-091130-rianovosti05.htm',
    date: '2009-11-30',
  },
] as const satisfies readonly Source[];

const ALL_SOURCES = new Map<string, Source>([...SOURCES, ...HISTORY_SOURCES].map((s) => [s.id, s]));

/** A source this record cites, from ./sources.ts or {@link HISTORY_SOURCES}. */
export function historySource(id: string): Source | undefined {
  return ALL_SOURCES.get(id);
}

/** What an entry is: the proposal, a draft, a step in the OSCE, a reaction, or another event. */
export const HISTORY_KINDS = ['proposal', 'draft', 'osce', 'reaction', 'event'] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

/** One dated entry of the record. */
export interface HistoryItem {
  /** Stable, kebab-case. */
  readonly id: string;
  /** `YYYY-MM-DD`; the first day when the entry spans several. */
  readonly date: string;
  /** The last day of an entry that spans several (a meeting, a summit). */
  readonly until?: string;
  readonly kind: HistoryKind;
  readonly title: Localized;
  readonly text: Localized;
  /** Source ids: `S…` (./sources.ts), `H…` and `W…` ({@link HISTORY_SOURCES}). */
  readonly sources: readonly string[];
  readonly confidence: Confidence;
  /** What is uncertain about the entry (a date, a title, an outcome), shown with it. */
  readonly caveat?: Localized;
}

/** The status, stated first: what the record shows as of the day it was last checked. */
export interface HistoryStatus {
  /** The day the record was last checked, `YYYY-MM-DD`. */
  readonly asOf: string;
  readonly headline: Localized;
  readonly text: Localized;
  /** How the status is known (it is a negative fact). */
  readonly basis: Localized;
  readonly sources: readonly string[];
  readonly confidence: Confidence;
}

export const HISTORY_STATUS: HistoryStatus = {
  asOf: '2026-12-07',
  headline: {
    en: 'Signed by no one. In force nowhere.',
    ru: 'Никем не подписан. Нигде не действует.',
  },
  text: {
    en: 'Neither draft of 2009 was ever adopted: not the European Security Treaty, not the NATO–Russia agreement. No state and no organization signed either, so neither was ratified or entered into force. NATO and the United States said they saw no need for new treaties and kept the discussion in the OSCE, which produced political declarations, not a treaty. The two drafts Russia published on 17 December 2021 met the same answer on their central demands.',
    ru: 'Ни один из проектов 2009 года так и не был принят: ни Договор о европейской безопасности, ни соглашение Россия — НАТО. Ни одно государство и ни одна организация их не подписали, поэтому не было ни ратификаций, ни вступления в силу. НАТО и США заявили, что не видят необходимости в новых договорах, и оставили обсуждение в ОБСЕ, которая приняла политические декларации, а не договор. Два проекта, опубликованные Россией 17 декабря 2021 года, получили тот же ответ по своим главным требованиям.',
  },
  basis: {
    en: 'How we know: this is a negative fact. None of the sources we retrieved reports a signature, a ratification or an adoption of either draft; the sources cited here record the refusals, and by 2012 analysts described the 2009 treaty as shelved.',
    ru: 'Откуда это известно: речь об отсутствии события. Ни один из найденных нами источников не сообщает о подписании, ратификации или принятии какого-либо из проектов; приведённые здесь источники фиксируют отказы, а к 2012 году аналитики называли договор 2009 года отложенным.',
  },
  sources: ['S22', 'S51', 'H27', 'S50', 'H11', 'H28', 'H26', 'H23'],
  confidence: 'C',
};

/** The record, in date order. */
export const HISTORY: readonly HistoryItem[] = [
  {
    id: 'berlin-2008',
    date: '2008-06-05',
    kind: 'proposal',
    title: {
      en: 'Medvedev proposes a European security treaty in Berlin',
      ru: 'Медведев предлагает в Берлине договор о европейской безопасности',
    },
    text: {
      en: 'On his first visit to Germany as president, Dmitry Medvedev called for a legally binding treaty on European security, to be worked out at a summit of all European states taking part as states rather than as blocs; organizations of the Euro-Atlantic area could join as well.',
      ru: 'Во время первого визита в Германию в качестве президента Дмитрий Медведев призвал выработать юридически обязывающий договор о европейской безопасности на общеевропейском саммите, где государства участвуют каждое само по себе, а не как члены блоков; присоединиться могли бы и организации евро-атлантического региона.',
    },
    sources: ['H1', 'H30', 'H2', 'S3', 'S10', 'S92'],
    confidence: 'C',
  },
  {
    id: 'evian-2008',
    date: '2008-10-08',
    kind: 'reaction',
    title: {
      en: 'France backs a summit to discuss the idea',
      ru: 'Франция поддерживает саммит для обсуждения идеи',
    },
    text: {
      en: 'At a conference in Évian, two months after the war in Georgia, President Nicolas Sarkozy welcomed the proposal and suggested an OSCE summit to discuss it alongside the European Union’s own ideas on European security.',
      ru: 'На конференции в Эвиане, через два месяца после войны в Грузии, президент Франции Николя Саркози приветствовал предложение и выступил за саммит ОБСЕ, чтобы обсудить его вместе с собственными идеями Европейского союза о европейской безопасности.',
    },
    sources: ['S17', 'H6'],
    confidence: 'C',
  },
  {
    id: 'corfu-2009',
    date: '2009-06-27',
    until: '2009-06-28',
    kind: 'osce',
    title: {
      en: 'The OSCE opens the Corfu Process',
      ru: 'ОБСЕ начинает процесс Корфу',
    },
    text: {
      en: 'Greece, then chairing the OSCE, hosted an informal meeting of the OSCE foreign ministers on Corfu, with NATO, the EU, the CSTO and the CIS also represented. The ministers launched the “Corfu Process”: a standing dialogue on European security anchored in the OSCE, not a negotiation on a new treaty. Armenia’s foreign minister argued there for a new architecture, possibly in the form of a treaty.',
      ru: 'Греция, председательствовавшая тогда в ОБСЕ, провела на Корфу неформальную встречу министров иностранных дел государств ОБСЕ; были представлены также НАТО, ЕС, ОДКБ и СНГ. Министры начали «процесс Корфу» — постоянный диалог о европейской безопасности в рамках ОБСЕ, а не переговоры о новом договоре. Министр иностранных дел Армении выступил там за новую архитектуру безопасности, возможно, в форме договора.',
    },
    sources: ['H3', 'H4', 'H6', 'W2', 'S93'],
    confidence: 'C',
  },
  {
    id: 'est-published-2009',
    date: '2009-11-29',
    kind: 'draft',
    title: {
      en: 'Russia publishes the draft European Security Treaty',
      ru: 'Россия публикует проект Договора о европейской безопасности',
    },
    text: {
      en: 'The Kremlin put a draft of 14 articles on its website, in Russian and in an unofficial English translation, and sent it to the heads of the states concerned and of NATO, the EU, the CSTO, the CIS and the OSCE. It was to be open to every state “from Vancouver to Vladivostok” and to those five organizations.',
      ru: 'Кремль разместил на своём сайте проект из 14 статей — на русском языке и в неофициальном английском переводе — и направил его главам заинтересованных государств, а также руководителям НАТО, ЕС, ОДКБ, СНГ и ОБСЕ. Участвовать в договоре могли бы все государства «от Ванкувера до Владивостока» и эти пять организаций.',
    },
    sources: ['S1', 'S13', 'S2', 'S14', 'S3', 'S91'],
    confidence: 'C',
    caveat: {
      en: 'Jamestown dates the submission to 30 November; the publication on the Kremlin’s site is dated 29 November.',
      ru: 'Jamestown датирует передачу проекта 30 ноября; публикация на сайте Кремля датирована 29 ноября.',
    },
  },
  {
    id: 'first-reactions-2009',
    date: '2009-11-30',
    kind: 'reaction',
    title: {
      en: 'First reactions: polite interest, requests for detail',
      ru: 'Первые отклики: вежливый интерес и просьбы уточнить',
    },
    text: {
      en: 'Western governments were reported to show polite interest while asking for specifics and saying that existing arrangements needed no replacing. Greece, as OSCE chair, said it supported further discussion and had taken the proposal as the starting point of the Corfu dialogue.',
      ru: 'По сообщениям, западные правительства проявили вежливый интерес, но просили конкретики и говорили, что существующие механизмы не нужно заменять. Греция как председатель ОБСЕ заявила, что поддерживает дальнейшее обсуждение и что именно это предложение стало отправной точкой диалога на Корфу.',
    },
    sources: ['S91', 'S90', 'W7'],
    confidence: 'C',
  },
  {
    id: 'athens-2009',
    date: '2009-12-01',
    until: '2009-12-02',
    kind: 'osce',
    title: {
      en: 'OSCE ministers in Athens: keep talking, in the OSCE',
      ru: 'Министры ОБСЕ в Афинах: продолжать диалог в ОБСЕ',
    },
    text: {
      en: 'At the OSCE Ministerial Council the US deputy secretary of state said Washington was studying Medvedev’s letter and wanted the dialogue held in the OSCE; France’s foreign minister called the ideas good but asked to add conflict prevention, conventional arms control, human rights and new threats; Austria’s said the debate belonged in the OSCE. The CSTO states circulated a joint statement backing the draft. Most ministers answered coolly and called for strengthening existing bodies instead. The Council adopted a declaration that carried the Corfu Process into 2010.',
      ru: 'На Совете министров ОБСЕ заместитель госсекретаря США сказал, что Вашингтон изучает письмо Медведева и хочет вести диалог в ОБСЕ; министр иностранных дел Франции назвал идеи хорошими, но предложил добавить предотвращение конфликтов, контроль над обычными вооружениями, права человека и новые угрозы; министр Австрии заявил, что дискуссии место в ОБСЕ. Государства ОДКБ распространили совместное заявление в поддержку проекта. Большинство министров отреагировали сдержанно и призвали вместо этого укреплять существующие институты. Совет принял декларацию, продлившую процесс Корфу на 2010 год.',
    },
    sources: ['S11', 'H21', 'W6', 'S58', 'H20', 'S92', 'H5'],
    confidence: 'C',
  },
  {
    id: 'italy-2009',
    date: '2009-12-03',
    kind: 'reaction',
    title: {
      en: 'Italy: warm appreciation, but no substitute for NATO',
      ru: 'Италия: высокая оценка, но не замена НАТО',
    },
    text: {
      en: 'After talks with Medvedev in Rome, Prime Minister Silvio Berlusconi said his government valued the initiative highly and was studying the draft with its NATO partners; a few days later Foreign Minister Franco Frattini called it worth an open-minded discussion, though not as an alternative to NATO.',
      ru: 'После переговоров с Медведевым в Риме премьер-министр Сильвио Берлускони сказал, что его правительство высоко ценит инициативу и изучает проект вместе с партнёрами по НАТО; через несколько дней министр иностранных дел Франко Фраттини назвал её заслуживающей непредвзятого обсуждения, но не альтернативой НАТО.',
    },
    sources: ['S53', 'H13'],
    confidence: 'C',
  },
  {
    id: 'nrc-draft-2009',
    date: '2009-12-04',
    kind: 'draft',
    title: {
      en: 'Russia hands NATO a draft NATO–Russia agreement',
      ru: 'Россия передаёт НАТО проект соглашения Россия — НАТО',
    },
    text: {
      en: 'At the NATO–Russia Council’s meeting of foreign ministers, Sergei Lavrov gave the Allies a second draft, to be kept out of public view. It made the NATO–Russia Council the forum for threats to any member’s security and, in its Article 4, barred stationing substantial combat forces on the territory of the states that had joined NATO recently. Russia presented it as turning a political pledge of 1997 into a legal obligation.',
      ru: 'На встрече министров иностранных дел в Совете Россия — НАТО Сергей Лавров передал союзникам второй проект, который не предполагалось публиковать. В нём Совет Россия — НАТО становился площадкой для рассмотрения угроз безопасности любого участника, а статья 4 запрещала размещать существенные боевые силы на территории государств, недавно вступивших в НАТО. Россия представляла его как превращение политического обязательства 1997 года в юридическое.',
    },
    sources: ['S10', 'S20', 'S21', 'S25'],
    confidence: 'C-partial',
    caveat: {
      en: 'The exact title and the full text were not retrieved: the content is known from US diplomatic cables and from press reports of October 2010.',
      ru: 'Точное название и полный текст найти не удалось: содержание известно из дипломатических телеграмм США и из сообщений прессы октября 2010 года.',
    },
  },
  {
    id: 'georgia-2009',
    date: '2009-12-04',
    kind: 'reaction',
    title: { en: 'Georgia rejects the draft', ru: 'Грузия отвергает проект' },
    text: {
      en: 'Georgia dismissed the draft outright, having criticised the initiative sharply before the Athens meeting.',
      ru: 'Грузия полностью отвергла проект; ещё до встречи в Афинах она резко критиковала инициативу.',
    },
    sources: ['S55', 'H15'],
    confidence: 'C',
  },
  {
    id: 'nac-2009',
    date: '2009-12-14',
    kind: 'reaction',
    title: {
      en: 'NATO Allies: the NATO–Russia draft is a non-starter',
      ru: 'Союзники по НАТО: проект Россия — НАТО неприемлем как основа',
    },
    text: {
      en: 'In the North Atlantic Council the Allies agreed that the NATO–Russia draft could not be a basis for talks and would not divide them. NATO’s Secretary General warned that it would give Moscow a veto over enlargement and over deployments inside the Alliance. Poland, among others, objected to discussing any part of it; Germany cautioned against a flat rejection.',
      ru: 'В Североатлантическом совете союзники сошлись на том, что проект Россия — НАТО не может служить основой для переговоров и не внесёт раскол в их ряды. Генеральный секретарь НАТО предупредил, что проект дал бы Москве право вето на расширение и на размещение сил внутри альянса. Польша, в числе других, возражала против обсуждения любой его части; Германия предостерегала от прямого отказа.',
    },
    sources: ['S22'],
    confidence: 'C',
  },
  {
    id: 'rasmussen-2009',
    date: '2009-12-17',
    kind: 'reaction',
    title: {
      en: 'NATO’s Secretary General: no need for new treaties',
      ru: 'Генсек НАТО: новые договоры не нужны',
    },
    text: {
      en: 'In Moscow, Anders Fogh Rasmussen said that the 1997 Founding Act, the 2002 Rome Declaration and the 1999 Charter for European Security already gave a framework, so he saw no need for new legally binding texts; he was ready to discuss the ideas in the OSCE.',
      ru: 'В Москве Андерс Фог Расмуссен заявил, что Основополагающий акт 1997 года, Римская декларация 2002 года и Хартия европейской безопасности 1999 года уже дают необходимую основу, поэтому новые юридически обязывающие документы он считает ненужными; обсуждать эти идеи он готов в ОБСЕ.',
    },
    sources: ['S51', 'H9', 'H10', 'H27'],
    confidence: 'C',
  },
  {
    id: 'clinton-2010',
    date: '2010-01-29',
    kind: 'reaction',
    title: {
      en: 'United States: existing institutions, not new treaties',
      ru: 'США: существующие институты, а не новые договоры',
    },
    text: {
      en: 'In a speech in Paris, Secretary of State Hillary Clinton said that shared goals were better pursued through the OSCE and the NATO–Russia Council than by negotiating new treaties, and rejected any sphere of influence.',
      ru: 'В речи в Париже госсекретарь Хиллари Клинтон заявила, что общих целей лучше добиваться через ОБСЕ и Совет Россия — НАТО, чем путём переговоров о новых договорах, и отвергла любые сферы влияния.',
    },
    sources: ['S50', 'H11', 'H12'],
    confidence: 'C',
  },
  {
    id: 'westerwelle-2010',
    date: '2010-02-06',
    kind: 'reaction',
    title: {
      en: 'Germany: ready for a thorough discussion',
      ru: 'Германия: за обстоятельное обсуждение',
    },
    text: {
      en: 'At the Munich Security Conference, Foreign Minister Guido Westerwelle spoke of a strategic partnership with Russia and offered an in-depth discussion of Medvedev’s proposals, without endorsing a new treaty.',
      ru: 'На Мюнхенской конференции по безопасности министр иностранных дел Гидо Вестервелле говорил о стратегическом партнёрстве с Россией и предложил обстоятельно обсудить инициативы Медведева, не поддержав при этом новый договор.',
    },
    sources: ['S54', 'H14'],
    confidence: 'C',
  },
  {
    id: 'cis-2010',
    date: '2010-03-19',
    kind: 'reaction',
    title: {
      en: 'CIS executive: the foreign ministers will approve the draft',
      ru: 'Исполком СНГ: министры одобрят проект',
    },
    text: {
      en: 'A senior official of the CIS Executive Committee announced that the CIS foreign ministers would endorse the Russian draft at a meeting in Moscow on 26 March.',
      ru: 'Высокопоставленный сотрудник Исполнительного комитета СНГ объявил, что министры иностранных дел стран СНГ одобрят российский проект на встрече в Москве 26 марта.',
    },
    sources: ['S59', 'H17'],
    confidence: 'C-partial',
    caveat: {
      en: 'Whether the meeting of 26 March did so was not found in the sources retrieved.',
      ru: 'Сделала ли это встреча 26 марта, по найденным источникам установить не удалось.',
    },
  },
  {
    id: 'ukraine-2010',
    date: '2010-05-17',
    kind: 'reaction',
    title: {
      en: 'Ukraine changes course and backs the initiative',
      ru: 'Украина меняет курс и поддерживает инициативу',
    },
    text: {
      en: 'In Kyiv, Presidents Medvedev and Yanukovych issued a joint statement supporting a single space of security from Vancouver to Vladivostok and promising to promote detailed consideration of the treaty proposal. No position under the previous president was found.',
      ru: 'В Киеве президенты Медведев и Янукович выступили с совместным заявлением в поддержку единого пространства безопасности от Ванкувера до Владивостока и обещали содействовать детальному рассмотрению предложения о договоре. Позицию Украины при прежнем президенте найти не удалось.',
    },
    sources: ['S56', 'H16'],
    confidence: 'C',
  },
  {
    id: 'replies-2010',
    date: '2010-05-19',
    kind: 'reaction',
    title: { en: 'About twenty replies', ru: 'Около двадцати ответов' },
    text: {
      en: 'Foreign Minister Sergei Lavrov told the State Duma that Medvedev’s initiative had drawn about twenty replies from heads of state and government.',
      ru: 'Министр иностранных дел Сергей Лавров сообщил Государственной думе, что на инициативу Медведева пришло около двадцати ответов от глав государств и правительств.',
    },
    sources: ['S60', 'H18'],
    confidence: 'C',
  },
  {
    id: 'csto-2010',
    date: '2010-05-31',
    kind: 'reaction',
    title: {
      en: 'CSTO parliamentarians endorse the initiative',
      ru: 'Парламентарии ОДКБ поддерживают инициативу',
    },
    text: {
      en: 'Meeting in Yerevan, the council of the CSTO Parliamentary Assembly backed Medvedev’s initiative; the secretaries of the CSTO states’ security councils had already done so in December 2008.',
      ru: 'На заседании в Ереване совет Парламентской ассамблеи ОДКБ поддержал инициативу Медведева; секретари советов безопасности государств ОДКБ сделали это ещё в декабре 2008 года.',
    },
    sources: ['S58', 'H19'],
    confidence: 'C',
  },
  {
    id: 'nrc-revealed-2010',
    date: '2010-10-27',
    kind: 'draft',
    title: {
      en: 'The NATO–Russia draft becomes public',
      ru: 'Проект Россия — НАТО становится публичным',
    },
    text: {
      en: 'Kommersant revealed the December 2009 draft ahead of NATO’s Lisbon summit. Russia’s envoy to NATO, Dmitry Rogozin, said that “substantial combat forces” could mean a manoeuvre brigade, a helicopter battalion or an air regiment, or more than 41 battle tanks, 188 armoured vehicles or 24 combat aircraft and attack helicopters, deployed permanently or temporarily. NATO officials pointed to the vagueness of the term and to every country’s right to self-defence.',
      ru: 'Газета «Коммерсантъ» раскрыла проект декабря 2009 года накануне саммита НАТО в Лиссабоне. Постоянный представитель России при НАТО Дмитрий Рогозин пояснил, что «существенными боевыми силами» можно считать манёвренную бригаду, вертолётный батальон или авиаполк либо более 41 танка, 188 бронемашин или 24 боевых самолётов и ударных вертолётов — размещённых постоянно или временно. В НАТО указывали на размытость термина и на право каждой страны на самооборону.',
    },
    sources: ['S25', 'S26', 'S27', 'S28'],
    confidence: 'C',
    caveat: {
      en: 'Whether 24 is one ceiling for aircraft and helicopters together or a separate one for each is unclear; a figure for artillery is sometimes mentioned but was not confirmed.',
      ru: 'Неясно, общий ли это предел 24 для самолётов и вертолётов вместе или отдельный для каждого вида; иногда упоминается и число артиллерийских орудий, но оно не подтверждено.',
    },
  },
  {
    id: 'astana-2010',
    date: '2010-12-01',
    until: '2010-12-02',
    kind: 'osce',
    title: {
      en: 'OSCE summit in Astana: a declaration, not a treaty',
      ru: 'Саммит ОБСЕ в Астане: декларация, а не договор',
    },
    text: {
      en: 'The first OSCE summit since 1999, held under Kazakhstan’s chairmanship, ended with the Astana Commemorative Declaration, in which the 56 participating states renewed their commitment to one undivided, democratic security community reaching from Vancouver to Vladivostok. It is a political document, not a treaty. The leaders could not agree on the action plan the hosts had hoped for, and the draft European Security Treaty was not adopted.',
      ru: 'Первый с 1999 года саммит ОБСЕ, прошедший при председательстве Казахстана, завершился принятием Астанинской юбилейной декларации, в которой 56 государств-участников вновь заявили о приверженности единому, неделимому и демократическому сообществу безопасности от Ванкувера до Владивостока. Это политический документ, а не договор. Согласовать план действий, на который рассчитывали хозяева, лидерам не удалось, и проект Договора о европейской безопасности принят не был.',
    },
    sources: ['H7', 'H6', 'H8'],
    confidence: 'C',
  },
  {
    id: 'drafts-2021',
    date: '2021-12-17',
    kind: 'draft',
    title: {
      en: 'Russia publishes two new drafts',
      ru: 'Россия публикует два новых проекта',
    },
    text: {
      en: 'Two days after handing them to the United States, the Russian Foreign Ministry published a draft treaty with the US (8 articles) and a draft agreement with the member states of NATO (9 articles). Among other things, NATO would give up any further enlargement, Ukraine included; Russia and the states that were Allies on 27 May 1997 would station no forces or weapons in other European states beyond those there on that day; and land-based intermediate- and short-range missiles would be kept out of reach of the other side’s territory.',
      ru: 'Через два дня после передачи текстов США МИД России опубликовал проект договора с США (8 статей) и проект соглашения с государствами — членами НАТО (9 статей). Среди прочего НАТО отказалась бы от дальнейшего расширения, в том числе за счёт Украины; Россия и государства, входившие в НАТО на 27 мая 1997 года, не размещали бы в других европейских государствах войска и вооружения сверх тех, что находились там на эту дату; а ракеты средней и меньшей дальности наземного базирования не размещались бы там, откуда они достают до территории другой стороны.',
    },
    sources: ['S40', 'S41'],
    confidence: 'C',
  },
  {
    id: 'talks-2022',
    date: '2022-01-12',
    kind: 'reaction',
    title: {
      en: 'Talks in January 2022: the open door stays',
      ru: 'Переговоры в январе 2022 года: «открытые двери» остаются',
    },
    text: {
      en: 'After US–Russian talks in Geneva on 10 January, the NATO–Russia Council met in Brussels. The Allies restated that every state may choose its own alliances and that they would not give up defending their eastern members; they offered talks on arms control, including reciprocal limits on missiles, which Russia, according to NATO’s Secretary General, was not ready to take up.',
      ru: 'После российско-американских переговоров в Женеве 10 января в Брюсселе собрался Совет Россия — НАТО. Союзники подтвердили право каждого государства самому выбирать союзы и заявили, что не откажутся от защиты своих восточных членов; они предложили переговоры о контроле над вооружениями, включая взаимные ограничения на ракеты, к которым Россия, по словам генерального секретаря НАТО, готова не была.',
    },
    sources: ['H22', 'H29'],
    confidence: 'C',
  },
  {
    id: 'answers-2022',
    date: '2022-01-26',
    kind: 'reaction',
    title: {
      en: 'Written answers from the United States and NATO',
      ru: 'Письменные ответы США и НАТО',
    },
    text: {
      en: 'The United States and NATO delivered written replies, which their authors did not publish. Secretary of State Antony Blinken said they kept NATO’s door open and upheld every state’s right to choose its alliances, while proposing work on arms control and transparency.',
      ru: 'США и НАТО передали письменные ответы, которые их авторы не стали публиковать. Госсекретарь Энтони Блинкен сказал, что в них сохраняется политика «открытых дверей» НАТО и подтверждается право каждого государства выбирать союзы, а также предлагается работа по контролю над вооружениями и транспарентности.',
    },
    sources: ['H23'],
    confidence: 'C',
  },
  {
    id: 'russian-reply-2022',
    date: '2022-02-17',
    kind: 'reaction',
    title: {
      en: 'Russia: no constructive answer on the core',
      ru: 'Россия: конструктивного ответа по сути нет',
    },
    text: {
      en: 'Russia’s reply said that the United States had not answered constructively on its central demands (no further NATO enlargement, withdrawing the prospect of membership for Ukraine and Georgia, no bases in former Soviet states outside NATO) and warned of measures of a “military-technical” nature.',
      ru: 'В ответе России говорилось, что США не дали конструктивного ответа по её главным требованиям (отказ от дальнейшего расширения НАТО, от перспективы членства Украины и Грузии, от баз в не входящих в НАТО бывших советских республиках), и содержалось предупреждение о мерах «военно-технического характера».',
    },
    sources: ['H24'],
    confidence: 'C',
  },
  {
    id: 'invasion-2022',
    date: '2022-02-24',
    kind: 'event',
    title: {
      en: 'Russia’s full-scale invasion of Ukraine',
      ru: 'Полномасштабное вторжение России в Украину',
    },
    text: {
      en: 'Russia launched a full-scale invasion of Ukraine. The North Atlantic Council condemned it as a grave breach of international law and of Russia’s commitments, among them the Helsinki Final Act and the NATO–Russia Founding Act.',
      ru: 'Россия начала полномасштабное вторжение в Украину. Североатлантический совет осудил его как грубое нарушение международного права и обязательств России, в том числе по Хельсинкскому заключительному акту и Основополагающему акту Россия — НАТО.',
    },
    sources: ['H25'],
    confidence: 'C',
  },
];
