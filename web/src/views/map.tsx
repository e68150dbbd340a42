/** @module The map view (to be written). */

export function MapView(_props: { readonly query: URLSearchParams }) {
  return <h1>map</h1>;
}
