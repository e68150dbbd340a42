/**
 * @module Messages with `{name}` slots filled with parts: strings, or React nodes such as links.
 */
import { Fragment } from 'react';
import type { ReactNode } from 'react';

export /** The parts of a message with `{name}` slots filled; an empty slot takes the space before it along. */
function fillParts<N>(
  template: string,
  slots: Readonly<Record<string, N | null | undefined | false>>,
): (N | string)[] {
  const out: (N | string)[] = [];
  for (const part of template.split(/(\{\w+\})/g)) {
    const m = /^\{(\w+)\}$/.exec(part);
    if (!m) {
      out.push(part);
      continue;
    }
    const node = slots[m[1] as string];
    if (node === null || node === undefined || node === false) {
      const before = out.at(-1);
      if (typeof before === 'string') out[out.length - 1] = before.replace(/ $/, '');
    } else out.push(node);
  }
  return out;
}

/** Fills `{name}` slots of a message with React nodes; an empty slot takes the space before it along. */
export function fillNodes(template: string, slots: Readonly<Record<string, ReactNode>>): ReactNode {
  return fillParts<ReactNode>(template, slots).map((n, i) => <Fragment key={i}>{n}</Fragment>);
}
