/**
 * @module The log as the timeline and the log explorer read it: every entry replayed in this
 * browser by the filing record of src/log/record.ts ({@link FilingRecord}), the same code the
 * depositary and `est verify` run: the act read from the envelope, re-decided by the engine on the
 * state the entries before it made, and compared with the logged outcome by the record's own rule.
 * The browser's decision gives the events an accepted act caused (a treaty entering into force, a
 * Conference convened) and shows where the log's recorded outcome and the engine disagree: as an
 * integrity problem when the entry names the current rules, as a rules change (decided under
 * earlier rules, which the current ones decide otherwise) when it names others.
 *
 * One store of the log for the whole page (the map, the timeline, the log explorer and search read
 * it): loaded once, then kept up to date from the live stream (entries that arrive over Server-Sent
 * Events are appended; a gap is fetched), so views switch without reloading. What goes wrong is
 * shown, not swallowed: a load that fails is the snapshot's error, a catch-up that fails is its
 * `behind` (tried again every {@link CATCH_UP_RETRY_MS}), and an engine that fails on an entry is
 * that entry's error and the reason the entries after it are not re-decided (`halted`).
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { Act } from '../../src/engine/acts.ts';
import type { Event } from '../../src/engine/events.ts';
import type { Violation } from '../../src/engine/rule.ts';
import type { Entry } from '../../src/log/entry.ts';
import { ENTRY_SCHEMA } from '../../src/log/entry.ts';
import type { RulesChange } from '../../src/log/record.ts';
import type { RecordAct } from '../../src/log/filing-act.ts';
import { FilingRecord } from '../../src/log/record.ts';
import { FORMAT_1_RULES } from '../../src/log/rules.ts';
import { TREATY_IDS } from '../../src/treaty/common.ts';
import type { IsoDate } from '../../src/treaty/dates.ts';
import { overridesOf, parameterSeries } from '../../src/treaty/parameters/index.ts';
import { allEntries, api, settings as loadSettings } from './api.ts';
import { sha256Sync } from './crypto.ts';
import type { Live } from './live.tsx';
import { useLive } from './live.tsx';
import type { LogSettings } from './replay.ts';

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
  /** The record's own act (a key lodged or revoked, a rules change), or null. */
  readonly recordAct: RecordAct | null;
  /** The day of receipt (the act's date). */
  readonly day: IsoDate;
  /** The filer: a Party id, UNSC, or DEPOSITARY. */
  readonly filer: string;
  /** The browser's own decision: accepted (with its events) or refused (with its violations); null if not re-decided. */
  readonly decided:
    | { readonly accepted: true; readonly events: readonly Event[] }
    | { readonly accepted: false; readonly violations: readonly Violation[] }
    | null;
  /**
   * Whether the logged outcome is the one the rules the entry names give, as the record compares
   * them; false is an integrity problem (see {@link outcomeProblem}); null if not re-decided. An
   * entry decided under earlier rules that the current ones decide otherwise is no such problem: it
   * has a {@link rulesChange}.
   */
  readonly agrees: boolean | null;
  /** The record's words for the difference when {@link agrees} is false (English, as est verify writes it). */
  readonly outcomeProblem: string | null;
  /** The rules the entry names: its `rules`, or FORMAT_1_RULES for a format 1 entry. */
  readonly rules: string;
  /** The rules change the record found at this entry: decided under other rules, decided otherwise now. */
  readonly rulesChange: RulesChange | null;
  /** The engine failed on this entry (its message); the entries after it are not re-decided. */
  readonly error: string | null;
  /** The kind of each procedure the entry names, as the state knows it after the entry. */
  readonly procedures: Readonly<Record<string, ProcedureKind>>;
  /** Whether it arrived over the live stream while this page was open. */
  readonly live: boolean;
}

export interface LedgerSnapshot {
  readonly settings: LogSettings;
  /** Every entry, in log order (item i has index i). */
  readonly items: readonly LedgerItem[];
  /**
   * Why entries are not (or no longer) re-decided here: the log's treaty unknown to this page, the
   * engine failing, or an entry that cannot be read; null when every entry is re-decided.
   */
  readonly halted: { readonly index: number | null; readonly reason: string } | null;
  /**
   * Why the entries the live stream announced are not here yet: the last catch-up failed (the
   * depositary unreachable, say); null when the ledger holds every entry it has heard of.
   */
  readonly behind: string | null;
}

