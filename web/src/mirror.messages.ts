/**
 * @module The words of the mirror's banner and of its cosignature on the log view, in English and
 * Russian: whose copy this is, what it holds, the depositary's silence, and why a cosignature fails.
 */
import { defineMessages } from './i18n.tsx';

export const M = defineMessages({
  label: { en: 'Served by a mirror', ru: 'Страница зеркала' },
  banner: {
    en: 'Mirror of {from}: a copy of the record kept and checked by {name}; it takes no filings.',
    ru: 'Зеркало {from}: копия записей, которую хранит и проверяет {name}; обращения здесь не принимаются.',
  },
  held: {
    en: 'Held: {size} entries, cosigned {cosigned}.',
    ru: 'Хранится записей: {size}, заверено: {cosigned}.',
  },
  'held.none': {
    en: 'Held: {size} entries, none cosigned yet.',
    ru: 'Хранится записей: {size}, заверенных пока нет.',
  },
  evidence: {
    en: '⚠ {n} checkpoint(s) of the log refused: see {link}',
    ru: '⚠ Отклонено контрольных точек журнала: {n}; см. {link}',
  },
  down: {
    en: '⚠ The depositary is not answering now: last copy at {time}.',
    ru: '⚠ Депозитарий сейчас не отвечает: последняя копия снята {time}.',
  },
  'down.never': {
    en: '⚠ The depositary is not answering now: no copy made since this mirror started; it serves the copy it holds.',
    ru: '⚠ Депозитарий сейчас не отвечает: с запуска зеркала копий не было; показана хранящаяся копия.',
  },
  halted: {
    en: '⚠ This mirror has stopped following the log: {reason}. Last copy at {time}.',
    ru: '⚠ Зеркало перестало следовать за журналом: {reason}. Последняя копия снята {time}.',
  },
  never: { en: 'never', ru: 'никогда' },
  'cs.ok': {
    en: '✓ Cosigned by the mirror {name} at {time}: its cosignature verified in this browser (c2sp.org/tlog-cosignature, Ed25519, WebCrypto), with the mirror key it serves. The mirror holds every entry of this checkpoint.',
    ru: '✓ Заверено зеркалом {name} ({time}): его подпись проверена в этом браузере (c2sp.org/tlog-cosignature, Ed25519, WebCrypto) ключом, который отдаёт зеркало. Зеркало хранит каждую запись этой контрольной точки.',
  },
  'cs.failed': {
    en: '✗ The mirror’s cosignature does NOT verify: {reason}',
    ru: '✗ Подпись зеркала НЕ проходит проверку: {reason}',
  },
  'cs.key': {
    en: 'the mirror key it serves is not a cosigner key ({key})',
    ru: 'ключ, который отдаёт зеркало, не является ключом заверителя ({key})',
  },
  'cs.note': {
    en: 'the checkpoint is not a signed note',
    ru: 'контрольная точка не является подписанной записью',
  },
  'cs.absent': {
    en: 'the checkpoint bears no cosignature by {name}',
    ru: 'на контрольной точке нет подписи {name}',
  },
  'cs.invalid': { en: 'its signature is not valid ({detail})', ru: 'подпись недействительна ({detail})' },
});
