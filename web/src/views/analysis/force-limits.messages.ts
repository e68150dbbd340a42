/**
 * @module The words of the force-limits section, in English and Russian: the readings of "substantial
 * combat forces" and their descriptions, the matrix, a host's crossings and the kinds of forces.
 */
import { defineMessages } from '../../i18n.tsx';
import type { useT } from '../../i18n.tsx';

export const M = defineMessages({
  title: { en: 'Force limits against real deployments', ru: 'Ограничения сил и реальные развёртывания' },
  intro: {
    en: 'Article 4 of the draft NATO-Russia agreement forbids “[[substantial-combat-forces|substantial combat forces]]” in the states that joined NATO after 1997, beyond thresholds reported in 2010. NATO deployments of 2010 to 2026 ({n}; sources: {s}; cases/deployments.yaml) run through the engine under five readings of the phrase.',
    ru: 'Статья 4 проекта соглашения Россия — НАТО запрещает «[[substantial-combat-forces|существенные боевые силы]]» в государствах, вступивших в НАТО после 1997 года, сверх порогов, о которых сообщалось в 2010 году. Развёртывания НАТО 2010–2026 годов ({n}; источников: {s}; cases/deployments.yaml) проходят через движок при пяти прочтениях этой формулировки.',
  },
  assumed: {
    en: 'The draft is assumed in force from {date} among the NATO-Russia Council states of 2009; Russia’s forces are exempt, a host’s own never count. Deployments counted up to {asOf}.',
    ru: 'Проект считается действующим с {date} между государствами Совета Россия — НАТО 2009 года; силы России исключены, собственные силы принимающего государства не учитываются. Развёртывания учтены по {asOf}',
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
  'matrix.title': {
    en: 'First day a threshold was crossed, by host and reading',
    ru: 'Первый день превышения порога по принимающему государству и прочтению',
  },
  'matrix.hint': {
    en: 'Choose a cell to see the deployments behind it and their sources.',
    ru: 'Выберите ячейку, чтобы увидеть развёртывания и их источники.',
  },
  'th.host': { en: 'Host', ru: 'Принимающее государство' },
  'th.id': { en: 'Code', ru: 'Код' },
  'csv.about': {
    en: 'First day a threshold of NRC 4 (substantial combat forces) was crossed, by host and reading, had the draft been in force from {date}; deployments counted up to {asOf}.',
    ru: 'Первый день превышения порога статьи 4 (существенные боевые силы) по принимающему государству и прочтению, если бы проект действовал с {date}; развёртывания учтены по {asOf}.',
  },
  never: { en: 'never', ru: 'никогда' },
  notTarget: { en: 'not a target', ru: 'не защищено' },
  'cell.label': { en: '{host}, {reading}: {value}', ru: '{host}, {reading}: {value}' },
  'details.title': { en: '{host}: crossings', ru: '{host}: превышения' },
  'details.none': {
    en: 'No threshold was crossed in {host} under any reading.',
    ru: 'Ни при одном прочтении пороги в {host} не превышены.',
  },
  'details.first': {
    en: 'first crossed under {readings}',
    ru: 'впервые превышено при прочтениях: {readings}',
  },
  'details.again': { en: 'crossed again under {readings}', ru: 'снова превышено при прочтениях: {readings}' },
  'details.exceeded': { en: 'Exceeded: {list}', ru: 'Превышено: {list}' },
  'details.deployedBy': {
    en: 'Counted forces present of: {list}',
    ru: 'Учтённые силы: {list}',
  },
  'details.silent': { en: 'Never crossed under {readings}.', ru: 'Не превышено при прочтениях: {readings}.' },
  'details.notTarget': {
    en: '{host} is not a target under {reading}.',
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
});

export type T = ReturnType<typeof useT<typeof M>>;
