/**
 * @module One body's card in the blocking section (the Conference or the Extraordinary Conference):
 * the quorum and how many absentees deny it, each bloc against that threshold as a chart and a table
 * (with its CSV), the smallest combinations of blocs that deny it, and who can block a quorate
 * conference.
 */
import { useMemo } from 'react';
import { blocking } from '../../../../../src/analysis/blocking.ts';
import type { BlockingReport, Body } from '../../../../../src/analysis/blocking.ts';
import { GameError } from '../../../../../src/analysis/games.ts';
import type { IsoDate } from '../../../../../src/treaty/dates.ts';
import type { ParameterValues } from '../../../../../src/treaty/parameters/index.ts';
import type { PartySet } from '../../../../../src/treaty/parties/index.ts';
import { ErrorMessage } from '../../../components.tsx';
import { formatDate, plural } from '../../../i18n.tsx';
import type { Language } from '../../../i18n.tsx';
import { partyName } from '../../../names.ts';
import { ATTEND, DENY, THRESHOLD } from '../blocking.messages.ts';
import type { T } from '../blocking.messages.ts';
import { BarChart } from '../charts.tsx';
import {
  CsvButton,
  PARTIES,
  ScrollTable,
  Terms,
  isPreset,
  namesOf,
  presetName,
  shortOf,
} from '../common.tsx';

/** What the section analyses: a set of Parties, the parameters in force for it and the day. */
export interface Setup {
  readonly parties: PartySet;
  readonly params: ParameterValues;
  readonly asOf: IsoDate;
  readonly fromLog: boolean;
  /** The Parties come from an exercise log (invented filings): its exports say so. */
  readonly exercise: boolean;
}

export function BodyReport({
  body,
  setup,
  attacker,
  t,
  lang,
}: {
  readonly body: Body;
  readonly setup: Setup;
  readonly attacker: string | null;
  readonly t: T;
  readonly lang: Language;
}) {
  const result = useMemo((): { report: BlockingReport } | { error: Error } => {
    try {
      return {
        report: blocking({
          body,
          parties: setup.parties,
          asOf: setup.asOf,
          params: setup.params,
          ...(body === 'extraordinary' && attacker !== null ? { attacker } : {}),
        }),
      };
    } catch (e) {
      if (e instanceof GameError) return { error: e };
      throw e;
    }
  }, [body, setup, attacker]);
  const name = t(`body.${body}`);
  const headingId = `an-blocking-${body}`;
  if ('error' in result)
    return (
      <section aria-labelledby={headingId} className="an-card">
        <h3 id={headingId}>{name}</h3>
        <ErrorMessage error={result.error} />
      </section>
    );
  const r = result.report;
  const weighted = r.parties !== r.partyCount;
  const verdicts = r.blocs
    .map((b) => t(b.canDenyQuorum ? 'bloc.can' : 'bloc.cannot', { bloc: shortOf(b.id, lang), n: b.size }))
    .join(', ');
  const headline = t(weighted ? 'headline.weighted' : 'headline', {
    parties: plural(r.partyCount, lang, PARTIES),
    w: r.parties,
    num: r.quorum.num,
    den: r.quorum.den,
    q: r.quorumRequired,
    d: r.absenteesToDeny,
    attend: plural(r.quorumRequired, lang, ATTEND),
    deny: plural(r.absenteesToDeny, lang, DENY),
  });
  const threshold = plural(r.absenteesToDeny, lang, THRESHOLD);
  const yesNo = (x: boolean): string => t(x ? 'csv.yes' : 'csv.no');
  const v = r.vetoes;
  return (
    <section aria-labelledby={headingId} className="an-card" data-body={body}>
      <h3 id={headingId}>
        {name} <span className="muted">({r.cite})</span>
      </h3>
      <p className="an-headline">{headline}</p>
      <p>{verdicts}.</p>
      <BarChart
        label={t('chart.label', { body: name, deny: threshold, verdicts })}
        rows={r.blocs.map((b) => ({
          key: b.id,
          label: shortOf(b.id, lang),
          bars: [
            {
              value: b.size,
              tone: b.canDenyQuorum ? 'can' : 'cannot',
              text: t(b.canDenyQuorum ? 'bar.can' : 'bar.cannot', { n: b.size, s: b.shortBy }),
            },
          ],
        }))}
        max={r.absenteesToDeny}
        threshold={{ value: r.absenteesToDeny, label: threshold }}
        legend={[
          { tone: 'can', label: t('chart.can') },
          { tone: 'cannot', label: t('chart.cannot') },
        ]}
      />
      <ScrollTable label={t('table.label', { body: name })}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('th.bloc')}</th>
              <th scope="col">{t('th.size')}</th>
              <th scope="col">{t('th.verdict')}</th>
              <th scope="col">{t('th.members')}</th>
            </tr>
          </thead>
          <tbody>
            {r.blocs.map((b) => (
              <tr key={b.id} data-bloc={b.id}>
                <th scope="row">{shortOf(b.id, lang)}</th>
                <td>
                  {b.size}
                  {b.organizationCounted && (
                    <span className="muted"> {t('incl.org', { bloc: shortOf(b.id, lang) })}</span>
                  )}
                </td>
                <td>{b.canDenyQuorum ? t('verdict.can') : t('verdict.cannot', { n: b.shortBy })}</td>
                <td>
                  <details>
                    <summary>{t('members.show', { n: b.members.length })}</summary>
                    {namesOf(b.members, lang)}
                  </details>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <CsvButton
        file={`est-analysis-blocking-${body}`}
        exercise={setup.exercise}
        about={t('csv.about', {
          body: name,
          cite: r.cite,
          set:
            typeof setup.parties === 'string' && isPreset(setup.parties)
              ? presetName(setup.parties, lang)
              : t('source.log'),
          date: formatDate(setup.asOf, lang),
        })}
        header={[t('th.bloc'), t('th.size'), t('csv.organization'), t('th.verdict'), t('th.members')]}
        rows={r.blocs.map((b) => [
          shortOf(b.id, lang),
          b.size,
          yesNo(b.organizationCounted),
          b.canDenyQuorum ? t('verdict.can') : t('verdict.cannot', { n: b.shortBy }),
          b.members.map((id) => partyName(id, lang)).join('; '),
        ])}
      />
      <h4>{t('combos.title')}</h4>
      {r.smallestDenyingCombinations.length === 0 ? (
        <p>{t('combos.none')}</p>
      ) : (
        <ul>
          {r.smallestDenyingCombinations.map((c) => (
            <li key={c.blocs.join('+')}>
              {c.blocs.map((b) => shortOf(b, lang)).join(' + ')} ({c.size})
            </li>
          ))}
        </ul>
      )}
      <h4>{t('vetoes.title')}</h4>
      <ul>
        <li>
          <Terms
            text={t(v.rule === 'objection' ? 'vetoes.objection' : 'vetoes.vote', {
              cite: v.cite,
              n: v.count,
            })}
          />
          {v.abstentionBlocks !== null &&
            ` ${t(v.abstentionBlocks ? 'vetoes.abstain.yes' : 'vetoes.abstain.no')}`}
        </li>
        {v.cannot.map((c) => (
          <li key={c.id}>
            {t('vetoes.cannot', {
              name: partyName(c.id, lang),
              reason: t(c.id === r.attacker ? 'reason.attacker' : 'reason.weight0'),
            })}
          </li>
        ))}
        <li>
          {t('vetoes.absence', {
            list: v.byAbsence.length === 0 ? t('vetoes.absence.none') : namesOf(v.byAbsence, lang),
          })}
        </li>
      </ul>
    </section>
  );
}
