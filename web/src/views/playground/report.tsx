/**
 * @module The report of a run: the treaty's status, the parties, each procedure as the procedure page
 * shows it, the findings, the refused acts with their citation and reason, the `expect:` check, and
 * the download of the outcome as the same JSON as `est run --json`.
 */
import type { ReactNode } from 'react';
import { describeFinding, describeViolation } from '../../../../src/engine/messages.ts';
import type { PartyStatus, RejectionOutcome } from '../../../../src/engine/outcome.ts';
import type { ParameterId } from '../../../../src/treaty/parameters/index.ts';
import { PARAMETERS, formatParameterValue } from '../../../../src/treaty/parameters/index.ts';
import { citeOf } from '../../../../src/treaty/provisions/index.ts';
import { TREATIES } from '../../../../src/treaty/treaties.ts';
import { formatDate, useLanguage, useT } from '../../i18n.tsx';
import { Term } from '../../term.tsx';
import { M, countOf } from '../playground.messages.ts';
import { Cite, PartyList, ProcedureDetails, ProcedureTitle, RefusedList } from '../procedure.tsx';
import type { Result } from './run.ts';

function outcomeFileName(file: string): string {
  const base = file.replace(/^.*[\\/]/, '').replace(/\.(scenario\.)?(ya?ml|json)$/i, '');
  return `${base || 'scenario'}.outcome.json`;
}

