/** @module The playground view (to be written). */

export function PlaygroundView() {
  return <h1>playground</h1>;
}
