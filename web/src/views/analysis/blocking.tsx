/**
 * @module Blocking by absence (`est analyze blocking`, in the browser): for the Conference (EST 6(3))
 * and the Extraordinary Conference (EST 8(3)), how many absentees deny the quorum, which blocs can
 * supply them alone or together, and who can block a quorate conference by objecting or voting. On
 * a preset (with the treaty's published parameters, as the CLI) or on the log's own Parties (with
 * the log's parameters). Each body's card is in blocking/body-report.tsx.
 */
import { useMemo } from 'react';
import { BODIES } from '../../../../src/analysis/blocking.ts';
import type { Outcome } from '../../../../src/engine/outcome.ts';
import { resolveParameters } from '../../../../src/treaty/parameters/index.ts';
import { PRESET_DATE, resolvePartySet } from '../../../../src/treaty/parties/index.ts';
import { api, settings } from '../../api.ts';
import type { LogSettings } from '../../replay.ts';
import { Loading, ErrorMessage } from '../../components.tsx';
import { useLoad } from '../../data.ts';
import { useLive } from '../../live.tsx';
import { formatDate, useLanguage, useT } from '../../i18n.tsx';
import { partyName } from '../../names.ts';
import { M } from './blocking.messages.ts';
import { BodyReport } from './blocking/body-report.tsx';
import type { Setup } from './blocking/body-report.tsx';
import { PRESET_IDS, Terms, isPreset, presetLabel, updateQuery } from './common.tsx';

/** The Parties of the log's outcome: those in force for them, withdrawing ones included (EST 15). */
const logParties = (outcome: Outcome): string[] =>
  outcome.parties.filter((p) => p.status === 'party' || p.status === 'withdrawing').map((p) => p.id);

export function BlockingSection({ query }: { readonly query: URLSearchParams }) {
  const t = useT(M);
  const { lang } = useLanguage();
  const source = query.get('parties') ?? 'osce-2009+orgs';
  const fromLog = source === 'log';
  const preset = isPreset(source) ? source : 'osce-2009+orgs';
  const attacker = query.get('attacker');
  // The log's Parties are read again whenever the log grows (the live stream).
  const { size } = useLive();
  const log = useLoad<{ settings: LogSettings; outcome: Outcome } | null>(
    () =>
      fromLog
        ? Promise.all([settings(), api.outcome()]).then(([s, outcome]) => ({ settings: s, outcome }))
        : Promise.resolve(null),
    [fromLog, fromLog ? size : null],
  );

  const logValue = log.state === 'ok' ? log.value : null;
  const setup = useMemo((): Setup | null => {
    if (!fromLog)
      return {
        parties: preset,
        params: resolveParameters('est-2009'),
        asOf: PRESET_DATE,
        fromLog: false,
        exercise: false,
      };
    if (logValue === null) return null;
    return {
      parties: logParties(logValue.outcome),
      params: logValue.settings.parameters,
      asOf: logValue.outcome.asOf,
      fromLog: true,
      exercise: logValue.settings.mode === 'exercise',
    };
  }, [fromLog, preset, logValue]);

  const candidates = useMemo(
    () =>
      setup === null || (Array.isArray(setup.parties) && setup.parties.length === 0)
        ? []
        : [...resolvePartySet(setup.parties, setup.asOf)].sort(),
    [setup],
  );

  const logLabel =
    log.state === 'ok' && log.value !== null
      ? t('source.logCount', {
          n: logParties(log.value.outcome).length,
          date: formatDate(log.value.outcome.asOf, lang),
        })
      : t('source.log');

  return (
    <section aria-labelledby="an-blocking">
      <h2 id="an-blocking">{t('title')}</h2>
      <p>
        <Terms text={t('intro')} />
      </p>
      <form className="an-controls" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('source.label')}
          <select
            value={fromLog ? 'log' : preset}
            onChange={(e) => updateQuery(query, { parties: e.target.value, attacker: null })}
          >
            {PRESET_IDS.map((id) => (
              <option key={id} value={id}>
                {presetLabel(id, lang)}
              </option>
            ))}
            <option value="log">{logLabel}</option>
          </select>
        </label>
        <label>
          {t('attacker.label')}
          <select
            value={attacker ?? ''}
            onChange={(e) => updateQuery(query, { attacker: e.target.value === '' ? null : e.target.value })}
          >
            <option value="">{t('attacker.none')}</option>
            {candidates.map((id) => (
              <option key={id} value={id}>
                {partyName(id, lang)} ({id})
              </option>
            ))}
          </select>
        </label>
      </form>
      {fromLog && log.state === 'loading' && <Loading />}
      {fromLog && log.state === 'error' && <ErrorMessage error={log.error} retry={log.reload} />}
      {setup !== null && (
        <>
          <p className="muted">
            {t(setup.fromLog ? 'params.log' : 'params.preset', { date: formatDate(setup.asOf, lang) })}{' '}
            <Terms text={t('formula')} />
          </p>
          {Array.isArray(setup.parties) && setup.parties.length === 0 ? (
            <p role="status">{t('log.empty')}</p>
          ) : (
            BODIES.map((body) => (
              <BodyReport key={body} body={body} setup={setup} attacker={attacker} t={t} lang={lang} />
            ))
          )}
        </>
      )}
    </section>
  );
}
