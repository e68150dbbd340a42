/**
 * @module The log explorer (#/log, #/log?page=2, #/log/<index>): the entries, newest first, 50 a page;
 * the current checkpoint, its signature checked here; and "verify" on any entry, which recomputes
 * the leaf hash and checks the inclusion proof against the signed root in this browser (WebCrypto),
 * showing the path. "Verify the whole log" re-checks every entry as `est verify` does, reading the
 * log through the JSON API or through its tiles (c2sp.org/tlog-tiles, ../tiles.ts), as chosen. "Check a
 * receipt" (./receipt.tsx) checks a filer's receipt file against the log as it is now. Served by a
 * mirror, the checkpoint's cosignature by the mirror is checked here too (../mirror.tsx).
 */
import { useState } from 'react';
import type { LogSource } from '../api.ts';
import { api, logSource, setLogSource } from '../api.ts';
import { ErrorMessage, Loading, Show } from '../components.tsx';
import { ed25519Support } from '../crypto.ts';
import { useLoad } from '../data.ts';
import { defineMessages, formatDate, plural, useLanguage, useT } from '../i18n.tsx';
import type { PluralForms } from '../i18n.tsx';
import type { EntryVerification, Failure, Sources } from '../inclusion.ts';
import { openCheckpoint, verifyEntry } from '../inclusion.ts';
import type { LedgerItem } from '../ledger.ts';
import { useLedger } from '../ledger.ts';
import { useLive } from '../live.tsx';
import { MirrorCosignature } from '../mirror.tsx';
import { href, useRoute } from '../router.ts';
import type { WholeLogResult } from '../whole-log.ts';
import { verifyWholeLog } from '../whole-log.ts';
import { RULES } from '../../../src/log/rules.ts';
import { Term } from '../term.tsx';
import {
  ActSummary,
  Consequences,
  OutcomeBadge,
  PartyLink,
  RulesChangeMark,
  fillNodes,
} from './entry-parts.tsx';
import { ReceiptPanel } from './receipt.tsx';
import { WitnessedAt, WitnessPanel } from './witnesses.tsx';

const PROBLEMS = {
  en: { one: '{n} problem', other: '{n} problems' },
  ru: { one: '{n} проблема', few: '{n} проблемы', many: '{n} проблем' },
} as const satisfies PluralForms;

