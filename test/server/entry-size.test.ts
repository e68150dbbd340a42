/**
 * Every entry of the log fits in 65,535 bytes, as entry bundles (c2sp.org/tlog-tiles) prefix each
 * one with its length as a big-endian uint16: a filing whose entry would be larger is refused with
 * a 413 problem, and nothing of it is logged or applied. Tested at the edge, byte for byte.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_ENVELOPE_BYTES } from '../../src/app/intake.ts';
import { envelopeTexts } from '../../src/log/entry.ts';
import type { Envelope } from '../../src/log/entry.ts';
import { decodeBundle, tilePath } from '../../src/log/tiles.ts';
import type { Filer, TestApp } from './helpers.ts';
import { problem, testApp, the } from './helpers.ts';

const LIMIT = 65_535;
const bytes = (text: string): number => Buffer.byteLength(text);
const submit = (t: TestApp, body: unknown) => t.req('POST', '/api/v1/submissions', body);

/** The leaf text of entry `index`, as the log serves it. */
async function leafAt(t: TestApp, index: number): Promise<string> {
  const r = await t.req('GET', `/api/v1/log/entries?start=${index}&end=${index + 1}`);
  return the(((await r.json()) as { entries: string[] }).entries[0], `entry ${index}`);
}

/** An envelope of `act` whose `note` (which acts may carry, and the engine ignores) pads it. */
function padded(f: Filer, act: Record<string, unknown>, note: number, seq?: number): Envelope {
  return f.envelope({ ...act, note: 'n'.repeat(note) }, seq);
}

describe('the size of a log entry', () => {
  it('takes an envelope of the largest size an accepted entry has room for, and refuses one byte more (413)', async () => {
    const t = await testApp();
    const { RU, DE } = await t.parties('RU', 'DE');
    const ru = the(RU, 'RU');
    // The canonical envelope grows byte for byte with the note: find the note that makes it the largest.
    const base = bytes(envelopeTexts(padded(ru, { act: 'sign' }, 0, 1)).envelope);
    const largest = padded(ru, { act: 'sign' }, MAX_ENVELOPE_BYTES - base);
    assert.equal(bytes(envelopeTexts(largest).envelope), MAX_ENVELOPE_BYTES);
    const r = await submit(t, largest);
    assert.equal(r.status, 201, await r.clone().text());
    const receipt = (await r.json()) as { index: number; outcome: { accepted: boolean } };
    assert.equal(receipt.outcome.accepted, true);
    assert.ok(bytes(await leafAt(t, receipt.index)) <= LIMIT);

    const de = the(DE, 'DE');
    const before = t.d.size;
    const over = padded(de, { act: 'sign' }, MAX_ENVELOPE_BYTES - base + 1);
    assert.equal(bytes(envelopeTexts(over).envelope), MAX_ENVELOPE_BYTES + 1);
    const body = await problem(await submit(t, over), 413, 'too-large');
    assert.equal(body['limit'], MAX_ENVELOPE_BYTES);
    assert.equal(body['size'], MAX_ENVELOPE_BYTES + 1);
    assert.match(body.detail, /65535 bytes an entry of the log holds/);
    assert.equal(t.d.size, before, 'nothing logged');
    assert.equal(t.d.nextSeq('DE'), 1, "DE's seq is not spent");
  });

  it('logs a refusal whose entry is exactly 65,535 bytes, and refuses one whose entry would be 65,536 without applying it (413)', async () => {
    const t = await testApp();
    const { GB } = await t.parties('GB');
    const gb = the(GB, 'GB');
    // GB has not signed: its ratification is refused (not_a_signatory), the same each time.
    const probe = (await (await submit(t, padded(gb, { act: 'ratify' }, 1))).json()) as {
      index: number;
      outcome: { accepted: boolean };
    };
    assert.equal(probe.outcome.accepted, false);
    const probeBytes = bytes(await leafAt(t, probe.index));
    // The next entries have an index and a seq of as many digits: the entry grows with the note alone.
    assert.ok(probe.index + 2 < 10 && gb.seq + 2 < 10);
    const exact = padded(gb, { act: 'ratify' }, 1 + LIMIT - probeBytes);
    const r = await submit(t, exact);
    assert.equal(r.status, 201, await r.clone().text());
    const receipt = (await r.json()) as { index: number; outcome: { accepted: boolean } };
    assert.equal(receipt.outcome.accepted, false);
    const leaf = await leafAt(t, receipt.index);
    assert.equal(bytes(leaf), LIMIT);

    // Its entry bundle holds it, after the length 0xFFFF.
    const bundle = { level: 'entries' as const, index: 0, width: t.d.size };
    const served = new Uint8Array(await (await t.req('GET', `/tlog/${tilePath(bundle)}`)).arrayBuffer());
    const entries = decodeBundle(served, t.d.size);
    assert.equal(new TextDecoder().decode(entries[receipt.index]), leaf);

    const before = t.d.size;
    const seq = t.d.nextSeq('GB');
    const over = padded(gb, { act: 'ratify' }, 2 + LIMIT - probeBytes);
    const body = await problem(await submit(t, over), 413, 'too-large');
    assert.equal(body['size'], LIMIT + 1);
    assert.equal(body['limit'], LIMIT);
    assert.match(body.detail, /would be 65536 bytes; an entry of the log holds at most 65535/);
    assert.equal(t.d.size, before, 'nothing logged');
    assert.equal(t.d.nextSeq('GB'), seq, "GB's seq is not spent");
    // Nothing was applied: the same seq files the same act, shorter, and it is decided as before.
    const again = (await (await submit(t, padded(gb, { act: 'ratify' }, 1, seq))).json()) as {
      index: number;
      outcome: unknown;
    };
    assert.equal(again.index, before);
    assert.deepEqual(again.outcome, probe.outcome);
  });

  it('refuses a body over the request limit before reading it (413)', async () => {
    const t = await testApp();
    const { RU } = await t.parties('RU');
    const huge = padded(the(RU, 'RU'), { act: 'sign' }, 70_000);
    const body = await problem(await submit(t, huge), 413, 'too-large');
    assert.match(body.detail, /the body is over 65536 bytes/);
  });
});
