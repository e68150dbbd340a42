/**
 * @module Force limits (`est analyze force-limits`, in the browser): the case library of real NATO
 * deployments (cases/deployments.yaml, read as the CLI reads it) run through the engine under each
 * reading of NRC 4's "substantial combat forces"; a matrix host × reading of first crossings, each
 * cell linking to the deployments that made the crossing and their sources.
 */
import { useEffect, useRef, useState } from 'react';
import { parse as parseYaml } from 'yaml';
import deploymentsText from '../../../../cases/deployments.yaml?raw';
import {
  READINGS,
  analyzeForceLimits,
  firstCrossingMatrix,
  latestDate,
  parseDeploymentData,
} from '../../../../src/analysis/force-limits.ts';
import type {
  Crossing,
  DeploymentData,
  ForceLimitsReport,
  Reading,
  ReportedExceeded,
} from '../../../../src/analysis/force-limits.ts';
import { ErrorMessage, Loading } from '../../components.tsx';
import { defineMessages, formatDate, useLanguage, useT } from '../../i18n.tsx';
import type { Language } from '../../i18n.tsx';
import { href } from '../../router.ts';
import { CsvButton, ScrollTable, Terms, formatCount } from './common.tsx';
import { partyName } from '../../names.ts';

const M = defineMessages({
  title: { en: 'Force limits against real deployments', ru: 'Ограничения сил и реальные развёртывания' },
  intro: {
    en: 'Article 4 of the draft NATO-Russia agreement forbids “[[substantial-combat-forces|substantial combat forces]]” in the states that joined NATO after 1997, beyond thresholds reported in 2010. NATO deployments of 2010 to 2026 ({n}; sources: {s}; cases/deployments.yaml) run through the engine under five readings of the phrase.',
    ru: 'Статья 4 проекта соглашения Россия — НАТО запрещает «[[substantial-combat-forces|существенные боевые силы]]» в государствах, вступивших в НАТО после 1997 года, сверх порогов, о которых сообщалось в 2010 году. Развёртывания НАТО 2010–2026 годов ({n}; источников: {s}; cases/deployments.yaml) проходят через движок при пяти прочтениях этой формулировки.',
  },
  assumed: {
    en: 'The draft is assumed in force from {date} among the NATO-Russia Council states of 2009; Russia’s forces are exempt, a host’s own never count. Deployments counted up to {asOf}.',
    ru: 'Проект считается действующим с {date} между государствами Совета Россия — НАТО 2009 года; силы России исключены, собственные силы принимающего государства не учитываются. Развёртывания учтены по {asOf}',
  },
  readings: { en: 'Readings', ru: 'Прочтения' },
  'reading.nrc-2010': { en: 'the 2010 Russian reading', ru: 'российское прочтение 2010 года' },
  'reading.nrc-2010.d': {
    en: 'the thresholds reported on 27 October 2010, temporary deployments counted, targets the states that joined NATO after 27 May 1997 (the default)',
    ru: 'пороги, о которых сообщалось 27 октября 2010 г., временные развёртывания учитываются, защищены государства, вступившие в НАТО после 27 мая 1997 г. (по умолчанию)',
  },
  'reading.permanent-only': {
    en: 'permanent stationing only (1997 wording)',
    ru: 'только постоянное размещение (формулировка 1997 г.)',
  },
  'reading.permanent-only.d': {
    en: 'as the default, but only permanent stationing counts, as the 1997 NATO statement and Founding Act put it',
    ru: 'как по умолчанию, но учитывается только постоянное размещение, как в заявлении НАТО и Основополагающем акте 1997 г.',
  },
  'reading.joined-after-1991': { en: 'members since the Soviet breakup', ru: 'члены после распада СССР' },
  'reading.joined-after-1991.d': {
    en: 'as the default, targets the states that joined NATO after 26 December 1991 (no state joined between then and May 1997, so the set is the same)',
    ru: 'как по умолчанию, защищены государства, вступившие в НАТО после 26 декабря 1991 г. (до мая 1997 г. никто не вступал, так что набор тот же)',
  },
  'reading.former-wp-ussr': {
    en: 'former Warsaw Pact and USSR only',
    ru: 'только бывшие страны Варшавского договора и СССР',
  },
  'reading.former-wp-ussr.d': {
    en: 'as the default, targets only the former Warsaw Pact states and former Soviet republics (PL CZ HU BG RO SK EE LV LT); AL HR SI ME MK FI SE are left out',
    ru: 'как по умолчанию, защищены только бывшие государства Варшавского договора и бывшие советские республики (PL CZ HU BG RO SK EE LV LT); AL HR SI ME MK FI SE не входят',
  },
  'reading.separate-24': {
    en: '24 aircraft and 24 helicopters apart',
    ru: '24 самолёта и 24 вертолёта раздельно',
  },
  'reading.separate-24.d': {
    en: 'as the default, but more than 24 combat aircraft, or more than 24 attack helicopters, each counted on its own',
    ru: 'как по умолчанию, но более 24 боевых самолётов или более 24 ударных вертолётов, каждые по отдельности',
  },
  'matrix.title': {
    en: 'First day a threshold was crossed, by host and reading',
    ru: 'Первый день превышения порога по принимающему государству и прочтению',
  },
  'matrix.hint': {
    en: 'Choose a cell to see the deployments behind it and their sources.',
    ru: 'Выберите ячейку, чтобы увидеть развёртывания и их источники.',
  },
  'th.host': { en: 'Host', ru: 'Принимающее государство' },
  'th.id': { en: 'Code', ru: 'Код' },
  'csv.about': {
    en: 'First day a threshold of NRC 4 (substantial combat forces) was crossed, by host and reading, had the draft been in force from {date}; deployments counted up to {asOf}.',
    ru: 'Первый день превышения порога статьи 4 (существенные боевые силы) по принимающему государству и прочтению, если бы проект действовал с {date}; развёртывания учтены по {asOf}.',
  },
  never: { en: 'never', ru: 'никогда' },
  notTarget: { en: 'not a target', ru: 'не защищено' },
  'cell.label': { en: '{host}, {reading}: {value}', ru: '{host}, {reading}: {value}' },
  'details.title': { en: '{host}: crossings', ru: '{host}: превышения' },
  'details.none': {
    en: 'No threshold was crossed in {host} under any reading.',
    ru: 'Ни при одном прочтении пороги в {host} не превышены.',
  },
  'details.first': {
    en: 'first crossed under {readings}',
    ru: 'впервые превышено при прочтениях: {readings}',
  },
  'details.again': { en: 'crossed again under {readings}', ru: 'снова превышено при прочтениях: {readings}' },
  'details.exceeded': { en: 'Exceeded: {list}', ru: 'Превышено: {list}' },
  'details.deployedBy': {
    en: 'Counted forces present of: {list}',
    ru: 'Учтённые силы: {list}',
  },
  'details.silent': { en: 'Never crossed under {readings}.', ru: 'Не превышено при прочтениях: {readings}.' },
  'details.notTarget': {
    en: '{host} is not a target under {reading}.',
    ru: '{host} не защищено при прочтении {reading}.',
  },
  'details.close': { en: 'Back to the matrix', ru: 'Назад к таблице' },
  exceeded: { en: '{kind} {count} > {threshold}', ru: '{kind}: {count} > {threshold}' },
  'kind.brigades': { en: 'brigades', ru: 'бригады' },
  'kind.helicopterBattalions': { en: 'helicopter battalions', ru: 'вертолётные батальоны' },
  'kind.airRegiments': { en: 'air regiments', ru: 'авиаполки' },
  'kind.tanks': { en: 'tanks', ru: 'танки' },
  'kind.armouredVehicles': { en: 'armoured vehicles', ru: 'бронемашины' },
  'kind.combatAircraftAndAttackHelicopters': {
    en: 'combat aircraft and attack helicopters',
    ru: 'боевые самолёты и ударные вертолёты',
  },
  'kind.combatAircraft': { en: 'combat aircraft', ru: 'боевые самолёты' },
  'kind.attackHelicopters': { en: 'attack helicopters', ru: 'ударные вертолёты' },
  deployment: {
    en: '{by} in {in}, {span}, {kind}, confidence {confidence}',
    ru: '{by} в {in}, {span}, {kind}, достоверность: {confidence}',
  },
  'span.open': { en: 'from {from}', ru: 'с {from}' },
  'span.closed': { en: '{from} to {to}', ru: 'с {from} по {to}' },
  permanent: { en: 'permanent', ru: 'постоянное' },
  temporary: { en: 'temporary', ru: 'временное' },
  'confidence.high': { en: 'high', ru: 'высокая' },
  'confidence.medium': { en: 'medium', ru: 'средняя' },
  'confidence.low': { en: 'low', ru: 'низкая' },
  'data.invalid': { en: 'The case library is malformed:', ru: 'Библиотека случаев содержит ошибки:' },
  rejected: { en: 'Acts the engine refused', ru: 'Действия, отклонённые движком' },
});

