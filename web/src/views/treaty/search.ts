/**
 * @module The treaty page's search: the provisions a query finds, by citation (in English or Russian)
 * or by words.
 */
import type { Language } from '../../../../src/treaty/common.ts';
import { citeFromRussian, localCite } from '../../../../src/treaty/citation.ts';
import type { ProvisionData } from '../../../../src/treaty/provisions/index.ts';
import { PROVISIONS, childrenOf, findProvisions } from '../../../../src/treaty/provisions/index.ts';

/** Lower case, accents kept, for matching words in either language. */
const fold = (s: string) => s.toLocaleLowerCase();

/** Provisions a query finds: by citation or id first, else every word in the cite, heading or text. */
export function search(query: string, lang: Language): readonly ProvisionData[] {
  const q = query.trim();
  if (q === '') return PROVISIONS;
  // A citation in English (`EST 8(3)`) or in Russian («ДЕБ, ст. 8, п. 3»).
  const russian = citeFromRussian(q);
  const byCite = findProvisions(q).length > 0 ? findProvisions(q) : russian ? findProvisions(russian) : [];
  if (byCite.length > 0) {
    // An article found by citation brings its paragraphs along.
    const ids = new Set(byCite.flatMap((p) => [p.id, ...childrenOf(p.id).map((c) => c.id)]));
    return PROVISIONS.filter((p) => ids.has(p.id));
  }
  const words = fold(q).split(/\s+/).filter(Boolean);
  return PROVISIONS.filter((p) => {
    const hay = fold(
      `${p.cite} ${localCite(p.cite, 'ru')} ${p.id} ${p.heading[lang]} ${p.text[lang]} ${p.heading.en} ${p.heading.ru}`,
    );
    return words.every((w) => hay.includes(w));
  });
}
