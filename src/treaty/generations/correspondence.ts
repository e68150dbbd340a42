/**
 * @module The 2009 NATO-Russia draft (NRC) against the 2021 agreement with the NATO member States
 * (NRA), article by article: which provisions answer to which, how the matter changed, and a note in
 * our words, written from the two drafts' paraphrases (src/treaty/provisions/nrc.ts and nra.ts).
 */
import type { Localized } from '../common.ts';
import type { Correspondence } from './types.ts';

/**
 * What a reader of the correspondence must keep in mind: of the 2009 draft only its preamble, the
 * Council as its forum, Article 4 and the fact of final clauses are known.
 */
export const CORRESPONDENCE_CAVEAT: Localized = {
  en: 'The 2009 draft is known only in part (its preamble, the NATO-Russia Council as its forum and Article 4; nothing of its final clauses), so "added" means that no counterpart in 2009 is known, not that none existed. Neither draft was ever signed.',
  ru: 'Проект 2009 года известен лишь частично (преамбула, Совет Россия–НАТО как площадка и статья 4; о заключительных положениях ничего не известно), поэтому «добавлено» означает, что соответствия в 2009 году не известно, а не что его не было. Ни один из проектов так и не был подписан.',
};

/** The rows, in the order of the 2021 agreement. */
export const CORRESPONDENCE = [
  {
    id: 'preamble',
    from: ['nrc.preamble'],
    to: ['nra.preamble'],
    kind: 'recast',
    note: {
      en: '2009: equal and indivisible security and the principles that go with it, with no word on the OSCE (the wording is not known). 2021: the wish for better relations and fewer incidents, and six earlier texts restated, among them the Founding Act of 1997, two OSCE documents (1994 and 1999) and the Rome Declaration of 2002 that set up the NATO-Russia Council.',
      ru: '2009: равная и неделимая безопасность и связанные с ней принципы, без упоминания ОБСЕ (формулировка неизвестна). 2021: стремление улучшить отношения и снизить риск инцидентов и подтверждение шести прежних документов, среди них Основополагающий акт 1997 года, два документа ОБСЕ (1994 и 1999) и Римская декларация 2002 года, учредившая Совет Россия–НАТО.',
    },
  },
  {
    id: 'principles',
    from: ['nrc.preamble'],
    to: ['nra.1', 'nra.1.1'],
    kind: 'widened',
    note: {
      en: "Equal and indivisible security, known in 2009 only as a principle of the preamble, becomes in 2021 an article of its own with a rule: no Party may make itself more secure at the others' cost, alone or through an alliance, a coalition or an organization.",
      ru: 'Равная и неделимая безопасность, известная в 2009 году лишь как принцип преамбулы, в 2021 году становится отдельной статьёй с правилом: ни один Участник не укрепляет свою безопасность за счёт других — ни сам, ни через союз, коалицию или организацию.',
    },
  },
  {
    id: 'conduct',
    from: [],
    to: ['nra.1.2', 'nra.1.3', 'nra.1.4'],
    kind: 'added',
    note: {
      en: "Three duties of conduct with no known counterpart in 2009: disputes settled peacefully and no force against the purposes of the UN; no situation that another Party could see as a threat, a test resting partly on that Party's perception; restraint in military planning and exercises.",
      ru: 'Три обязательства поведения, которым в 2009 году не известно соответствия: мирное урегулирование споров и отказ от силы вопреки целям ООН; никаких ситуаций, которые другой Участник мог бы счесть угрозой, — критерий отчасти зависит от его восприятия; сдержанность в военном планировании и учениях.',
    },
  },
  {
    id: 'forum',
    from: ['nrc.forum'],
    to: ['nra.2', 'nra.2.1'],
    kind: 'recast',
    note: {
      en: "2009: the Alliance would take threats to its members' security to the NATO-Russia Council, under a procedure that is not known. 2021: urgent consultations, bilateral or multilateral, in which the Council is one forum among others; the text sets no deadline, quorum or decision rule and says nothing of what the consultations may decide.",
      ru: '2009: альянс выносил бы угрозы безопасности своих членов на Совет Россия–НАТО по неизвестной процедуре. 2021: срочные двусторонние или многосторонние консультации, где Совет лишь одна из площадок; текст не устанавливает ни сроков, ни кворума, ни правила принятия решений и ничего не говорит о том, что консультации могут решить.',
    },
  },
  {
    id: 'transparency',
    from: [],
    to: ['nra.2.2', 'nra.2.3'],
    kind: 'added',
    note: {
      en: 'Exchanges, regular but voluntary, of threat assessments and of information on exercises and military doctrines, and telephone hotlines for emergencies: nothing of the kind is known in the 2009 draft.',
      ru: 'Регулярный, но добровольный обмен оценками угроз и сведениями об учениях и военных доктринах, телефонные горячие линии для экстренной связи: ничего подобного в проекте 2009 года не известно.',
    },
  },
  {
    id: 'not-adversaries',
    from: [],
    to: ['nra.3', 'nra.3.1', 'nra.3.2'],
    kind: 'added',
    note: {
      en: 'The 1997 statement that the Parties are not adversaries is repeated, and dialogue on preventing incidents on and over the high seas, the Baltic and the Black Sea first, is to go on: neither is known in the 2009 draft.',
      ru: 'Повторено заявление 1997 года о том, что Участники не противники, и предусмотрено продолжение диалога о предотвращении инцидентов в открытом море и над ним, прежде всего на Балтике и в Чёрном море: ни того ни другого в проекте 2009 года не известно.',
    },
  },
  {
    id: 'forces',
    from: ['nrc.4'],
    to: ['nra.4'],
    kind: 'widened',
    note: {
      en: '2009: no substantial combat forces, above thresholds, on the territory of the States that joined NATO after 1997, and Russia not bound. 2021: no forces or weaponry at all beyond those of 27 May 1997, on the territory of every other European State, and Russia bound too; exceptions only by the consent of all.',
      ru: '2009: никаких существенных боевых сил сверх порогов на территории государств, вступивших в НАТО после 1997 года, причём Россия не связана. 2021: вообще никаких сил и вооружений сверх тех, что были на 27 мая 1997 года, на территории любого другого европейского государства, и Россия тоже связана; исключения только с согласия всех.',
    },
  },
  {
    id: 'forces-threshold',
    from: ['nrc.4.scf'],
    to: ['nra.4.1'],
    kind: 'widened',
    note: {
      en: '2009: forces count only above the thresholds reported in 2010 (a manoeuvre brigade, a helicopter battalion or an air regiment, more than 41 tanks, more than 188 armoured vehicles, 24 combat aircraft and attack helicopters). 2021: no threshold and no definition: any force or weapon beyond the level of 27 May 1997 counts.',
      ru: '2009: учитываются лишь силы сверх порогов, названных в 2010 году (манёвренная бригада, вертолётный батальон или авиаполк, более 41 танка, более 188 боевых бронированных машин, 24 боевых самолёта и ударных вертолёта). 2021: ни порогов, ни определений: учитываются любые силы и вооружения сверх уровня 27 мая 1997 года.',
    },
  },
  {
    id: 'forces-hosts',
    from: ['nrc.4.targets'],
    to: ['nra.4.1'],
    kind: 'widened',
    note: {
      en: "2009: the hosts protected are NATO's new members, the 12 States that had joined after 1997 by December 2009. 2021: the territory of any other European State: the later members still, and besides them every European State outside the Alliance, Ukraine, Belarus and the South Caucasus among them (the parameter nra.4.europe lists them).",
      ru: '2009: охраняемые государства пребывания — новые члены НАТО, 12 государств, вступивших после 1997 года (на декабрь 2009 года). 2021: территория любого другого европейского государства: по-прежнему поздние члены, а кроме них все европейские государства вне альянса, в том числе Украина, Белоруссия и Закавказье (их перечисляет параметр nra.4.europe).',
    },
  },
  {
    id: 'forces-bound',
    from: ['nrc.4.exempt'],
    to: ['nra.4.1'],
    kind: 'recast',
    note: {
      en: '2009: the limits bind the Alliance, and Russia said it would not be bound, as it was not expanding. 2021: Russia is bound as well, with the 16 States that were NATO members on 27 May 1997; the members that joined later are bound to nothing by this article and are protected by it instead.',
      ru: '2009: ограничения связывают альянс, а Россия, по её словам, связана не была, поскольку не расширяется. 2021: связана и Россия — вместе с 16 государствами, бывшими членами НАТО на 27 мая 1997 года; вступившие позднее члены этой статьёй ничем не связаны и, напротив, ею охраняются.',
    },
  },
  {
    id: 'forces-temporary',
    from: ['nrc.4.temporary'],
    to: ['nra.4.1'],
    kind: 'kept',
    note: {
      en: "Temporary deployments count as well as permanent ones in both: in 2009 by Rogozin's account, in 2021 because the text says deploy and makes no exception for rotations (a reading: nra.4.countTemporary).",
      ru: 'В обоих проектах временное размещение учитывается наравне с постоянным: в 2009 году — по словам Рогозина, в 2021 году — потому что текст говорит «размещать» и не делает исключения для ротаций (это прочтение: nra.4.countTemporary).',
    },
  },
  {
    id: 'forces-baseline',
    from: ['nrc.4.baseline'],
    to: ['nra.4.1'],
    kind: 'recast',
    note: {
      en: '2009: the reference date for additional forces is not known. 2021: the text names it, 27 May 1997, the day the Founding Act was signed; where forces stood that day is our low-confidence reading (nra.4.baseline).',
      ru: '2009: точка отсчёта для дополнительных сил неизвестна. 2021: текст называет её — 27 мая 1997 года, день подписания Основополагающего акта; где находились силы в этот день — наше прочтение низкой уверенности (nra.4.baseline).',
    },
  },
  {
    id: 'forces-exception',
    from: [],
    to: ['nra.4.2'],
    kind: 'added',
    note: {
      en: "An exception for deployments that remove a threat to a Party's security, in exceptional cases and with the consent of all the Parties, any of which, Russia included, may refuse: no known counterpart in 2009.",
      ru: 'Исключение для размещения, устраняющего угрозу безопасности Участника, — в исключительных случаях и с согласия всех Участников, любой из которых, включая Россию, может отказать: соответствия в 2009 году не известно.',
    },
  },
  {
    id: 'missiles',
    from: [],
    to: ['nra.5'],
    kind: 'added',
    note: {
      en: "No land-based intermediate- or short-range missiles where they could reach the other Parties' territory, the ranges left undefined: not in the 2009 draft as far as is known.",
      ru: 'Никаких ракет наземного базирования средней и меньшей дальности там, откуда они могут достичь территории других Участников, дальности не определены: в проекте 2009 года, насколько известно, этого нет.',
    },
  },
  {
    id: 'enlargement',
    from: [],
    to: ['nra.6'],
    kind: 'added',
    note: {
      en: "Every NATO member undertakes to refrain from any further enlargement of the Alliance, Ukraine named, with no end date. In 2009 NATO's Secretary General read the draft as a Russian veto on enlargement (S22), but no known article barred it.",
      ru: 'Каждый член НАТО обязуется отказаться от любого дальнейшего расширения альянса, Украина названа, срок не ограничен. В 2009 году генеральный секретарь НАТО счёл, что проект дал бы России вето на расширение (S22), но ни одна известная статья его не запрещала.',
    },
  },
  {
    id: 'regions',
    from: [],
    to: ['nra.7', 'nra.7.1'],
    kind: 'added',
    note: {
      en: "No military activity of NATO members at all in Ukraine and the other States of Eastern Europe, the South Caucasus and Central Asia, regions the text does not list State by State; Russia's own activity there is not limited. Nothing of the kind is known in 2009.",
      ru: 'Никакой военной деятельности членов НАТО на Украине и в других государствах Восточной Европы, Закавказья и Центральной Азии, причём поимённо регионы не раскрыты; деятельность самой России там не ограничена. В 2009 году ничего подобного не известно.',
    },
  },
  {
    id: 'border-zone',
    from: [],
    to: ['nra.7.2'],
    kind: 'added',
    note: {
      en: 'No exercises or other military activity above brigade level in a zone along the border between Russia with its allies and the NATO members, its width and shape left for later agreement. The brigade of 2009 was a threshold of presence in the new members (NRC 4); here it caps activity on both sides of a border.',
      ru: 'Никаких учений и иной военной деятельности свыше бригадного уровня в полосе вдоль границы между Россией с её союзниками и членами НАТО; ширина и конфигурация полосы оставлены на будущее соглашение. Бригада в 2009 году была порогом присутствия в новых членах (статья 4 проекта 2009 года), здесь она ограничивает деятельность по обе стороны границы.',
    },
  },
  {
    id: 'un-charter',
    from: [],
    to: ['nra.8'],
    kind: 'added',
    note: {
      en: "A saving clause: the agreement leaves the Security Council's primary responsibility and the Parties' rights and duties under the UN Charter untouched. Whether the 2009 draft had one is not known (the EST has: EST 9(1)).",
      ru: 'Оговорка: соглашение не затрагивает главной ответственности Совета Безопасности и прав и обязанностей Участников по Уставу ООН. Была ли такая оговорка в проекте 2009 года, неизвестно (в ДЕБ она есть: ст. 9, п. 1).',
    },
  },
  {
    id: 'final',
    from: ['nrc.final'],
    to: ['nra.9', 'nra.9.1', 'nra.9.2', 'nra.9.3'],
    kind: 'recast',
    note: {
      en: "2009: nothing is known of entry into force, the Depositary or withdrawal. 2021: in force once more than half of the signatories have deposited their instruments, withdrawal on 30 days' notice to the Depositary, three authentic languages (Russian, English, French).",
      ru: '2009: о вступлении в силу, депозитарии и выходе ничего не известно. 2021: вступает в силу после сдачи грамот более чем половиной подписавших, выход — уведомлением депозитария за 30 дней, три аутентичных языка (русский, английский, французский).',
    },
  },
] as const satisfies readonly Correspondence[];