const M = defineMessages({
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
  halted: {
    en: 'Entries are not re-decided in this browser{from}: {reason}',
    ru: 'Записи не решаются заново в этом браузере{from}: {reason}',
  },
  'halted.from': { en: ' from entry {n} on', ru: ', начиная с записи {n}' },
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

type T = ReturnType<typeof useT<typeof M>>;

const PAGE = 50;
const PIN_KEY = 'est.trustedVerifierKey';

const SOURCES: Sources = {
  checkpoint: api.checkpoint,
  entries: api.entries,
  inclusionProof: api.inclusionProof,
  keys: api.keys,
};

/** The key checkpoints are checked with: the one this device trusts, else the one the server serves. */
function useTrustedKey() {
  const served = useLoad(() => api.verifierKey().then((k) => k.trim()), []);
  const [pinned, setPinned] = useState<string | null>(() => window.localStorage.getItem(PIN_KEY));
  const pin = (key: string | null) => {
    if (key === null) window.localStorage.removeItem(PIN_KEY);
    else window.localStorage.setItem(PIN_KEY, key);
    setPinned(key);
  };
  const servedKey = served.state === 'ok' ? served.value : null;
  return { served, servedKey, pinned, trusted: pinned ?? servedKey, pin };
}

type Trust = ReturnType<typeof useTrustedKey>;

const utcTime = (iso: string) => `${iso.slice(11, 19)} UTC`;

function Received({ iso }: { readonly iso: string }) {
  const { lang } = useLanguage();
  return (
    <time dateTime={iso}>
      {formatDate(iso, lang)}
      <br />
      <span className="muted">{utcTime(iso)}</span>
    </time>
  );
}

function failureText(t: T, f: Failure, v: EntryVerification): string {
  const witness = (w: number | null) => (w === null ? '' : t('fail.witness', { w }));
  switch (f.code) {
    case 'checkpoint-signature':
    case 'entry-malformed':
    case 'proof-malformed':
    case 'crypto':
    case 'network':
      return t(`fail.${f.code}`, { detail: f.detail });
    case 'not-signed-yet':
      return t('fail.not-signed-yet', { size: f.size });
    case 'entry-missing':
      return t('fail.entry-missing', { n: v.index });
    case 'entry-index':
      return t('fail.entry-index', { n: v.index, claimed: f.claimed });
    case 'leaf-mismatch':
      return t('fail.leaf-mismatch', {
        leafHash: v.leafHash ?? '?',
        treeHolds: f.treeHolds,
        witness: witness(f.witness),
      });
    case 'proof-mismatch':
      return t('fail.proof-mismatch', { witness: witness(f.witness) });
    case 'filer-key':
    case 'filer-signature':
      return t(`fail.${f.code}`, { keyId: f.keyId, party: f.party });
    case 'filer-act':
      return t('fail.filer-act', { party: f.party, detail: f.detail });
    case 'filer-key-late':
      return t('fail.filer-key-late', {
        keyId: f.keyId,
        party: f.party,
        lodged: f.lodgedIndex === null ? t('fail.lodged-never') : t('fail.lodged-at', { n: f.lodgedIndex }),
      });
    case 'filer-key-revoked':
      return t('fail.filer-key-revoked', { keyId: f.keyId, party: f.party, n: f.revokedIndex });
    case 'filer-key-entry':
      return t('fail.filer-key-entry', {
        keyId: f.keyId,
        party: f.party,
        n: f.lodgedIndex,
        fault: t(`fault.${f.fault}`),
      });
    default:
      return t(`fail.${f.code}`);
  }
}

function filerKeyText(t: T, filer: NonNullable<EntryVerification['filer']>): string {
  const { keyId, party, source } = filer;
  if (source === 'depositary') return t('step.filer.depositary', { keyId, party });
  if (source === 'listed' || source === null) return t('step.filer.listed', { keyId, party });
  return t('step.filer.ok', { keyId, party, at: source.lodgedIndex });
}

function Hash({ value }: { readonly value: string }) {
  return <code className="hash">{value}</code>;
}

/** The result of verifying one entry: the verdict, then each step and the path. */
function VerificationResult({ v, t }: { readonly v: EntryVerification; readonly t: T }) {
  const first = v.failures[0];
  const cp = v.checkpoint;
  return (
    <div className="verification">
      <div
        className={`verdict ${v.ok ? 'verified' : 'failed'}`}
        role="status"
        data-verdict={v.ok ? 'verified' : 'failed'}
        data-failure={first?.code}
      >
        {v.ok ? (
          <>
            <strong>{t('verify.ok')}</strong> {t('verify.ok.text', { n: v.index, size: cp?.size ?? '?' })}
          </>
        ) : (
          <>
            <strong>{t('verify.failed')}</strong> {first ? failureText(t, first, v) : ''}
          </>
        )}
      </div>
      {v.failures.length > 1 && (
        <div>
          {t('verify.more')}
          <ul>
            {v.failures.slice(1).map((f, i) => (
              <li key={i}>{failureText(t, f, v)}</li>
            ))}
          </ul>
        </div>
      )}
      <ol className="steps">
        <li>
          <strong>{t('step.checkpoint')}</strong>:{' '}
          {cp ? (
            <span>
              <span className="ok">✓</span> {t('step.checkpoint.ok', { signer: cp.signer, size: cp.size })}{' '}
              <Hash value={cp.root} />
            </span>
          ) : (
            <span className="bad">✗ {t('step.checkpoint.bad')}</span>
          )}
        </li>
        {v.leaf !== null && (
          <li>
            <strong>{t('step.leaf')}</strong>:{' '}
            {t('step.leaf.text', { bytes: new TextEncoder().encode(v.leaf).length })}{' '}
            <Hash value={v.leafHash ?? ''} />
            <details>
              <summary>{t('step.leaf.show')}</summary>
              <pre>{v.leaf}</pre>
            </details>
          </li>
        )}
        {v.recomputedRoot !== null && cp && (
          <li>
            <strong>{t('step.path')}</strong>
            {v.path.length === 0 ? (
              <p>{t('step.path.empty')}</p>
            ) : (
              <div style={{ overflowX: 'auto' }}>
                <table className="path">
                  <thead>
                    <tr>
                      <th scope="col">{t('path.step')}</th>
                      <th scope="col">{t('path.covers')}</th>
                      <th scope="col">{t('path.side')}</th>
                      <th scope="col">{t('path.sibling')}</th>
                      <th scope="col">{t('path.result')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {v.path.map((s, i) => (
                      <tr key={i} data-side={s.side}>
                        <td>{i + 1}</td>
                        <td>
                          {s.covers[1] - s.covers[0] === 1
                            ? t('path.entry', { from: s.covers[0] })
                            : t('path.entries', { from: s.covers[0], to: s.covers[1] - 1 })}
                        </td>
                        <td>{s.side === 'left' ? t('path.left') : t('path.right')}</td>
                        <td>
                          <Hash value={s.sibling} />
                        </td>
                        <td>
                          <Hash value={s.result} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <dl>
              <dt>{t('path.recomputed')}</dt>
              <dd>
                <Hash value={v.recomputedRoot} />
              </dd>
              <dt>{t('path.signed')}</dt>
              <dd>
                <Hash value={cp.root} />
              </dd>
            </dl>
            {v.included ? (
              <span className="ok">{t('path.match')}</span>
            ) : (
              <span className="bad">{t('path.differ')}</span>
            )}
          </li>
        )}
        {v.filer && (
          <li>
            <strong>{t('step.filer')}</strong>:{' '}
            {v.filer.ok ? (
              <span>
                <span className="ok">✓</span> {filerKeyText(t, v.filer)}
              </span>
            ) : (
              <span className="bad">
                ✗ {t('step.filer.bad', { keyId: v.filer.keyId, party: v.filer.party })}
              </span>
            )}
          </li>
        )}
      </ol>
    </div>
  );
}

type VerifyState =
  | { readonly s: 'idle' }
  | { readonly s: 'running' }
  | { readonly s: 'done'; readonly v: EntryVerification }
  | { readonly s: 'error'; readonly e: Error };

/** The verification of one entry, run on demand. */
function useVerification(index: number, trusted: string | null) {
  const [state, setState] = useState<VerifyState>({ s: 'idle' });
  const run = () => {
    if (trusted === null) return;
    setState({ s: 'running' });
    verifyEntry(SOURCES, index, trusted).then(
      (v) => setState({ s: 'done', v }),
      (e: unknown) => setState({ s: 'error', e: e instanceof Error ? e : new Error(String(e)) }),
    );
  };
  return { state, run, ready: trusted !== null };
}

/** The verify button and the verification of one entry. */
function Verify({
  index,
  verification,
  onHide,
}: {
  readonly index: number;
  readonly verification: ReturnType<typeof useVerification>;
  readonly onHide?: () => void;
}) {
  const t = useT(M);
  const { state, run, ready } = verification;
  return (
    <div className="verify-panel" data-verify-panel={index}>
      <p>
        <button type="button" onClick={run} disabled={!ready || state.s === 'running'}>
          {state.s === 'idle' ? t('verify.label', { n: index }) : t('verify.again')}
        </button>{' '}
        {onHide && (
          <button type="button" onClick={onHide}>
            {t('verify.hide')}
          </button>
        )}
      </p>
      <div aria-live="polite">
        {state.s === 'running' && (
          <div className="verdict pending" role="status">
            {t('verify.running', { n: index })}
          </div>
        )}
        {state.s === 'done' && <VerificationResult v={state.v} t={t} />}
      </div>
      {state.s === 'error' && <ErrorMessage error={state.e} retry={run} />}
    </div>
  );
}

/** The current checkpoint, opened here with the trusted key. */
function CheckpointPanel({ trust }: { readonly trust: Trust }) {
  const t = useT(M);
  const live = useLive();
  const support = useLoad(ed25519Support, []);
  const checked = useLoad(async () => {
    const note = await api.checkpoint();
    if (trust.trusted === null) return { note, opened: null };
    return { note, opened: await openCheckpoint(note, trust.trusted) };
  }, [live.size, trust.trusted]);
  return (
    <section className="checkpoint" aria-labelledby="cp-title">
      <h2 id="cp-title">{t('cp.title')}</h2>
      {support.state === 'ok' && !support.value.ok && (
        <div className="error" role="alert">
          {t('crypto.missing')} {support.value.reason}
        </div>
      )}
      <Show loaded={checked}>
        {({ note, opened }) => (
          <>
            {opened !== null &&
              (opened.ok ? (
                <div className="verdict verified" role="status" data-checkpoint="verified">
                  <strong>{t('cp.verified')}</strong>
                </div>
              ) : (
                <div className="verdict failed" role="status" data-checkpoint="failed">
                  <strong>{t('cp.failed')}</strong>{' '}
                  {opened.failure.code === 'checkpoint-signature'
                    ? t('fail.checkpoint-signature', { detail: opened.failure.detail })
                    : t(`fail.${opened.failure.code}`)}
                </div>
              ))}
            <MirrorCosignature note={note} />
            <dl>
              {opened?.ok && (
                <>
                  <dt>{t('cp.origin')}</dt>
                  <dd>
                    <code>{opened.checkpoint.origin}</code>
                  </dd>
                  <dt>{t('cp.size')}</dt>
                  <dd data-size={opened.checkpoint.size}>{t('cp.entries', { n: opened.checkpoint.size })}</dd>
                  <dt>{t('cp.root')}</dt>
                  <dd>
                    <Hash value={opened.checkpoint.root} />
                  </dd>
                  <dt>{t('cp.signer')}</dt>
                  <dd>
                    <code>{opened.checkpoint.signer}</code>
                  </dd>
                </>
              )}
              <dt>{t('cp.key')}</dt>
              <dd>
                <Hash value={trust.trusted ?? '?'} />{' '}
                <span className="muted">
                  ({trust.pinned === null ? t('cp.key.served') : t('cp.key.pinned')})
                </span>
              </dd>
            </dl>
            {trust.pinned !== null && trust.servedKey !== null && trust.pinned !== trust.servedKey && (
              <p className="error" role="alert">
                {t('cp.key.changed', { served: trust.servedKey })}
              </p>
            )}
            <p>
              {trust.pinned === null ? (
                <button
                  type="button"
                  disabled={trust.servedKey === null}
                  onClick={() => trust.pin(trust.servedKey)}
                >
                  {t('cp.pin')}
                </button>
              ) : (
                <button type="button" onClick={() => trust.pin(null)}>
                  {t('cp.unpin')}
                </button>
              )}
            </p>
            <details>
              <summary>{t('cp.note')}</summary>
              <pre>{note}</pre>
            </details>
          </>
        )}
      </Show>
      {trust.served.state === 'error' && (
        <ErrorMessage error={trust.served.error} retry={trust.served.reload} />
      )}
    </section>
  );
}

/** "Verify the whole log". */
function WholeLog({
  trusted,
  settings,
}: {
  readonly trusted: string | null;
  readonly settings: LedgerSettings;
}) {
  const t = useT(M);
  const [state, setState] = useState<
    | { s: 'idle' }
    | { s: 'running'; done: number; total: number }
    | { s: 'done'; r: WholeLogResult }
    | { s: 'error'; e: Error }
  >({ s: 'idle' });
  const [source, setSource] = useState<LogSource>(logSource);
  const run = () => {
    if (trusted === null) return;
    setState({ s: 'running', done: 0, total: 0 });
    verifyWholeLog(SOURCES, {
      verifierKey: trusted,
      treaty: settings.treaty,
      parameters: settings.parameters,
      onProgress: (done, total) => setState({ s: 'running', done, total }),
    }).then(
      (r) => setState({ s: 'done', r }),
      (e: unknown) => setState({ s: 'error', e: e instanceof Error ? e : new Error(String(e)) }),
    );
  };
  return (
    <section aria-labelledby="whole-title">
      <h2 id="whole-title">{t('whole.title')}</h2>
      <p className="muted">{t('whole.note')}</p>
      <fieldset className="log-source" data-source={source}>
        <legend>{t('source.label')}</legend>
        {(['json', 'tiles'] as const).map((s) => (
          <label key={s}>
            <input
              type="radio"
              name="log-source"
              value={s}
              checked={source === s}
              disabled={state.s === 'running'}
              onChange={() => {
                // Every read of the log goes through the choice (../api.ts); the check runs again.
                setLogSource(s);
                setSource(s);
                run();
              }}
            />{' '}
            {t(`source.${s}`)}
          </label>
        ))}
      </fieldset>
      <button type="button" onClick={run} disabled={trusted === null || state.s === 'running'}>
        {t('whole.run')}
      </button>
      <div aria-live="polite">
        {state.s === 'running' && (
          <p className="verdict pending" role="status">
            {t('whole.progress', { done: state.done, total: state.total })}
          </p>
        )}
        {state.s === 'error' && <ErrorMessage error={state.e} retry={run} />}
        {state.s === 'done' && <WholeLogReport r={state.r} t={t} />}
      </div>
    </section>
  );
}

function WholeLogReport({ r, t }: { readonly r: WholeLogResult; readonly t: T }) {
  const { lang } = useLanguage();
  const { result } = r;
  const ok = result.ok && r.webCryptoAgrees;
  const checks = result.problems.map((p) => p.check);
  const has = (...names: string[]) => checks.some((c) => names.includes(c));
  const line = (good: boolean, text: string) => (
    <li>
      {good ? <span className="ok">✓</span> : <span className="bad">✗</span>} {text}
    </li>
  );
  return (
    <div className="verification">
      <div
        className={`verdict ${ok ? 'verified' : 'failed'}`}
        role="status"
        data-whole={ok ? 'verified' : 'failed'}
      >
        <strong>
          {ok
            ? t('whole.ok', { size: result.size, root: result.root })
            : t('whole.failed', {
                problems: plural(result.problems.length + result.omitted, lang, PROBLEMS),
                first: result.firstBad === null ? t('whole.log') : `#${result.firstBad}`,
              })}
        </strong>
      </div>
      <ul className="checks">
        {line(!has('entry', 'index', 'receivedAt'), t('whole.c.entries'))}
        {line(!has('key', 'signature', 'keys', 'verifierKey'), t('whole.c.signatures'))}
        {line(!has('seq', 'filer'), t('whole.c.seq'))}
        {line(!has('act', 'outcome', 'settings', 'rules'), t('whole.c.outcome'))}
        {line(
          !has('checkpoint', 'size', 'root') && result.checkpoint !== null,
          t('whole.c.root', {
            origin: result.checkpoint?.origin ?? '?',
            size: result.checkpoint?.size ?? '?',
          }),
        )}
        {line(
          r.webCryptoAgrees,
          r.webCryptoAgrees ? t('whole.c.webcrypto') : t('whole.c.webcrypto.bad', { root: r.webCryptoRoot }),
        )}
      </ul>
      {result.rulesChanges.length > 0 && (
        <div className="rules-changes" data-rules-changes={result.rulesChanges.length}>
          <p>{t('whole.rules', { current: RULES, n: result.rulesChanges.length })}</p>
          <ul>
            {result.rulesChanges.map((c) => (
              <li key={c.index} data-rules-change-found={c.index}>
                <a href={href('log', String(c.index))}>#{c.index}</a>{' '}
                {t('whole.rules.under', { rules: c.rules })}: <RulesChangeMark change={c} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {result.problems.length > 0 && (
        <>
          <h3>{t('whole.problems')}</h3>
          <ul className="problems">
            {result.problems.map((p, i) => (
              <li key={i}>
                {p.index === null ? t('whole.log') : <a href={href('log', String(p.index))}>#{p.index}</a>}{' '}
                <code>{p.check}</code>: <span lang="en">{p.detail}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

type LedgerSettings = { readonly treaty: string; readonly parameters: Readonly<Record<string, unknown>> };

function EntryRow({ item, trusted }: { readonly item: LedgerItem; readonly trusted: string | null }) {
  const t = useT(M);
  const [open, setOpen] = useState(false);
  const verification = useVerification(item.index, trusted);
  const toggle = () => {
    if (!open && verification.state.s === 'idle') verification.run();
    setOpen(!open);
  };
  const entry = item.entry;
  return (
    <>
      <tr data-index={item.index}>
        <td>
          <a href={href('log', String(item.index))}>{item.index}</a>
        </td>
        <td>{entry ? <Received iso={entry.receivedAt} /> : '?'}</td>
        <td>
          <PartyLink id={item.filer} />
        </td>
        <td>
          <ActSummary item={item} />
        </td>
        <td>
          <OutcomeBadge item={item} full />
        </td>
        <td className="actions">
          <button
            type="button"
            aria-expanded={open}
            aria-label={t('verify.label', { n: item.index })}
            onClick={toggle}
          >
            {t('verify')}
          </button>
        </td>
      </tr>
      {open && (
        <tr className="verify-row" data-verify-for={item.index}>
          <td colSpan={6}>
            <Verify index={item.index} verification={verification} onHide={() => setOpen(false)} />
          </td>
        </tr>
      )}
    </>
  );
}

function EntriesList({
  items,
  page,
  trusted,
}: {
  readonly items: readonly LedgerItem[];
  readonly page: number;
  readonly trusted: string | null;
}) {
  const t = useT(M);
  const size = items.length;
  const pages = Math.max(1, Math.ceil(size / PAGE));
  const p = Math.min(Math.max(1, page), pages);
  const top = size - 1 - (p - 1) * PAGE;
  const bottom = Math.max(0, top - PAGE + 1);
  const shown = size === 0 ? [] : items.slice(bottom, top + 1).reverse();
  const pageHref = (n: number) => `${href('log')}${n === 1 ? '' : `?page=${n}`}`;
  const pager = (
    <nav className="pager" aria-label={t('entries.pages')}>
      {p > 1 ? (
        <a href={pageHref(p - 1)}>{t('entries.newer')}</a>
      ) : (
        <span className="muted">{t('entries.newer')}</span>
      )}
      <span>{size === 0 ? '' : t('entries.range', { from: top, to: bottom, size })}</span>
      {p < pages ? (
        <a href={pageHref(p + 1)}>{t('entries.older')}</a>
      ) : (
        <span className="muted">{t('entries.older')}</span>
      )}
    </nav>
  );
  return (
    <section aria-labelledby="entries-title">
      <h2 id="entries-title">{t('entries.title')}</h2>
      <p className="muted">{t('entries.note')}</p>
      {size === 0 ? (
        <p>{t('entries.none')}</p>
      ) : (
        <>
          {pager}
          <div style={{ overflowX: 'auto' }}>
            <table className="entries-table">
              <thead>
                <tr>
                  <th scope="col">{t('col.index')}</th>
                  <th scope="col">{t('col.received')}</th>
                  <th scope="col">{t('col.filer')}</th>
                  <th scope="col">{t('col.act')}</th>
                  <th scope="col">{t('col.outcome')}</th>
                  <th scope="col">{t('col.verify')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((item) => (
                  <EntryRow key={item.index} item={item} trusted={trusted} />
                ))}
              </tbody>
            </table>
          </div>
          {pager}
        </>
      )}
    </section>
  );
}

function EntryPage({ index, trust }: { readonly index: number; readonly trust: Trust }) {
  const t = useT(M);
  const ledger = useLedger();
  const verification = useVerification(index, trust.trusted);
  return (
    <>
      <p>
        <a href={href('log')}>{t('entry.back')}</a>
      </p>
      <h1>{t('entry.title', { n: index })}</h1>
      <Show loaded={ledger}>
        {({ items }) => {
          const item = items[index];
          if (item === undefined) return <p>{t('entry.none', { n: index })}</p>;
          const entry = item.entry;
          const page = Math.floor((items.length - 1 - index) / PAGE) + 1;
          return (
            <div className="entry-detail">
              <dl>
                <dt>{t('entry.received')}</dt>
                <dd>{entry ? <Received iso={entry.receivedAt} /> : '?'}</dd>
                <WitnessedAt index={index} />
                <dt>{t('entry.filer')}</dt>
                <dd>
                  <PartyLink id={item.filer} /> <code>{item.filer}</code>
                </dd>
                {entry && (
                  <>
                    <dt>{t('entry.key')}</dt>
                    <dd>
                      <code>{entry.envelope.keyId}</code>, {entry.envelope.seq}
                    </dd>
                  </>
                )}
                <dt>{t('entry.act')}</dt>
                <dd>
                  <ActSummary item={item} />
                  <Consequences item={item} />
                </dd>
                <dt>{t('entry.outcome')}</dt>
                <dd>
                  <OutcomeBadge item={item} full />
                </dd>
                <dt>{t('entry.rules')}</dt>
                <dd data-entry-rules={item.rules}>
                  <code>{item.rules}</code>
                  {item.rules === RULES && <> {t('entry.rules.current')}</>}
                </dd>
              </dl>
              <details>
                <summary>{t('entry.json')}</summary>
                <pre>{JSON.stringify(entry ?? item.leaf, null, 2)}</pre>
              </details>
              <h2>{t('entry.verify')}</h2>
              <Verify index={index} verification={verification} />
              <p>
                <a href={`${href('log')}${page === 1 ? '' : `?page=${page}`}`}>{t('entry.back')}</a>
              </p>
            </div>
          );
        }}
      </Show>
    </>
  );
}

export function LogView({ index }: { readonly index: number | null }) {
  const t = useT(M);
  const route = useRoute();
  const trust = useTrustedKey();
  const ledger = useLedger();
  if (index !== null) {
    if (!Number.isSafeInteger(index) || index < 0) return <h1>{t('entry.none', { n: String(index) })}</h1>;
    return <EntryPage index={index} trust={trust} />;
  }
  const page = Number(route.query.get('page') ?? '1');
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="intro">
        {fillNodes(t('intro'), { depositary: <Term id="depositary">{t('w.depositary')}</Term> })}
      </p>
      <CheckpointPanel trust={trust} />
      <WitnessPanel trusted={trust.trusted} />
      {ledger.state === 'ok' ? <WholeLog trusted={trust.trusted} settings={ledger.value.settings} /> : null}
      <ReceiptPanel trusted={trust.trusted} />
      {ledger.state === 'ok' && ledger.value.halted !== null && (
        <p className="error" role="alert" data-halted={ledger.value.halted.index ?? ''}>
          {t('halted', {
            from:
              ledger.value.halted.index === null ? '' : t('halted.from', { n: ledger.value.halted.index }),
            reason: ledger.value.halted.reason,
          })}
        </p>
      )}
      {ledger.state === 'loading' && <Loading />}
      {ledger.state === 'error' && <ErrorMessage error={ledger.error} retry={ledger.reload} />}
      {ledger.state === 'ok' && (
        <EntriesList
          items={ledger.value.items}
          page={Number.isFinite(page) ? page : 1}
          trusted={trust.trusted}
        />
      )}
    </>
  );
}
