/**
 * @module The words of "Check a receipt" (./receipt.tsx), in English and Russian: the panel, each
 * check of a receipt and its status, the verdict, and the summary of the receipt checked.
 */
import { defineMessages } from '../i18n.tsx';
import type { PluralForms, useT } from '../i18n.tsx';

/** "3 problems", in the verdict on a receipt. */
export const PROBLEMS = {
  en: { one: '{n} problem', other: '{n} problems' },
  ru: { one: '{n} проблема', few: '{n} проблемы', many: '{n} проблем' },
} as const satisfies PluralForms;

/** The size of the signed tree: "of 12 entries", "из 12 записей" (genitive after «из»). */
export const TREE_ENTRIES = {
  en: { one: '{n} entry', other: '{n} entries' },
  ru: { one: '{n} записи', few: '{n} записей', many: '{n} записей' },
} as const satisfies PluralForms;

/** The size of the log today: "(12 entries)", "(12 записей)". */
export const LOG_ENTRIES = {
  en: { one: '{n} entry', other: '{n} entries' },
  ru: { one: '{n} запись', few: '{n} записи', many: '{n} записей' },
} as const satisfies PluralForms;

/** The receipt panel's messages, by key. */
export const M = defineMessages({
  title: { en: 'Check a receipt', ru: 'Проверить квитанцию' },
  note: {
    en: 'Paste the receipt file that “est submit --receipt-out” saved ({ v: 1, envelope, receipt }), or open it. This browser checks that the depositary’s key signed a tree holding your filing exactly as filed, and that the log today still extends that tree and holds the same entry. It trusts only the verifier key {key}.',
    ru: 'Вставьте файл квитанции, сохранённый командой «est submit --receipt-out» ({ v: 1, envelope, receipt }), или откройте его. Браузер проверит, что ключ депозитария подписал дерево, содержащее ваше обращение ровно в поданном виде, и что сегодняшний журнал продолжает это дерево и содержит ту же запись. Доверяет он только ключу проверки {key}.',
  },
  'input.label': { en: 'The receipt file (JSON)', ru: 'Файл квитанции (JSON)' },
  'file.label': { en: 'Open a receipt file', ru: 'Открыть файл квитанции' },
  run: { en: 'Check the receipt', ru: 'Проверить квитанцию' },
  running: { en: 'Checking the receipt…', ru: 'Проверка квитанции…' },
  ok: {
    en: '✓ The receipt holds: entry {index} is in the tree of {size} the depositary signed, and the log today ({current}) still extends that tree and holds the same entry.',
    ru: '✓ Квитанция подтверждается: запись {index} входит в подписанное депозитарием дерево из {size}, а сегодняшний журнал ({current}) продолжает это дерево и содержит ту же запись.',
  },
  failed: {
    en: '✗ The receipt does NOT hold: {problems}.',
    ru: '✗ Квитанция НЕ подтверждается: {problems}.',
  },
  unreadable: { en: '✗ This is not a receipt file:', ru: '✗ Это не файл квитанции:' },
  'verifier-key': {
    en: '✗ The verifier key is not a note verifier key: nothing can be checked.',
    ru: '✗ Ключ проверки не является ключом подписанных записей: проверить ничего нельзя.',
  },
  'check.leaf': {
    en: 'the entry rebuilt from your envelope and the receipt has the receipt’s leaf hash',
    ru: 'запись, восстановленная из вашего конверта и квитанции, даёт хеш листа, указанный в квитанции',
  },
  'check.checkpoint': {
    en: 'the receipt’s checkpoint is signed with the depositary’s key',
    ru: 'контрольная точка квитанции подписана ключом депозитария',
  },
  'check.proof': {
    en: 'the proof is a c2sp.org/tlog-proof@v1 text of this entry, carrying that checkpoint',
    ru: 'доказательство — текст c2sp.org/tlog-proof@v1 для этой записи с той же контрольной точкой',
  },
  'check.inclusion': {
    en: 'the proof leads from the entry to the signed root',
    ru: 'доказательство ведёт от записи к подписанному корню',
  },
  'check.log': {
    en: 'the log today is signed with the same key and holds no fewer entries than the receipt’s tree',
    ru: 'сегодняшний журнал подписан тем же ключом и содержит не меньше записей, чем дерево квитанции',
  },
  'check.consistency': {
    en: 'the receipt’s tree is the beginning of today’s log (consistency proof)',
    ru: 'дерево квитанции — начало сегодняшнего журнала (доказательство согласованности)',
  },
  'check.entry': {
    en: 'the log still serves the same entry {index}',
    ru: 'журнал по-прежнему отдаёт ту же запись {index}',
  },
  'status.passed': { en: 'passed', ru: 'пройдена' },
  'status.failed': { en: 'FAILED', ru: 'НЕ ПРОЙДЕНА' },
  'status.not-checked': {
    en: 'not checked (an earlier check failed)',
    ru: 'не проверялась (не пройдена предыдущая проверка)',
  },
  problems: {
    en: 'Problems (their details are in English, as est verify writes them)',
    ru: 'Проблемы (подробности на английском, как их пишет est verify)',
  },
  'sum.entry': { en: 'Entry', ru: 'Запись' },
  'sum.filer': { en: 'Filer, key id, sequence', ru: 'Подал, ключ, порядковый номер' },
  'sum.act': { en: 'Act', ru: 'Действие' },
  'sum.received': { en: 'Received', ru: 'Получено' },
  'sum.outcome': { en: 'Outcome', ru: 'Исход' },
  'sum.accepted': { en: 'accepted', ru: 'принято' },
  'sum.refused': { en: 'refused', ru: 'отклонено' },
  'sum.rules': { en: 'Decided under the rules', ru: 'Решено по правилам' },
  'sum.signed': { en: 'Signed tree', ru: 'Подписанное дерево' },
  'sum.signed.text': { en: '{origin}, {size} entries, root', ru: '{origin}, записей: {size}, корень' },
  'sum.current': { en: 'The log today', ru: 'Журнал сегодня' },
  'sum.current.text': { en: '{n} entries', ru: 'записей: {n}' },
});

/** The translate function of the receipt panel, as `useT(M)` returns it. */
export type T = ReturnType<typeof useT<typeof M>>;