function download(json: string, name: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const STATUSES: readonly PartyStatus[] = ['party', 'withdrawing', 'withdrawn', 'acceding', 'signatory'];

function Section({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  return (
    <section className="report-section">
      <h3>{title}</h3>
      {children}
    </section>
  );
}

export function Report({
  result,
  goToLine,
}: {
  readonly result: Extract<Result, { kind: 'report' }>;
  readonly goToLine: (line: number) => void;
}) {
  const t = useT(M);
  const { lang } = useLanguage();
  const { outcome: o, scenario } = result;
  const day = (d: string) => formatDate(d, lang);
  const jump = (id: string) => (
    <button
      type="button"
      className="linklike"
      onClick={() => document.getElementById(`pg-proc-${id}`)?.scrollIntoView({ block: 'start' })}
    >
      {id}
    </button>
  );
  const describe = (r: RejectionOutcome) => {
    const vs = result.violations.get(r.index);
    const [first, ...rest] = vs ?? [];
    if (first === undefined || first.code !== r.code) return null;
    return { reason: describeViolation(first, lang), also: rest.map((v) => describeViolation(v, lang)) };
  };
  const changed = Object.entries(result.changed) as [ParameterId, unknown][];
  // An assumed entry into force needs no instrument (countedInstruments is then 0): say so, as est run does.
  const assumed = o.entryIntoForce !== null && o.entryIntoForce === scenario.assume?.inForce;
  return (
    <article className="report" aria-labelledby="report-title">
      <p className="what-if" role="note">
        <strong>{t('whatIf')}</strong> {t('whatIfText')}
      </p>
      <div className="report-head">
        <div>
          <h2 id="report-title">{o.scenario}</h2>
          <p className="muted">
            {t('asOfLine', { treaty: TREATIES[o.treaty].title[lang], date: day(o.asOf) })}
          </p>
        </div>
        <div className="download">
          <button
            type="button"
            className="primary"
            onClick={() => download(result.json, outcomeFileName(result.file))}
          >
            ⤓ {t('download')}
          </button>
          <p className="muted small">{t('downloadHint')}</p>
        </div>
      </div>
      {scenario.description && <p className="description">{scenario.description}</p>}
      <p role="status" className="small">
        {t('ran', {
          acts: countOf(scenario.acts.length, 'act', lang),
          procedures: countOf(o.procedures.length, 'procedure', lang),
          findings: countOf(o.findings.length, 'finding', lang),
          refused: o.rejected.length,
        })}
      </p>

      {result.expect !== null && (
        <Section title={t('expect')}>
          {result.expect.length === 0 ? (
            <p className="expect-ok">✓ {t('expectOk')}</p>
          ) : (
            <div className="expect-fail">
              <p>✗ {t('expectFail', { places: countOf(result.expect.length, 'place', lang) })}</p>
              <ul lang="en">
                {result.expect.map((d) => (
                  <li key={d}>
                    <code>{d}</code>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {result.overridden && <p className="muted small">{t('expectOverrides')}</p>}
        </Section>
      )}

      {changed.length > 0 && (
        <Section title={t('changed')}>
          <ul className="plain">
            {changed.map(([id, v]) => (
              <li key={id}>
                <code>
                  {id} = {formatParameterValue(v as never)}
                </code>{' '}
                <span className="muted">
                  (
                  {t('textDefault', {
                    value: formatParameterValue(PARAMETERS[id].values.at(-1)?.value ?? null),
                  })}
                  ; <Cite cite={citeOf(PARAMETERS[id].cites)} />)
                </span>
              </li>
            ))}
          </ul>
        </Section>
      )}

      <Section title={t('treatyTitle')}>
        <p className="treaty-status">
          {o.entryIntoForce === null
            ? t('notInForce')
            : assumed
              ? t(o.inForce ? 'inForceAssumed' : 'entersAssumed', { date: day(o.entryIntoForce) })
              : t(o.inForce ? 'inForceSince' : 'entersOn', { date: day(o.entryIntoForce) })}{' '}
          <Term id="counted-instruments">{t(assumed ? 'countedSince' : 'counted')}</Term>:{' '}
          {o.countedInstruments}.
        </p>
      </Section>

      <Section title={t('parties', { n: o.parties.length })}>
        {o.parties.length === 0 ? (
          <p className="muted">{t('none')}</p>
        ) : (
          <dl className="statuses">
            {STATUSES.map((s) => {
              const ids = o.parties.filter((p) => p.status === s).map((p) => p.id);
              if (ids.length === 0) return null;
              return (
                <div key={s} className={`status-group status-${s}`}>
                  <dt>
                    {s === 'acceding' ? <Term id="accession">{t(`status.${s}`)}</Term> : t(`status.${s}`)}{' '}
                    <span className="count">{ids.length}</span>
                  </dt>
                  <dd>
                    <PartyList ids={ids} />
                  </dd>
                </div>
              );
            })}
          </dl>
        )}
        <ul className="plain small">
          {o.parties
            .filter((p) => p.status === 'signatory' && p.inForceFrom !== null)
            .map((p) => (
              <li key={`later-${p.id}`}>
                {t('laterParty', {
                  who: p.id,
                  deposited: day(p.deposited ?? ''),
                  from: day(p.inForceFrom ?? ''),
                })}
              </li>
            ))}
          {o.parties
            .filter((p) => p.withdrawalEffective !== null)
            .map((p) => (
              <li key={`withdrawal-${p.id}`}>
                {t('withdrawal', { who: p.id, date: day(p.withdrawalEffective ?? '') })}
              </li>
            ))}
        </ul>
      </Section>

      <Section title={t('procedures', { n: o.procedures.length })}>
        {o.procedures.length === 0 && <p className="muted">{t('none')}</p>}
        {o.procedures.map((p) => (
          <section key={p.id} id={`pg-proc-${p.id}`} className="procedure-report" data-procedure={p.id}>
            <h4>
              <ProcedureTitle procedure={p} />
            </h4>
            <ProcedureDetails procedure={p} procedureLink={jump} headingLevel={5} />
          </section>
        ))}
      </Section>

      <Section title={t('findings', { n: o.findings.length })}>
        {o.findings.length === 0 ? (
          <p className="muted">{t('none')}</p>
        ) : (
          <ul className="findings">
            {o.findings.map((f, i) => (
              <li key={`${f.code}-${f.on}-${i}`}>
                <time dateTime={f.on}>{day(f.on)}</time> <code className="code-name">{f.code}</code> (
                <Cite cite={f.cite} />) <PartyList ids={f.parties} />: {describeFinding(f, lang)}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section title={t('refused', { n: o.rejected.length })}>
        {o.rejected.length === 0 ? (
          <p className="muted">{t('none')}</p>
        ) : (
          <RefusedList
            rejected={o.rejected}
            describe={describe}
            extra={(r) => {
              const line = scenario.lines[r.index];
              return line === undefined ? null : (
                <>
                  {' '}
                  <button type="button" className="linklike small" onClick={() => goToLine(line)}>
                    {t('refusedLine', { line })}
                  </button>
                </>
              );
            }}
          />
        )}
      </Section>
    </article>
  );
}
