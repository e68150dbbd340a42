/**
 * @module The exercise banner: when the log is an exercise (training, a simulation, the demo), every
 * view says so first on the page, in the reader's language, so that no screen passes invented
 * filings off as the historical record. What the log is comes from its signed origin
 * (src/log/mode.ts), reported by `GET /api/v1/settings`; a record shows no banner.
 */
import { settings } from './api.ts';
import { useLoad } from './data.ts';
import { defineMessages, useT } from './i18n.tsx';
import { href } from './router.ts';

const M = defineMessages({
  label: { en: 'Exercise', ru: 'Учения' },
  title: { en: 'Exercise.', ru: 'Учения.' },
  text: {
    en: 'The filings on this site are invented for training and are not the historical record: the draft European Security Treaty was signed by no one and is in force nowhere.',
    ru: 'Обращения на этом сайте вымышлены для учебных целей и не являются историческими документами: проект Договора о европейской безопасности никем не подписан и нигде не действует.',
  },
  link: { en: 'The treaty text and its sources', ru: 'Текст договора и источники' },
});

/** The banner, when the log is an exercise; nothing for a record (or while the settings load). */
export function ExerciseBanner() {
  const t = useT(M);
  const loaded = useLoad(() => settings(), []);
  if (loaded.state !== 'ok' || loaded.value.mode !== 'exercise') return null;
  return (
    <aside className="exercise-banner" aria-label={t('label')} data-mode="exercise">
      <p>
        <strong>{t('title')}</strong> {t('text')} <a href={href('treaty')}>{t('link')}</a>
      </p>
    </aside>
  );
}
