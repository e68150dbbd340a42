/**
 * @module The assumptions set beside the outlook's headline figure: the rule of EST 14(1), the
 * signature window, the stance table, the chances assumed per stance, how decisions move together,
 * and the command line that reproduces the run.
 */
import { STANCES } from '../../../../../src/analysis/outlook.ts';
import type { OutlookResult, StanceTable } from '../../../../../src/analysis/outlook.ts';
import { formatDate, plural } from '../../../i18n.tsx';
import type { Language } from '../../../i18n.tsx';
import { Terms, formatPercent } from '../common.tsx';
import { M, MONTHS, MONTHS_GENITIVE } from '../outlook.messages.ts';
import type { T } from '../outlook.messages.ts';
import { commandOf } from './simulation.ts';
import type { Settings } from './simulation.ts';

/**
 * What the headline figure rests on, set beside it: the rule, the signature window, the stance table,
 * the chances assumed per stance, how decisions move together, and how to reproduce the run.
 */
export function Assumptions({
  result,
  table,
  settings,
  t,
  lang,
}: {
  readonly result: OutlookResult;
  readonly table: StanceTable;
  readonly settings: Settings;
  readonly t: T;
  readonly lang: Language;
}) {
  const pc = (p: number): string => formatPercent(p, lang, 0);
  const start = formatDate(result.start, lang);
  const horizon = formatDate(result.horizon, lang);
  const counts = STANCES.map(
    (s) => `${t(`stance.${s}`)} ${table.stances.filter((x) => x.stance === s).length}`,
  ).join(', ');
  const limits = new Set(STANCES.map((s) => table.categories[s].ratify.withinMonths));
  const shared = limits.size === 1 ? [...limits][0] : undefined;
  const within = (m: number | null | undefined): string =>
    m === null || m === undefined ? '' : t('a.within', { months: plural(m, lang, MONTHS_GENITIVE) });
  const chances = STANCES.map((s) => {
    const c = table.categories[s];
    const ratify = pc(c.ratify.probability) + (shared === undefined ? within(c.ratify.withinMonths) : '');
    return t('a.chance', { stance: t(`stance.${s}`), sign: pc(c.sign.probability), ratify });
  }).join('; ');
  const blocs = table.blocs
    .map((b) => {
      const key = `bloc.${b.id}`;
      const label = key in M ? t(key as 'bloc.nato') : b.id;
      return `${label} ${pc(b.rho)}`;
    })
    .join(', ');
  return (
    <aside className="an-assumptions" id="an-outlook-assumptions" aria-labelledby="an-outlook-assumptions-h">
      <h3 id="an-outlook-assumptions-h">{t('assumptions.title')}</h3>
      <ul>
        <li>
          <Terms
            text={t('a.rule', {
              n: settings.instruments,
              orgs: t(settings.orgs ? 'rule.count' : 'rule.dontCount'),
            })}
          />
        </li>
        <li>
          {table.signatureMonths === null
            ? t('a.window.open', { start, horizon })
            : t('a.window', { months: plural(table.signatureMonths, lang, MONTHS), start, horizon })}
        </li>
        <li>{t('a.stances', { n: table.stances.length, counts })}</li>
        <li>{t('a.chances', { within: within(shared), list: chances })}</li>
        <li>{t('a.together', { climate: pc(table.climate.rho), blocs })}</li>
      </ul>
      <p>
        <strong>{t('a.notData')}</strong>
      </p>
      <p className="muted">
        {t('a.reproduce', { total: result.trials, seed: result.seed })} <code>{commandOf(settings)}</code>
      </p>
    </aside>
  );
}
