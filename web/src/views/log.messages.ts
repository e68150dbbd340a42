/**
 * @module The words of the log explorer (./log.tsx and its parts in ./log/), in English and Russian:
 * the page, the checkpoint, the entries, each step of an entry's verification and each way it can
 * fail, and the whole-log check.
 */
import { defineMessages } from '../i18n.tsx';
import type { PluralForms, useT } from '../i18n.tsx';

/** "3 problems", in the verdict of the whole-log check. */
export const PROBLEMS = {
  en: { one: '{n} problem', other: '{n} problems' },
  ru: { one: '{n} проблема', few: '{n} проблемы', many: '{n} проблем' },
} as const satisfies PluralForms;

/** The log explorer's messages, by key. */
export const M = defineMessages({
  title: { en: 'The log', ru: 'Журнал' },
  intro: {
    en: 'Every filing, accepted or refused, is appended to an append-only Merkle tree (RFC 9162) whose root the {depositary} signs. This page checks those signatures and proofs itself, with your browser’s WebCrypto, so what it shows does not rest on the server’s word.',
    ru: 'Каждое обращение, принятое или отклонённое, добавляется в Меркл-дерево (RFC 9162), из которого ничего нельзя удалить; корень дерева подписывает {depositary}. Эта страница сама проверяет подписи и доказательства средствами WebCrypto вашего браузера, так что показанное не держится на слове сервера.',
  },
  'w.depositary': { en: 'depositary', ru: 'депозитарий' },
  'cp.title': { en: 'The current checkpoint', ru: 'Текущая контрольная точка' },
  'cp.verified': {
    en: '✓ Signature verified in this browser (Ed25519, WebCrypto)',
    ru: '✓ Подпись проверена в этом браузере (Ed25519, WebCrypto)',
  },
  'cp.failed': { en: '✗ The checkpoint does not verify:', ru: '✗ Контрольная точка не проходит проверку:' },
  'cp.origin': { en: 'Origin', ru: 'Журнал (origin)' },
  'cp.size': { en: 'Size', ru: 'Размер' },
  'cp.entries': { en: '{n} entries', ru: 'записей: {n}' },
  'cp.root': { en: 'Root hash', ru: 'Корневой хеш' },
  'cp.signer': { en: 'Signed by', ru: 'Подписано ключом' },
  'cp.key': { en: 'Verifier key', ru: 'Ключ проверки' },
  'cp.key.served': {
    en: 'as the depositary serves it; compare it with the key the depositary publishes, or trust it on this device so that a later change shows',
    ru: 'в том виде, как его отдаёт депозитарий; сверьте его с опубликованным ключом или доверьтесь ему на этом устройстве, чтобы заметить его подмену',
  },
  'cp.key.pinned': { en: 'trusted on this device', ru: 'доверенный на этом устройстве' },
  'cp.key.changed': {
    en: '⚠ The depositary now serves another verifier key ({served}) than the one this device trusts: checks use the trusted one.',
    ru: '⚠ Депозитарий теперь отдаёт другой ключ проверки ({served}), не тот, которому доверяет это устройство: проверки идут по доверенному.',
  },
  'cp.pin': { en: 'Trust this key on this device', ru: 'Доверять этому ключу на этом устройстве' },
  'cp.unpin': { en: 'Forget the trusted key', ru: 'Забыть доверенный ключ' },
  'cp.note': { en: 'The signed note, as received', ru: 'Подписанная запись в полученном виде' },
  'crypto.missing': { en: 'Verification is not possible here:', ru: 'Проверка здесь невозможна:' },
  'entries.title': { en: 'Entries', ru: 'Записи' },
  'entries.note': {
    en: 'Newest first, 50 a page. “Verify” checks an entry against the signed checkpoint in this browser.',
    ru: 'Сначала новые, по 50 на странице. «Проверить» сверяет запись с подписанной контрольной точкой прямо в браузере.',
  },
  'entries.none': { en: 'The log is empty.', ru: 'Журнал пуст.' },
  'entries.range': { en: 'Entries {from}–{to} of {size}', ru: 'Записи {from}–{to} из {size}' },
  'entries.newer': { en: '← Newer', ru: '← Новее' },
  'entries.older': { en: 'Older →', ru: 'Старше →' },
  'entries.pages': { en: 'Pages of entries', ru: 'Страницы записей' },
  'col.index': { en: '#', ru: '№' },
  'col.received': { en: 'Received', ru: 'Получено' },
  'col.filer': { en: 'Filer', ru: 'Подал' },
  'col.act': { en: 'Act', ru: 'Действие' },
  'col.outcome': { en: 'Outcome', ru: 'Исход' },
  'col.verify': { en: 'Verification', ru: 'Проверка' },
  verify: { en: 'Verify', ru: 'Проверить' },
  'verify.label': { en: 'Verify entry {n}', ru: 'Проверить запись {n}' },
  'verify.again': { en: 'Verify again', ru: 'Проверить снова' },
  'verify.hide': { en: 'Hide', ru: 'Скрыть' },
  'verify.running': { en: 'Verifying entry {n}…', ru: 'Проверка записи {n}…' },
  'verify.ok': { en: '✓ Verified', ru: '✓ Проверено' },
  'verify.ok.text': {
    en: 'Entry {n} is in the log the depositary signed at size {size}, exactly as shown here, and its filer signed it.',
    ru: 'Запись {n} входит в журнал, подписанный депозитарием при размере {size}, ровно в показанном виде, и подписана подавшим её.',
  },
  'verify.failed': { en: '✗ FAILED', ru: '✗ НЕ ПРОШЛА ПРОВЕРКУ' },
  'verify.more': { en: 'Also:', ru: 'Кроме того:' },
  'step.checkpoint': { en: 'The signed checkpoint', ru: 'Подписанная контрольная точка' },
  'step.checkpoint.ok': {
    en: 'signature verified with {signer}: size {size}, root',
    ru: 'подпись проверена ключом {signer}: размер {size}, корень',
  },
  'step.checkpoint.bad': {
    en: 'not verified; nothing else can be trusted',
    ru: 'не проверена; остальному верить нельзя',
  },
  'step.leaf': { en: 'The entry and its leaf hash', ru: 'Запись и хеш её листа' },
  'step.leaf.text': {
    en: 'SHA-256(0x00 ‖ leaf), computed here from the {bytes} bytes received:',
    ru: 'SHA-256(0x00 ‖ лист), вычислен здесь по полученным байтам ({bytes}):',
  },
  'step.leaf.show': { en: 'The leaf as received', ru: 'Лист в полученном виде' },
  'step.path': {
    en: 'The inclusion proof, from the leaf up',
    ru: 'Доказательство включения, от листа вверх',
  },
  'step.path.empty': {
    en: 'The tree has one leaf: its hash is the root.',
    ru: 'В дереве один лист: его хеш и есть корень.',
  },
  'path.step': { en: 'Step', ru: 'Шаг' },
  'path.covers': { en: 'Sibling covers', ru: 'Соседнее поддерево' },
  'path.side': { en: 'Side', ru: 'Сторона' },
  'path.sibling': { en: 'Sibling hash (from the proof)', ru: 'Хеш соседа (из доказательства)' },
  'path.result': { en: 'SHA-256(0x01 ‖ left ‖ right)', ru: 'SHA-256(0x01 ‖ левый ‖ правый)' },
  'path.entries': { en: 'entries {from}–{to}', ru: 'записи {from}–{to}' },
  'path.entry': { en: 'entry {from}', ru: 'запись {from}' },
  'path.left': { en: 'left', ru: 'слева' },
  'path.right': { en: 'right', ru: 'справа' },
  'path.recomputed': { en: 'Recomputed root', ru: 'Вычисленный корень' },
  'path.signed': { en: 'Signed root', ru: 'Подписанный корень' },
  'path.match': {
    en: '✓ the same: the entry is in the signed tree',
    ru: '✓ совпадают: запись входит в подписанное дерево',
  },
  'path.differ': { en: '✗ they differ', ru: '✗ не совпадают' },
  'step.filer': { en: 'The filing’s own signature', ru: 'Подпись самого обращения' },
  'step.filer.ok': {
    en: 'verified with the key {keyId} lodged for {party} at entry {at} (that entry checked too: the Depositary’s lodging of this key, signed with its key, in the signed tree)',
    ru: 'проверена ключом {keyId}, зарегистрированным для {party} записью {at} (она тоже проверена: это регистрация именно этого ключа депозитарием, подписанная его ключом и входящая в подписанное дерево)',
  },
  'step.filer.listed': {
    en: 'verified with the key {keyId} listed for {party} (a format 1 entry, written before keys were kept in the log)',
    ru: 'проверена ключом {keyId}, указанным для {party} (запись формата 1, сделанная до того, как ключи стали вноситься в журнал)',
  },
  'step.filer.depositary': {
    en: 'verified with the depositary’s own key {keyId} ({party} files with it)',
    ru: 'проверена собственным ключом депозитария {keyId} (им подписывает {party})',
  },
  'step.filer.bad': {
    en: 'does not verify with key {keyId} of {party}',
    ru: 'не проходит проверку ключом {keyId} ({party})',
  },
  'fail.verifier-key': {
    en: 'the verifier key is not a valid note verifier key',
    ru: 'ключ проверки не является ключом подписанных записей',
  },
  'fail.checkpoint-signature': {
    en: 'the checkpoint signature is invalid ({detail})',
    ru: 'подпись контрольной точки недействительна ({detail})',
  },
  'fail.checkpoint-malformed': {
    en: 'the signed checkpoint is not an origin, a size and a root hash',
    ru: 'подписанная контрольная точка не состоит из origin, размера и корневого хеша',
  },
  'fail.not-signed-yet': {
    en: 'the checkpoint signs {size} entries; this one is not covered yet',
    ru: 'контрольная точка подписывает {size} записей; эта запись ещё не охвачена',
  },
  'fail.entry-missing': { en: 'the server sent no entry {n}', ru: 'сервер не прислал запись {n}' },
  'fail.entry-malformed': { en: 'the entry is malformed ({detail})', ru: 'запись искажена ({detail})' },
  'fail.entry-index': {
    en: 'asked for entry {n}, the server sent entry {claimed}',
    ru: 'запрошена запись {n}, сервер прислал запись {claimed}',
  },
  'fail.proof-malformed': {
    en: 'the proof is malformed ({detail})',
    ru: 'доказательство искажено ({detail})',
  },
  'fail.leaf-mismatch': {
    en: 'the leaf hash does not match: this entry hashes to {leafHash}, but the signed tree holds {treeHolds} for it{witness}. The entry was changed.',
    ru: 'хеш листа не совпадает: эта запись даёт {leafHash}, а подписанное дерево содержит для неё {treeHolds}{witness}. Запись изменена.',
  },
  'fail.witness': {
    en: ' (as the verified proof of entry {w} shows)',
    ru: ' (это видно из проверенного доказательства записи {w})',
  },
  'fail.proof-mismatch': {
    en: 'the proof does not lead to the signed root. The entry is the one the signed tree holds{witness}, so its proof was changed.',
    ru: 'доказательство не ведёт к подписанному корню. Сама запись совпадает с той, что в подписанном дереве{witness}, значит, изменено доказательство.',
  },
  'fail.root-mismatch': {
    en: 'the proof does not lead to the signed root: the entry or its proof was changed',
    ru: 'доказательство не ведёт к подписанному корню: изменена запись или доказательство',
  },
  'fail.filer-key': {
    en: 'no key {keyId} is lodged for {party}',
    ru: 'для {party} не зарегистрирован ключ {keyId}',
  },
  'fail.filer-act': {
    en: '{party} may not file this act ({detail})',
    ru: '{party} не вправе подавать это действие ({detail})',
  },
  'fail.filer-key-late': {
    en: 'key {keyId} of {party} was not lodged in the log before this entry ({lodged})',
    ru: 'ключ {keyId} ({party}) не был зарегистрирован в журнале до этой записи ({lodged})',
  },
  'fail.lodged-at': { en: 'it was lodged at entry {n}', ru: 'он зарегистрирован записью {n}' },
  'fail.lodged-never': {
    en: 'the log names no entry that lodged it',
    ru: 'журнал не называет записи о его регистрации',
  },
  'fail.filer-key-revoked': {
    en: 'key {keyId} of {party} was revoked at entry {n}, before this entry',
    ru: 'ключ {keyId} ({party}) отозван записью {n}, до этой записи',
  },
  'fail.filer-key-entry': {
    en: 'entry {n}, said to lodge key {keyId} of {party}, does not hold up: {fault}',
    ru: 'запись {n}, которой якобы зарегистрирован ключ {keyId} ({party}), не выдерживает проверки: {fault}',
  },
  'fault.missing': { en: 'the server sent no such entry', ru: 'сервер не прислал такой записи' },
  'fault.not-lodging': {
    en: 'it is not the Depositary’s lodging of that key',
    ru: 'это не регистрация этого ключа депозитарием',
  },
  'fault.signature': {
    en: 'it is not signed with the depositary’s key',
    ru: 'она не подписана ключом депозитария',
  },
  'fault.inclusion': {
    en: 'it is not in the signed tree',
    ru: 'её нет в подписанном дереве',
  },
  'fail.filer-signature': {
    en: 'the filing’s signature does not verify with key {keyId} of {party}',
    ru: 'подпись обращения не проходит проверку ключом {keyId} ({party})',
  },
  'fail.crypto': { en: '{detail}', ru: '{detail}' },
  'fail.network': { en: 'the depositary did not answer ({detail})', ru: 'депозитарий не ответил ({detail})' },
  'whole.title': { en: 'The whole log', ru: 'Весь журнал' },
  'whole.note': {
    en: 'Fetches every entry and re-checks it as “est verify” does: signatures with the keys the log lodged, sequence numbers, the engine re-deciding every act, and the signed root over all the leaves.',
    ru: 'Загружает все записи и проверяет их, как «est verify»: подписи по ключам, зарегистрированным в журнале, порядковые номера, повторное решение каждого действия движком и подписанный корень над всеми листьями.',
  },
  'whole.run': { en: 'Verify the whole log', ru: 'Проверить весь журнал' },
  'source.label': { en: 'Read the log through:', ru: 'Читать журнал через:' },
  'source.json': { en: 'JSON API', ru: 'JSON API' },
  'source.tiles': { en: 'tiles (c2sp.org/tlog-tiles)', ru: 'тайлы (c2sp.org/tlog-tiles)' },
  'whole.progress': { en: 'Checked {done} of {total} entries…', ru: 'Проверено {done} из {total} записей…' },
  'whole.ok': {
    en: '✓ The whole log verifies: {size} entries, root {root}.',
    ru: '✓ Весь журнал проходит проверку: записей {size}, корень {root}.',
  },
  'whole.failed': {
    en: '✗ The log does NOT verify: {problems}; the first entry that does not match is {first}.',
    ru: '✗ Журнал НЕ проходит проверку: {problems}; первая несовпадающая запись — {first}.',
  },
  'whole.none': { en: 'none', ru: 'нет' },
  'whole.c.entries': {
    en: 'every entry is a canonical entry, at its index, its receipt time never going back',
    ru: 'каждая запись каноническая, на своём месте, время получения не идёт назад',
  },
  'whole.c.signatures': {
    en: 'every filing’s signature verifies with the key in force for its filer at its index, as the log lodged and revoked it',
    ru: 'подпись каждого обращения проходит проверку ключом, действовавшим для подавшего на момент этой записи, как их регистрировал и отзывал журнал',
  },
  'whole.c.seq': {
    en: 'sequence numbers rise by exactly one per filer; each filer filed only acts it may file',
    ru: 'порядковые номера растут ровно на единицу у каждого подающего; каждый подавал только допустимые для него действия',
  },
  'whole.c.outcome': {
    en: 'the engine, re-deciding every act in order in this browser, reproduces every logged outcome (under the rules each entry names)',
    ru: 'движок, заново решая в этом браузере каждое действие по порядку, воспроизводит каждый записанный исход (по правилам, которые называет запись)',
  },
  'whole.rules': {
    en: 'Rules changes ({n}): entries that the current rules ({current}) decide otherwise than the earlier rules they were decided under. Not an integrity failure: the record is intact, the rules moved on.',
    ru: 'Смена правил (записей: {n}): записи, которые действующие правила ({current}) решают иначе, чем прежние правила, по которым они были решены. Это не нарушение целостности: записи целы, изменились правила.',
  },
  'whole.rules.under': { en: 'decided under {rules}', ru: 'решено по правилам {rules}' },
  'whole.c.root': {
    en: 'the entries make the root signed by the checkpoint of {origin} at size {size}',
    ru: 'записи дают корень, подписанный контрольной точкой {origin} при размере {size}',
  },
  'whole.c.webcrypto': {
    en: 'WebCrypto SHA-256 gives the same leaf hashes and root',
    ru: 'SHA-256 из WebCrypto даёт те же хеши листьев и корень',
  },
  'whole.c.webcrypto.bad': {
    en: 'WebCrypto SHA-256 gives another root: {root}',
    ru: 'SHA-256 из WebCrypto даёт другой корень: {root}',
  },
  'whole.problems': {
    en: 'Problems (their details are in English, as est verify writes them)',
    ru: 'Проблемы (подробности на английском, как их пишет est verify)',
  },
  'whole.log': { en: 'the log', ru: 'журнал' },
  'entry.title': { en: 'Entry {n}', ru: 'Запись {n}' },
  'entry.back': { en: '← All entries', ru: '← Все записи' },
  'entry.none': { en: 'There is no entry {n} in the log yet.', ru: 'Записи {n} в журнале пока нет.' },
  'entry.received': { en: 'Received', ru: 'Получено' },
  'entry.filer': { en: 'Filer', ru: 'Подал' },
  'entry.key': { en: 'Key id, sequence', ru: 'Ключ, порядковый номер' },
  'entry.act': { en: 'Act', ru: 'Действие' },
  'entry.outcome': { en: 'Outcome', ru: 'Исход' },
  'entry.rules': { en: 'Decided under the rules', ru: 'Решено по правилам' },
  'entry.rules.current': { en: '(the current rules)', ru: '(действующие правила)' },
  'entry.verify': { en: 'Verification', ru: 'Проверка' },
  'entry.json': { en: 'The entry as JSON', ru: 'Запись в формате JSON' },
});

/** The translate function of the log explorer, as `useT(M)` returns it. */
export type T = ReturnType<typeof useT<typeof M>>;
