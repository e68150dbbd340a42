/**
 * @module The outlook's report on a finished run: the headline figure with why it is rounded and the
 * assumptions beside it, the median dates and instruments, the curve over the ten years, the table by
 * quarter, who was most often pivotal, and the model's warnings.
 */
import { useState } from 'react';
import { daysBetween } from '../../../../../src/treaty/dates.ts';
import type { IsoDate } from '../../../../../src/treaty/dates.ts';
import type { OutlookResult, StanceTable } from '../../../../../src/analysis/outlook.ts';
import { formatDate } from '../../../i18n.tsx';
import type { Language } from '../../../i18n.tsx';
import { LineChart } from '../charts.tsx';
import { formatCount, formatPercent } from '../common.tsx';
import type { T } from '../outlook.messages.ts';
import { Assumptions } from './assumptions.tsx';
import { figureText, roundedFigure } from './figure.ts';
import { Pivotal } from './pivotal.tsx';
import { QuarterTable } from './quarter-table.tsx';
import type { Settings } from './simulation.ts';

/** A finished run: the headline figure and its assumptions, the dates, the curve, the tables. */
export function OutlookReport({
  result,
  table,
  settings,
  ms,
  t,
  lang,
}: {
  readonly result: OutlookResult;
  readonly table: StanceTable;
  readonly settings: Settings;
  readonly ms: number;
  readonly t: T;
  readonly lang: Language;
}) {
  const [allPivotal, setAllPivotal] = useState(false);
  const f = result.inForceByHorizon;
  const horizon = formatDate(result.horizon, lang);
  const figure = roundedFigure(f.probability, f.standardError);
  const figureWords = figureText(figure, t, lang);
  const span = daysBetween(result.start, result.horizon);
  const startYear = Number(result.start.slice(0, 4));
  const endYear = Number(result.horizon.slice(0, 4));
  const xTicks = [];
  for (let y = startYear + 1; y <= endYear; y += 1) {
    const d = daysBetween(result.start, `${y}-01-01` as IsoDate);
    if (d <= span) xTicks.push({ x: d, label: String(y) });
  }
  const z = 1.96;
  const points = [
    { x: 0, y: 0, lo: 0, hi: 0 },
    ...result.curve.map((p) => ({
      x: daysBetween(result.start, p.date),
      y: p.probability,
      lo: Math.max(0, p.probability - z * p.standardError),
      hi: Math.min(1, p.probability + z * p.standardError),
    })),
  ];
  const yMax = Math.max(0.01, ...points.map((p) => p.hi));
  const markers = [
    ...(result.median === null
      ? []
      : [
          { x: daysBetween(result.start, result.median), label: t('marker.median', { date: result.median }) },
        ]),
    ...(result.medianIfInForce === null
      ? []
      : [
          {
            x: daysBetween(result.start, result.medianIfInForce),
            label: t('marker.medianIf', { date: result.medianIfInForce }),
          },
        ]),
  ];
  const tick = yMax < 0.05 ? 1 : 0;
  const threshold = result.rule.instruments ?? 0;
  const csvAbout = (table: string): string =>
    t('csv.about', {
      total: result.trials,
      seed: result.seed,
      n: threshold,
      orgs: t(settings.orgs ? 'rule.count' : 'rule.dontCount'),
      start: result.start,
      horizon: result.horizon,
      table,
    });

  return (
    <div className="an-card">
      <p className="muted" role="status">
        {t('finished', {
          total: formatCount(result.trials, lang),
          seed: result.seed,
          start: formatDate(result.start, lang),
          horizon,
          ms: formatCount(ms, lang),
        })}
      </p>
      <div className="an-figure" id="an-outlook-figure">
        <div className="an-figure-main">
          <p
            className="an-headline"
            id="an-outlook-headline"
            data-in-force={f.trials}
            data-trials={result.trials}
            data-probability={f.probability}
            data-figure={figure.kind === 'about' ? figure.points : `${figure.lo}-${figure.hi}`}
          >
            {t('headline', { horizon, figure: figureWords })}
          </p>
          <p className="an-precision">
            {t(figure.kind === 'about' ? 'precision.about' : 'precision.range', {
              ci: formatPercent(z * f.standardError, lang, 1),
              n: formatCount(f.trials, lang),
              total: formatCount(result.trials, lang),
            })}
          </p>
        </div>
        <Assumptions result={result} table={table} settings={settings} t={t} lang={lang} />
      </div>
      <ul className="an-facts">
        <li>
          {t('median', { date: result.median === null ? t('median.none') : formatDate(result.median, lang) })}
        </li>
        <li>
          {t('medianIf', {
            date:
              result.medianIfInForce === null ? t('medianIf.none') : formatDate(result.medianIfInForce, lang),
          })}
        </li>
        <li>
          {t('instruments', {
            horizon,
            mean: result.instruments.mean.toLocaleString(lang === 'ru' ? 'ru-RU' : 'en-GB', {
              minimumFractionDigits: 1,
              maximumFractionDigits: 1,
            }),
            p10: result.instruments.p10,
            p50: result.instruments.p50,
            p90: result.instruments.p90,
          })}
        </li>
      </ul>
      <LineChart
        label={t('chart.label', {
          start: formatDate(result.start, lang),
          horizon,
          p: figureWords,
        })}
        points={points}
        xTicks={xTicks}
        xMax={span}
        yMax={yMax}
        formatY={(y) => formatPercent(y, lang, tick)}
        markers={markers}
        yLabel={t('chart.y')}
      />
      <p className="muted">{t('chart.band')}</p>
      <QuarterTable result={result} t={t} lang={lang} about={csvAbout(t('csv.quarters'))} />
      <Pivotal
        result={result}
        threshold={threshold}
        all={allPivotal}
        onShowAll={() => setAllPivotal(true)}
        about={csvAbout(t('csv.pivotal'))}
        t={t}
        lang={lang}
      />
      {result.warnings.length > 0 && (
        <details>
          <summary>{t('warnings')}</summary>
          <ul>
            {result.warnings.map((w) => (
              <li key={w} lang="en">
                {w}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
