/**
 * @module The log as the timeline and the log explorer read it: every entry, with its engine act,
 * re-decided in this browser by the engine on the state the entries before it made. The browser's
 * decision gives the refusals' parameters (so their reasons can be told in Russian as well as in
 * the English the log records) and the events an accepted act caused (a treaty entering into force,
 * a Conference convened), and shows where the log's recorded outcome and the engine disagree.
 *
 * One store for the page: loaded once, then kept up to date from the live stream (entries that
 * arrive over Server-Sent Events are appended; a gap is fetched), so views switch without reloading.
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { Act } from '../../src/engine/acts.ts';
import { decide } from '../../src/engine/decide.ts';
import type { Event } from '../../src/engine/events.ts';
import { evolve } from '../../src/engine/evolve.ts';
import type { Violation } from '../../src/engine/rule.ts';
import { startState } from '../../src/engine/run.ts';
import type { State } from '../../src/engine/state.ts';
import type { Entry } from '../../src/log/entry.ts';
import type { IsoDate } from '../../src/treaty/dates.ts';
import { allEntries, api, settings as loadSettings } from './api.ts';
import type { Live } from './live.tsx';
import { useLive } from './live.tsx';
import type { LogSettings } from './replay.ts';
import { readEntries } from './replay.ts';

export type ProcedureKind =
  | 'information-request'
  | 'consultations'
  | 'conference'
  | 'extraordinary-conference'
  | 'council'
  | 'accession';

export interface LedgerItem {
  readonly index: number;
  /** The exact leaf text the server gave. */
  readonly leaf: string;
  /** The entry, or null when the leaf is not one (shown as unreadable). */
  readonly entry: Entry | null;
  /** The engine act, or null when the entry holds none this treaty knows. */
  readonly act: Act | null;
  /** The day of receipt (the act's date). */
  readonly day: IsoDate;
  /** The filer: a Party id, UNSC, or DEPOSITARY. */
  readonly filer: string;
  /** The browser's own decision: accepted (with its events) or refused (with its violations); null if not re-decided. */
  readonly decided:
    | { readonly accepted: true; readonly events: readonly Event[] }
    | { readonly accepted: false; readonly violations: readonly Violation[] }
    | null;
  /** Whether the browser's decision is the logged one (same acceptance and codes); null if not re-decided. */
  readonly agrees: boolean | null;
  /** The kind of each procedure the entry names, as the state knows it after the entry. */
  readonly procedures: Readonly<Record<string, ProcedureKind>>;
  /** Whether it arrived over the live stream while this page was open. */
  readonly live: boolean;
}

export interface LedgerSnapshot {
  readonly settings: LogSettings;
  /** Every entry, in log order (item i has index i). */
  readonly items: readonly LedgerItem[];
}

export type LedgerState =
  | { readonly state: 'loading' }
  | { readonly state: 'error'; readonly error: Error }
  | { readonly state: 'ok'; readonly value: LedgerSnapshot };

/** The procedure ids an act or its events name. */
function procedureIds(act: Act | null, events: readonly Event[]): string[] {
  const ids = new Set<string>();
  if (act !== null && 'procedure' in act) ids.add(act.procedure);
  for (const e of events) if ('procedure' in e) ids.add(e.procedure);
  return [...ids];
}

class LedgerStore {
  #snapshot: LedgerState = { state: 'loading' };
  readonly #listeners = new Set<() => void>();
  #state: State | null = null;
  #settings: LogSettings | null = null;
  #items: LedgerItem[] = [];
  /** Catch-ups run one after another, so entries are added once and in order. */
  #queue: Promise<void> = Promise.resolve();
  #loading = false;

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  snapshot = (): LedgerState => this.#snapshot;

