/**
 * @module One host's crossings in the force-limits section: the days a limit was breached (the same
 * crossing under several readings of one draft shown once), what was exceeded (NRC 4) or that forces
 * stood beyond the 1997 baseline (NRA 4), the forces counted, the deployments responsible and their
 * sources.
 */
import { useEffect, useRef } from 'react';
import type {
  Crossing,
  Reading,
  ReadingTreaty,
  ReportedExceeded,
} from '../../../../../src/analysis/force-limits.ts';
import { formatDate } from '../../../i18n.tsx';
import type { Language } from '../../../i18n.tsx';
import { partyName } from '../../../names.ts';
import { href } from '../../../router.ts';
import { formatCount } from '../common.tsx';
import type { T } from '../force-limits.messages.ts';
import type { Computed } from './data.ts';
import { readingLabel } from './readings.ts';

const deployerName = (id: string, lang: Language): string =>
  id.startsWith('x:') ? id.slice(2).replace(/-/g, ' ') : partyName(id, lang);

const crossingKey = (treaty: ReadingTreaty, c: Crossing): string =>
  `${treaty}|${c.on}|${c.exceeded.map((e) => `${e.kind}${e.count}`).join(',')}|${c.responsible.join(',')}`;

/** A host's crossings under every reading, each with the deployments behind it and their sources. */
export function HostDetails({
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

  // Identical crossings (same draft, day, kinds and deployments) under several readings are shown once.
  const groups = new Map<
    string,
    { crossing: Crossing; treaty: ReadingTreaty; readings: Reading[]; first: boolean }
  >();
  for (const r of report.readings) {
    const h = r.hosts.find((x) => x.host === host);
    for (const c of h?.crossings ?? []) {
      const key = crossingKey(r.reading.treaty, c);
      const g = groups.get(key) ?? { crossing: c, treaty: r.reading.treaty, readings: [], first: false };
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
          {sorted.map(({ crossing, treaty, readings, first }) => (
            <li
              key={crossingKey(treaty, crossing)}
              className={readings.some((r) => r.id === reading) ? 'an-selected' : undefined}
              data-treaty={treaty}
            >
              <p>
                <strong>{formatDate(crossing.on, lang)}</strong>:{' '}
                {treaty === 'nra-2021'
                  ? t(first ? 'details.firstBreach' : 'details.againBreach', { readings: names(readings) })
                  : t(first ? 'details.first' : 'details.again', { readings: names(readings) })}
              </p>
              {treaty === 'nra-2021' ? (
                <p>
                  {t('details.beyond')}
                  {crossing.baselineHost ? ` ${t('details.baseline')}` : ''}
                </p>
              ) : (
                <p>{t('details.exceeded', { list: crossing.exceeded.map(describe).join('; ') })}</p>
              )}
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