type T = ReturnType<typeof useT<typeof M>>;

interface Computed {
  readonly data: DeploymentData;
  readonly report: ForceLimitsReport;
}

let cached: Computed | { issues: readonly string[] } | null = null;

/** Reads the case library as the CLI does (YAML 1.2, then parseDeploymentData) and runs every reading. */
function compute(): Computed | { issues: readonly string[] } {
  if (cached !== null) return cached;
  const parsed = parseDeploymentData(parseYaml(deploymentsText, { version: '1.2' }));
  if (!parsed.ok) cached = { issues: parsed.issues };
  else {
    const data = parsed.data;
    cached = { data, report: analyzeForceLimits(data, READINGS, data.asOf ?? latestDate(data.deployments)) };
  }
  return cached;
}

const readingLabel = (r: Reading, t: T): string =>
  READINGS.some((x) => x.id === r.id) ? t(`reading.${r.id}` as 'reading.nrc-2010') : r.label;
const readingDescription = (r: Reading, t: T): string =>
  READINGS.some((x) => x.id === r.id) ? t(`reading.${r.id}.d` as 'reading.nrc-2010.d') : r.description;

const deployerName = (id: string, lang: Language): string =>
  id.startsWith('x:') ? id.slice(2).replace(/-/g, ' ') : partyName(id, lang);

