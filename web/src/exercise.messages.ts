/**
 * @module The words of the exercise banner, in English and Russian: that the filings are invented,
 * and where the treaty really stands.
 */
import { defineMessages } from './i18n.tsx';

export const M = defineMessages({
  label: { en: 'Exercise', ru: 'Учения' },
  title: { en: 'Exercise.', ru: 'Учения.' },
  text: {
    en: 'The filings on this site are invented for training and are not the historical record: the draft European Security Treaty was signed by no one and is in force nowhere.',
    ru: 'Обращения на этом сайте вымышлены для учебных целей и не являются историческими документами: проект Договора о европейской безопасности никем не подписан и нигде не действует.',
  },
  history: { en: 'Where the treaty really stands', ru: 'Где договор на самом деле' },
  link: { en: 'The treaty text and its sources', ru: 'Текст договора и источники' },
});
