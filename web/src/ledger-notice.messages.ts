/** @module The words of the ledger's notices (web/src/ledger-notice.tsx), in English and Russian. */
import { defineMessages } from './i18n.tsx';

export const LEDGER_NOTICE = defineMessages({
  halted: {
    en: 'Entries are not re-decided in this browser{from}: {reason}',
    ru: 'Записи не решаются заново в этом браузере{from}: {reason}',
  },
  'halted.from': { en: ' from entry {n} on', ru: ', начиная с записи {n}' },
  behind: {
    en: 'The log has grown to {size} entries, but the newest could not be fetched ({reason}); this view shows the first {have} and tries again.',
    ru: 'Журнал вырос до {size} записей, но новые получить не удалось ({reason}); здесь показаны первые {have}, попытка будет повторена.',
  },
});
