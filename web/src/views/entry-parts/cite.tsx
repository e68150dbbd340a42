/**
 * @module A citation of a provision, in the reader's language, linked to the provision in the treaty view.
 */
import { localCite } from '../../../../src/treaty/citation.ts';
import { findProvisions } from '../../../../src/treaty/provisions/index.ts';
import { useLanguage } from '../../i18n.tsx';
import { href } from '../../router.ts';

/**
 * A citation that links to its provision in the treaty view, shown in the reader's language
 * (`EST 8(3)`, «ДЕБ, ст. 8, п. 3»: src/treaty/citation.ts); the link is found from the English form
 * the data keeps, or from `provision` when the filing record names it.
 */
export function Cite({
  cite,
  provision,
}: {
  readonly cite: string;
  readonly provision?: string | undefined;
}) {
  const { lang } = useLanguage();
  const id = provision ?? findProvisions(cite)[0]?.id;
  const shown = localCite(cite, lang);
  return id === undefined ? (
    <span className="cite">{shown}</span>
  ) : (
    <a className="cite" href={href('treaty', id)}>
      {shown}
    </a>
  );
}
