/**
 * @module The words of the search (`#/search?q=`), in English and Russian: its form, the count of
 * results, the notes on the depositary's part, the exercise's mark, and the example queries offered
 * on an empty page.
 */
import { defineMessages } from '../i18n.tsx';

export const M = defineMessages({
  title: { en: 'Search', ru: 'Поиск' },
  label: { en: 'Search the site', ru: 'Поиск по сайту' },
  placeholder: {
    en: 'quorum, EST 8(3), Germany, DE, withdrawal.noticeDays…',
    ru: 'кворум, EST 8(3), Германия, DE, withdrawal.noticeDays…',
  },
  submit: { en: 'Search', ru: 'Найти' },
  hint: {
    en: 'One search over the provisions of both drafts (by citation or words, in English or Russian), the parameters, the states and organizations (by name or ISO code), the glossary, and the procedures and filings of this depositary. Capitals and accents do not matter, nor ё and е. Try:',
    ru: 'Единый поиск по положениям обоих проектов (по ссылке или по словам, на русском или английском), параметрам, государствам и организациям (по названию или коду ISO), глоссарию, а также по процедурам и обращениям этого депозитария. Регистр и диакритика не важны, ё и е не различаются. Например:',
  },
  'results.one': { en: '{n} result for “{q}”', ru: 'По запросу «{q}» найден {n} результат' },
  'results.few': { en: '{n} results for “{q}”', ru: 'По запросу «{q}» найдено {n} результата' },
  'results.many': { en: '{n} results for “{q}”', ru: 'По запросу «{q}» найдено {n} результатов' },
  'results.other': { en: '{n} results for “{q}”', ru: 'По запросу «{q}» найдено {n} результата' },
  none: { en: 'Nothing matches “{q}”.', ru: 'По запросу «{q}» ничего не найдено.' },
  showAll: { en: 'Show all {n}', ru: 'Показать все ({n})' },
  loading: {
    en: 'Reading the depositary’s procedures and filings…',
    ru: 'Читаем процедуры и обращения депозитария…',
  },
  unreachable: {
    en: 'The depositary’s procedures and filings cannot be read just now; the other results are complete.',
    ru: 'Процедуры и обращения депозитария сейчас прочитать не удаётся; остальные результаты полные.',
  },
  exercise: { en: 'Exercise', ru: 'Учения' },
  exerciseNote: {
    en: 'This depositary runs an exercise: these are invented for training and are not the historical record.',
    ru: 'Этот депозитарий ведёт учения: эти данные вымышлены для учебных целей и не являются историческими документами.',
  },
});

/** Queries offered on an empty page, each a link: a term, a citation, a state named in Russian, a parameter, a Russian word. */
export const EXAMPLES = ['quorum', 'EST 8(3)', 'Германия', 'withdrawal.noticeDays', 'присоединение'];
