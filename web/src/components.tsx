/** @module Small pieces every view uses: loading, errors (never a blank page), the page's title. */
import { Component, createContext, useContext, useEffect } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { ApiError, UnreachableError } from './api.ts';
import type { Loaded } from './data.ts';
import { useT } from './i18n.tsx';

export function Loading() {
  const t = useT();
  return (
    <p className="muted" role="status" aria-live="polite">
      {t('loading')}
    </p>
  );
}

/** An error as a message a reader can act on, with a retry when there is one. */
export function ErrorMessage({ error, retry }: { readonly error: Error; readonly retry?: () => void }) {
  const t = useT();
  const text =
    error instanceof UnreachableError
      ? t('error.unreachable')
      : error instanceof ApiError
        ? `${error.title}: ${error.message}`
        : `${t('error.generic')} ${error.message}`;
  return (
    <div className="error" role="alert">
      <p>{text}</p>
      {retry && (
        <button type="button" onClick={retry}>
          {t('error.retry')}
        </button>
      )}
    </div>
  );
}

/** Renders a loaded value, or its loading state, or its error. */
export function Show<T>({
  loaded,
  children,
}: {
  readonly loaded: Loaded<T> & { reload?: () => void };
  readonly children: (value: T) => ReactNode;
}) {
  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'error')
    return <ErrorMessage error={loaded.error} {...(loaded.reload ? { retry: loaded.reload } : {})} />;
  return <>{children(loaded.value)}</>;
}

/** Catches what a view throws, so one broken view never blanks the page. */
export class ErrorBoundary extends Component<{ readonly children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }
  override render() {
    return this.state.error ? (
      <ErrorMessage error={this.state.error} retry={() => this.setState({ error: null })} />
    ) : (
      this.props.children
    );
  }
}

/** Where a view's part of the title goes (the shell's state; see {@link useTitle}). */
export const TitleContext = createContext<(part: string | null) => void>(() => undefined);

/**
 * Refines the page's title with what the view shows, in the reader's language: `useTitle('Art. 8')`
 * on the treaty view titles the page "Art. 8 — Treaty text — European Security Treaty" (with
 * "Exercise · " before it in an exercise). Null or '' leaves the view's own title; the part goes
 * when the view does.
 */
export function useTitle(part: string | null | undefined): void {
  const set = useContext(TitleContext);
  useEffect(() => {
    if (part === null || part === undefined || part === '') return;
    set(part);
    return () => set(null);
  }, [part, set]);
}
