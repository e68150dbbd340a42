/**
 * @module The outlook's simulation in the browser: the shipped stance table read once as the CLI
 * reads it, the defaults and bounds of the controls, and the run itself, in slices between frames so
 * the page stays responsive; and the command line that gives the same figures.
 */
import { useEffect, useState } from 'react';
import { parse as parseYaml } from 'yaml';
import stancesText from '../../../../../data/stances-2009.yaml?raw';
import {
  parseStanceTable,
  prepareOutlook,
  runTrials,
  summarize,
} from '../../../../../src/analysis/outlook.ts';
import type { OutlookResult, StanceTable } from '../../../../../src/analysis/outlook.ts';
import { addDays, parseIsoDate } from '../../../../../src/treaty/dates.ts';
import type { IsoDate } from '../../../../../src/treaty/dates.ts';
import { resolveParameters } from '../../../../../src/treaty/parameters/index.ts';
import { resolvePartySet } from '../../../../../src/treaty/parties/index.ts';

/** The CLI's defaults: a run of 10,000 trials on seed 2009, 25 counted instruments for entry into force. */
export const DEFAULT_TRIALS = 10_000;
export const DEFAULT_SEED = 2009;
export const DEFAULT_INSTRUMENTS = 25;
/** Far more than a browser should run in one go; the CLI allows 10^8. */
export const MAX_TRIALS = 1_000_000;
const HORIZON_YEARS = 10;
/** Work for at most this long before letting the page breathe. */
const SLICE_MS = 24;

/** Parses the shipped table as the CLI does (YAML 1.2, then parseStanceTable). */
function loadTable(): { table: StanceTable } | { issues: string[] } {
  const parsed = parseStanceTable(parseYaml(stancesText, { version: '1.2' }));
  return parsed.ok
    ? { table: parsed.table }
    : { issues: parsed.issues.map((i) => `${i.path}: ${i.message}`) };
}

/** The shipped table, read once when this chunk loads. */
export const LOADED = loadTable();
/** How many can sign (signature.eligible as published): the slider's top. */
export const ELIGIBLE =
  'table' in LOADED
    ? resolvePartySet(resolveParameters('est-2009')['signature.eligible'] ?? [], LOADED.table.start).size
    : 61;

/** The CLI's default horizon: ten years after the start, same day of the year (28 Feb for 29 Feb). */
function defaultHorizon(start: IsoDate): IsoDate {
  const year = Number(start.slice(0, 4)) + HORIZON_YEARS;
  return parseIsoDate(`${year}${start.slice(4)}`) ?? addDays(parseIsoDate(`${year}-03-01`) as IsoDate, -1);
}

/** A run under way, finished, or failed. */
export type Run =
  | { readonly status: 'running'; readonly done: number; readonly total: number }
  | { readonly status: 'done'; readonly result: OutlookResult; readonly ms: number }
  | { readonly status: 'error'; readonly error: Error };

/** What a run is asked for: trials, seed, and the two parameters of EST 14(1) one may change. */
export interface Settings {
  readonly trials: number;
  readonly seed: number;
  readonly instruments: number;
  readonly orgs: boolean;
}

/** Runs the simulation in slices, reporting progress; a new setting cancels the run under way. */
export function useOutlook(table: StanceTable | null, s: Settings): Run | null {
  const [run, setRun] = useState<Run | null>(null);
  useEffect(() => {
    if (table === null) return undefined;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const began = performance.now();
    const start = () => {
      if (cancelled) return;
      let o: ReturnType<typeof prepareOutlook>;
      try {
        o = prepareOutlook(table, {
          trials: s.trials,
          seed: s.seed,
          horizon: defaultHorizon(table.start),
          parameters: resolveParameters('est-2009', {
            'entryIntoForce.instruments': s.instruments,
            'entryIntoForce.countOrganizations': s.orgs,
          }),
        });
      } catch (e) {
        setRun({ status: 'error', error: e instanceof Error ? e : new Error(String(e)) });
        return;
      }
      let from = 0;
      const step = () => {
        if (cancelled) return;
        const sliceStart = performance.now();
        while (from < s.trials && performance.now() - sliceStart < SLICE_MS) {
          const to = Math.min(s.trials, from + 100);
          runTrials(o, from, to);
          from = to;
        }
        if (from < s.trials) {
          setRun({ status: 'running', done: from, total: s.trials });
          timer = setTimeout(step, 0);
        } else setRun({ status: 'done', result: summarize(o), ms: Math.round(performance.now() - began) });
      };
      setRun({ status: 'running', done: 0, total: s.trials });
      timer = setTimeout(step, 0);
    };
    timer = setTimeout(start, 0);
    return () => {
      cancelled = true;
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [table, s.trials, s.seed, s.instruments, s.orgs]);
  return run;
}

/** The command line that gives the same figures (`est analyze outlook`). */
export function commandOf(s: Settings): string {
  const parts = ['est analyze outlook', `--trials ${s.trials}`, `--seed ${s.seed}`];
  if (s.instruments !== DEFAULT_INSTRUMENTS) parts.push(`--set entryIntoForce.instruments=${s.instruments}`);
  if (s.orgs) parts.push('--set entryIntoForce.countOrganizations=true');
  return parts.join(' ');
}
