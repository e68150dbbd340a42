/**
 * @module Force limits (`est analyze force-limits`, in the browser): the case library of real NATO
 * deployments (cases/deployments.yaml, read as the CLI reads it) run through the engine under each
 * reading of NRC 4's "substantial combat forces" (2009) and under NRA 4 (2021), a counterfactual the
 * view says so; a matrix host × reading of first breaches, each cell linking to the deployments that
 * made it and their sources; then NATO's accessions since 1997 against NRA 6. The computation is in
 * force-limits/data.ts, the matrix in force-limits/matrix.tsx, a host's crossings in
 * force-limits/host-details.tsx, the accessions in force-limits/enlargement.tsx.
 */
import { useEffect, useState } from 'react';
import { ErrorMessage, Loading } from '../../components.tsx';
import { useLanguage, useT } from '../../i18n.tsx';
import { M } from './force-limits.messages.ts';
import { compute, computedSoFar } from './force-limits/data.ts';
import type { Computed } from './force-limits/data.ts';
import { ForceLimitsReportView } from './force-limits/matrix.tsx';

export function ForceLimitsSection({ query }: { readonly query: URLSearchParams }) {
  const t = useT(M);
  const { lang } = useLanguage();
  const [result, setResult] = useState<Computed | { issues: readonly string[] } | { error: Error } | null>(
    computedSoFar(),
  );
  useEffect(() => {
    if (result !== null) return undefined;
    // Let the page paint "Computing…" first: the runs of the engine take a moment.
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
