/**
 * @module One provision of the treaty page: its citation and heading, the paraphrase in the page's
 * language with its confidence mark, what is not modelled, the parameters it uses, the engine's rules
 * that apply it, its sources, its terms in the glossary and its permalink.
 */
import { allRules } from '../../../../src/engine/decide.ts';
import { FINDING_RULES } from '../../../../src/engine/findings.ts';
import type { ParameterId } from '../../../../src/treaty/parameters/index.ts';
import { PARAMETER_IDS, PARAMETERS } from '../../../../src/treaty/parameters/index.ts';
import type { ProvisionData } from '../../../../src/treaty/provisions/index.ts';
import type { Source } from '../../../../src/treaty/sources.ts';
import { SOURCES } from '../../../../src/treaty/sources.ts';
import { formatDate, useLanguage, useT } from '../../i18n.tsx';
import { href } from '../../router.ts';
import type { TermId } from '../../term.tsx';
import { M, PROVISION_TERMS } from '../treaty.messages.ts';
import { TermLinks, cite } from './common.tsx';
import { ConfidenceMark } from './legend.tsx';
import type { Values } from './parameters.tsx';
import { ParamRows } from './parameters.tsx';

/** Rules (and finding rules) that cite or give effect to a provision, as `est treaty` lists them. */
function rulesFor(id: string): string[] {
  const rules = [...allRules(), ...FINDING_RULES].filter(
    (r) => r.cites === id || (r.also ?? []).includes(id),
  );
  return [...new Set(rules.map((r) => r.id))];
}

const paramsOf = (id: string): ParameterId[] => PARAMETER_IDS.filter((p) => PARAMETERS[p].cites === id);

const sourceById = new Map<string, Source>(SOURCES.map((s) => [s.id, s]));

function termsOf(p: ProvisionData): readonly TermId[] {
  return PROVISION_TERMS[p.id] ?? (p.parent === null ? [] : (PROVISION_TERMS[p.parent] ?? []));
}

export function Provision({
  p,
  values,
  level,
  selected,
}: {
  readonly p: ProvisionData;
  readonly values: Values;
  readonly level: 2 | 3;
  readonly selected: boolean;
}) {
  const t = useT(M);
  const { lang } = useLanguage();
  const H = level === 2 ? 'h2' : 'h3';
  const rules = rulesFor(p.id);
  const params = paramsOf(p.id);
  return (
    <section
      className={`provision${selected ? ' selected' : ''}`}
      id={`provision-${p.id}`}
      data-provision={p.id}
      aria-labelledby={`h-${p.id}`}
    >
      <H id={`h-${p.id}`} className="provision-head">
        <a className="provision-cite" href={href('treaty', p.id)}>
          {cite(p.cite, lang)}
        </a>{' '}
        <span className="provision-heading">{p.heading[lang]}</span> <ConfidenceMark c={p.confidence} />
      </H>
      <p className="paraphrase" lang={lang}>
        {p.text[lang]}
      </p>
      {p.notModelled && (
        <p className="not-modelled">
          <strong>{t('notModelled')}:</strong> {p.notModelled[lang]}
        </p>
      )}
      {params.length > 0 && (
        <div className="provision-params">
          <h4>{t('parameters')}</h4>
          <ParamRows ids={params} values={values} label={cite(p.cite, lang)} />
        </div>
      )}
      {!p.notModelled && (
        <div className="provision-rules">
          <h4>{t('rules')}</h4>
          {rules.length === 0 ? (
            <p className="muted small">{t('noRules')}</p>
          ) : (
            <ul className="rules">
              {rules.map((r) => (
                <li key={r}>
                  <code>{r}</code>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {p.sources.length > 0 && (
        <div className="provision-sources">
          <h4>{t('sources')}</h4>
          <ul className="sources">
            {p.sources.map((id) => {
              const s = sourceById.get(id);
              return (
                <li key={id}>
                  <span className="source-id">{id}</span>{' '}
                  {s?.url ? (
                    <a href={s.url} rel="noopener noreferrer" target="_blank">
                      {s.title}
                    </a>
                  ) : (
                    (s?.title ?? '')
                  )}
                  {s?.date && <span className="muted"> ({formatDate(s.date, lang)})</span>}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {termsOf(p).length > 0 && (
        <p className="small provision-terms">
          {t('terms')}: <TermLinks ids={termsOf(p)} />
        </p>
      )}
      <p className="small permalink-line">
        <a href={`${href('treaty', p.id)}?lang=${lang}`} className="permalink">
          {t('permalink')}
        </a>
      </p>
    </section>
  );
}
