// The web map's table of ISO numeric codes agrees with i18n-iso-countries and covers the registry.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import countries from 'i18n-iso-countries';
import { STATES } from '../../src/treaty/parties/index.ts';
import { ISO_NUMERIC, alpha2OfNumeric } from '../../web/src/iso-numeric.ts';

describe('the ISO numeric table of the map', () => {
  it('has exactly the registry states', () => {
    assert.deepEqual(Object.keys(ISO_NUMERIC).sort(), STATES.map((s) => s.id).sort());
  });

  it('agrees with i18n-iso-countries for every state', () => {
    for (const [alpha2, numeric] of Object.entries(ISO_NUMERIC))
      assert.equal(numeric, countries.alpha2ToNumeric(alpha2), alpha2);
  });

  it('maps back from numeric ids, padded or not', () => {
    assert.equal(alpha2OfNumeric('616'), 'PL');
    assert.equal(alpha2OfNumeric(20), 'AD');
    assert.equal(alpha2OfNumeric('156'), null);
    assert.equal(alpha2OfNumeric(undefined), null);
  });

  it('finds every registry state in the 50m atlas the map draws', () => {
    const atlas = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../node_modules/world-atlas/countries-50m.json'), 'utf8'),
    ) as { objects: { countries: { geometries: { id?: string }[] } } };
    const ids = new Set(atlas.objects.countries.geometries.map((g) => g.id));
    for (const [alpha2, numeric] of Object.entries(ISO_NUMERIC)) assert.ok(ids.has(numeric), alpha2);
  });
});
