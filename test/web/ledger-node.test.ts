/**
 * The browser's ledger (web/src/ledger.ts: every entry re-decided by the filing record, as the log
 * explorer and the timeline show it) under Node, over a true log (./verify-fixture.ts). The ledger
 * reads the API through the page's client (web/src/api.ts), whose injection point is `fetch`: here
 * the real app, called in-process. Each entry's re-decision gives its logged outcome; a logged
 * outcome the rules do not give is shown as such; an engine that fails on an entry is shown on that
 * entry and as the reason the entries after it are not re-decided. The ledger catches up with the
 * live stream (what it brought, and a gap fetched), shows a catch-up that fails and tries it again;
 * and the map's replay of its items (web/src/replay.ts) gives the depositary's own outcome on each
 * day of the log, refusals numbered by their entries.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Entry, FilingOutcome } from '../../src/log/entry.ts';
import { canonicalJson } from '../../src/log/entry.ts';
import { actOf } from '../../src/log/filing-act.ts';
import { FilingRecord, outcomeDifference } from '../../src/log/record.ts';
import type { Act } from '../../src/engine/acts.ts';
import type { Outcome } from '../../src/engine/outcome.ts';
import { isoDate } from '../../src/treaty/dates.ts';
import type { IsoDate } from '../../src/treaty/dates.ts';
import type { LogSettings } from '../../web/src/replay.ts';
import { outcomeAsOf } from '../../web/src/replay.ts';
import type { TrueLog } from './verify-fixture.ts';
import { HOST, trueLog } from './verify-fixture.ts';

/**
 * What is read here of web/src/ledger.ts. The module imports the page's React modules (.tsx), which
 * only the web's own tsconfig compiles (with JSX and the DOM): it is loaded by a specifier the Node
 * project's type check does not follow, and typed here by what the tests read of it.
 */
interface LedgerItem {
  readonly index: number;
  readonly leaf: string;
  readonly entry: Entry | null;
  readonly recordAct: { readonly act: string } | null;
  readonly day: IsoDate;
  readonly filer: string;
  readonly decided:
    | { readonly accepted: true }
    | { readonly accepted: false; readonly violations: readonly { readonly code: string }[] }
    | null;
  readonly agrees: boolean | null;
  readonly outcomeProblem: string | null;
  readonly error: string | null;
  readonly act: Act | null;
}
interface LedgerSnapshot {
  readonly items: readonly LedgerItem[];
  readonly halted: { readonly index: number | null; readonly reason: string } | null;
  readonly behind: string | null;
}
interface Live {
  readonly size: number | null;
  readonly connected: boolean;
  readonly arrived: readonly { index: number; leaf: string }[];
}
type LedgerState =
  | { readonly state: 'loading' }
  | { readonly state: 'error'; readonly error: Error }
  | { readonly state: 'ok'; readonly value: LedgerSnapshot };
interface Ledger {
  subscribe(listener: () => void): () => void;
  snapshot(): LedgerState;
  load(): void;
  catchUp(live: Live): void;
  close(): void;
}
const LEDGER_MODULE = '../../web/src/ledger.ts';
const { LedgerStore, CATCH_UP_RETRY_MS } = (await import(LEDGER_MODULE)) as {
  LedgerStore: new () => Ledger;
  CATCH_UP_RETRY_MS: number;
};

let log: TrueLog;
/** Changes the leaves the API serves (by index); none by default. */
let changeLeaf: (leaf: string, index: number) => string = (leaf) => leaf;
/** Makes the API's entry pages fail (the depositary gone, say); none by default. */
let failEntries = false;
/** Changes the settings the API serves; none by default. */
let changeSettings: (settings: Record<string, unknown>) => Record<string, unknown> = (s) => s;
const realFetch = globalThis.fetch;

before(async () => {
  log = await trueLog();
  // The page's client asks for paths of its own origin: they go to the app.
  globalThis.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : input, HOST);
    const response = await log.fetch(url, init);
    if (url.pathname === '/api/v1/settings')
      return Response.json(changeSettings((await response.json()) as Record<string, unknown>));
    if (url.pathname !== '/api/v1/log/entries' || !response.ok) return response;
    if (failEntries) return Response.json({ title: 'Service Unavailable', status: 503 }, { status: 503 });
    const start = Number(url.searchParams.get('start'));
    const body = (await response.json()) as { entries: string[] };
    return Response.json({ ...body, entries: body.entries.map((l, i) => changeLeaf(l, start + i)) });
  };
});
after(() => {
  globalThis.fetch = realFetch;
  changeLeaf = (leaf) => leaf;
  changeSettings = (s) => s;
});

