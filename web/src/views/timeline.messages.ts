/**
 * @module The words of the timeline (#/timeline), in English and Russian: its heading and introduction,
 * the filters, the tags of the kinds of act, the columns of its CSV file and the announcement of new
 * entries.
 */
import { defineMessages } from '../i18n.tsx';
import type { useT } from '../i18n.tsx';

export const M = defineMessages({
  title: { en: 'Timeline', ru: 'Хронология' },
  'title.exercise': { en: 'Timeline of the exercise', ru: 'Хронология учений' },
  intro: {
    en: 'Everything filed with the {depositary}, newest first: signatures, {instruments}, {accessions}, withdrawals, procedures and assistance, and the acts the treaty refused, which stay in the log as evidence. Dates are days of receipt.',
    ru: 'Всё, что подано {depositary}, начиная с нового: подписания, {instruments}, {accessions}, выходы, процедуры и помощь, а также отклонённые действия, которые остаются в журнале как свидетельства. Даты — дни получения.',
  },
  'w.depositary': { en: 'depositary', ru: 'депозитарию' },
  'w.instruments': { en: 'instruments', ru: 'документы о ратификации' },
  'w.accessions': { en: 'accessions', ru: 'присоединения' },
  'csv.button': { en: 'Download CSV', ru: 'Скачать CSV' },
  'csv.title': {
    en: 'The entries shown, as a spreadsheet file (CSV)',
    ru: 'Показанные записи в виде таблицы (CSV)',
  },
  'csv.exercise': {
    en: 'Exercise: the filings in this file are invented for training and are not the historical record. The draft European Security Treaty was signed by no one and is in force nowhere.',
    ru: 'Учения: обращения в этом файле вымышлены для учебных целей и не являются историческими документами. Проект Договора о европейской безопасности никем не подписан и нигде не действует.',
  },
  'csv.date': { en: 'Date', ru: 'Дата' },
  'csv.filer': { en: 'Filed by', ru: 'Подал' },
  'csv.code': { en: 'Code', ru: 'Код' },
  'csv.kind': { en: 'Kind', ru: 'Вид' },
  'csv.act': { en: 'Act', ru: 'Действие' },
  'csv.procedure': { en: 'Procedure', ru: 'Процедура' },
  'csv.outcome': { en: 'Outcome', ru: 'Исход' },
  'csv.grounds': { en: 'Grounds of refusal', ru: 'Основания отказа' },
  'csv.index': { en: 'Log entry', ru: 'Запись журнала' },
  'print.source': { en: 'Printed from {url}', ru: 'Распечатано со страницы {url}' },
  filters: { en: 'Filters', ru: 'Фильтры' },
  'f.kind': { en: 'Kind of act', ru: 'Вид действия' },
  'f.party': { en: 'Party (filer or named)', ru: 'Участник (подал или упомянут)' },
  'f.outcome': { en: 'Outcome', ru: 'Исход' },
  'f.from': { en: 'From', ru: 'С' },
  'f.to': { en: 'To', ru: 'По' },
  'f.all': { en: 'All', ru: 'Все' },
  'f.accepted': { en: 'Accepted', ru: 'Принятые' },
  'f.refused': { en: 'Refused', ru: 'Отклонённые' },
  'f.clear': { en: 'Clear the filters', ru: 'Сбросить фильтры' },
  'kind.signature': { en: 'Signatures', ru: 'Подписания' },
  'kind.instrument': { en: 'Instruments (ratification, approval)', ru: 'Документы (ратификация, одобрение)' },
  'kind.accession': { en: 'Accessions', ru: 'Присоединения' },
  'kind.withdrawal': { en: 'Withdrawals', ru: 'Выходы' },
  'kind.procedure': { en: 'Procedures', ru: 'Процедуры' },
  'kind.assistance': { en: 'Assistance', ru: 'Помощь' },
  'kind.record': {
    en: 'The record’s own acts (keys lodged and revoked, rules changes)',
    ru: 'Служебные записи (регистрация и отзыв ключей, смена правил)',
  },
  'kind.other': { en: 'Other acts', ru: 'Прочие действия' },
  'tag.signature': { en: 'Signature', ru: 'Подписание' },
  'tag.instrument': { en: 'Instrument', ru: 'Документ' },
  'tag.accession': { en: 'Accession', ru: 'Присоединение' },
  'tag.withdrawal': { en: 'Withdrawal', ru: 'Выход' },
  'tag.procedure': { en: 'Procedure', ru: 'Процедура' },
  'tag.assistance': { en: 'Assistance', ru: 'Помощь' },
  'tag.record': { en: 'Record', ru: 'Служебная запись' },
  'tag.other': { en: 'Act', ru: 'Действие' },
  'tag.information-request': { en: 'Request for information', ru: 'Запрос информации' },
  'tag.consultations': { en: 'Consultations', ru: 'Консультации' },
  'tag.conference': { en: 'Conference', ru: 'Конференция' },
  'tag.extraordinary-conference': { en: 'Extraordinary Conference', ru: 'Чрезвычайная конференция' },
  'tag.council': { en: 'Council', ru: 'Совет' },
  count: { en: '{shown} of {total} entries', ru: 'Записей: {shown} из {total}' },
  none: { en: 'No entries match these filters.', ru: 'Под эти фильтры не подходит ни одна запись.' },
  empty: { en: 'Nothing has been filed yet.', ru: 'Пока ничего не подано.' },
  more: { en: 'and {n} more', ru: 'и ещё {n}' },
  entries: { en: '{n} entries', ru: 'записей: {n}' },
  entry: { en: 'entry {n}', ru: 'запись {n}' },
  new: { en: 'new', ru: 'новое' },
  'live.new': {
    en: 'New in the log: {who}, {kind}, {outcome}.',
    ru: 'Новое в журнале: {who}, {kind}, {outcome}.',
  },
  'live.note': {
    en: 'New filings appear at the top as they arrive.',
    ru: 'Новые обращения появляются вверху по мере поступления.',
  },
});

export type T = ReturnType<typeof useT<typeof M>>;
