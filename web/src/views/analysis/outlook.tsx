/**
 * @module The ratification outlook (`est analyze outlook`, in the browser): the seeded Monte Carlo of
 * src/analysis/outlook.ts on the shipped stance table (data/stances-2009.yaml, read with the same
 * YAML 1.2 parser and `parseStanceTable` as the CLI), run in slices between frames so the page stays
 * responsive. The same seed and trials give the same figures as the CLI, bit for bit. The run is in
 * outlook/simulation.ts, its report in outlook/report.tsx.
 */
import { useState } from 'react';
import { isSeed } from '../../../../src/analysis/random.ts';
import { ErrorMessage } from '../../components.tsx';
import { useLanguage, useT } from '../../i18n.tsx';
import { Terms, formatCount, intParam, updateQuery } from './common.tsx';
import { M } from './outlook.messages.ts';
import { OutlookReport } from './outlook/report.tsx';
import {
  DEFAULT_INSTRUMENTS,
  DEFAULT_SEED,
  DEFAULT_TRIALS,
  ELIGIBLE,
  LOADED,
  MAX_TRIALS,
  useOutlook,
} from './outlook/simulation.ts';
import type { Settings } from './outlook/simulation.ts';

export function OutlookSection({ query }: { readonly query: URLSearchParams }) {
  const t = useT(M);
  const { lang } = useLanguage();
  const loaded = LOADED;
  const table = 'table' in loaded ? loaded.table : null;
  const eligible = ELIGIBLE;
  const settings: Settings = {
    trials: intParam(query, 'trials', 1, MAX_TRIALS, DEFAULT_TRIALS),
    seed: intParam(query, 'seed', 0, 4294967295, DEFAULT_SEED),
    instruments: intParam(query, 'instruments', 1, eligible, DEFAULT_INSTRUMENTS),
    orgs: query.get('orgs') === 'true',
  };
  const run = useOutlook(table, settings);

  // The text fields are drafts until submitted; the slider and the checkbox apply at once.
  const [trialsDraft, setTrialsDraft] = useState<string | null>(null);
  const [seedDraft, setSeedDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const trialsText = trialsDraft ?? String(settings.trials);
  const seedText = seedDraft ?? String(settings.seed);

  const submit = () => {
    const trials = Number(trialsText.replace(/[_,\s]/g, ''));
    const seed = Number(seedText.replace(/[_,\s]/g, ''));
    if (!Number.isInteger(trials) || trials < 1 || trials > MAX_TRIALS)
      return setProblem(t('trials.invalid', { max: formatCount(MAX_TRIALS, lang) }));
    if (!isSeed(seed)) return setProblem(t('seed.invalid'));
    setProblem(null);
    setTrialsDraft(null);
    setSeedDraft(null);
    updateQuery(query, { trials: String(trials), seed: String(seed) });
  };

  if ('issues' in loaded)
    return (
      <section aria-labelledby="an-outlook">
        <h2 id="an-outlook">{t('title')}</h2>
        <div className="error" role="alert">
          <p>{t('table.invalid')}</p>
          <ul>
            {loaded.issues.map((i) => (
              <li key={i}>{i}</li>
            ))}
          </ul>
        </div>
      </section>
    );
  const tbl = loaded.table;

  return (
    <section aria-labelledby="an-outlook">
      <h2 id="an-outlook">{t('title')}</h2>
      <p>
        <Terms text={t('intro')} />
      </p>
      <form
        className="an-controls"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <label>
          {t('trials.label')}
          <input
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_TRIALS}
            step={1}
            value={trialsText}
            onChange={(e) => setTrialsDraft(e.target.value)}
          />
        </label>
        <label>
          {t('seed.label')}
          <input
            type="number"
            inputMode="numeric"
            min={0}
            max={4294967295}
            step={1}
            value={seedText}
            onChange={(e) => setSeedDraft(e.target.value)}
          />
        </label>
        <label className="an-wide">
          {t('instruments.label', { n: settings.instruments })}
          <input
            type="range"
            min={1}
            max={eligible}
            step={1}
            value={settings.instruments}
            onChange={(e) => updateQuery(query, { instruments: e.target.value })}
          />
        </label>
        <label className="an-check">
          <input
            type="checkbox"
            checked={settings.orgs}
            onChange={(e) => updateQuery(query, { orgs: e.target.checked ? 'true' : null })}
          />
          {t('orgs.label')}
        </label>
        <div className="an-buttons">
          <button type="submit">{t('run')}</button>
          <button
            type="button"
            onClick={() => {
              setProblem(null);
              setTrialsDraft(null);
              setSeedDraft(null);
              updateQuery(query, { trials: null, seed: null, instruments: null, orgs: null });
            }}
          >
            {t('defaults')}
          </button>
        </div>
      </form>
      {problem !== null && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      {run?.status === 'error' && <ErrorMessage error={run.error} />}
      {run?.status === 'running' && (
        <div className="an-progress">
          <p role="status">{t('running', { total: formatCount(run.total, lang) })}</p>
          <progress
            max={run.total}
            value={run.done}
            aria-label={t('progress', {
              done: formatCount(run.done, lang),
              total: formatCount(run.total, lang),
            })}
          />
        </div>
      )}
      {run?.status === 'done' && (
        <OutlookReport result={run.result} table={tbl} settings={settings} ms={run.ms} t={t} lang={lang} />
      )}
    </section>
  );
}
