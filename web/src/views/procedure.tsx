/**
 * @module The procedure page (`#/procedures/<id>`): a consultation, a Conference, an Extraordinary
 * Conference, a regime's council or an accession as the depositary's log makes it, refreshed when
 * the log grows. Its parts (the quorum gauge, the decisions, party names, citations that link to the
 * provision) are exported for the playground, which renders the procedures of a scenario the same way;
 * they live in ./procedure/, this file keeps the page and the names other views import.
 */
import { useEffect, useRef, useState } from 'react';
import type { RejectionOutcome } from '../../../src/engine/outcome.ts';
import { ApiError, api } from '../api.ts';
import { ErrorMessage, Loading } from '../components.tsx';
import { useLoad } from '../data.ts';
import { useLogMode } from '../exercise.tsx';
import { useT } from '../i18n.tsx';
import { useLive } from '../live.tsx';
import { href } from '../router.ts';
import { ProofOfInaction } from './inaction.tsx';
import { PROCEDURE_MESSAGES } from './procedure.messages.ts';
import { GlossaryLinks } from './procedure/common.tsx';
import { ProcedureDetails } from './procedure/details.tsx';
import { RefusedList } from './procedure/refused.tsx';
import { ProcedureTitle } from './procedure/title.tsx';
import './procedure.css';

// The parts other views take from here (the playground renders a scenario's procedures with them).
export { Cite } from './entry-parts.tsx';
export { PROCEDURE_MESSAGES } from './procedure.messages.ts';
export { PartyList, PartyName } from './procedure/common.tsx';
export { ProcedureDetails } from './procedure/details.tsx';
export { kindCite } from './procedure/provisions.ts';
export { QuorumGauge, quorumText } from './procedure/quorum.tsx';
export { RefusedList } from './procedure/refused.tsx';
export { ProcedureTitle, kindName } from './procedure/title.tsx';

function NotFound({ id }: { readonly id: string }) {
  const t = useT(PROCEDURE_MESSAGES);
  return (
    <div className="error" role="alert">
      <h1>{t('notfound.title')}</h1>
      <p>{t('notfound.text', { id })}</p>
      <p>
        <a href={href('timeline')}>{t('notfound.timeline')}</a>
      </p>
    </div>
  );
}

/**
 * A value that follows `value` at most once per `ms`: under a burst of filings the page re-reads the
 * procedure about once a second, not once per entry.
 */
function useThrottled<T>(value: T, ms: number): T {
  const [current, setCurrent] = useState(value);
  const last = useRef(0);
  useEffect(() => {
    const wait = Math.max(0, last.current + ms - Date.now());
    const timer = window.setTimeout(() => {
      last.current = Date.now();
      setCurrent(value);
    }, wait);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return current;
}

/** The refused acts of a procedure, from the outcome (the procedure's own answer does not list them). */
async function refusedIn(id: string): Promise<readonly RejectionOutcome[]> {
  return (await api.outcome()).rejected.filter((r) => r.procedure === id);
}

export function ProcedureView({ id }: { readonly id: string }) {
  const t = useT(PROCEDURE_MESSAGES);
  const mode = useLogMode();
  const size = useThrottled(useLive().size, 1000);
  const loaded = useLoad(() => api.procedure(id), [id, size]);
  // Read after the procedure, and on its own: a failure here only leaves the refusals out.
  const refused = useLoad(
    () => (loaded.state === 'ok' ? refusedIn(id) : Promise.resolve(null)),
    [id, size, loaded.state],
  );
  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'error') {
    if (loaded.error instanceof ApiError && loaded.error.status === 404) return <NotFound id={id} />;
    return <ErrorMessage error={loaded.error} retry={loaded.reload} />;
  }
  const procedure = loaded.value;
  const rejected = refused.state === 'ok' ? (refused.value ?? []) : [];
  return (
    <GlossaryLinks.Provider value={true}>
      <article className="procedure-page" aria-labelledby="procedure-title">
        {/* In an exercise the heading itself says so: a cropped screenshot must not pass it off as fact. */}
        <h1 id="procedure-title" data-mode={mode ?? undefined}>
          {mode === 'exercise' && (
            <>
              <span className="exercise-mark">{t('exercise.mark')}:</span>{' '}
            </>
          )}
          <ProcedureTitle procedure={procedure} />
        </h1>
        <p className="muted small live-note">{t('live.note')}</p>
        <p className="print-source">{t('print.source', { url: window.location.href })}</p>
        <ProcedureDetails procedure={procedure} />
        <RefusedList rejected={rejected} title={t('refused.title', { n: rejected.length })} />
        <ProofOfInaction id={procedure.id} />
      </article>
    </GlossaryLinks.Provider>
  );
}
