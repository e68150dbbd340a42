/** @module The procedure view (to be written). */

export function ProcedureView(_props: { readonly id: string }) {
  return <h1>procedure</h1>;
}
