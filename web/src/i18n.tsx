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
  'nav.label': { en: 'Views', ru: 'Разделы' },
  'lang.switch': { en: 'Русский', ru: 'English' },
  skip: { en: 'Skip to content', ru: 'Перейти к содержанию' },
  'lang.label': { en: 'Switch the language to Russian', ru: 'Переключить язык на английский' },
  'live.on': { en: 'Live', ru: 'В эфире' },
  'live.off': { en: 'Offline', ru: 'Нет связи' },
  'live.label': { en: 'Connection to the depositary', ru: 'Связь с депозитарием' },
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

/** The language a shared link asks for with `?lang=en|ru` in its hash (`#/map?lang=ru`), if any. */
export function linkLanguage(hash: string): Language | null {
  const wanted = new URLSearchParams(hash.split('?')[1] ?? '').get('lang');
  return wanted === 'en' || wanted === 'ru' ? wanted : null;
}

function initialLanguage(): Language {
  // A shared link's language wins from the first paint; the shell then drops it from the URL.
  const linked = linkLanguage(window.location.hash);
  if (linked !== null) return linked;
  const stored = window.localStorage.getItem(STORAGE_KEY);
  if (stored === 'en' || stored === 'ru') return stored;
  return navigator.language.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

export function LanguageProvider({ children }: { readonly children: ReactNode }) {
  const [lang, setLang] = useState<Language>(initialLanguage);
  useEffect(() => {
    document.documentElement.lang = lang;
    window.localStorage.setItem(STORAGE_KEY, lang);
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

/** Dates as people read them in each language. */
export function formatDate(date: string, lang: Language): string {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return date;
  return new Intl.DateTimeFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}