/** A new ledger, loaded: its snapshot once it is no longer loading. */
async function load(store: Ledger = new LedgerStore()): Promise<LedgerSnapshot> {
  const state = await new Promise<LedgerState>((resolve) => {
    const off = store.subscribe(() => {
      const s = store.snapshot();
      if (s.state === 'loading') return;
      off();
      resolve(s);
    });
    store.load();
  });
  assert.equal(state.state, 'ok', state.state === 'error' ? state.error.message : '');
  return state.value;
}

/** Whether an item's own decision is the outcome `o`: accepted, or refused with its violations. */
function decidedAs(item: LedgerItem, o: FilingOutcome): void {
  const d = item.decided;
  assert.ok(d !== null, `entry ${item.index} is not re-decided`);
  assert.equal(d.accepted, o.accepted, `entry ${item.index}`);
  if (!d.accepted)
    assert.deepEqual(
      d.violations.map((v) => v.code),
      o.violations.map((v) => v.code),
    );
}

const isRecordAct = (e: Entry) => ['lodge-key', 'revoke-key'].includes(String(e.envelope.act['act']));

describe('the ledger re-deciding the log in the browser (under Node)', () => {
  it('re-decides every entry of the true log to its logged outcome', async () => {
    const snapshot = await load();
    assert.equal(snapshot.halted, null);
    assert.equal(snapshot.items.length, log.leaves.length);
    let refused = 0;
    for (const item of snapshot.items) {
      const entry = log.entries[item.index] as Entry;
      assert.equal(item.leaf, log.leaves[item.index]);
      assert.deepEqual(item.entry, entry);
      assert.equal(item.error, null);
      assert.equal(item.agrees, true, `entry ${item.index}: ${item.outcomeProblem}`);
      assert.equal(item.outcomeProblem, null);
      assert.equal(item.filer, entry.envelope.party);
      assert.equal(item.day, entry.receivedAt.slice(0, 10));
      if (isRecordAct(entry)) {
        assert.equal(item.recordAct?.act, entry.envelope.act['act']);
        assert.equal(item.decided, null);
      } else {
        decidedAs(item, entry.outcome);
        if (!entry.outcome.accepted) refused += 1;
      }
    }
    // Refusals are re-decided too, not only acceptances.
    assert.ok(refused > 0);
  });

  it('shows a logged outcome the rules do not give, and goes on re-deciding', async () => {
    const k = log.entries.findIndex((e) => !isRecordAct(e) && !e.outcome.accepted);
    assert.ok(k >= 0);
    const accepted = (log.entries.find((e) => e.outcome.accepted) as Entry).outcome;
    const truth = log.entries[k] as Entry;
    changeLeaf = (leaf, i) => (i === k ? canonicalJson({ ...truth, outcome: accepted }) : leaf);
    try {
      const snapshot = await load();
      const item = snapshot.items[k] as LedgerItem;
      assert.equal(item.agrees, false);
      assert.equal(item.outcomeProblem, outcomeDifference(accepted, truth.outcome));
      decidedAs(item, truth.outcome);
      assert.equal(snapshot.halted, null);
      for (const later of snapshot.items.slice(k + 1)) assert.equal(later.agrees, true);
    } finally {
      changeLeaf = (leaf) => leaf;
    }
  });

  it('shows an engine failing on an entry, and why the entries after it are not re-decided', async (t) => {
    const k = log.entries.findIndex((e, i) => i > 2 && !isRecordAct(e));
    const failure = `the engine failed on entry ${k}`;
    const replay = Object.getOwnPropertyDescriptor(FilingRecord.prototype, 'replay')?.value as (
      this: FilingRecord,
      entry: Entry,
    ) => ReturnType<FilingRecord['replay']>;
    t.mock.method(FilingRecord.prototype, 'replay', function (this: FilingRecord, entry: Entry) {
      if (this.size === k) throw new Error(failure);
      return replay.call(this, entry);
    });
    const snapshot = await load();
    assert.equal(snapshot.items.length, log.leaves.length);
    assert.deepEqual(snapshot.halted, { index: k, reason: failure });
    const item = snapshot.items[k] as LedgerItem;
    assert.equal(item.error, failure);
    assert.equal(item.decided, null);
    assert.equal(item.agrees, null);
    for (const before of snapshot.items.slice(0, k)) assert.equal(before.agrees, true);
    for (const later of snapshot.items.slice(k + 1)) {
      assert.equal(later.error, null);
      assert.equal(later.decided, null);
      assert.equal(later.agrees, null);
    }
  });

  it('shows a log whose treaty the page does not know, re-deciding nothing', async () => {
    const treaty = 'no-such-treaty';
    changeSettings = (s) => ({ ...s, treaty });
    try {
      const snapshot = await load();
      assert.equal(snapshot.halted?.index, null);
      assert.match(snapshot.halted?.reason ?? '', new RegExp(treaty));
      assert.equal(snapshot.items.length, log.leaves.length);
      for (const item of snapshot.items) assert.equal(item.decided, null);
    } finally {
      changeSettings = (s) => s;
    }
  });
});

