/** @module The North Atlantic Treaty of 1949, as a regime the EST is compared with, in EN and RU. */
import type { ProvisionData } from './types.ts';

const FINAL: ProvisionData['notModelled'] = {
  en: 'Final and institutional clauses: comparisons assume the Treaty in force among the Allies of the day (the preset nato-on:DATE), so no act here turns on them.',
  ru: 'Заключительные и институциональные положения: при сравнении Договор считается действующим между союзниками на соответствующий день (набор nato-on:ДАТА), поэтому ни одно действие от них не зависит.',
};

/**
 * The articles of the Washington Treaty that bear on a crisis (4, 5, 9) in detail, the rest as nodes
 * that say why no rule applies them. Paraphrases are our own; the text is certain (C), the Council's
 * consensus rule is practice (S76), not text.
 */
export const NAT_PROVISIONS = [
  {
    id: 'nat.preamble',
    treaty: 'nat-1949',
    cite: 'NAT Preamble',
    parent: null,
    heading: { en: 'Preamble', ru: 'Преамбула' },
    text: {
      en: 'The Parties restate their faith in the UN Charter, resolve to defend the freedom and civilisation of their peoples and to unite their efforts for collective defence and for peace and security in the North Atlantic area.',
      ru: 'Стороны подтверждают верность Уставу ООН, решимость защищать свободу и цивилизацию своих народов и объединить усилия для коллективной обороны и сохранения мира и безопасности в Североатлантическом регионе.',
    },
    confidence: 'C',
    sources: ['S75'],
    notModelled: {
      en: 'A statement of aims with no duty a rule could check.',
      ru: 'Изложение целей без обязанности, которую могло бы проверить правило.',
    },
  },
  {
    id: 'nat.1',
    treaty: 'nat-1949',
    cite: 'NAT 1',
    parent: null,
    heading: { en: 'Article 1. Peaceful settlement', ru: 'Статья 1. Мирное урегулирование' },
    text: {
      en: 'The Parties undertake to settle their disputes by peaceful means and to refrain from the threat or use of force in any way inconsistent with the purposes of the United Nations.',
      ru: 'Стороны обязуются разрешать споры мирными средствами и воздерживаться от угрозы силой или её применения в любой форме, несовместимой с целями ООН.',
    },
    confidence: 'C',
    sources: ['S75'],
    notModelled: {
      en: 'A general duty: the engine records notifications of attacks, not whether a Party used force lawfully.',
      ru: 'Общая обязанность: движок фиксирует уведомления о нападении, а не правомерность применения силы.',
    },
  },
  {
    id: 'nat.2',
    treaty: 'nat-1949',
    cite: 'NAT 2',
    parent: null,
    heading: {
      en: 'Article 2. Friendly relations and economic collaboration',
      ru: 'Статья 2. Дружественные отношения и экономическое сотрудничество',
    },
    text: {
      en: 'The Parties will strengthen their free institutions and friendly relations, and seek to remove conflict in their economic policies.',
      ru: 'Стороны будут укреплять свободные институты и дружественные отношения и стремиться устранять противоречия в экономической политике.',
    },
    confidence: 'C',
    sources: ['S75'],
    notModelled: {
      en: 'No procedure and no measurable duty.',
      ru: 'Ни процедуры, ни измеримой обязанности.',
    },
  },
  {
    id: 'nat.3',
    treaty: 'nat-1949',
    cite: 'NAT 3',
    parent: null,
    heading: { en: 'Article 3. Capacity to resist attack', ru: 'Статья 3. Способность отразить нападение' },
    text: {
      en: 'Separately and jointly, by self-help and mutual aid, the Parties keep up and develop their capacity to resist armed attack.',
      ru: 'Стороны по отдельности и совместно, собственными силами и взаимной помощью, поддерживают и развивают способность противостоять вооружённому нападению.',
    },
    confidence: 'C',
    sources: ['S75'],
    notModelled: {
      en: 'A standing duty of preparedness, not an act in a crisis.',
      ru: 'Постоянная обязанность готовности, а не действие в кризисе.',
    },
  },
  {
    id: 'nat.4',
    treaty: 'nat-1949',
    cite: 'NAT 4',
    parent: null,
    heading: { en: 'Article 4. Consultations', ru: 'Статья 4. Консультации' },
    text: {
      en: 'Whenever any Party judges that the territorial integrity, political independence or security of a Party is threatened, the Parties consult together. In practice the request goes to the North Atlantic Council, which meets at once (Poland asked on 3 March 2014 and the Council met the next day). A threat to a state that is not a Party can be raised only by an Ally that sees its own security at stake.',
      ru: 'Если какая-либо Сторона считает, что под угрозой территориальная целостность, политическая независимость или безопасность одной из Сторон, Стороны консультируются. На практике просьба направляется в Североатлантический совет, который собирается сразу (Польша обратилась 3 марта 2014 года, Совет заседал на следующий день). Угрозу государству, не являющемуся Стороной, может поднять лишь союзник, видящий угрозу собственной безопасности.',
    },
    confidence: 'C',
    sources: ['S75', 'S77'],
  },
  {
    id: 'nat.5',
    treaty: 'nat-1949',
    cite: 'NAT 5',
    parent: null,
    heading: { en: 'Article 5. Collective defence', ru: 'Статья 5. Коллективная оборона' },
    text: {
      en: 'An armed attack on one or more Parties in Europe or North America counts as an attack on all; each Party assists those attacked, reporting to the Security Council, until the Council acts.',
      ru: 'Вооружённое нападение на одну или несколько Сторон в Европе или Северной Америке считается нападением на всех; каждая Сторона помогает подвергшимся нападению и сообщает об этом Совету Безопасности, пока тот не примет меры.',
    },
    confidence: 'C',
    sources: ['S75'],
  },
  {
    id: 'nat.5.1',
    treaty: 'nat-1949',
    cite: 'NAT 5(1)',
    parent: 'nat.5',
    heading: { en: 'An attack on one is an attack on all', ru: 'Нападение на одного — нападение на всех' },
    text: {
      en: "The Parties treat an armed attack against any of them as directed against them all. When one occurs, each Party, exercising the right of self-defence that Article 51 of the UN Charter recognises, comes to the aid of the Party attacked by taking at once, on its own and together with the others, the action it judges necessary, armed force included, to restore and maintain security in the North Atlantic area. The duty is each Party's own and needs no collective decision; what it must do is left to its judgement. Only an attack on a Party is covered: a state outside the Alliance gets no guarantee.",
      ru: 'Стороны рассматривают вооружённое нападение на любую из них как нападение на всех. В таком случае каждая Сторона, осуществляя право на самооборону, признанное статьёй 51 Устава ООН, оказывает помощь подвергшейся нападению Стороне, незамедлительно предпринимая самостоятельно и совместно с другими действия, которые сочтёт необходимыми, включая применение вооружённой силы, для восстановления и поддержания безопасности Североатлантического региона. Обязанность лежит на каждой Стороне и не требует коллективного решения; её объём Сторона определяет сама. Охватывается только нападение на Сторону: государство вне альянса гарантии не получает.',
    },
    confidence: 'C',
    sources: ['S75'],
  },
  {
    id: 'nat.5.2',
    treaty: 'nat-1949',
    cite: 'NAT 5(2)',
    parent: 'nat.5',
    heading: {
      en: 'Report to the Security Council; end of the measures',
      ru: 'Сообщение Совету Безопасности; прекращение мер',
    },
    text: {
      en: 'The attack and every measure taken in response are to be reported to the Security Council straight away, and the measures stop once the Council has taken what is needed to restore international peace and security.',
      ru: 'О нападении и обо всех принятых в ответ мерах немедленно сообщается Совету Безопасности; меры прекращаются, как только Совет примет необходимые шаги для восстановления международного мира и безопасности.',
    },
    confidence: 'C',
    sources: ['S75'],
  },
  {
    id: 'nat.6',
    treaty: 'nat-1949',
    cite: 'NAT 6',
    parent: null,
    heading: { en: 'Article 6. The area covered', ru: 'Статья 6. Охватываемый район' },
    text: {
      en: "Article 5 covers attacks on the territory of a Party in Europe or North America (and, as amended in 1951, Turkey), on islands under a Party's jurisdiction in the North Atlantic north of the Tropic of Cancer, and on a Party's forces, vessels or aircraft in or over those places or the Mediterranean.",
      ru: 'Статья 5 распространяется на нападения на территорию Стороны в Европе или Северной Америке (с поправкой 1951 года — и на Турцию), на острова под юрисдикцией Стороны в Северной Атлантике к северу от тропика Рака, а также на силы, суда и самолёты Сторон в этих районах, над ними или в Средиземноморье.',
    },
    confidence: 'C',
    sources: ['S75'],
    notModelled: {
      en: "An act notifying an attack names no place, so the engine takes the notifying Party's word that the attack falls within the area.",
      ru: 'Уведомление о нападении не содержит места, поэтому движок полагается на слова уведомляющей Стороны, что нападение произошло в охватываемом районе.',
    },
  },
  {
    id: 'nat.7',
    treaty: 'nat-1949',
    cite: 'NAT 7',
    parent: null,
    heading: { en: 'Article 7. The UN Charter prevails', ru: 'Статья 7. Приоритет Устава ООН' },
    text: {
      en: "The Treaty leaves intact the Parties' rights and duties under the UN Charter and the Security Council's primary responsibility for peace and security.",
      ru: 'Договор не затрагивает прав и обязанностей Сторон по Уставу ООН и главной ответственности Совета Безопасности за мир и безопасность.',
    },
    confidence: 'C',
    sources: ['S75'],
    notModelled: {
      en: 'A saving clause; the end of the measures when the Council acts is applied under NAT 5(2).',
      ru: 'Оговорка; прекращение мер после действий Совета применяется по статье 5 (второй абзац).',
    },
  },
  {
    id: 'nat.8',
    treaty: 'nat-1949',
    cite: 'NAT 8',
    parent: null,
    heading: {
      en: 'Article 8. No conflicting engagements',
      ru: 'Статья 8. Отказ от противоречащих обязательств',
    },
    text: {
      en: 'Each Party declares that no engagement it has conflicts with the Treaty and undertakes to enter into none that would.',
      ru: 'Каждая Сторона заявляет, что её действующие обязательства не противоречат Договору, и обязуется не принимать таких обязательств.',
    },
    confidence: 'C',
    sources: ['S75'],
    notModelled: {
      en: 'The comparison runs crises, not the obligations states take on (compare EST 9(3), which the engine does flag).',
      ru: 'Сравнение касается кризисов, а не принимаемых обязательств (ср. статью 9(3) ДЕБ, которую движок отмечает).',
    },
  },
  {
    id: 'nat.9',
    treaty: 'nat-1949',
    cite: 'NAT 9',
    parent: null,
    heading: { en: 'Article 9. The North Atlantic Council', ru: 'Статья 9. Североатлантический совет' },
    text: {
      en: 'Article 9 sets up the Council in which every Party is represented; the practice of the Alliance makes it decide by consensus.',
      ru: 'Статья 9 учреждает Совет, в котором представлены все Стороны; по практике альянса он принимает решения консенсусом.',
    },
    confidence: 'C',
    sources: ['S75', 'S76'],
  },
  {
    id: 'nat.9.council',
    treaty: 'nat-1949',
    cite: 'NAT 9',
    parent: 'nat.9',
    heading: {
      en: 'A Council able to meet promptly at any time',
      ru: 'Совет, способный собраться в любое время',
    },
    text: {
      en: 'The Parties establish a Council, each of them represented on it, to consider matters concerning the Treaty\'s implementation; it is organised so that it can meet promptly at any time. The engine reads "promptly" as within nat.council.meetingDays (one day: the Council met the day after Poland\'s request in March 2014).',
      ru: 'Стороны учреждают Совет, в котором представлена каждая из них, для рассмотрения вопросов выполнения Договора; он организован так, чтобы быстро собираться в любое время. Движок понимает «быстро» как срок nat.council.meetingDays (один день: в марте 2014 года Совет собрался на следующий день после просьбы Польши).',
    },
    confidence: 'C',
    sources: ['S75', 'S77'],
  },
  {
    id: 'nat.9.consensus',
    treaty: 'nat-1949',
    cite: 'NAT 9',
    parent: 'nat.9',
    heading: { en: 'Decisions by consensus (practice)', ru: 'Решения консенсусом (практика)' },
    text: {
      en: "The Treaty says nothing on how the Council decides. Since 1949 the Alliance has taken every decision by consensus, with no vote: a decision is what all Allies accept, so a single Ally's objection stops it, and silence is taken as assent. An Ally that is itself the attacker keeps that power: nothing leaves its objection out.",
      ru: 'Договор не говорит, как Совет принимает решения. С 1949 года альянс принимает все решения консенсусом, без голосования: решение — то, что приемлемо для всех союзников, поэтому возражение одного его останавливает, а молчание считается согласием. Союзник, сам совершивший нападение, сохраняет это право: его возражение ничем не исключается.',
    },
    confidence: 'C',
    sources: ['S76'],
  },
  {
    id: 'nat.10',
    treaty: 'nat-1949',
    cite: 'NAT 10',
    parent: null,
    heading: { en: 'Article 10. Accession by invitation', ru: 'Статья 10. Присоединение по приглашению' },
    text: {
      en: "The Parties may, by unanimous agreement, invite any other European state able to further the Treaty's principles and to contribute to North Atlantic security to accede.",
      ru: 'Стороны могут по единогласному согласию пригласить присоединиться любое другое европейское государство, способное развивать принципы Договора и вносить вклад в безопасность Североатлантического региона.',
    },
    confidence: 'C',
    sources: ['S75'],
    notModelled: FINAL,
  },
  {
    id: 'nat.11',
    treaty: 'nat-1949',
    cite: 'NAT 11',
    parent: null,
    heading: { en: 'Article 11. Ratification', ru: 'Статья 11. Ратификация' },
    text: {
      en: "Ratification follows each Party's constitutional processes; instruments are deposited with the United States.",
      ru: 'Ратификация проводится в соответствии с конституционными процедурами каждой Стороны; грамоты сдаются на хранение Соединённым Штатам.',
    },
    confidence: 'C',
    sources: ['S75'],
    notModelled: FINAL,
  },
  {
    id: 'nat.12',
    treaty: 'nat-1949',
    cite: 'NAT 12',
    parent: null,
    heading: { en: 'Article 12. Review', ru: 'Статья 12. Пересмотр' },
    text: {
      en: 'After ten years, or later, the Parties consult together on reviewing the Treaty if any of them asks.',
      ru: 'Через десять лет или позднее Стороны по просьбе любой из них консультируются о пересмотре Договора.',
    },
    confidence: 'C',
    sources: ['S75'],
    notModelled: FINAL,
  },
  {
    id: 'nat.13',
    treaty: 'nat-1949',
    cite: 'NAT 13',
    parent: null,
    heading: { en: 'Article 13. Withdrawal', ru: 'Статья 13. Выход' },
    text: {
      en: 'After twenty years a Party may leave one year after giving notice of denunciation to the United States.',
      ru: 'По истечении двадцати лет Сторона может выйти из Договора через год после уведомления правительства США о денонсации.',
    },
    confidence: 'C',
    sources: ['S75'],
    notModelled: FINAL,
  },
  {
    id: 'nat.14',
    treaty: 'nat-1949',
    cite: 'NAT 14',
    parent: null,
    heading: { en: 'Article 14. Authentic texts', ru: 'Статья 14. Аутентичные тексты' },
    text: {
      en: 'The English and French texts are equally authentic and are kept in the archives of the United States.',
      ru: 'Тексты на английском и французском языках равно аутентичны и хранятся в архиве правительства США.',
    },
    confidence: 'C',
    sources: ['S75'],
    notModelled: FINAL,
  },
] as const satisfies readonly ProvisionData[];
