/**
 * @module The outline of the treaty page: the provisions shown (all, or those a search finds, with
 * their articles), by treaty, each a link that keeps the search; the current one marked.
 */
import type { Language } from '../../../../src/treaty/common.ts';
import { TREATY_IDS } from '../../../../src/treaty/common.ts';
import type { ProvisionData } from '../../../../src/treaty/provisions/index.ts';
import { PROVISIONS } from '../../../../src/treaty/provisions/index.ts';
import { TREATIES } from '../../../../src/treaty/treaties.ts';
import { useLanguage, useT } from '../../i18n.tsx';
import { href } from '../../router.ts';
import { M } from '../treaty.messages.ts';
import { cite } from './common.tsx';

export function Outline({
  shown,
  current,
  q,
}: {
  readonly shown: ReadonlySet<string>;
  readonly current: string | null;
  readonly q: string;
}) {
  const t = useT(M);
  const { lang } = useLanguage();
  return (
    <nav className="outline" aria-label={t('outline')}>
      {TREATY_IDS.map((tid) => {
        const nodes = PROVISIONS.filter((p) => p.treaty === tid && shown.has(p.id));
        if (nodes.length === 0) return null;
        const articles = nodes.filter((p) => p.parent === null || !shown.has(p.parent));
        return (
          <div key={tid} className="outline-treaty">
            <h2 className="outline-title">{TREATIES[tid].title[lang]}</h2>
            <ul>
              {articles.map((a) => {
                const kids = nodes.filter((c) => c.parent === a.id);
                return (
                  <li key={a.id}>
                    <OutlineLink p={a} current={current} lang={lang} q={q} />
                    {kids.length > 0 && (
                      <ul>
                        {kids.map((c) => (
                          <li key={c.id}>
                            <OutlineLink p={c} current={current} lang={lang} q={q} />
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </nav>
  );
}

function OutlineLink({
  p,
  current,
  lang,
  q,
}: {
  readonly p: ProvisionData;
  readonly current: string | null;
  readonly lang: Language;
  readonly q: string;
}) {
  const target = q === '' ? href('treaty', p.id) : `${href('treaty', p.id)}?q=${encodeURIComponent(q)}`;
  return (
    <a href={target} aria-current={p.id === current ? 'location' : undefined}>
      <span className="outline-cite">{cite(p.cite, lang)}</span> {p.heading[lang]}
    </a>
  );
}
