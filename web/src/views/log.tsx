/** @module The log view (to be written). */

export function LogView(_props: { readonly index: number | null }) {
  return <h1>log</h1>;
}