/** How long a failed catch-up waits before it tries again. */
export const CATCH_UP_RETRY_MS = 5000;

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

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Reads a leaf as an entry of either format, or null when it is not one. */
function readEntry(leaf: string): Entry | null {
  try {
    const parsed = ENTRY_SCHEMA.safeParse(JSON.parse(leaf));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A record over the log's settings; the depositary's key is not needed to show the entries. */
function recordFor(settings: LogSettings): { record: FilingRecord; halted: LedgerSnapshot['halted'] } {
  const known = (TREATY_IDS as readonly string[]).includes(settings.treaty);
  if (known) {
    try {
      const overrides = overridesOf(settings.treaty, settings.parameters);
      const engine = { treaty: settings.treaty, parameters: parameterSeries(settings.treaty, overrides) };
      return { record: new FilingRecord({ engine, depositaryKey: null, sha256: sha256Sync }), halted: null };
    } catch (e) {
      return {
        record: new FilingRecord({ engine: null, depositaryKey: null, sha256: sha256Sync }),
        halted: { index: null, reason: message(e) },
      };
    }
  }
  return {
    record: new FilingRecord({ engine: null, depositaryKey: null, sha256: sha256Sync }),
    halted: { index: null, reason: `the log's treaty ${settings.treaty} is unknown to this page` },
  };
}

/** The ledger of the page (exported for the tests under Node). */
export class LedgerStore {
  #snapshot: LedgerState = { state: 'loading' };
  readonly #listeners = new Set<() => void>();
  #record: FilingRecord | null = null;
  #halted: LedgerSnapshot['halted'] = null;
  #settings: LogSettings | null = null;
  #items: LedgerItem[] = [];
  /** Catch-ups run one after another, so entries are added once and in order. */
  #queue: Promise<void> = Promise.resolve();
  #loading = false;
  #behind: string | null = null;
  /** The last news of the live stream, and the timer of a catch-up to try again. */
  #live: Live | null = null;
  #retry: ReturnType<typeof setTimeout> | null = null;

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  snapshot = (): LedgerState => this.#snapshot;

  #publish(): void {
    if (this.#settings !== null)
      this.#snapshot = {
        state: 'ok',
        value: {
          settings: this.#settings,
          items: [...this.#items],
          halted: this.#halted,
          behind: this.#behind,
        },
      };
    for (const l of this.#listeners) l();
  }

  /**
   * Loads the log (once; again after an error). `quiet` keeps an error shown while it tries again,
   * so a retry the reader did not ask for does not flash a loading state.
   */
  load({ quiet = false }: { readonly quiet?: boolean } = {}): void {
    if (this.#loading || this.#snapshot.state === 'ok') return;
    this.#loading = true;
    if (!quiet || this.#snapshot.state !== 'error') {
      this.#snapshot = { state: 'loading' };
      for (const l of this.#listeners) l();
    }
    this.#queue = this.#queue
      .then(async () => {
        const settings = await loadSettings();
        const leaves = await allEntries(settings.size);
        this.#settings = settings;
        ({ record: this.#record, halted: this.#halted } = recordFor(settings));
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

  /** The ledger holds fewer entries than the live stream has announced. */
  lagsBehind(live: Live): boolean {
    return this.#snapshot.state === 'ok' && (live.size ?? 0) > this.#items.length;
  }

  /**
   * Adds what the live stream brought, and fetches any entries missed. A catch-up that fails is
   * shown as `behind` and tried again after {@link CATCH_UP_RETRY_MS} (with the newest news then).
   */
  catchUp(live: Live): void {
    this.#live = live;
    if (this.#retry !== null) return; // A retry is due: it takes the newest news.
    this.#queue = this.#queue
      .then(async () => {
        if (this.#settings === null) return;
        const before = this.#items.length;
        const wasBehind = this.#behind;
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
        this.#behind = null;
        if (this.#items.length !== before || wasBehind !== null) this.#publish();
      })
      .catch((e: unknown) => {
        this.#behind = message(e);
        this.#publish();
        this.#retry = setTimeout(() => {
          this.#retry = null;
          if (this.#live !== null) this.catchUp(this.#live);
        }, CATCH_UP_RETRY_MS);
      });
  }

  /** Stops a pending retry (a page that goes away; a test that ends). */
  close(): void {
    if (this.#retry !== null) clearTimeout(this.#retry);
    this.#retry = null;
  }

  /** Stops re-deciding: the state after this entry is not known here. */
  #halt(index: number, reason: string): void {
    this.#record = null;
    this.#halted = { index, reason };
  }

  #add(leaves: readonly string[], start: number, live: boolean): void {
    leaves.forEach((leaf, i) => this.#items.push(this.#item(leaf, start + i, live)));
    // A rules-change entry records earlier entries' changes: they now name it.
    for (const change of this.#record?.rulesChanges() ?? []) {
      const item = this.#items[change.index];
      if (
        item !== undefined &&
        item.rulesChange !== null &&
        item.rulesChange.recordedBy !== change.recordedBy
      )
        this.#items[change.index] = { ...item, rulesChange: change };
    }
  }

  #item(leaf: string, index: number, live: boolean): LedgerItem {
    const entry = readEntry(leaf);
    const base = {
      index,
      leaf,
      entry,
      act: null,
      recordAct: null,
      day: (entry?.receivedAt.slice(0, 10) ?? '') as IsoDate,
      filer: entry?.envelope.party ?? '?',
      decided: null,
      agrees: null,
      outcomeProblem: null,
      rules: entry === null ? '?' : 'rules' in entry ? entry.rules : FORMAT_1_RULES,
      rulesChange: null,
      error: null,
      procedures: {},
      live,
    } satisfies LedgerItem;
    const record = this.#record;
    if (record === null) return base;
    if (entry === null) {
      this.#halt(index, `entry ${index} is not an entry this page can read`);
      return base;
    }
    if (record.size !== index) {
      this.#halt(index, `entry ${index} came where entry ${record.size} was expected`);
      return base;
    }
    let replayed: ReturnType<FilingRecord['replay']>;
    try {
      replayed = record.replay(entry);
    } catch (e) {
      this.#halt(index, message(e));
      return { ...base, error: message(e) };
    }
    const read = replayed.act !== null && replayed.act.ok ? replayed.act : null;
    const act = read?.kind === 'treaty' ? read.act : null;
    const { decision } = replayed;
    const decided: LedgerItem['decided'] =
      decision === null
        ? null
        : decision.ok
          ? { accepted: true, events: decision.events }
          : { accepted: false, violations: decision.violations };
    const outcome = replayed.problems.find((p) => p.check === 'outcome');
    const procedures: Record<string, ProcedureKind> = {};
    const state = record.state;
    if (state !== null)
      for (const id of procedureIds(act, decided?.accepted ? decided.events : [])) {
        const p = state.procedures.get(id);
        if (p !== undefined) procedures[id] = p.kind;
      }
    return {
      ...base,
      act,
      recordAct: read?.kind === 'record' ? read.act : null,
      decided,
      agrees: replayed.decided === null ? null : outcome === undefined,
      outcomeProblem: outcome?.detail ?? null,
      rulesChange: replayed.rulesChange,
      procedures,
    };
  }
}

const store = new LedgerStore();

/**
 * Starts loading the log before any view asks (the first view's requests go out as the page's
 * modules load, not after React's first paint).
 */
export function preloadLedger(): void {
  store.load();
}

/**
 * The whole log, replayed in the browser and kept live; reload() tries again after an error, as
 * does the live stream's reconnecting.
 */
export function useLedger(): LedgerState & { reload: () => void } {
  const live = useLive();
  const snapshot = useSyncExternalStore(store.subscribe, store.snapshot);
  useEffect(() => store.load(), []);
  useEffect(() => {
    if (store.lagsBehind(live)) store.catchUp(live);
  }, [live, snapshot]);
  // After an error, try again quietly (the message stays) each time the live stream connects.
  useEffect(() => {
    if (live.connected) store.load({ quiet: true });
  }, [live.connected]);
  return { ...snapshot, reload: () => store.load() };
}
