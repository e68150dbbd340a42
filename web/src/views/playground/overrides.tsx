/**
 * @module The run's options: parameter overrides (as `--set id=value`) and the report date (as
 * `--as-of`), with the command line that would run the same.
 */
import { useId, useState } from 'react';
import { parse as parseYaml } from 'yaml';
import { TREATY_IDS } from '../../../../src/treaty/common.ts';
import { parseIsoDate } from '../../../../src/treaty/dates.ts';
import {
  PARAMETER_IDS,
  PARAMETERS,
  formatParameterValue,
  isParameterId,
  parseParameterValue,
} from '../../../../src/treaty/parameters/index.ts';
import type { T } from '../playground.messages.ts';
import type { Override } from './run.ts';

export function Overrides({
  overrides,
  setOverrides,
  asOf,
  setAsOf,
  file,
  t,
}: {
  readonly overrides: readonly Override[];
  readonly setOverrides: (o: readonly Override[]) => void;
  readonly asOf: string;
  readonly setAsOf: (d: string) => void;
  readonly file: string;
  readonly t: T;
}) {
  const uid = useId();
  const [id, setId] = useState<string>('conference.quorum');
  const [raw, setRaw] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const add = () => {
    if (!isParameterId(id)) return;
    // An empty value would read as YAML null, i.e. "unset", and print `--set id=`: ask for one instead
    // (a reader who means unset types null, as on the command line).
    if (raw.trim() === '') {
      setProblem(t('noValue', { id }));
      return;
    }
    let value: unknown;
    try {
      value = parseYaml(raw, { version: '1.2' });
    } catch (e) {
      setProblem(`${id}: ${(e as Error).message.split('\n')[0] ?? ''}`);
      return;
    }
    const parsed = parseParameterValue(id, value ?? null);
    if (!parsed.ok) {
      setProblem(t('badValue', { id, expected: parsed.expected }));
      return;
    }
    setProblem(null);
    setOverrides([...overrides.filter((o) => o.id !== id), { id, raw: raw.trim(), value: parsed.value }]);
    setRaw('');
  };
  const asOfBad = asOf !== '' && parseIsoDate(asOf) === null;
  const command = [
    'est run',
    file,
    ...overrides.map((o) => `--set ${o.id}=${/[\s[\]{}]/.test(o.raw) ? `'${o.raw}'` : o.raw}`),
    ...(asOf && !asOfBad ? [`--as-of ${asOf}`] : []),
    '--json',
  ].join(' ');
  return (
    <details className="overrides" open={overrides.length > 0 || asOf !== ''}>
      <summary>{t('options')}</summary>
      <div className="override-form">
        <div className="field">
          <label htmlFor={`${uid}-param`}>{t('param')}</label>
          <select
            id={`${uid}-param`}
            value={id}
            onChange={(e) => {
              setId(e.target.value);
              setProblem(null);
            }}
          >
            {TREATY_IDS.map((tid) => (
              <optgroup key={tid} label={tid}>
                {PARAMETER_IDS.filter((p) => PARAMETERS[p].treaty === tid).map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${uid}-value`}>{t('value')}</label>
          <input
            id={`${uid}-value`}
            type="text"
            value={raw}
            aria-invalid={problem !== null}
            aria-describedby={problem === null ? undefined : `${uid}-problem`}
            onChange={(e) => {
              setRaw(e.target.value);
              setProblem(null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
        </div>
        <button type="button" onClick={add}>
          {t('add')}
        </button>
        <div className="field">
          <label htmlFor={`${uid}-asof`}>{t('asOf')}</label>
          <input
            id={`${uid}-asof`}
            type="text"
            inputMode="numeric"
            placeholder="YYYY-MM-DD"
            value={asOf}
            aria-invalid={asOfBad}
            onChange={(e) => setAsOf(e.target.value.trim())}
          />
          {asOfBad && <span className="field-error">{t('asOfBad')}</span>}
        </div>
      </div>
      {problem && (
        <p id={`${uid}-problem`} className="field-error" role="alert">
          {problem}
        </p>
      )}
      {overrides.length > 0 && (
        <ul className="override-list">
          {overrides.map((o) => (
            <li key={o.id}>
              <code>
                {o.id} = {formatParameterValue(o.value as never)}
              </code>{' '}
              <button
                type="button"
                aria-label={t('remove', { id: o.id })}
                onClick={() => setOverrides(overrides.filter((x) => x.id !== o.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="small">
        {t('command')} <code className="command">{command}</code>
      </p>
    </details>
  );
}
