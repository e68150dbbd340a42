/**
 * @module The one way the page names a party, a filer or a player: the registry's name (the OSCE
 * states, the organizations, the Security Council), the depositary as a filer, an elected Security
 * Council member as a placeholder of the analysis, and, for an ISO code outside the registry (a state
 * asking to sign, a Council member such as CN), the browser's name of the region; else the id itself.
 */
import { DEPOSITARY } from '../../src/log/filing-act.ts';
import { entityName } from '../../src/treaty/parties/index.ts';
import type { Language, Localized } from '../../src/treaty/common.ts';

// Plain text, not the page's i18n module: the search index builds on this under Node too.
const NAMES: Readonly<Record<'depositary' | 'elected', Localized>> = {
  depositary: { en: 'The Depositary', ru: 'Депозитарий' },
  elected: { en: 'elected member {n}', ru: 'избранный член {n}' },
};

const regionNames = new Map<Language, Intl.DisplayNames | null>();

/** The browser's name of a region code, or null when it has none. */
function regionName(code: string, lang: Language): string | null {
  if (!regionNames.has(lang)) {
    try {
      regionNames.set(lang, new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' }));
    } catch {
      regionNames.set(lang, null);
    }
  }
  try {
    return regionNames.get(lang)?.of(code) ?? null;
  } catch {
    return null;
  }
}

/** The name of a party, filer or player id in the reader's language. */
export function partyName(id: string, lang: Language): string {
  if (id === DEPOSITARY) return NAMES.depositary[lang];
  const elected = /^elected-(\d+)$/.exec(id);
  if (elected) return NAMES.elected[lang].replace('{n}', elected[1] as string);
  const name = entityName(id, lang);
  if (name !== id || !/^[A-Z]{2}$/.test(id)) return name;
  return regionName(id, lang) ?? id;
}
