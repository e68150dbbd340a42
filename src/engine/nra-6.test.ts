/**
 * NRA 6 from the text of the 2021 draft: the NATO member States undertake to refrain from any further
 * enlargement of NATO. The accessions are the dated NATO memberships of the party registry (Finland
 * on 4 April 2023, Sweden on 7 March 2024, the instruments of accession deposited those days), so
 * each is a finding `nato_enlargement` on its day while the agreement is in force, with no act.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { MEMBERSHIPS } from '../treaty/parties/index.ts';
import { provision } from '../treaty/provisions/index.ts';
import type { Setup } from './testing.ts';
import { given } from './testing.ts';

const inForceFrom = (inForce: string, parties: readonly string[] = ['RU', 'nato-on:2021-12-17']): Setup => ({
  treaty: 'nra-2021',
  assume: { inForce, parties },
});
const findingsOf = (setup: Setup, asOf: string) => given(setup).findings(asOf);

describe('NRA 6: no further enlargement of NATO', () => {
  it('finds Finland on 4 April 2023 and Sweden on 7 March 2024, in force from 1 January 2022', () => {
    assert.deepEqual(findingsOf(inForceFrom('2022-01-01'), '2025-12-31'), [
      { code: 'nato_enlargement', cite: 'NRA 6', parties: ['FI'], on: '2023-04-04' },
      { code: 'nato_enlargement', cite: 'NRA 6', parties: ['SE'], on: '2024-03-07' },
    ]);
  });
  it('finds nothing before the day of accession', () => {
    assert.deepEqual(findingsOf(inForceFrom('2022-01-01'), '2023-04-03'), []);
    assert.deepEqual(
      findingsOf(inForceFrom('2022-01-01'), '2024-03-06').map((f) => f.parties),
      [['FI']],
    );
  });
  it('finds no accession before entry into force: in force from 1 June 2023, Sweden only', () => {
    assert.deepEqual(
      findingsOf(inForceFrom('2023-06-01'), '2025-12-31').map((f) => [f.parties, f.on]),
      [[['SE'], '2024-03-07']],
    );
  });
  it('finds none in force from a day after 7 March 2024, the registry holding no later accession', () => {
    const later = MEMBERSHIPS.filter((m) => m.bloc === 'NATO' && m.from > '2024-03-07');
    assert.deepEqual(later, []);
    assert.deepEqual(findingsOf(inForceFrom('2024-03-08'), '2026-12-31'), []);
  });
  it('binds the members: with Russia the only Party, no member has undertaken anything', () => {
    assert.deepEqual(findingsOf(inForceFrom('2022-01-01', ['RU']), '2025-12-31'), []);
  });
  it('binds every member that is a Party: with Germany a Party, both accessions are findings', () => {
    assert.equal(findingsOf(inForceFrom('2022-01-01', ['RU', 'DE']), '2025-12-31').length, 2);
  });
  it('is modelled, as NRA 5 is, while the urgent consultations of NRA 2 stay marked not modelled', () => {
    assert.equal(provision('nra.6')?.notModelled, undefined);
    assert.equal(provision('nra.5')?.notModelled, undefined);
    assert.ok(provision('nra.2.1')?.notModelled);
  });
});