const detailsHref = (host: string, reading: string): string =>
  `${href('analysis')}?${new URLSearchParams({ section: 'force-limits', host, reading }).toString()}`;

export function ForceLimitsSection({ query }: { readonly query: URLSearchParams }) {
  const t = useT(M);
  const { lang } = useLanguage();
  const [result, setResult] = useState<Computed | { issues: readonly string[] } | { error: Error } | null>(
    cached,
  );
  useEffect(() => {
    if (result !== null) return undefined;
    // Let the page paint "Computing…" first: five runs of the engine take a moment.
    const timer = setTimeout(() => {
      try {
        setResult(compute());
      } catch (e) {
        setResult({ error: e instanceof Error ? e : new Error(String(e)) });
      }
    }, 0);
    return () => clearTimeout(timer);
  }, [result]);

  const host = query.get('host');
  const reading = query.get('reading');

  return (
    <section aria-labelledby="an-force">
      <h2 id="an-force">{t('title')}</h2>
      {result === null && <Loading />}
      {result !== null && 'error' in result && <ErrorMessage error={result.error} />}
      {result !== null && 'issues' in result && (
        <div className="error" role="alert">
          <p>{t('data.invalid')}</p>
          <ul>
            {result.issues.map((i) => (
              <li key={i}>{i}</li>
            ))}
          </ul>
        </div>
      )}
      {result !== null && 'report' in result && (
        <ForceLimitsReportView computed={result} host={host} reading={reading} t={t} lang={lang} />
      )}
    </section>
  );
}

