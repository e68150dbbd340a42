/**
 * @module The words of the force-limits section, in English and Russian: the counterfactual notice,
 * the premises of each draft, the readings of "substantial combat forces" (2009) and of NRA 4 (2021)
 * with their descriptions, the matrix, a host's crossings, the kinds of forces, and NATO's
 * accessions against NRA 6.
 */
import { defineMessages } from '../../i18n.tsx';
import type { useT } from '../../i18n.tsx';

export const M = defineMessages({
  title: { en: 'Force limits against real deployments', ru: 'Ограничения сил и реальные развёртывания' },
  intro: {
    en: 'Article 4 of the draft NATO-Russia agreement of December 2009 forbids “[[substantial-combat-forces|substantial combat forces]]” in the states that joined NATO after 1997, beyond thresholds reported in 2010. Article 4 of the draft agreement of December 2021 sets no figure: Russia and the states that were NATO members on 27 May 1997 would deploy no forces in the other states of Europe beyond those there that day. NATO deployments of 2010 to 2026 ({n}; sources: {s}; cases/deployments.yaml) run through the engine under five readings of the first and one of the second.',
    ru: 'Статья 4 проекта соглашения Россия — НАТО декабря 2009 года запрещает «[[substantial-combat-forces|существенные боевые силы]]» в государствах, вступивших в НАТО после 1997 года, сверх порогов, о которых сообщалось в 2010 году. Статья 4 проекта соглашения декабря 2021 года чисел не даёт: Россия и государства, бывшие членами НАТО на 27 мая 1997 года, не размещают в других государствах Европы никаких сил сверх тех, что были там в этот день. Развёртывания НАТО 2010–2026 годов ({n}; источников: {s}; cases/deployments.yaml) проходят через движок при пяти прочтениях первого проекта и одном прочтении второго.',
  },
  counterfactual: {
    en: 'A counterfactual: neither draft was ever in force. Both are assumed in force from {date}, among the same {n} states, so that each is measured against the same deployments; the dates below are breaches that never happened.',
    ru: 'Контрфактический расчёт: ни один из проектов так и не вступил в силу. Оба считаются действующими с {date} между одними и теми же {n} государствами, чтобы сравнивать их на одних и тех же развёртываниях; даты ниже — нарушения, которых не было.',
  },
  'assumed.nrc-2009': {
    en: 'The 2009 draft: among the NATO-Russia Council states of 2009; Russia’s forces are exempt, a host’s own never count.',
    ru: 'Проект 2009 года: между государствами Совета Россия — НАТО 2009 года; силы России исключены, собственные силы принимающего государства не учитываются.',
  },
  'assumed.nra-2021': {
    en: 'The 2021 draft: among Russia and the NATO member states of that day, who may sign it (NRA 9); its Article 4 binds Russia and the NATO members of 27 May 1997; the exception for deployments all Parties consent to (its second paragraph) is not modelled.',
    ru: 'Проект 2021 года: между Россией и государствами — членами НАТО на тот день, которые могут его подписать (ст. 9); его статья 4 связывает Россию и членов НАТО на 27 мая 1997 года; исключение для развёртываний с согласия всех Участников (её второй абзац) не моделируется.',
  },
  asOf: { en: 'Deployments counted up to {asOf}.', ru: 'Развёртывания учтены по {asOf}.' },
  'group.nrc-2009': {
    en: 'NRC 4 (2009): substantial combat forces',
    ru: 'Соглашение Россия–НАТО, ст. 4 (2009): существенные боевые силы',
  },
  'group.nra-2021': {
    en: 'NRA 4 (2021): any forces beyond 27 May 1997',
    ru: 'Соглашение Россия–НАТО 2021, ст. 4: любые силы сверх 27 мая 1997 г.',
  },
  readings: { en: 'Readings', ru: 'Прочтения' },
  'reading.nrc-2010': { en: 'the 2010 Russian reading', ru: 'российское прочтение 2010 года' },
  'reading.nrc-2010.d': {
    en: 'the thresholds reported on 27 October 2010, temporary deployments counted, targets the states that joined NATO after 27 May 1997 (the default)',
    ru: 'пороги, о которых сообщалось 27 октября 2010 г., временные развёртывания учитываются, защищены государства, вступившие в НАТО после 27 мая 1997 г. (по умолчанию)',
  },
  'reading.permanent-only': {
    en: 'permanent stationing only (1997 wording)',
    ru: 'только постоянное размещение (формулировка 1997 г.)',
  },
  'reading.permanent-only.d': {
    en: 'as the default, but only permanent stationing counts, as the 1997 NATO statement and Founding Act put it',
    ru: 'как по умолчанию, но учитывается только постоянное размещение, как в заявлении НАТО и Основополагающем акте 1997 г.',
  },
  'reading.joined-after-1991': { en: 'members since the Soviet breakup', ru: 'члены после распада СССР' },
  'reading.joined-after-1991.d': {
    en: 'as the default, targets the states that joined NATO after 26 December 1991 (no state joined between then and May 1997, so the set is the same)',
    ru: 'как по умолчанию, защищены государства, вступившие в НАТО после 26 декабря 1991 г. (до мая 1997 г. никто не вступал, так что набор тот же)',
  },
  'reading.former-wp-ussr': {
    en: 'former Warsaw Pact and USSR only',
    ru: 'только бывшие страны Варшавского договора и СССР',
  },
  'reading.former-wp-ussr.d': {
    en: 'as the default, targets only the former Warsaw Pact states and former Soviet republics (PL CZ HU BG RO SK EE LV LT); AL HR SI ME MK FI SE are left out',
    ru: 'как по умолчанию, защищены только бывшие государства Варшавского договора и бывшие советские республики (PL CZ HU BG RO SK EE LV LT); AL HR SI ME MK FI SE не входят',
  },
  'reading.separate-24': {
    en: '24 aircraft and 24 helicopters apart',
    ru: '24 самолёта и 24 вертолёта раздельно',
  },
  'reading.separate-24.d': {
    en: 'as the default, but more than 24 combat aircraft, or more than 24 attack helicopters, each counted on its own',
    ru: 'как по умолчанию, но более 24 боевых самолётов или более 24 ударных вертолётов, каждые по отдельности',
  },
  'reading.nra-2021': {
    en: 'the December 2021 draft, Article 4',
    ru: 'проект декабря 2021 года, статья 4',
  },
  'reading.nra-2021.d': {
    en: 'Article 4 as the engine reads it by default: Russia and the NATO members of 27 May 1997 deploy no forces in the other states of Europe beyond those there that day; no figure, so any counted forces breach it; temporary deployments counted',
    ru: 'статья 4 в прочтении движка по умолчанию: Россия и члены НАТО на 27 мая 1997 г. не размещают в других государствах Европы сил сверх тех, что были там в этот день; чисел нет, так что нарушением являются любые учтённые силы; временные развёртывания учитываются',
  },
  'matrix.title': {
    en: 'First day a limit was breached, by host and reading',
    ru: 'Первый день нарушения ограничения по принимающему государству и прочтению',
  },
  'matrix.hint': {
    en: 'Choose a cell to see the deployments behind it and their sources.',
    ru: 'Выберите ячейку, чтобы увидеть развёртывания и их источники.',
  },
  'th.host': { en: 'Host', ru: 'Принимающее государство' },
  'th.id': { en: 'Code', ru: 'Код' },
  'csv.model': {
    en: 'Analysis of the 2009 and 2021 drafts: a model, not the record. A counterfactual: neither draft was ever in force.',
    ru: 'Анализ проектов 2009 и 2021 годов: расчёт по модели, а не исторические факты. Контрфактический расчёт: ни один из проектов не вступал в силу.',
  },
  'csv.about': {
    en: 'First day a limit was breached (NRC 4: a threshold of substantial combat forces crossed; NRA 4: any forces beyond those of 27 May 1997), by host and reading, had each draft been in force from {date}; deployments counted up to {asOf}.',
    ru: 'Первый день нарушения ограничения (ст. 4 проекта 2009 г.: превышен порог существенных боевых сил; ст. 4 проекта 2021 г.: любые силы сверх 27 мая 1997 г.) по принимающему государству и прочтению, если бы каждый проект действовал с {date}; развёртывания учтены по {asOf}.',
  },
  never: { en: 'never', ru: 'никогда' },
  notTarget: { en: 'not protected', ru: 'не защищено' },
  'cell.label': { en: '{host}, {reading}: {value}', ru: '{host}, {reading}: {value}' },
  'details.title': { en: '{host}: crossings', ru: '{host}: превышения' },
  'details.none': {
    en: 'No limit was breached in {host} under any reading.',
    ru: 'Ни при одном прочтении ограничения в {host} не нарушены.',
  },
  'details.first': {
    en: 'first crossed under {readings}',
    ru: 'впервые превышено при прочтениях: {readings}',
  },
  'details.again': { en: 'crossed again under {readings}', ru: 'снова превышено при прочтениях: {readings}' },
  'details.firstBreach': {
    en: 'first breached under {readings}',
    ru: 'впервые нарушено при прочтениях: {readings}',
  },
  'details.againBreach': {
    en: 'breached again under {readings}',
    ru: 'снова нарушено при прочтениях: {readings}',
  },
  'details.beyond': {
    en: 'Forces beyond those of 27 May 1997 (Article 4 of the 2021 draft sets no figure).',
    ru: 'Силы сверх тех, что были на 27 мая 1997 г. (статья 4 проекта 2021 г. чисел не даёт).',
  },
  'details.baseline': {
    en: 'Forces of the bound states stood here on 27 May 1997 (nra.4.baseline); the model has no figures for them, and these forces may only replace them.',
    ru: 'На 27 мая 1997 г. здесь находились силы связанных государств (nra.4.baseline); чисел для них в модели нет, и эти силы могут лишь заменять их.',
  },
  'details.exceeded': { en: 'Exceeded: {list}', ru: 'Превышено: {list}' },
  'details.deployedBy': {
    en: 'Counted forces present of: {list}',
    ru: 'Учтённые силы: {list}',
  },
  'details.silent': {
    en: 'Never breached under {readings}.',
    ru: 'Не нарушено при прочтениях: {readings}.',
  },
  'details.notTarget': {
    en: '{host} is not protected under {reading}.',
    ru: '{host} не защищено при прочтении {reading}.',
  },
  'details.close': { en: 'Back to the matrix', ru: 'Назад к таблице' },
  exceeded: { en: '{kind} {count} > {threshold}', ru: '{kind}: {count} > {threshold}' },
  'kind.brigades': { en: 'brigades', ru: 'бригады' },
  'kind.helicopterBattalions': { en: 'helicopter battalions', ru: 'вертолётные батальоны' },
  'kind.airRegiments': { en: 'air regiments', ru: 'авиаполки' },
  'kind.tanks': { en: 'tanks', ru: 'танки' },
  'kind.armouredVehicles': { en: 'armoured vehicles', ru: 'бронемашины' },
  'kind.combatAircraftAndAttackHelicopters': {
    en: 'combat aircraft and attack helicopters',
    ru: 'боевые самолёты и ударные вертолёты',
  },
  'kind.combatAircraft': { en: 'combat aircraft', ru: 'боевые самолёты' },
  'kind.attackHelicopters': { en: 'attack helicopters', ru: 'ударные вертолёты' },
  deployment: {
    en: '{by} in {in}, {span}, {kind}, confidence {confidence}',
    ru: '{by} в {in}, {span}, {kind}, достоверность: {confidence}',
  },
  'span.open': { en: 'from {from}', ru: 'с {from}' },
  'span.closed': { en: '{from} to {to}', ru: 'с {from} по {to}' },
  permanent: { en: 'permanent', ru: 'постоянное' },
  temporary: { en: 'temporary', ru: 'временное' },
  'confidence.high': { en: 'high', ru: 'высокая' },
  'confidence.medium': { en: 'medium', ru: 'средняя' },
  'confidence.low': { en: 'low', ru: 'низкая' },
  'data.invalid': { en: 'The case library is malformed:', ru: 'Библиотека случаев содержит ошибки:' },
  rejected: { en: 'Acts the engine refused', ru: 'Действия, отклонённые движком' },
  'nra6.title': {
    en: 'NATO enlargement against NRA 6',
    ru: 'Расширение НАТО и статья 6 проекта 2021 года',
  },
  'nra6.intro': {
    en: 'In Article 6 of the December 2021 draft the NATO member states refrain from any further enlargement of NATO. Below, every accession since 27 May 1997 in the party registry, with what the engine finds had the agreement been in force from {date} (a counterfactual: it never was); deployments and accessions counted up to {asOf}.',
    ru: 'В статье 6 проекта декабря 2021 года государства — члены НАТО отказываются от дальнейшего расширения НАТО. Ниже — каждое вступление с 27 мая 1997 года из реестра участников и то, что находит движок, если бы соглашение действовало с {date} (контрфактический расчёт: оно так и не вступило в силу); учтено по {asOf}.',
  },
  'nra6.th.date': { en: 'Joined NATO', ru: 'Вступление в НАТО' },
  'nra6.th.state': { en: 'State', ru: 'Государство' },
  'nra6.th.finding': { en: 'Under NRA 6', ru: 'По статье 6' },
  'nra6.finding': {
    en: 'finding nato_enlargement ({cite})',
    ru: 'вывод nato_enlargement ({cite})',
  },
  'nra6.before': { en: 'before entry into force', ru: 'до вступления в силу' },
  'nra6.after': { en: 'after {asOf}, not counted', ru: 'после {asOf}, не учтено' },
  'nra6.none': { en: 'no finding', ru: 'вывода нет' },
  'nra6.summary': {
    en: 'Accessions: {total}; findings under NRA 6: {found}; before entry into force: {before}.',
    ru: 'Вступлений: {total}; выводов по статье 6: {found}; до вступления в силу: {before}.',
  },
  'nra6.csv.about': {
    en: 'NATO accessions since 27 May 1997 against NRA 6 (no further enlargement), had the December 2021 draft been in force from {date}; counted up to {asOf}.',
    ru: 'Вступления в НАТО с 27 мая 1997 года и статья 6 проекта декабря 2021 года (отказ от расширения), если бы он действовал с {date}; учтено по {asOf}.',
  },
});

export type T = ReturnType<typeof useT<typeof M>>;
