/**
 * The entry into force of the 2021 drafts: NRA 9 (in force when more than half of the signatory
 * States have ratified) and RUS-US 8 (in force on the second notification). Withdrawal from the NRA
 * is in nra-9.test.ts; the operative articles the engine applies in nra-4, nra-6, nra-7 and
 * rus-us-4.test.ts.
 */
import { describe, it } from 'node:test';

import { day, given, party, ratify, sign } from './testing.ts';

const NRA = 'nra-2021';
const SIGNED = [
  sign('RU', '2022-01-10'),
  sign('US', '2022-01-10'),
  sign('PL', '2022-01-10'),
  sign('DE', '2022-01-10'),
];

describe('NRA 9: entry into force', () => {
  it('does not enter into force when exactly half of the four signatories have ratified', () => {
    given({ treaty: NRA, acts: [...SIGNED, ratify('RU', '2022-02-01')] })
      .when(ratify('US', '2022-02-02'))
      .thenEvents({
        type: 'InstrumentDeposited',
        on: day('2022-02-02'),
        by: party('US'),
        counted: true,
        inForceFrom: null,
      });
  });

  it('enters into force on the deposit that makes more than half', () => {
    given({ treaty: NRA, acts: [...SIGNED, ratify('RU', '2022-02-01'), ratify('US', '2022-02-02')] })
      .when(ratify('PL', '2022-02-03'))
      .thenEvents(
        {
          type: 'InstrumentDeposited',
          on: day('2022-02-03'),
          by: party('PL'),
          counted: true,
          inForceFrom: null,
        },
        { type: 'EnteredIntoForce', on: day('2022-02-03') },
      );
  });

  it('refuses the signature of a State that is neither Russia nor a NATO member', () => {
    given({ treaty: NRA, acts: [] }).when(sign('UA', '2022-01-10')).thenRefused('not_eligible', 'NRA 9');
  });
});

describe('RUS-US 8: entry into force', () => {
  it('enters into force on the second notification, not the first', () => {
    given({
      treaty: 'rus-us-2021',
      acts: [sign('US', '2022-01-10'), sign('RU', '2022-01-10'), ratify('US', '2022-02-01')],
    })
      .when(ratify('RU', '2022-02-02'))
      .thenEvents(
        {
          type: 'InstrumentDeposited',
          on: day('2022-02-02'),
          by: party('RU'),
          counted: true,
          inForceFrom: null,
        },
        { type: 'EnteredIntoForce', on: day('2022-02-02') },
      );
  });

  it('lets no third State sign', () => {
    given({ treaty: 'rus-us-2021', acts: [] })
      .when(sign('GB', '2022-01-10'))
      .thenRefused('not_eligible', 'RUS-US 8');
  });
});
