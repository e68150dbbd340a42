/**
 * @module The exercise banner: when the log is an exercise (training, a simulation, the demo), every
 * view says so first on the page, in the reader's language, so that no screen passes invented
 * filings off as the historical record, and links to where the treaty really stands (the history
 * view). What the log is comes from its signed origin (src/log/mode.ts), reported by
 * `GET /api/v1/settings`; a record shows no banner.
 */
import { settings } from './api.ts';
import type { Loaded } from './data.ts';
import { useLoad } from './data.ts';
import { useT } from './i18n.tsx';
import type { LogSettings } from './replay.ts';
import { href } from './router.ts';
import { M } from './exercise.messages.ts';

// The settings as the page first read them, shared by the banner, the shell and the views: the mode
// is fixed for the log's life, so one request serves them all (and a failed one is tried again).
let first: Promise<LogSettings> | null = null;
const settingsOnce = (): Promise<LogSettings> =>
  (first ??= settings().catch((e: unknown) => {
    first = null;
    throw e;
  }));

/** The log's settings as the page first read them (the size is the size then). */
export function useFirstSettings(): Loaded<LogSettings> & { reload: () => void } {
  return useLoad(settingsOnce, []);
}

/** What the log is ('record' or 'exercise'), or null while the settings load (or cannot be read). */
export function useLogMode(): 'record' | 'exercise' | null {
  const loaded = useFirstSettings();
  return loaded.state === 'ok' ? (loaded.value.mode ?? 'record') : null;
}

/** The banner, when the log is an exercise; nothing for a record (or while the settings load). */
export function ExerciseBanner() {
  const t = useT(M);
  const mode = useLogMode();
  if (mode !== 'exercise') return null;
  return (
    <aside className="exercise-banner" aria-label={t('label')} data-mode="exercise">
      <p>
        <strong>{t('title')}</strong> {t('text')} <a href={href('history')}>{t('history')}</a>
        {' · '}
        <a href={href('treaty')}>{t('link')}</a>
      </p>
    </aside>
  );
}
