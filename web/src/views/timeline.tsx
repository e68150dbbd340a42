/** @module The timeline view (to be written). */

export function TimelineView(_props: { readonly query: URLSearchParams }) {
  return <h1>timeline</h1>;
}