function ForceLimitsReportView({
  computed,
  host,
  reading,
  t,
  lang,
}: {
  readonly computed: Computed;
  readonly host: string | null;
  readonly reading: string | null;
  readonly t: T;
  readonly lang: Language;
}) {
  const { data, report } = computed;
  const matrix = firstCrossingMatrix(report);
  const selected = host !== null && report.hosts.includes(host as never) ? host : null;
  return (
    <>
      <p>
        <Terms text={t('intro', { n: data.deployments.length, s: data.sources.size })} />
      </p>
      <p className="muted">
        {t('assumed', { date: formatDate(report.assumedInForce, lang), asOf: formatDate(report.asOf, lang) })}
      </p>
      <details>
        <summary>{t('readings')}</summary>
        <dl className="an-readings">
          {report.readings.map(({ reading: r }) => (
            <div key={r.id}>
              <dt>
                <code>{r.id}</code>: {readingLabel(r, t)}
              </dt>
              <dd>{readingDescription(r, t)}</dd>
            </div>
          ))}
        </dl>
      </details>
      <h3 id="an-fl-matrix">{t('matrix.title')}</h3>
      <p className="muted">{t('matrix.hint')}</p>
      <ScrollTable label={t('matrix.title')}>
        <table className="an-matrix" aria-labelledby="an-fl-matrix">
          <thead>
            <tr>
              <th scope="col">{t('th.host')}</th>
              {report.readings.map(({ reading: r }) => (
                <th key={r.id} scope="col" title={readingDescription(r, t)}>
                  <code>{r.id}</code>
                  <span className="an-sub">{readingLabel(r, t)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.map((row) => (
              <tr key={row.host} data-host={row.host}>
                <th scope="row">
                  {partyName(row.host, lang)} <span className="muted">({row.host})</span>
                </th>
                {row.cells.map((c, i) => {
                  const r = report.readings[i]?.reading as Reading;
                  const value = c === null ? t('never') : c === 'not-a-target' ? t('notTarget') : c;
                  const current = selected === row.host && reading === r.id;
                  return (
                    <td
                      key={r.id}
                      className={c === null ? 'an-never' : c === 'not-a-target' ? 'an-nt' : 'an-crossed'}
                    >
                      <a
                        href={detailsHref(row.host, r.id)}
                        aria-current={current ? 'true' : undefined}
                        aria-label={t('cell.label', {
                          host: partyName(row.host, lang),
                          reading: readingLabel(r, t),
                          value,
                        })}
                      >
                        {value}
                      </a>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <CsvButton
        file="est-analysis-force-limits"
        about={t('csv.about', { date: report.assumedInForce, asOf: report.asOf })}
        header={[
          t('th.host'),
          t('th.id'),
          ...report.readings.map(({ reading: r }) => `${r.id}: ${readingLabel(r, t)}`),
        ]}
        rows={matrix.map((row) => [
          partyName(row.host, lang),
          row.host,
          ...row.cells.map((c) => (c === null ? t('never') : c === 'not-a-target' ? t('notTarget') : c)),
        ])}
      />
      {selected !== null && (
        <HostDetails computed={computed} host={selected} reading={reading} t={t} lang={lang} />
      )}
      {report.readings.some((r) => r.rejected.length > 0) && (
        <details>
          <summary>{t('rejected')}</summary>
          <ul lang="en">
            {report.readings.flatMap((r) =>
              r.rejected.map((x) => (
                <li key={`${r.reading.id}-${x.index}`}>
                  {r.reading.id}: #{x.index} {x.act} {x.reason}
                </li>
              )),
            )}
          </ul>
        </details>
      )}
    </>
  );
}

const crossingKey = (c: Crossing): string =>
  `${c.on}|${c.exceeded.map((e) => `${e.kind}${e.count}`).join(',')}|${c.responsible.join(',')}`;

function HostDetails({
  computed,
  host,
  reading,
  t,
  lang,
}: {
  readonly computed: Computed;
  readonly host: string;
  readonly reading: string | null;
  readonly t: T;
  readonly lang: Language;
}) {
  const { data, report } = computed;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  }, [host, reading]);
  const records = new Map(data.deployments.map((r) => [r.id, r]));
  const hostName = partyName(host, lang);
  const describe = (e: ReportedExceeded): string =>
    t('exceeded', {
      kind: t(`kind.${e.kind}` as 'kind.tanks'),
      count: formatCount(e.count, lang),
      threshold: formatCount(e.threshold, lang),
    });

  // Identical crossings (same day, kinds and deployments) under several readings are shown once.
  const groups = new Map<string, { crossing: Crossing; readings: Reading[]; first: boolean }>();
  for (const r of report.readings) {
    const h = r.hosts.find((x) => x.host === host);
    for (const c of h?.crossings ?? []) {
      const key = crossingKey(c);
      const g = groups.get(key) ?? { crossing: c, readings: [], first: false };
      g.readings.push(r.reading);
      if (h?.first === c) g.first = true;
      groups.set(key, g);
    }
  }
  const sorted = [...groups.values()].sort((a, b) => a.crossing.on.localeCompare(b.crossing.on));
  const silent = report.readings.filter((r) => !r.hosts.find((x) => x.host === host)?.first);
  const selectedReading = report.readings.find((r) => r.reading.id === reading);
  const notTarget = selectedReading?.hosts.find((x) => x.host === host)?.target === false;
  const names = (rs: readonly Reading[]) => rs.map((r) => r.id).join(', ');

  return (
    <section className="an-card an-details" aria-labelledby="an-fl-details">
      <h3 id="an-fl-details" ref={heading} tabIndex={-1}>
        {t('details.title', { host: hostName })}
      </h3>
      {notTarget && selectedReading && (
        <p>{t('details.notTarget', { host: hostName, reading: readingLabel(selectedReading.reading, t) })}</p>
      )}
      {sorted.length === 0 ? (
        <p>{t('details.none', { host: hostName })}</p>
      ) : (
        <ol className="an-crossings">
          {sorted.map(({ crossing, readings, first }) => (
            <li
              key={crossingKey(crossing)}
              className={readings.some((r) => r.id === reading) ? 'an-selected' : undefined}
            >
              <p>
                <strong>{formatDate(crossing.on, lang)}</strong>:{' '}
                {t(first ? 'details.first' : 'details.again', { readings: names(readings) })}
              </p>
              <p>{t('details.exceeded', { list: crossing.exceeded.map(describe).join('; ') })}</p>
              <p>
                {t('details.deployedBy', {
                  list: crossing.deployedBy.map((id) => deployerName(id, lang)).join(', '),
                })}
              </p>
              <ul>
                {crossing.responsible.map((id) => {
                  const r = records.get(id);
                  if (!r) return null;
                  const span =
                    r.to === null
                      ? t('span.open', { from: r.from })
                      : t('span.closed', { from: r.from, to: r.to });
                  return (
                    <li key={id}>
                      <p>
                        <span lang="en">{r.title}</span>
                        <br />
                        <span className="muted">
                          {t('deployment', {
                            by: deployerName(r.by, lang),
                            in: partyName(r.in, lang),
                            span,
                            kind: t(r.permanent ? 'permanent' : 'temporary'),
                            confidence: t(`confidence.${r.confidence}`),
                          })}
                        </span>
                      </p>
                      <ul className="an-sources" lang="en">
                        {r.sources.map((sid) => {
                          const s = data.sources.get(sid);
                          if (!s) return null;
                          const title = s.title ?? s.url ?? s.id;
                          return (
                            <li key={sid}>
                              {s.url ? (
                                <a href={s.url} rel="noreferrer noopener" target="_blank">
                                  {title}
                                </a>
                              ) : (
                                title
                              )}{' '}
                              <span className="muted">({s.date})</span>
                            </li>
                          );
                        })}
                      </ul>
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        </ol>
      )}
      {silent.length > 0 && sorted.length > 0 && (
        <p>{t('details.silent', { readings: names(silent.map((r) => r.reading)) })}</p>
      )}
      <p>
        <a href={`${href('analysis')}?section=force-limits`}>{t('details.close')}</a>
      </p>
    </section>
  );
}
