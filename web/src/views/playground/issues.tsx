/**
 * @module The issues of a malformed scenario: a table by line and column, each line a button that
 * shows it in the editor, and the same issues as `file:line:column` for the command line.
 */
import type { Issue } from '../../../../src/scenario/index.ts';
import { useLanguage } from '../../i18n.tsx';
import type { T } from '../playground.messages.ts';
import { countOf } from '../playground.messages.ts';

export function Issues({
  issues,
  goToLine,
  t,
}: {
  readonly issues: readonly Issue[];
  readonly goToLine: (line: number, column?: number) => void;
  readonly t: T;
}) {
  const { lang } = useLanguage();
  return (
    <div className="issues error" role="alert">
      <p>
        <strong>{t('malformed', { issues: countOf(issues.length, 'issue', lang) })}</strong>
      </p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('line')}</th>
              <th scope="col">{t('column')}</th>
              <th scope="col">{t('field')}</th>
              <th scope="col">{t('problem')}</th>
            </tr>
          </thead>
          <tbody>
            {issues.map((i, n) => (
              <tr key={`${i.line}-${i.column}-${n}`} className="issue">
                <td>
                  <button
                    type="button"
                    className="linklike"
                    onClick={() => goToLine(i.line, i.column)}
                    aria-label={t('goTo', { line: i.line })}
                  >
                    {i.line}
                  </button>
                </td>
                <td>{i.column}</td>
                <td>
                  <code>{i.path}</code>
                </td>
                <td lang="en">{i.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted small" lang="en">
        {issues.map((i) => `${i.file}:${i.line}:${i.column}`).join('  ')}
      </p>
    </div>
  );
}