  #publish(): void {
    if (this.#settings !== null)
      this.#snapshot = { state: 'ok', value: { settings: this.#settings, items: [...this.#items] } };
    for (const l of this.#listeners) l();
  }

  /** Loads the log (once; again after an error). */
  load(): void {
    if (this.#loading || this.#snapshot.state === 'ok') return;
    this.#loading = true;
    this.#snapshot = { state: 'loading' };
    for (const l of this.#listeners) l();
    this.#queue = this.#queue
      .then(async () => {
        const settings = await loadSettings();
        const leaves = await allEntries(settings.size);
        this.#settings = settings;
        try {
          this.#state = startState({ treaty: settings.treaty, parameters: settings.parameters });
        } catch {
          this.#state = null; // an unknown treaty: entries are shown, not re-decided
        }
        this.#items = [];
        this.#add(leaves, 0, false);
        this.#publish();
      })
      .catch((e: unknown) => {
        this.#snapshot = { state: 'error', error: e instanceof Error ? e : new Error(String(e)) };
        for (const l of this.#listeners) l();
      })
      .finally(() => {
        this.#loading = false;
      });
  }

  /** Adds what the live stream brought, and fetches any entries missed. */
  catchUp(live: Live): void {
    this.#queue = this.#queue
      .then(async () => {
        if (this.#settings === null) return;
        const before = this.#items.length;
        for (const a of live.arrived) {
          if (a.index === this.#items.length) this.#add([a.leaf], a.index, true);
        }
        const size = live.size ?? 0;
        while (this.#items.length < size) {
          const start = this.#items.length;
          const leaves = await api.entries(start, Math.min(size, start + 1000));
          if (leaves.length === 0) break;
          this.#add(leaves, start, true);
        }
        if (this.#items.length !== before) this.#publish();
      })
      .catch(() => {
        // The stream will bring the entries again, or the next catch-up fetches them.
      });
  }

  #add(leaves: readonly string[], start: number, live: boolean): void {
    const settings = this.#settings as LogSettings;
    leaves.forEach((leaf, i) => {
      const index = start + i;
      let read: { entry: Entry; act: Act | null } | null = null;
      try {
        const [r] = readEntries([leaf], settings.treaty);
        if (r !== undefined) read = { entry: r.entry, act: r.act };
      } catch {
        read = null;
      }
      const entry = read?.entry ?? null;
      const act = read?.act ?? null;
      let decided: LedgerItem['decided'] = null;
      let agrees: boolean | null = null;
      const procedures: Record<string, ProcedureKind> = {};
      if (this.#state !== null && act !== null && entry !== null) {
        try {
          const decision = decide(this.#state, act);
          const logged = entry.outcome;
          if (decision.ok) {
            for (const e of decision.events) evolve(this.#state, e);
            decided = { accepted: true, events: decision.events };
            agrees = logged.accepted;
          } else {
            const violations = decision.violations;
            decided = { accepted: false, violations };
            agrees =
              !logged.accepted &&
              logged.violations.length === violations.length &&
              logged.violations.every((v, k) => v.code === violations[k]?.code);
          }
        } catch {
          decided = null;
        }
        for (const id of procedureIds(act, decided?.accepted ? decided.events : [])) {
          const p = this.#state.procedures.get(id);
          if (p !== undefined) procedures[id] = p.kind;
        }
      }
      this.#items.push({
        index,
        leaf,
        entry,
        act,
        day: (entry?.receivedAt.slice(0, 10) ?? '') as IsoDate,
        filer: entry?.envelope.party ?? '?',
        decided,
        agrees,
        procedures,
        live,
      });
    });
  }
}

const store = new LedgerStore();

/** The whole log, replayed in the browser and kept live; reload() tries again after an error. */
export function useLedger(): LedgerState & { reload: () => void } {
  const live = useLive();
  const snapshot = useSyncExternalStore(store.subscribe, store.snapshot);
  useEffect(() => store.load(), []);
  useEffect(() => {
    if (snapshot.state === 'ok' && (live.size ?? 0) > snapshot.value.items.length) store.catchUp(live);
  }, [live, snapshot]);
  return { ...snapshot, reload: () => store.load() };
}
