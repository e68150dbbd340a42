/**
 * @module The words of the map view (./map.tsx and its parts in ./map/), in English and Russian: the
 * introduction, the summary, the date control, the statuses and the phrase for each, the legend, the
 * details panel, the table and its CSV, the empty log; and how a sentence counts states and names
 * the organizations.
 */
import { defineMessages } from '../i18n.tsx';
import type { PluralForms, useT } from '../i18n.tsx';

/** The map view's messages, by key. */
export const M = defineMessages({
  title: {
    en: 'The European Security Treaty, from Vancouver to Vladivostok',
    ru: 'Договор о европейской безопасности: от Ванкувера до Владивостока',
  },
  intro1: {
    en: 'In November 2009 Russia proposed a European Security Treaty: one binding pact of “equal and indivisible security” for every state from Vancouver to Vladivostok, with consultations, Conferences of the Parties, and an [[extraordinary-conference|Extraordinary Conference]], without the attacker’s vote, after an armed attack.',
    ru: 'В ноябре 2009 года Россия предложила Договор о европейской безопасности: единое обязывающее соглашение о «равной и неделимой безопасности» для всех государств от Ванкувера до Владивостока — с консультациями, конференциями Участников и [[extraordinary-conference|Чрезвычайной конференцией]] без голоса напавшего после вооружённого нападения.',
  },
  intro2: {
    en: 'It was never signed. Here states file signed acts with a [[depositary|depositary]], and your browser replays its log by the treaty’s rules to colour this map.',
    ru: 'Его так и не подписали. Здесь государства подают подписанные документы [[depositary|депозитарию]], а ваш браузер воспроизводит его журнал по правилам договора и раскрашивает эту карту.',
  },
  'intro2.exercise': {
    en: 'It was never signed. This map shows an exercise: invented filings lodged with a [[depositary|depositary]] for training, which your browser replays by the treaty’s rules. What it shows did not happen.',
    ru: 'Его так и не подписали. Эта карта показывает учения: вымышленные документы, поданные [[depositary|депозитарию]] для обучения, которые ваш браузер воспроизводит по правилам договора. Изображённого на ней не было.',
  },
  exercise: { en: 'Exercise:', ru: 'Учения:' },
  asOf: { en: 'On {date}', ru: 'На {date}' },
  inForce: { en: 'In force since {date}', ru: 'В силе с {date}' },
  notInForce: { en: 'Not in force', ru: 'Не вступил в силу' },
  'stat.parties': { en: 'Parties', ru: 'Участники' },
  'stat.signatories': { en: 'Signatories', ru: 'Подписавшие' },
  'stat.instruments': {
    en: '[[counted-instruments|Counted instruments]]',
    ru: '[[counted-instruments|Учтённые документы]]',
  },
  'stat.instrumentsOf': { en: '{n} of {needed} needed', ru: '{n} из {needed} необходимых' },
  'date.label': { en: 'Date', ru: 'Дата' },
  'date.hint': {
    en: 'The log replayed up to that day. Keys: arrows a day, Page Up/Down a month.',
    ru: 'Журнал воспроизведён до этого дня. Клавиши: стрелки — день, Page Up/Down — месяц.',
  },
  'date.prev': { en: 'Previous change', ru: 'Предыдущее изменение' },
  'date.next': { en: 'Next change', ru: 'Следующее изменение' },
  'date.latest': { en: 'Today', ru: 'Сегодня' },
  'date.start': { en: 'draft published', ru: 'проект опубликован' },
  'view.label': { en: 'Show as', ru: 'Показать' },
  'view.map': { en: 'Map', ru: 'Карта' },
  'view.table': { en: 'Table', ru: 'Таблица' },
  'zoom.label': { en: 'Extent', ru: 'Масштаб' },
  'zoom.area': { en: 'Whole area', ru: 'Вся территория' },
  'zoom.europe': { en: 'Europe', ru: 'Европа' },
  'blocs.label': { en: 'Blocs', ru: 'Блоки' },
  'status.party': { en: 'Party', ru: 'Участник' },
  'status.withdrawing': { en: 'Party, withdrawing', ru: 'Участник, выходит' },
  'status.signatory': { en: 'Signatory', ru: 'Подписал' },
  'status.acceding': { en: 'Acceding', ru: 'Присоединяется' },
  'status.withdrawn': { en: 'Withdrawn', ru: 'Вышел' },
  'status.eligible': { en: 'May sign, has not', ru: 'Может подписать, не подписал' },
  'status.outside': { en: 'Outside the treaty', ru: 'Вне договора' },
  'phrase.party': { en: 'Party since {date}', ru: 'участник с {date}' },
  'phrase.partyNoDate': { en: 'Party', ru: 'участник' },
  'phrase.withdrawing': {
    en: 'Party, withdrawing: effective {date}',
    ru: 'участник, выходит: выход вступает в силу {date}',
  },
  'phrase.signatory': { en: 'signed on {date}', ru: 'подписал {date}' },
  'phrase.deposited': {
    en: 'signed on {signed}, instrument deposited {date}',
    ru: 'подписал {signed}, документ сдан {date}',
  },
  'phrase.depositedPending': {
    en: 'instrument deposited {date}, a Party from {from}',
    ru: 'документ сдан {date}, участник с {from}',
  },
  'phrase.acceding': { en: 'acceding', ru: 'присоединяется' },
  'phrase.accedingSince': {
    en: 'acceding since {date}; a Party may object until {until}',
    ru: 'присоединяется с {date}; Участники могут возразить до {until}',
  },
  'phrase.withdrawn': { en: 'withdrew, effective {date}', ru: 'вышел, выход вступил в силу {date}' },
  'phrase.eligible': { en: 'may sign, has not signed', ru: 'может подписать, не подписал' },
  'phrase.outside': {
    en: 'not among the states the Treaty is open to',
    ru: 'не входит в круг государств, для которых открыт договор',
  },
  'legend.title': { en: 'States by status', ru: 'Государства по статусу' },
  'legend.note': {
    en: 'States only: the five organizations are listed below.',
    ru: 'Только государства: пять организаций перечислены ниже.',
  },
  'orgs.title': { en: 'The five organizations', ru: 'Пять организаций' },
  'details.signed': { en: 'Signed', ru: 'Подписан' },
  'details.deposited': { en: '[[instrument|Instrument]] deposited', ru: '[[instrument|Документ]] сдан' },
  'details.inForce': { en: 'In force for it from', ru: 'В силе для него с' },
  'details.withdrawal': { en: 'Withdrawal effective', ru: 'Выход вступает в силу' },
  'details.blocs': { en: 'Blocs on that day', ru: 'Блоки на эту дату' },
  'details.none': { en: 'none', ru: 'нет' },
  'details.filings': { en: 'Its filings in the timeline', ru: 'Его документы в хронологии' },
  'details.close': { en: 'Close', ru: 'Закрыть' },
  'details.hint': {
    en: 'Click a state, or tab to the map and move with the arrow keys, for its details.',
    ru: 'Нажмите на государство или перейдите на карту клавишей Tab и выбирайте стрелками, чтобы увидеть подробности.',
  },
  'map.label': {
    en: 'Map: the states the Treaty is open to, coloured by their status on {date}',
    ru: 'Карта: государства, для которых открыт договор, по статусу на {date}',
  },
  'map.note': {
    en: 'Borders: Natural Earth (1:110m; 1:50m for Europe). Kosovo and northern Cyprus, whose status is disputed, are left uncoloured: the Treaty is open to states, and the registry lists the OSCE’s participating States.',
    ru: 'Границы: Natural Earth (1:110m; для Европы 1:50m). Косово и север Кипра, статус которых оспаривается, не закрашены: договор открыт для государств, а реестр перечисляет государства — участники ОБСЕ.',
  },
  'map.error': {
    en: 'The map could not be drawn ({error}); the table shows the same data.',
    ru: 'Карту не удалось нарисовать ({error}); таблица показывает те же данные.',
  },
  'table.caption': { en: 'The states on {date}', ru: 'Государства на {date}' },
  'table.state': { en: 'State', ru: 'Государство' },
  'table.status': { en: 'Status', ru: 'Статус' },
  'table.signed': { en: 'Signed', ru: 'Подписан' },
  'table.deposited': { en: 'Deposited', ru: 'Документ сдан' },
  'table.inForce': { en: 'In force from', ru: 'В силе с' },
  'table.blocs': { en: 'Blocs', ru: 'Блоки' },
  'csv.download': { en: 'Download CSV', ru: 'Скачать CSV' },
  'csv.exercise': {
    en: 'Exercise: invented filings for training, not the historical record. The draft European Security Treaty was signed by no one and is in force nowhere. States as replayed on {date}.',
    ru: 'Учения: вымышленные документы для обучения, а не исторические данные. Проект Договора о европейской безопасности никем не подписан и нигде не действует. Государства по воспроизведённому журналу на {date}.',
  },
  'empty.title': { en: 'Nothing has been filed yet', ru: 'Пока ничего не подано' },
  'empty.body': {
    en: 'This depositary’s log is empty, so every state is shown as free to sign. A state takes part by filing signed acts: the operator lodges its public key (est keygen, then POST /api/v1/admin/parties/{id}/keys), and it files “sign” and later “ratify” with est submit. Each filing is appended to the log; when {needed} states have ratified, the Treaty enters into force, and this map follows as the filings arrive.',
    ru: 'Журнал этого депозитария пуст, поэтому все государства показаны как свободные подписать. Государство участвует, подавая подписанные документы: оператор регистрирует его открытый ключ (est keygen, затем POST /api/v1/admin/parties/{id}/keys), а оно подаёт «sign» и затем «ratify» через est submit. Каждый документ добавляется в журнал; когда ратифицируют {needed} государств, договор вступает в силу, и карта обновляется по мере поступления документов.',
  },
  updated: { en: 'Updated: {n} entries in the log.', ru: 'Обновлено: в журнале {n} записей.' },
});

/** The translate function of the map view, as `useT(M)` returns it. */
export type T = ReturnType<typeof useT<typeof M>>;

/** "26 states", «26 государств»: the states a figure of the summary counts. */
export const STATE_FORMS = {
  en: { one: 'state', other: 'states' },
  ru: { one: 'государство', few: 'государства', many: 'государств' },
} as const satisfies PluralForms;

/** How English names the organizations in a sentence: "the EU", but "NATO". */
export const ORG_IN_TEXT: Readonly<Record<string, string>> = {
  EU: 'the EU',
  OSCE: 'the OSCE',
  CSTO: 'the CSTO',
  NATO: 'NATO',
  CIS: 'the CIS',
};