/** The ledger's next snapshot that `test` accepts. */
function next(store: Ledger, test: (s: LedgerSnapshot) => boolean): Promise<LedgerSnapshot> {
  return new Promise((resolve) => {
    const off = store.subscribe(() => {
      const s = store.snapshot();
      if (s.state !== 'ok' || !test(s.value)) return;
      off();
      resolve(s.value);
    });
  });
}

describe('the ledger kept up to date from the live stream (under Node)', () => {
  /** A ledger loaded with the log as it was `missing` entries ago (the settings say the size). */
  async function behindBy(missing: number): Promise<{ store: Ledger; have: number }> {
    const have = log.leaves.length - missing;
    changeSettings = (s) => ({ ...s, size: have });
    try {
      const store = new LedgerStore();
      const snapshot = await load(store);
      assert.equal(snapshot.items.length, have);
      return { store, have };
    } finally {
      changeSettings = (s) => s;
    }
  }
  const live = (arrived: readonly number[]): Live => ({
    size: log.leaves.length,
    connected: true,
    arrived: arrived.map((index) => ({ index, leaf: log.leaves[index] as string })),
  });

  it('adds what the stream brought and fetches the entries it missed, re-deciding each', async () => {
    const { store, have } = await behindBy(4);
    // The stream brought the last entry only: the three before it are a gap to fetch.
    const done = next(store, (s) => s.items.length === log.leaves.length);
    store.catchUp(live([log.leaves.length - 1]));
    const snapshot = await done;
    assert.equal(snapshot.behind, null);
    assert.deepEqual(
      snapshot.items.map((i) => i.leaf),
      log.leaves,
    );
    for (const item of snapshot.items.slice(have)) assert.equal(item.agrees, true, `entry ${item.index}`);
    store.close();
  });

  it('shows a catch-up that fails, keeps what it has, and tries again', async (t) => {
    t.mock.timers.enable({ apis: ['setTimeout'] });
    const { store, have } = await behindBy(3);
    failEntries = true;
    try {
      const failed = next(store, (s) => s.behind !== null);
      store.catchUp(live([]));
      const snapshot = await failed;
      // The page's client reads a 503 as the depositary out of reach, and says so.
      assert.match(snapshot.behind ?? '', /cannot be reached/);
      assert.equal(snapshot.items.length, have);
    } finally {
      failEntries = false;
    }
    // The retry, once its time has come, fetches the entries and clears the notice.
    const caughtUp = next(store, (s) => s.items.length === log.leaves.length);
    t.mock.timers.tick(CATCH_UP_RETRY_MS);
    const snapshot = await caughtUp;
    assert.equal(snapshot.behind, null);
    store.close();
  });
});

describe("the map's replay of the ledger (under Node)", () => {
  it("gives the depositary's own outcome on every day of the log, refusals numbered by entry", async () => {
    const snapshot = await load();
    const settings = (await (await log.fetch(`${HOST}/api/v1/settings`)).json()) as LogSettings;
    for (const item of snapshot.items) {
      const entry = item.entry as Entry;
      const read = actOf(entry.envelope, entry.receivedAt, settings.treaty);
      assert.deepEqual(item.act, read.ok && read.kind === 'treaty' ? read.act : null, `entry ${item.index}`);
    }
    // The scenario is named after the log's origin here, not as the depositary names it.
    const comparable = (o: Outcome) => {
      const { scenario: _, ...rest } = o;
      return rest;
    };
    const days = [...new Set(log.entries.map((e) => e.receivedAt.slice(0, 10)))];
    assert.ok(days.length > 1);
    let refused = 0;
    for (const day of days) {
      const r = await log.fetch(`${HOST}/api/v1/treaty?asOf=${day}`);
      assert.equal(r.status, 200);
      const served = (await r.json()) as Outcome;
      const here = outcomeAsOf(settings, snapshot.items, isoDate(day));
      assert.equal(here.scenario, settings.origin);
      assert.deepEqual(JSON.parse(JSON.stringify(comparable(here))), comparable(served), day);
      refused = served.rejected.length;
    }
    // The history has refusals, and record acts before them: the entry numbering is put to the test.
    assert.ok(refused > 0);
    assert.ok(snapshot.items.some((i) => i.act === null));
  });
});
