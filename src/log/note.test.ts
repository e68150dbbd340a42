import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ed25519Sign, ed25519Verify, privateKeyFromSeed, sha256 } from './node-crypto.ts';
import {
  checkpointText,
  formatVerifierKey,
  fromBase64,
  noteKey,
  openNote,
  parseCheckpoint,
  parseVerifierKey,
  signNote,
  toBase64,
} from './note.ts';

// The example key and note of the Go reference implementation (golang.org/x/mod/sumdb/note).
const VKEY = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW';
const SKEY = 'PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz';
const TEXT =
  "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
const NOTE = `${TEXT}\n\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n`;

// The key material is the part after the fourth '+' (base64 may itself contain '+').
const seed = fromBase64(SKEY.split('+').slice(4).join('+'))!.slice(1);
const signer = privateKeyFromSeed(seed);

describe('signed notes', () => {
  it('reads the reference verifier key and recomputes its key ID', async () => {
    const key = await parseVerifierKey(sha256, VKEY);
    assert.ok(key);
    assert.equal(key.name, 'PeterNeumann');
    assert.equal(formatVerifierKey(key), VKEY);
  });
  it('refuses verifier keys with a wrong ID, name or key material', async () => {
    for (const bad of [
      VKEY.replace('c74f20a3', 'c74f20a4'),
      VKEY.replace('PeterNeumann', 'PeterNeuman'),
      VKEY.replace('+ARpc', '+AhRpc'),
      VKEY.slice(0, -1),
      `x ${VKEY}`,
    ]) {
      assert.equal(await parseVerifierKey(sha256, bad), null, bad);
    }
  });
  it('signs the reference text into the reference note, byte for byte', async () => {
    const key = (await parseVerifierKey(sha256, VKEY))!;
    assert.equal(await signNote(TEXT, key, (m) => ed25519Sign(signer, m)), NOTE);
  });
  it('opens the reference note with its key', async () => {
    const key = (await parseVerifierKey(sha256, VKEY))!;
    assert.deepEqual(await openNote(NOTE, key, ed25519Verify), { ok: true, text: TEXT });
  });
  it('rejects the note when its text is changed by one letter', async () => {
    const key = (await parseVerifierKey(sha256, VKEY))!;
    const opened = await openNote(NOTE.replace('cryptography', 'cryptographY'), key, ed25519Verify);
    assert.equal(opened.ok, false);
  });
  it('rejects a note that only another key signed', async () => {
    const other = await noteKey(sha256, 'someone.else', new Uint8Array(32).fill(7));
    const opened = await openNote(NOTE, other, ed25519Verify);
    assert.deepEqual(opened, {
      ok: false,
      reason: `no signature by ${formatVerifierKey(other).split('+').slice(0, 2).join('+')}`,
    });
  });
  it('rejects malformed notes', async () => {
    const key = (await parseVerifierKey(sha256, VKEY))!;
    for (const bad of [
      TEXT,
      NOTE.slice(0, -1),
      NOTE.replace('\u2014', '-'),
      NOTE.replace('\n\n', '\n\u0007\n'),
    ]) {
      assert.equal((await openNote(bad, key, ed25519Verify)).ok, false);
    }
  });
});

describe('checkpoints', () => {
  const root = sha256(new Uint8Array(0));
  it('read back what they write', () => {
    const c = { origin: 'depositary.est.example/log', size: 42, root };
    assert.deepEqual(parseCheckpoint(checkpointText(c)), c);
    assert.equal(checkpointText(c), `depositary.est.example/log\n42\n${toBase64(root)}\n`);
  });
  it('refuse malformed sizes and roots', () => {
    for (const bad of [
      'o\n-1\nAA==\n',
      'o\n01\n' + toBase64(root) + '\n',
      'o\n1\nnot base64\n',
      '\n1\n' + toBase64(root) + '\n',
    ]) {
      assert.equal(parseCheckpoint(bad), null, JSON.stringify(bad));
    }
  });
});
