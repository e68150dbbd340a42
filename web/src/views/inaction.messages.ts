/**
 * @module The words of "Proof of inaction" on a procedure's page, in English and Russian.
 */
import { defineMessages } from '../i18n.tsx';

export const MESSAGES = defineMessages({
  title: { en: 'Proof of inaction', ru: 'Доказательство бездействия' },
  intro: {
    en: 'Whether any entry up to the checkpoint the witnesses cosigned convenes this procedure (EST 6(2), 8(1)). In this engine the filing that calls for the convening convenes it in the same entry, so the Depositary’s inaction shows as that filing’s absence. Anyone can check the statement with:',
    ru: 'Созывает ли эту процедуру какая-либо запись до контрольной точки, заверенной свидетелями (ст. 6(2), 8(1) ДЕБ). Здесь созыв происходит в той же записи, что и акт, который его требует, поэтому бездействие Депозитария выражается в отсутствии этого акта. Проверить заявление может любой:',
  },
  compute: { en: 'Compute the statement here', ru: 'Составить заявление здесь' },
  computing: { en: 'Verifying the checkpoint and the entries…', ru: 'Проверка контрольной точки и записей…' },
  failed: { en: 'Could not compute it: {reason}', ru: 'Не удалось составить: {reason}' },
  english: { en: '', ru: '(текст заявления на английском)' },
});
