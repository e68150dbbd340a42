/**
 * @module The parameters a provision uses (or all of them): a table of each one's value in force at the
 * depositary beside the text's own, its basis, its confidence and the notes on where it comes from.
 */
import { Fragment } from 'react';
import type { TreatyId } from '../../../../src/treaty/common.ts';
import type {
  Basis,
  Parameter,
  ParameterId,
  ParameterValues,
} from '../../../../src/treaty/parameters/index.ts';
import {
  BASIS_NAMES,
  PARAMETERS,
  formatParameterValue,
  referenceIn,
  valueAt,
} from '../../../../src/treaty/parameters/index.ts';
import { provision } from '../../../../src/treaty/provisions/index.ts';
import { TREATIES } from '../../../../src/treaty/treaties.ts';
import type { Loaded } from '../../data.ts';
import { formatDate, useLanguage, useT } from '../../i18n.tsx';
import { href } from '../../router.ts';
import { Terms } from '../../term.tsx';
import { M } from '../treaty.messages.ts';
import { cite } from './common.tsx';
import { ConfidenceMark } from './legend.tsx';

const textValue = (id: ParameterId) => {
  const p = PARAMETERS[id] as Parameter;
  return valueAt(p, TREATIES[p.treaty].version);
};

/** A parameter id that may break after its dots (`entryIntoForce.<wbr>countOrganizations`). */
function ParamId({ id }: { readonly id: string }) {
  const parts = id.split('.');
  return (
    <code className="param-id">
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && (
            <>
              .<wbr />
            </>
          )}
          {part}
        </Fragment>
      ))}
    </code>
  );
}

export interface Values {
  /** The values in force at the depositary, or null when unknown (then the text's own are shown). */
  readonly current: ParameterValues | null;
  readonly treaty: TreatyId | null;
  readonly state: Loaded<unknown>['state'];
}

export function ValueNote({ values }: { readonly values: Values }) {
  const t = useT(M);
  const { lang } = useLanguage();
  if (values.state === 'loading') return <p className="muted small">{t('loadingValues')}</p>;
  if (values.state === 'error')
    return (
      <p className="notice" role="note">
        <Terms text={t('fallback')} />
      </p>
    );
  return (
    <p className="muted small value-note">
      <Terms text={t('current', { treaty: values.treaty ? TREATIES[values.treaty].title[lang] : '' })} />
    </p>
  );
}

function ParamValue({ id, values }: { readonly id: ParameterId; readonly values: Values }) {
  const t = useT(M);
  const text = textValue(id);
  const show = (v: unknown) => (v === null ? t('unset') : formatParameterValue(v as never));
  const current = values.current ? (values.current[id] as unknown) : text;
  const changed =
    values.current !== null && formatParameterValue(current as never) !== formatParameterValue(text);
  return (
    <>
      <code className="param-value">
        <Breakable text={show(current)} />
      </code>
      {changed && <span className="muted small"> ({t('differs', { value: show(text) })})</span>}
    </>
  );
}

/**
 * A value that may break where a reader expects, in a narrow column: after the commas of a list or
 * a map (`{ tanks: 41, … }`, one entry a line) and inside a long camel-case name
 * (`combatAircraft…`), never in the middle of a word.
 */
function Breakable({ text }: { readonly text: string }) {
  const words = text.split(/(?<=[a-z])(?=[A-Z])|(?<=, )/);
  return (
    <>
      {words.map((w, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {w}
        </Fragment>
      ))}
    </>
  );
}

/** Where a parameter's value comes from: its one note, or each dated value with its own. */
function ParamNotes({ p }: { readonly p: Parameter }) {
  const t = useT(M);
  const { lang } = useLanguage();
  const show = (v: unknown) => (v === null ? t('unset') : formatParameterValue(v as never));
  const [only] = p.values;
  if (p.values.length === 1 && only !== undefined)
    return (
      <div className="muted small param-note" lang={lang}>
        {t('note')}: {referenceIn(only, lang)}
      </div>
    );
  return (
    <div className="muted small param-note" lang={lang}>
      {t('note')}:
      <ul>
        {p.values.map((v) => (
          <li key={v.since}>
            {t('noteSince', { date: formatDate(v.since, lang), value: show(v.value) })} —{' '}
            {referenceIn(v, lang)}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ParamRows({
  ids,
  values,
  label,
  withCite,
}: {
  readonly ids: readonly ParameterId[];
  readonly values: Values;
  /** What the table lists, for the name of its scrolling region. */
  readonly label: string;
  readonly withCite?: boolean;
}) {
  const t = useT(M);
  const { lang } = useLanguage();
  return (
    // A region of its own, focusable, so that a table wider than a narrow screen scrolls by itself
    // (and by keyboard) while the page never does.
    <div className="table-wrap" role="region" aria-label={t('paramsLabel', { what: label })} tabIndex={0}>
      <table className={`params${withCite ? ' with-cite' : ''}`}>
        <thead>
          <tr>
            <th scope="col" className="col-param">
              {t('paramCol')}
            </th>
            {withCite && (
              <th scope="col" className="col-cite">
                {t('citeCol')}
              </th>
            )}
            <th scope="col" className="col-value">
              {t('valueCol')}
            </th>
            <th scope="col" className="col-basis">
              {t('basisCol')}
            </th>
            <th scope="col" className="col-conf">
              <abbr title={t('confFull')}>{t('confCol')}</abbr>
            </th>
          </tr>
        </thead>
        <tbody>
          {ids.map((id) => {
            const p = PARAMETERS[id] as Parameter;
            const basis: Basis = p.basis;
            return (
              <tr key={id} data-param={id}>
                <th scope="row" className="col-param">
                  <ParamId id={id} />
                  <div className="muted small">{p.description[lang]}</div>
                  <ParamNotes p={p} />
                </th>
                {withCite && (
                  <td className="col-cite" data-label={t('citeCol')}>
                    <a href={href('treaty', p.cites)}>{cite(provision(p.cites)?.cite ?? p.cites, lang)}</a>
                  </td>
                )}
                <td className="col-value" data-label={t('valueCol')}>
                  <ParamValue id={id} values={values} />
                </td>
                <td className="col-basis" data-label={t('basisCol')}>
                  <span className={`basis basis-${basis}`} title={t(`basis.${basis}`)}>
                    {BASIS_NAMES[basis][lang]}
                    <span className="sr-only">: {t(`basis.${basis}`)}</span>
                  </span>
                </td>
                <td className="col-conf" data-label={t('confFull')}>
                  <ConfidenceMark c={p.confidence} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
