/**
 * @module English and Russian throughout: the UI's own messages live here; the treaty's texts, the
 * party names and the engine's reasons come in both languages from src/treaty and src/engine.
 */
import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { Language } from '../../src/treaty/common.ts';

export type { Language };

/** Every message of the UI shell, in both languages; views add their own with {@link defineMessages}. */
const SHELL = {
  title: { en: 'European Security Treaty', ru: 'Договор о европейской безопасности' },
  tagline: {
    en: 'The 2009 draft, executable: who is bound, what was decided, and a log anyone can verify',
    ru: 'Проект 2009 года в действии: кто связан, что решено, и журнал, который может проверить каждый',
  },
  'nav.map': { en: 'Map', ru: 'Карта' },
  'nav.timeline': { en: 'Timeline', ru: 'Хронология' },
  'nav.treaty': { en: 'Treaty text', ru: 'Текст договора' },
  'nav.log': { en: 'Log', ru: 'Журнал' },
  'nav.playground': { en: 'Playground', ru: 'Песочница' },
  'nav.analysis': { en: 'Analysis', ru: 'Анализ' },
  'nav.history': { en: 'History', ru: 'История' },
  'nav.glossary': { en: 'Glossary', ru: 'Глоссарий' },
  'nav.label': { en: 'Views', ru: 'Разделы' },
  'lang.switch': { en: 'Русский', ru: 'English' },
  skip: { en: 'Skip to content', ru: 'Перейти к содержанию' },
  'lang.label': { en: 'Switch the language to Russian', ru: 'Переключить язык на английский' },
  'live.on': { en: 'Live', ru: 'В эфире' },
  'live.off': { en: 'Offline', ru: 'Нет связи' },
  'live.label': { en: 'Connection to the depositary', ru: 'Связь с депозитарием' },
  // In an exercise the badge must not read as a live record.
  'live.exercise.on': { en: 'Live exercise', ru: 'Учения: в эфире' },
  'live.exercise.off': { en: 'Exercise: offline', ru: 'Учения: нет связи' },
  'copy.button': { en: 'Copy link', ru: 'Копировать ссылку' },
  'copy.done': { en: 'Link copied', ru: 'Ссылка скопирована' },
  'copy.manual': { en: 'Copy this link:', ru: 'Скопируйте ссылку:' },
  'search.label': { en: 'Search', ru: 'Поиск' },
  'search.placeholder': { en: 'Provisions, parties, filings…', ru: 'Статьи, участники, обращения…' },
  'search.submit': { en: 'Find', ru: 'Найти' },
  // The page's title (document.title): "<view> — <title>", after "Exercise · " in an exercise.
  'page.exercise': { en: 'Exercise · ', ru: 'Учения · ' },
  'page.map': { en: 'Map', ru: 'Карта' },
  'page.timeline': { en: 'Timeline', ru: 'Хронология' },
  'page.procedures': { en: 'Procedure', ru: 'Процедура' },
  'page.treaty': { en: 'Treaty text', ru: 'Текст договора' },
  'page.log': { en: 'Log', ru: 'Журнал' },
  'page.playground': { en: 'Playground', ru: 'Песочница' },
  'page.analysis': { en: 'Analysis', ru: 'Анализ' },
  'page.history': { en: 'Where the treaty stands', ru: 'Где сейчас договор' },
  'page.glossary': { en: 'Glossary', ru: 'Глоссарий' },
  'page.search': { en: 'Search', ru: 'Поиск' },
  'error.unreachable': {
    en: 'The depositary cannot be reached. The page will try again; the treaty text and the playground work without it.',
    ru: 'Депозитарий недоступен. Страница попробует снова; текст договора и песочница работают и без него.',
  },
  'error.generic': { en: 'Something went wrong:', ru: 'Что-то пошло не так:' },
  'error.retry': { en: 'Try again', ru: 'Повторить' },
  loading: { en: 'Loading…', ru: 'Загрузка…' },
  'notfound.title': { en: 'No such page', ru: 'Такой страницы нет' },
  'footer.api': { en: 'API', ru: 'API' },
  'footer.verifier': { en: 'Checkpoints are signed by', ru: 'Контрольные точки подписаны ключом' },
} as const;

export type Messages = Readonly<Record<string, { readonly en: string; readonly ru: string }>>;

/** Declares a view's messages; the type keeps their keys checked. */
export function defineMessages<const M extends Messages>(m: M): M {
  return m;
}

const LanguageContext = createContext<{ lang: Language; setLang: (l: Language) => void }>({
  lang: 'en',
  setLang: () => undefined,
});

const STORAGE_KEY = 'est.lang';

const asLanguage = (v: string | null): Language | null => (v === 'en' || v === 'ru' ? v : null);

/**
 * The language a link asks for with `?lang=en|ru` in its hash (`#/map?lang=ru`), if any: the form
 * of older links, and of a view's own link to itself. The shell moves it before the hash.
 */
export function linkLanguage(hash: string): Language | null {
  return asLanguage(new URLSearchParams(hash.split('?')[1] ?? '').get('lang'));
}

