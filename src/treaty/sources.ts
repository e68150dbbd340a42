/** @module The public sources the treaty facts rest on, by the ids used in the provision data. */

export interface Source {
  /**
   * `S1` ... `S60` and `S70` ... `S73` as listed in the project's fact sheet (shared/TREATY.md: its
   * range for the reference data runs one number past S73, but it lists no source under that number,
   * so none is registered); `S42` ... `S49` for the copies and reports of the December 2021 drafts
   * added here (the fact sheet groups them under S40 and S41); `S75` on for the regimes and reference
   * data added here; `S90` on for the seed reports; `S100` on for reference data added after them;
   * `S110` on for the texts the weapons articles of the 2021 drafts are read by.
   */
  readonly id: string;
  readonly title: string;
  readonly date?: string;
  readonly url?: string;
}

/**
 * The sources of shared/TREATY.md, by id. Where an id stands for several items (reposts, a cluster of
 * reports), the title names them and `url` gives the first full address listed. `date` is the
 * publication date (`YYYY-MM-DD`) when the fact sheet gives one.
 */
export const SOURCES = [
  // The 2009 draft treaty (EST).
  {
    id: 'S1',
    title:
      'The draft of the European Security Treaty (Kremlin unofficial translation, lauriemeadows.info copy)',
    date: '2009-11-29',
    url: 'https://www.lauriemeadows.info/conflict_security/European-Security-Treaty-2009-Draft.html',
  },
  {
    id: 'S2',
    title:
      'Kremlin cover note on the draft treaty (English copy on vxp.it with an Adnkronos summary; Russian on special.kremlin.ru)',
    date: '2009-11-29',
  },
  {
    id: 'S3',
    title:
      'Jamestown Eurasia Daily Monitor 6(223): Russian President Medvedev Submits Draft Security Architecture Treaty',
    url: 'https://jamestown.org/program/russian-president-medvedev-submits-draft-security-architecture-treaty/',
  },
  {
    id: 'S4',
    title:
      'Jamestown Eurasia Daily Monitor 6(224): Russian President Medvedev Submits Draft Treaty on European Security Architecture',
    url: 'https://jamestown.org/program/russian-president-medvedev-submits-draft-treaty-on-european-security-architecture/',
  },
  {
    id: 'S5',
    title: "RIA Novosti: Russia's Europe security pact draft offers mutual military assistance",
    date: '2009-11-29',
  },
  {
    id: 'S6',
    title: 'RT: report on the security treaty draft',
    date: '2009-11-30',
    url: 'https://www.rt.com/news/security-treaty-draft-medvedev/',
  },
  {
    id: 'S7',
    title: 'Atlantic Council NATOSource: Reuters report with a comment by Fyodor Lukyanov',
    url: 'https://www.atlanticcouncil.org/blogs/natosource/russia-drafts-postcold-war-security-pact/',
  },
  {
    id: 'S8',
    title: 'EU-Russia Centre column: An upgrade for NATO',
    url: 'http://eu-russiacentre.ru/our-publications/column/an-upgrade-for-nato.html',
  },
  {
    id: 'S9',
    title: 'geum.ru textbook chapter: Договор о европейской безопасности: краткий анализ',
    url: 'http://geum.ru/book/131/188.php',
  },
  {
    id: 'S10',
    title: 'Arms Control Today (Jan/Feb 2010), V. Charnysh: Russia Drafts European Security Pact',
    url: 'https://www.armscontrol.org/act/2010-01/russia-drafts-european-security-pact',
  },
  {
    id: 'S11',
    title:
      'RIA Novosti French service: (a) Steinberg for the US, (b) Kouchner for France, at the Athens OSCE meeting',
    date: '2009-12-01',
    url: 'https://fr.sputniknews.africa/20091201/185601778.html',
  },
  {
    id: 'S12',
    title:
      "Carnegie Endowment comment: From a 'Treaty to Replace All Treaties'... (and Carnegie Moscow, 6 Jan 2010)",
    date: '2009-11-30',
  },
  {
    id: 'S13',
    title: 'Vzglyad (vz.ru): Russian text of the draft treaty',
    date: '2009-11-29',
    url: 'https://vz.ru/amp/information/2009/11/29/353794.html',
  },
  {
    id: 'S14',
    title: 'Reports counting 14 articles (Adnkronos on vxp.it, Vedomosti of 1 Dec 2009, SB Belarus Segodnya)',
  },
  {
    id: 'S15',
    title: 'ru.wikinews: report quoting the Article 7 assistance clause in Russian',
    date: '2009-11-29',
  },
  {
    id: 'S16',
    title: "RFE/RL: Moscow's European Security Gambit",
    url: 'https://rferl.org/a/Moscows_European_Security_Gambit/1900832.html',
  },
  { id: 'S17', title: 'Wikipedia: European Security Treaty (history section)' },
  {
    id: 'S18',
    title: "WikiLeaks cable 09MOSCOW3056: Medvedev's proposed European Security Treaty, how to respond",
    date: '2009-12-21',
    url: 'https://wikileaks.jcvignoli.com/cable_09MOSCOW3056/',
  },

  // The December 2009 NATO-Russia draft and "substantial combat forces".
  {
    id: 'S20',
    title: "WikiLeaks cable 09USNATO579: responding to Russia's latest draft treaty on troop deployments",
    date: '2009-12-09',
    url: 'https://wikileaks.org/plusd/cables/09USNATO579.html',
  },
  {
    id: 'S21',
    title:
      "WikiLeaks cable 09MOSCOW3003 (10/11 Dec 2009): MFA says the NATO-Russia draft shouldn't be a surprise",
    url: 'https://theworldtomorrow.wikileaks.org/plusd/cables/09MOSCOW3003.html',
  },
  {
    id: 'S22',
    title: 'WikiLeaks cable 09USNATO585: Allies united in opposition to the Russian treaty proposal',
    date: '2009-12-14',
    url: 'https://search.wikileaks.org/plusd/cables/09USNATO585_a.html',
  },
  {
    id: 'S23',
    title: 'WikiLeaks cable 09MOSCOW3139: Turner visit to Moscow',
    date: '2009-12-29',
    url: 'http://wikileaks.ikiru.ch/cable/09MOSCOW3139/',
  },
  {
    id: 'S24',
    title: 'WikiLeaks cable 09USNATO562: Allies agree to Russian proposals for the NRC',
    date: '2009-12-03',
    url: 'https://wikileaks.jcvignoli.com/cable_09USNATO562',
  },
  {
    id: 'S25',
    title: 'Kommersant: the draft NATO-Russia agreement revealed (reposts on amimotors.ru and aif.ru)',
    date: '2010-10-27',
    url: 'https://kommersant.ru/doc/1529454',
  },
  {
    id: 'S26',
    title: 'Moscow Times: Russia Seeks to Limit New NATO Members',
    date: '2010-10-27',
    url: 'https://www.themoscowtimes.com/2010/10/27/russia-seeks-to-limit-new-nato-members-a2540',
  },
  {
    id: 'S27',
    title: 'RIA Novosti (Sputnik) report; UPI: Russia: No NATO forces in old territory',
    date: '2010-10-27',
    url: 'https://sputnikglobe.com/20101027/161101195.html',
  },
  {
    id: 'S28',
    title: 'AFP via Expatica: Russia wants deal with NATO on troop deployment caps',
    date: '2010-10-27',
  },
  {
    id: 'S29',
    title: 'NATO Press Release (97)27: North Atlantic Council statement',
    date: '1997-03-14',
    url: 'https://www.nato.int/docu/pr/1997/p97-027e.htm',
  },
  {
    id: 'S30',
    title: 'NATO-Russia Founding Act, Paris (excerpts and summaries)',
    date: '1997-05-27',
  },
  {
    id: 'S31',
    title: 'PISM: How Russian Violations of the 1997 Founding Act Influence NATO-Russia Relations',
    url: 'https://pism.pl/publications/How_Russian_Violations_of_the_1997_Founding_Act_Influence_NATORussia_Relations',
  },
  {
    id: 'S32',
    title: 'Bloomberg (I. Lakshmanan): allied officials on the Russian NRC plan',
    date: '2010-01-29',
  },

  // The December 2021 drafts.
  {
    id: 'S40',
    title: 'Russian MFA: draft agreement with NATO member States and draft treaty with the US',
    date: '2021-12-17',
    url: 'https://tass.com/politics/1377261',
  },
  {
    id: 'S41',
    title:
      'Reports and analyses of the 2021 drafts (Reuters factbox, OSW Warsaw, cyprusmedianet, lapressa.it)',
  },
  // The December 2021 drafts, item by item (the copies and reports the provision nodes rest on).
  {
    id: 'S42',
    title:
      'Russian MFA: Agreement on measures to ensure the security of the Russian Federation and member States of the North Atlantic Treaty Organization (draft, unofficial translation; archived copy of mid.ru)',
    date: '2021-12-17',
    url: 'https://archive.md/0OmVH',
  },
  {
    id: 'S43',
    title:
      'Russian MFA: Treaty between the United States of America and the Russian Federation on security guarantees (draft, unofficial translation; copy on nowarnonato.blogspot.com)',
    date: '2021-12-17',
    url: 'https://nowarnonato.blogspot.com/2021/12/press-release-on-russian-draft.html',
  },
  {
    id: 'S44',
    title:
      'TASS: NATO vows not to accept Ukraine to Alliance — draft treaty (quotes Articles 4 to 7 of the NATO draft)',
    date: '2021-12-17',
    url: 'https://tass.com/world/1377211',
  },
  {
    id: 'S45',
    title:
      'La Pressa: Italian text of the preamble and Articles 1 to 3 of the draft agreement with the NATO member States',
    url: 'https://www.lapressa.it/articoli/politica/guerra-in-ucraiana-quel-no-usa-alle-proposte-di-putin-del-17-dicembre',
  },
  {
    id: 'S46',
    title:
      'Cyprus Media Net: Foreign Ministry releases draft treaties with US and NATO on security guarantees (entry into force, withdrawal and languages of the NATO draft)',
    date: '2021-12-17',
    url: 'https://www.cyprusmedianet.com/news/6873/russia-foreign-ministry-releases-draft-treaties-with-us-and-nato-on-security-guarantees/',
  },
  {
    id: 'S47',
    title:
      "CPC(M-L): The Treaty on Security Guarantees that Russia Proposed to the U.S. (the draft's operative articles)",
    url: 'https://cpcml.ca/Tmlm2022/Articles/M5200619.HTM',
  },
  {
    id: 'S48',
    title: 'Xinhua via Nation Thailand: summary of the eight-article draft treaty with the United States',
    date: '2021-12-18',
    url: 'https://www.nationthailand.com/international/40010121',
  },
  {
    id: 'S49',
    title:
      'Interfax-Ukraine: Moscow calls on NATO to abandon expansion (the nine-article draft; Eastern Europe, Transcaucasia and Central Asia)',
    date: '2021-12-17',
    url: 'https://en.interfax.com.ua/news/general/786722.html',
  },

  // Reported positions on the 2009 drafts.
  {
    id: 'S50',
    title: 'United States: Clinton speech in Paris and related reports (state.gov, AP, RFE/RL)',
    date: '2010-01-29',
  },
  {
    id: 'S51',
    title: 'NATO Secretary General Rasmussen in Moscow: no need for new treaties (Reuters, Moscow Times, DW)',
    date: '2009-12-17',
  },
  {
    id: 'S53',
    title: 'Italy: Berlusconi, Frattini and Napolitano on the initiative (RIA French, RT, Moscow Times)',
  },
  {
    id: 'S54',
    title: 'Germany: Westerwelle at the Munich Security Conference (RIA French)',
    date: '2010-02-06',
  },
  {
    id: 'S55',
    title: 'Georgia: GeorgiaTimes interview rejecting the draft',
    date: '2009-12-04',
  },
  {
    id: 'S56',
    title: 'Ukraine: joint Medvedev-Yanukovych statement (Ukrainian Journal)',
    date: '2010-05-17',
  },
  { id: 'S57', title: 'Serbia: Tadic on the initiative (RFE/RL); ISAC Fund comment' },
  {
    id: 'S58',
    title: 'CSTO support for the draft (Oreanda, RIA via armeniandiaspora.com, newsarmenia.am)',
  },
  {
    id: 'S59',
    title: 'CIS: foreign ministers to approve the Russian draft (RIA French)',
    date: '2010-03-19',
  },
  {
    id: 'S60',
    title: 'Lavrov on the number of replies received (RIA French, via blog4ever)',
    date: '2010-05-19',
  },

  // Reference data.
  { id: 'S70', title: 'OSCE: participating States, timeline and newsroom items' },
  { id: 'S71', title: 'Lists of NATO and EU accession dates (spravo4niki.com and others)' },
  {
    id: 'S72',
    title: 'Member states of the CIS (en-academic.com and others; kremlin.ru glossary; CIA World Factbook)',
  },
  { id: 'S73', title: 'CSTO membership history (wn.com, Wikipedia copies)' },
  // The regimes compared with the drafts (est compare).
  {
    id: 'S75',
    title:
      'The North Atlantic Treaty, Articles 4 and 5 (NATO text as quoted in NATO press releases and reference copies)',
    date: '1949-04-04',
    url: 'https://blueibaofficialblog.wordpress.com/2014/03/03/secretary-general-announces-north-atlantic-council-to-meet-following-polands-request/',
  },
  {
    id: 'S76',
    title: 'NATO: Consensus decision-making at NATO (no voting; consensus since 1949)',
    date: '2023-06-30',
    url: 'https://www.nato.int/cps/uk/natohq/topics_49178.htm?selectedLocale=en',
  },
  {
    id: 'S77',
    title:
      "NATO Press Release (2014) 035: the North Atlantic Council to meet on 4 March following Poland's request under Article 4",
    date: '2014-03-03',
    url: 'https://www.nato.int/cps/ru/natohq/news_107711.htm?selectedLocale=en',
  },
  {
    id: 'S78',
    title: 'Charter of the United Nations, Article 27 (uncharter.org and reference copies of Arts 23-51)',
    date: '1945-06-26',
    url: 'http://uncharter.org/article/27',
  },
  {
    id: 'S79',
    title: 'Global Policy Forum: Elected Members of the Security Council (terms to 2012-2013)',
    url: 'https://archive.globalpolicy.org/security-council/security-council-as-an-institution/membership-of-the-security-council/40015.html',
  },
  {
    id: 'S80',
    title: 'List of members of the United Nations Security Council (Wikipedia, revision of 2018-08-22)',
    date: '2018-08-22',
    url: 'https://en.wikipedia.org/wiki/List_of_members_of_the_United_Nations_Security_Council?oldid=856073877',
  },
  {
    id: 'S81',
    title:
      'Security Council membership 2014-2016: About.com list (2014); Project Syndicate, G. Evans (2014-10)',
    url: 'http://geography.about.com/od/politicalgeography/a/securitycouncilmembers.htm',
  },
  {
    id: 'S82',
    title: 'UN News via Scoop: Denmark, Greece, Pakistan, Panama and Somalia elected for 2025-2026',
    date: '2024-06-07',
    url: 'https://m.scoop.co.nz/stories/WO2406/S00089/pakistan-somalia-panama-denmark-and-greece-elected-to-un-security-council.htm',
  },
  {
    id: 'S83',
    title: 'Anadolu (anews): Bahrain, Colombia, DR Congo, Latvia and Liberia elected for 2026-2027',
    date: '2025-06-03',
    url: 'https://www.anews.com.tr/world/2025/06/03/un-general-assembly-elects-5-non-permanent-members-to-security-council',
  },
  {
    id: 'S84',
    title:
      'Prague Document on Further Development of CSCE Institutions and Structures (Russian text, pavlodar.com); Die Zeit 1992/07 report',
    date: '1992-01-30',
    url: 'https://pavlodar.com/zakon/?dok=02048&all=all',
  },
  {
    id: 'S85',
    title:
      'Final Recommendations of the Helsinki Consultations ("Blue Book"), 1973: rules of procedure of the CSCE',
    date: '1973-06-08',
    url: 'https://core.ac.uk/works/123372916',
  },
  {
    id: 'S86',
    title:
      'UN press release SC/9417 and Security Council Procedure (scprocedure.org) on the veto of 15 March 2014',
    url: 'https://www.scprocedure.org/chapter-6-section-9-changes',
  },
  {
    id: 'S87',
    title:
      'Charter of the Commonwealth of Independent States, Minsk, 22 January 1993, Article 7: founding states and member states (Russian text)',
    date: '1993-01-22',
    url: 'https://docs.cntd.ru/document/1901995',
  },
  {
    id: 'S88',
    title: "RFE/RL: CIS, Turkmenistan Reduces Ties To 'Associate Member'",
    date: '2005-08-29',
    url: 'https://www.rferl.org/a/1061002.html',
  },
  {
    id: 'S89',
    title:
      "Finnish Ministry for Foreign Affairs: the Minister to deposit Finland's instrument of accession to the North Atlantic Treaty with the United States on 4 April 2023, membership from the deposit",
    date: '2023-04-03',
    url: 'https://www.sttinfo.fi/tiedote/ulkoministeri-haavisto-tallettaa-suomen-liittymiskirjan-ja-osallistuu-naton-ulkoministerikokoukseen-brysselissa?publisherId=1797&releaseId=69971998',
  },

  // The seed reports of the project (shared/seeds 000-003; seed 004 is S26).
  {
    id: 'S90',
    title: 'The Moscow Times (AP): Draft Treaty On Security Released (seed 000)',
    url: 'https://www.themoscowtimes.com/archive/draft-treaty-on-security-released',
  },
  {
    id: 'S91',
    title: 'The Jerusalem Post (AP): Russia sends security pact draft to leaders abroad (seed 001)',
    date: '2009-11-30',
    url: 'https://www.jpost.com/breaking-news/russia-sends-security-pact-draft-to-leaders-abroad-161802',
  },
  {
    id: 'S92',
    title: 'RFE/RL: Russia Pushes European Security Proposal (seed 002)',
    url: 'https://www.rferl.org/a/Russia_Pushes_European_Security_Proposal_/1894118.html',
  },
  {
    id: 'S93',
    title:
      'Xinhua (Yu Maofeng, Lu Jingli), reposted by Global Research: Strategic Considerations Behind Russian Proposal for New European Security Treaty (seed 003)',
    date: '2009-12-02',
  },

  // Reference data added after the seed reports.
  {
    id: 'S100',
    title:
      "Government Offices of Sweden: Sweden's instrument of accession deposited with the United States Government on 7 March 2024; Sweden a NATO member",
    date: '2024-03-07',
    url: 'https://www.einpresswire.com/article/694151149/sweden-is-a-nato-member',
  },

  // The texts the weapons articles of the 2021 drafts (NRA 5, RUS-US 6 and 7) are read by.
  {
    id: 'S110',
    title:
      'Treaty between the United States and the USSR on the Elimination of Their Intermediate-Range and Shorter-Range Missiles (INF Treaty, 8 December 1987), Article II: the ranges of the two classes (FAS copy of the text)',
    date: '1987-12-08',
    url: 'https://nuke.fas.org/control/inf/text/inf.htm',
  },
] as const satisfies readonly Source[];
