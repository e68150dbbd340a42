/** @module The treaty view (to be written). */

export function TreatyView(_props: { readonly id: string | null; readonly query: URLSearchParams }) {
  return <h1>treaty</h1>;
}