/** The language the address gives before its hash (`/?lang=ru#/map`), if any. */
function addressLanguage(): Language | null {
  return asLanguage(new URLSearchParams(window.location.search).get('lang'));
}

function initialLanguage(): Language {
  // A link's language wins from the first paint: in the hash (the more specific), else before it.
  const linked = linkLanguage(window.location.hash) ?? addressLanguage();
  if (linked !== null) return linked;
  const stored = window.localStorage.getItem(STORAGE_KEY);
  if (stored === 'en' || stored === 'ru') return stored;
  return navigator.language.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

/**
 * Writes `lang` into the address, before the hash (`/?lang=ru#/map?date=...`), and takes it out of
 * the hash; replaces the history entry. The views' links are hashes only (router.ts `href`), so
 * they keep it, and a copied address always carries the language.
 */
function keepLanguageInAddress(lang: Language): void {
  const url = new URL(window.location.href);
  url.searchParams.set('lang', lang);
  const [path = '', search] = url.hash.split('?', 2);
  const inHash = new URLSearchParams(search ?? '');
  const hashChanged = inHash.has('lang');
  if (hashChanged) {
    inHash.delete('lang');
    const rest = inHash.toString();
    url.hash = rest === '' ? path : `${path}?${rest}`;
  }
  if (url.href === window.location.href) return;
  window.history.replaceState(window.history.state, '', url.href);
  // The router re-reads the hash it no longer has `lang` in.
  if (hashChanged) window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/**
 * The reader's language: from a link (`/?lang=ru`, or `#/view?lang=ru`), else as last chosen on
 * this device, else the browser's; kept in the address as `?lang=` before the hash. A link followed
 * within the page (`#/x?lang=ru`) switches it; going back does not (the choice stays, the address
 * follows it).
 */
export function LanguageProvider({ children }: { readonly children: ReactNode }) {
  const [lang, setLang] = useState<Language>(initialLanguage);
  useEffect(() => {
    document.documentElement.lang = lang;
    window.localStorage.setItem(STORAGE_KEY, lang);
    keepLanguageInAddress(lang);
    // A link followed within the page may ask for a language; else the address follows the choice
    // (also on going back or forward to an entry of the other language, which fires no hashchange).
    const onMove = () => {
      const linked = linkLanguage(window.location.hash);
      if (linked !== null && linked !== lang) setLang(linked);
      else keepLanguageInAddress(lang);
    };
    window.addEventListener('hashchange', onMove);
    window.addEventListener('popstate', onMove);
    return () => {
      window.removeEventListener('hashchange', onMove);
      window.removeEventListener('popstate', onMove);
    };
  }, [lang]);
  const value = useMemo(() => ({ lang, setLang }), [lang]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): { lang: Language; setLang: (l: Language) => void } {
  return useContext(LanguageContext);
}

/** `t(key, { n: 3 })`: a message in the current language, with `{n}` filled in. */
export function useT<M extends Messages = typeof SHELL>(messages?: M) {
  const { lang } = useLanguage();
  const table = (messages ?? SHELL) as Messages;
  return (key: keyof M & string, params: Readonly<Record<string, string | number>> = {}): string => {
    const text = table[key]?.[lang] ?? key;
    return text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
  };
}

/** The locale the page formats numbers and dates with in each language. */
export const locale = (lang: Language): string => (lang === 'ru' ? 'ru-RU' : 'en-GB');

const PLURAL_RULES: Readonly<Record<Language, Intl.PluralRules>> = {
  en: new Intl.PluralRules('en-GB'),
  ru: new Intl.PluralRules('ru-RU'),
};

/**
 * The plural category of `n` in the language, for messages keyed by it (`day.one`, `day.few`):
 * English has one and other, Russian one, few and many (and other for fractions).
 */
export function pluralCategory(n: number, lang: Language): 'one' | 'few' | 'many' | 'other' {
  const category = PLURAL_RULES[lang].select(n);
  return category === 'one' || category === 'few' || category === 'many' ? category : 'other';
}

/** A word's forms by number: English one/other, Russian one/few/many (`{n}` is the number). */
export interface PluralForms {
  readonly en: { readonly one: string; readonly other: string };
  readonly ru: { readonly one: string; readonly few: string; readonly many: string };
}

/** The form for `n` in the language (1 Участник, 2 Участника, 5 Участников), `{n}` filled in. */
export function plural(n: number, lang: Language, forms: PluralForms): string {
  const category = pluralCategory(n, lang);
  const text =
    lang === 'en'
      ? category === 'one'
        ? forms.en.one
        : forms.en.other
      : category === 'one'
        ? forms.ru.one
        : category === 'many'
          ? forms.ru.many
          : forms.ru.few; // few, and other (fractions: 1,5 Участника)
  return text.replace(/\{n\}/g, new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 0 }).format(n));
}

/** Dates as people read them in each language. */
export function formatDate(date: string, lang: Language): string {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return date;
  return new Intl.DateTimeFormat(locale(lang), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}
