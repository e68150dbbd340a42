/** @module The analysis view (to be written). */

export function AnalysisView(_props: { readonly query: URLSearchParams }) {
  return <h1>analysis</h1>;
}
