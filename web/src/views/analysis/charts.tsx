/**
 * @module The analysis charts, in plain SVG: horizontal bars (one or more per row, with an optional
 * threshold line) and a line over time (with a band and markers). They scale to their box (viewBox),
 * take their colours from the palette's CSS variables by class (`tone-*`), always print their values
 * as text beside the marks, and carry role="img" with a summary; every chart has a table beside it.
 */

import { useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';

/**
 * The width of a chart's box in CSS pixels (watched as it changes), so that a chart draws in its
 * real size and its text stays legible on a phone instead of shrinking with a fixed viewBox.
 */
function useWidth(fallback: number): [RefObject<HTMLElement | null>, number] {
  const ref = useRef<HTMLElement | null>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (el === null || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width ?? 0;
      if (w > 0) setWidth(Math.round(w));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/** Where a label starts so that it is centred on `x` yet stays inside the chart (12 px text). */
const labelStart = (x: number, text: string, W: number): number => {
  const w = text.length * 6.6;
  return clamp(x - w / 2, 2, Math.max(2, W - w - 2));
};

/** Round steps for an axis from 0 to at least `max`: 1, 2 or 5 times a power of ten. */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let t = 0; t < max + step / 2; t += step) ticks.push(Number(t.toPrecision(12)));
  if ((ticks.at(-1) ?? 0) < max) ticks.push(Number(((ticks.at(-1) ?? 0) + step).toPrecision(12)));
  return ticks;
}

export type Tone = 'a' | 'b' | 'can' | 'cannot' | 'muted';

export interface BarRow {
  readonly key: string;
  readonly label: string;
  readonly bars: readonly { readonly value: number; readonly text: string; readonly tone: Tone }[];
}

const clip = (text: string, n: number): string => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

/** Horizontal bars, one row per item; `threshold` draws a labelled dashed line across them. */
export function BarChart({
  label,
  rows,
  max,
  threshold,
  format = String,
  legend,
}: {
  readonly label: string;
  readonly rows: readonly BarRow[];
  readonly max?: number;
  readonly threshold?: { readonly value: number; readonly label: string };
  readonly format?: (x: number) => string;
  readonly legend?: readonly { readonly tone: Tone; readonly label: string }[];
}) {
  const [box, width] = useWidth(600);
  const W = clamp(width, 280, 760);
  const narrow = W < 480;
  const labelW = narrow ? 100 : 180;
  const valueW = narrow ? 78 : 96;
  const top = threshold ? 34 : 10;
  const barH = 16;
  const gap = 12;
  const perRow = Math.max(1, ...rows.map((r) => r.bars.length));
  const rowH = perRow * barH + (perRow - 1) * 2 + gap;
  const bottom = 30;
  const H = top + rows.length * rowH + bottom;
  const plotW = W - labelW - valueW;
  const top1 = Math.max(max ?? 0, threshold?.value ?? 0, ...rows.flatMap((r) => r.bars.map((b) => b.value)));
  const ticks = niceTicks(top1);
  const scaleMax = ticks.at(-1) ?? 1;
  const x = (v: number): number => labelW + (plotW * v) / scaleMax;
  const tickEvery = plotW / ticks.length < 36 ? 2 : 1;
  return (
    <figure className="an-chart" ref={box}>
      <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={label}>
        <title>{label}</title>
        {ticks.map((t, i) => (
          <g key={t} className="an-grid">
            <line x1={x(t)} x2={x(t)} y1={top - 4} y2={H - bottom + 4} />
            {i % tickEvery === 0 && (
              <text x={x(t)} y={H - bottom + 18} textAnchor="middle">
                {format(t)}
              </text>
            )}
          </g>
        ))}
        {rows.map((row, i) => {
          const y0 = top + i * rowH + gap / 2;
          return (
            <g key={row.key}>
              <text className="an-label" x={labelW - 8} y={y0 + (perRow * barH) / 2 + 4} textAnchor="end">
                <title>{row.label}</title>
                {clip(row.label, Math.floor((labelW - 12) / 7.4))}
              </text>
              {row.bars.map((b, j) => {
                const y = y0 + j * (barH + 2);
                const w = Math.max(b.value > 0 ? 1.5 : 0, x(b.value) - labelW);
                return (
                  <g key={j}>
                    <rect className={`tone-${b.tone}`} x={labelW} y={y} width={w} height={barH} rx={2} />
                    <text className="an-value" x={labelW + w + 5} y={y + barH - 4}>
                      {b.text}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
        <line className="an-axis" x1={labelW} x2={labelW} y1={top - 4} y2={H - bottom + 4} />
        {threshold && (
          <g className="an-threshold">
            <line x1={x(threshold.value)} x2={x(threshold.value)} y1={top - 8} y2={H - bottom + 4} />
            <text x={labelStart(x(threshold.value), threshold.label, W)} y={top - 14}>
              {threshold.label}
            </text>
          </g>
        )}
      </svg>
      {legend && legend.length > 0 && (
        <figcaption className="an-legend">
          {legend.map((l) => (
            <span key={l.tone}>
              <svg width="14" height="14" aria-hidden="true">
                <rect className={`tone-${l.tone}`} width="14" height="14" rx="2" />
              </svg>{' '}
              {l.label}
            </span>
          ))}
        </figcaption>
      )}
    </figure>
  );
}

export interface LinePoint {
  /** Position on the x axis (e.g. days since the start). */
  readonly x: number;
  readonly y: number;
  /** A band around the line, e.g. a confidence interval. */
  readonly lo?: number;
  readonly hi?: number;
}

/** A line over an x axis with labelled ticks, an optional band and vertical markers. */
export function LineChart({
  label,
  points,
  xTicks,
  xMax,
  yMax,
  formatY,
  markers = [],
  yLabel,
}: {
  readonly label: string;
  readonly points: readonly LinePoint[];
  readonly xTicks: readonly { readonly x: number; readonly label: string }[];
  readonly xMax: number;
  readonly yMax: number;
  readonly formatY: (y: number) => string;
  readonly markers?: readonly { readonly x: number; readonly label: string }[];
  readonly yLabel: string;
}) {
  const [box, width] = useWidth(640);
  const W = clamp(width, 280, 760);
  const H = W < 480 ? 240 : 320;
  const left = 48;
  const right = 16;
  const top = 28;
  const bottom = 34;
  const ticks = niceTicks(yMax, 5);
  const scaleY = ticks.at(-1) ?? 1;
  const x = (v: number): number => left + ((W - left - right) * v) / (xMax || 1);
  const y = (v: number): number => H - bottom - ((H - top - bottom) * v) / scaleY;
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.x).toFixed(1)},${y(p.y).toFixed(1)}`);
  const band = points.every((p) => p.lo !== undefined && p.hi !== undefined)
    ? [
        ...points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.x).toFixed(1)},${y(p.hi ?? 0).toFixed(1)}`),
        ...[...points].reverse().map((p) => `L${x(p.x).toFixed(1)},${y(p.lo ?? 0).toFixed(1)}`),
        'Z',
      ].join('')
    : null;
  const xEvery = Math.max(1, Math.ceil(40 / ((W - left - right) / Math.max(1, xTicks.length))));
  return (
    <figure className="an-chart" ref={box}>
      <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={label}>
        <title>{label}</title>
        {ticks.map((t) => (
          <g key={t} className="an-grid">
            <line x1={left} x2={W - right} y1={y(t)} y2={y(t)} />
            <text x={left - 6} y={y(t) + 4} textAnchor="end">
              {formatY(t)}
            </text>
          </g>
        ))}
        {xTicks.map((t, i) => (
          <g key={t.x} className="an-grid">
            <line x1={x(t.x)} x2={x(t.x)} y1={H - bottom} y2={H - bottom + 5} />
            {i % xEvery === 0 && (
              <text x={x(t.x)} y={H - bottom + 18} textAnchor="middle">
                {t.label}
              </text>
            )}
          </g>
        ))}
        <text className="an-axis-label" x={left} y={14}>
          {yLabel}
        </text>
        <line className="an-axis" x1={left} x2={W - right} y1={H - bottom} y2={H - bottom} />
        <line className="an-axis" x1={left} x2={left} y1={top} y2={H - bottom} />
        {band && <path className="an-band" d={band} />}
        <path className="an-line" d={path.join('')} />
        {markers.map((m, i) => (
          <g key={`${m.x}-${i}`} className="an-marker">
            <line x1={x(m.x)} x2={x(m.x)} y1={top} y2={H - bottom} />
            <text
              x={
                x(m.x) + 4 + m.label.length * 6.6 <= W - right
                  ? x(m.x) + 4
                  : Math.max(left + 2, x(m.x) - 4 - m.label.length * 6.6)
              }
              y={top + 12 + i * 14}
            >
              {m.label}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
