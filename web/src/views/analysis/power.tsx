/**
 * @module Voting power (`est analyze power`, in the browser): exact Shapley-Shubik and Banzhaf
 * indices of the UN Security Council, the EST's Conference and Extraordinary Conference (with an
 * optional attacker, under either reading) and NATO's Council, computed here by src/analysis. The
 * choice in the query is read in power/choice.ts, the report drawn in power/report.tsx.
 */
import { useMemo } from 'react';
import { GAME_IDS, GameError } from '../../../../src/analysis/games.ts';
import type { SimpleGame } from '../../../../src/analysis/games.ts';
import { powerIndices } from '../../../../src/analysis/power.ts';
import type { PowerIndices } from '../../../../src/analysis/power.ts';
import { parseIsoDate } from '../../../../src/treaty/dates.ts';
import {
  PRESET_DATE,
  UNSC_FIRST_YEAR,
  UNSC_LAST_YEAR,
  resolvePartySet,
} from '../../../../src/treaty/parties/index.ts';
import { ErrorMessage } from '../../components.tsx';
import { useLanguage, useT } from '../../i18n.tsx';
import { partyName } from '../../names.ts';
import { PRESET_IDS, presetLabel, updateQuery } from './common.tsx';
import { M } from './power.messages.ts';
import { choiceOf, gameOf } from './power/choice.ts';
import { PowerReport } from './power/report.tsx';

export function PowerSection({ query }: { readonly query: URLSearchParams }) {
  const t = useT(M);
  const { lang } = useLanguage();
  const choice = choiceOf(query);
  const key = JSON.stringify(choice);
  const computed = useMemo((): { game: SimpleGame; r: PowerIndices } | { error: Error } => {
    try {
      const game = gameOf(choice);
      return { game, r: powerIndices(game) };
    } catch (e) {
      if (e instanceof GameError) return { error: e };
      throw e;
    }
    // `key` stands for the whole choice.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  const est = choice.game === 'conference' || choice.game === 'extraordinary';
  const candidates = useMemo(
    () => [...resolvePartySet(choice.parties, PRESET_DATE)].sort(),
    [choice.parties],
  );
  const set = (changes: Record<string, string | null>) => updateQuery(query, changes);

  return (
    <section aria-labelledby="an-power">
      <h2 id="an-power">{t('title')}</h2>
      <p>{t('intro')}</p>
      <form className="an-controls" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('game.label')}
          <select value={choice.game} onChange={(e) => set({ game: e.target.value, attacker: null })}>
            {GAME_IDS.map((id) => (
              <option key={id} value={id}>
                {t(`game.${id}`)}
              </option>
            ))}
          </select>
        </label>
        {choice.game === 'unsc' && (
          <label>
            {t('council.label')}
            <select value={choice.council} onChange={(e) => set({ council: e.target.value || null })}>
              <option value="">{t('council.placeholders')}</option>
              {Array.from(
                { length: UNSC_LAST_YEAR - UNSC_FIRST_YEAR + 1 },
                (_, i) => UNSC_FIRST_YEAR + i,
              ).map((y) => (
                <option key={y} value={String(y)}>
                  {t('council.year', { year: y })}
                </option>
              ))}
            </select>
          </label>
        )}
        {est && (
          <>
            <label>
              {t('parties.label')}
              <select
                value={choice.parties}
                onChange={(e) => set({ parties: e.target.value, attacker: null })}
              >
                {PRESET_IDS.map((id) => (
                  <option key={id} value={id}>
                    {presetLabel(id, lang)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('reading.label')}
              <select value={choice.reading} onChange={(e) => set({ reading: e.target.value })}>
                <option value="absence">{t('reading.absence')}</option>
                <option value="objection">{t('reading.objection')}</option>
              </select>
            </label>
            <label>
              {t('orgWeight.label')}
              <select value={String(choice.orgWeight)} onChange={(e) => set({ orgWeight: e.target.value })}>
                {[0, 1, 2, 3].map((w) => (
                  <option key={w} value={String(w)}>
                    {w === 0 ? t('orgWeight.0') : String(w)}
                  </option>
                ))}
              </select>
            </label>
          </>
        )}
        {choice.game === 'extraordinary' && (
          <label>
            {t('attacker.label')}
            <select
              value={choice.attacker ?? ''}
              onChange={(e) => set({ attacker: e.target.value === '' ? null : e.target.value })}
            >
              <option value="">{t('attacker.none')}</option>
              {candidates.map((id) => (
                <option key={id} value={id}>
                  {partyName(id, lang)} ({id})
                </option>
              ))}
            </select>
          </label>
        )}
        {choice.game === 'nac' && (
          <label>
            {t('asOf.label')}
            <input
              type="date"
              min="1949-08-24"
              value={choice.asOf}
              onChange={(e) => parseIsoDate(e.target.value) !== null && set({ asOf: e.target.value })}
            />
          </label>
        )}
      </form>
      {'error' in computed ? (
        <ErrorMessage error={computed.error} />
      ) : (
        <PowerReport choice={choice} game={computed.game} r={computed.r} t={t} lang={lang} />
      )}
    </section>
  );
}
