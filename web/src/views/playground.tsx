/**
 * @module The scenario playground (`#/playground`): open or paste a scenario (YAML 1.2 or JSON), run
 * it in the browser with the same pure code as `est run` (parseScenario, toRunInput, run), and read
 * the report: the treaty's status, the parties, each procedure as the procedure page shows it, the
 * findings, the refused acts with their citation and reason, and the `expect:` check. A malformed
 * scenario lists its issues by line and column and marks the lines. The outcome downloads as the
 * same JSON as `est run --json`.
 */
import { useRef, useState } from 'react';
import { parseIsoDate } from '../../../src/treaty/dates.ts';
import { ErrorMessage } from '../components.tsx';
import { useT } from '../i18n.tsx';
import { Term } from '../term.tsx';
import { M } from './playground.messages.ts';
import { EXAMPLES } from './playground/examples.ts';
import { Issues } from './playground/issues.tsx';
import { Overrides } from './playground/overrides.tsx';
import { Report } from './playground/report.tsx';
import type { Override, Result } from './playground/run.ts';
import { runText } from './playground/run.ts';
import './playground.css';

/** Offsets of the start and end of a 1-based line. */
function lineRange(text: string, line: number): [number, number] {
  let start = 0;
  for (let n = 1; n < line; n += 1) {
    const next = text.indexOf('\n', start);
    if (next < 0) return [text.length, text.length];
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return [start, end < 0 ? text.length : end];
}

export function PlaygroundView() {
  const t = useT(M);
  const [text, setText] = useState('');
  // The example or file last loaded, as loaded: the label names it, and says once the text differs.
  const [loaded, setLoaded] = useState<{ readonly file: string; readonly text: string } | null>(null);
  const file = loaded?.file ?? 'scenario.yaml';
  const edited = loaded !== null && text !== loaded.text;
  const [overrides, setOverrides] = useState<readonly Override[]>([]);
  const [asOf, setAsOf] = useState('');
  const [result, setResult] = useState<Result>({ kind: 'none' });
  const area = useRef<HTMLTextAreaElement>(null);
  const gutter = useRef<HTMLPreElement>(null);

  const lineHeight = () => {
    const el = area.current;
    return el ? Number.parseFloat(getComputedStyle(el).lineHeight) || 18 : 18;
  };
  const scrollToLine = (line: number) => {
    const el = area.current;
    if (!el) return;
    el.scrollTop = Math.max(0, (line - 1) * lineHeight() - el.clientHeight / 3);
    if (gutter.current) gutter.current.scrollTop = el.scrollTop;
  };
  /** Selects a line of the scenario in the editor and brings it into view. */
  const goToLine = (line: number) => {
    const el = area.current;
    if (!el) return;
    const [start, end] = lineRange(el.value, line);
    el.focus({ preventScroll: true });
    el.setSelectionRange(start, end);
    scrollToLine(line);
    el.scrollIntoView({ block: 'nearest' });
  };

  const runNow = (source = text, name = file) => {
    const date = asOf === '' ? null : parseIsoDate(asOf);
    let next: Result;
    try {
      next = runText(source, name, overrides, date);
    } catch (e) {
      next = { kind: 'crash', error: e instanceof Error ? e : new Error(String(e)) };
    }
    setResult(next);
    const first = next.kind === 'issues' ? next.issues[0] : undefined;
    // Bring the first bad line into view (without taking the focus away from the reader).
    if (first) window.requestAnimationFrame(() => scrollToLine(first.line));
  };

  const load = (source: string, name: string) => {
    setText(source);
    setLoaded({ file: name, text: source });
    runNow(source, name);
  };

  const bad = new Set(result.kind === 'issues' ? result.issues.map((i) => i.line) : []);
  const lineCount = Math.max(1, text.split('\n').length);

  return (
    <div className="playground">
      <h1>{t('title')}</h1>
      <p className="muted">
        {t('intro')} <Term id="depositary">{t('depositary')}</Term>.
      </p>

      <div className="pg-sources">
        <div className="examples" role="group" aria-label={t('examples')}>
          <span className="label">{t('examples')}:</span>
          {EXAMPLES.map((e) => (
            <button key={e.key} type="button" onClick={() => load(e.text, e.file)}>
              {t(e.key)}
            </button>
          ))}
        </div>
        <label className="file">
          <span>{t('open')}</span>
          <input
            type="file"
            accept=".yaml,.yml,.json,application/json,text/yaml,application/yaml"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (!f) return;
              f.text().then(
                (source) => load(source, f.name),
                (err: unknown) =>
                  setResult({ kind: 'crash', error: err instanceof Error ? err : new Error(String(err)) }),
              );
            }}
          />
        </label>
      </div>

      <label htmlFor="scenario-text" className="editor-label">
        {t('editor')}{' '}
        <span className={`file-name muted small${edited ? ' edited' : ''}`}>
          ({loaded === null ? t('untitled') : edited ? t('edited', { file: loaded.file }) : loaded.file})
        </span>
      </label>
      <div className={`editor${bad.size > 0 ? ' has-issues' : ''}`}>
        <pre className="gutter" aria-hidden="true" ref={gutter}>
          {Array.from({ length: lineCount }, (_, i) => (
            <span key={i} className={bad.has(i + 1) ? 'bad' : undefined}>
              {bad.has(i + 1) ? '▶' : ''}
              {i + 1}
              {'\n'}
            </span>
          ))}
        </pre>
        <textarea
          id="scenario-text"
          ref={area}
          value={text}
          wrap="off"
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          placeholder={t('placeholder')}
          aria-invalid={bad.size > 0}
          aria-describedby="scenario-hint"
          onChange={(e) => setText(e.target.value)}
          onScroll={(e) => {
            if (gutter.current) gutter.current.scrollTop = e.currentTarget.scrollTop;
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              runNow();
            }
          }}
        />
      </div>
      <div className="run-bar">
        <button type="button" className="primary" onClick={() => runNow()}>
          ▶ {t('run')}
        </button>
        <span id="scenario-hint" className="muted small">
          {t('runHint')}
        </span>
      </div>
      <Overrides
        overrides={overrides}
        setOverrides={setOverrides}
        asOf={asOf}
        setAsOf={setAsOf}
        file={file}
        t={t}
      />

      <div className="pg-result">
        {result.kind === 'empty' && (
          <p className="notice" role="alert">
            {t('empty')}
          </p>
        )}
        {result.kind === 'issues' && <Issues issues={result.issues} goToLine={goToLine} t={t} />}
        {result.kind === 'crash' && (
          <div>
            <p>{t('crashed')}</p>
            <ErrorMessage error={result.error} />
          </div>
        )}
        {result.kind === 'report' && <Report result={result} goToLine={goToLine} />}
      </div>
    </div>
  );
}
