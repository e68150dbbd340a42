/**
 * @module The demo history that `est serve --demo` files into an empty log, through the same signed
 * path as any Party: each filer gets a fresh Ed25519 key, the operator lodges it, and every act is
 * an envelope signed with it and filed with `Depositary.file` (the Depositary's own closes go
 * through `fileOwn`). A simulated clock steps through the dates, so receipts carry them.
 *
 * The history is invented to show the mechanism at work (dates, actors and subjects are plausible,
 * not facts): 34 states and the EU sign in 2010, the 25th state ratification brings the Treaty into
 * force, Sweden ratifies later; Finland asks Russia about exercises (EST 3); consultations on missile
 * defence lead to a Conference of the Parties that is quorate and where one objection blocks a
 * decision (EST 5, 6); Armenia notifies an armed attack by Azerbaijan, modelled on the border
 * clashes of June 2012, and at the Extraordinary Conference the attacker's vote is refused (EST 8).
 * The engine takes a notification at its word: who attacked whom is not judged. The Parties'
 * private keys live only while the demo is filed.
 */
import { toBase64 } from '../log/bytes.ts';
import { ENVELOPE_VERSION, keyIdOf, signingBytes } from '../log/entry.ts';
import { ed25519Sign, newKeyPair, privateKeyFromSeed, sha256 } from '../log/node-crypto.ts';
import type { Depositary, Receipt } from './depositary.ts';
import { DEPOSITARY } from './depositary.ts';

export interface DemoStep {
  /** The day of receipt, YYYY-MM-DD. */
  readonly on: string;
  /** The filer, or several (each files the act under its own key); DEPOSITARY for a close. */
  readonly by: string | readonly string[];
  readonly act: Readonly<Record<string, unknown>>;
}

const RATIFY_FIRST = ['RU', 'BY', 'KZ', 'AM', 'AZ', 'KG', 'TJ', 'UZ', 'MD', 'RS', 'ME', 'MK'];
const RATIFY_SECOND = ['BA', 'IT', 'FR', 'ES', 'GR', 'CY', 'AT', 'FI', 'IE', 'PT', 'BE', 'NL'];
/** Signatories that never ratify. */
const SIGN_ONLY = ['LU', 'CH', 'UA', 'TR', 'NO', 'SI', 'SK', 'HU'];
/** 34 states. */
const SIGNERS = [...RATIFY_FIRST, ...RATIFY_SECOND, 'DE', 'SE', ...SIGN_ONLY];

const CONFERENCE = [
  ...['RU', 'BY', 'KZ', 'AM', 'AZ', 'KG', 'TJ', 'UZ', 'MD', 'RS'],
  ...['DE', 'FR', 'IT', 'ES', 'NL', 'FI', 'SE', 'AT', 'BE', 'EU'],
];
const EXTRAORDINARY = [
  ...['AM', 'AZ', 'RU', 'BY', 'KZ', 'KG', 'TJ', 'UZ', 'MD', 'RS', 'ME', 'MK'],
  ...['BA', 'IT', 'FR', 'ES', 'GR', 'CY', 'AT', 'FI', 'DE', 'NL', 'SE'],
];

/** The demo, in the order filed. Dates never go backwards. */
export const DEMO_STEPS: readonly DemoStep[] = [
  // 2010: signature, ratification, entry into force (EST 10, 11, 14).
  { on: '2010-02-01', by: SIGNERS, act: { act: 'sign' } },
  { on: '2010-02-01', by: 'EU', act: { act: 'sign' } },
  // China is outside the area EST 10 names: refused, and logged as evidence like any filing.
  { on: '2010-02-03', by: 'CN', act: { act: 'sign' } },
  { on: '2010-04-15', by: RATIFY_FIRST, act: { act: 'ratify' } },
  { on: '2010-06-10', by: RATIFY_SECOND, act: { act: 'ratify' } },
  // An organization's approval, which does not count toward entry into force by default.
  { on: '2010-07-01', by: 'EU', act: { act: 'ratify' } },
  // The 25th state instrument: in force for every depositor that day.
  { on: '2010-09-01', by: 'DE', act: { act: 'ratify' } },
  // A later ratifier: a Party 30 days after its deposit.
  { on: '2010-11-15', by: 'SE', act: { act: 'ratify' } },

  // 2011: a request for information and its answer (EST 3).
  {
    on: '2011-03-01',
    by: 'FI',
    act: {
      act: 'request-information',
      to: 'RU',
      subject: 'readiness exercises in the Western Military District near the Finnish border',
      id: 'ir-western-district',
    },
  },
  {
    on: '2011-03-10',
    by: 'RU',
    act: {
      act: 'answer',
      procedure: 'ir-western-district',
      text: 'Routine readiness checks of two brigades; observers are invited under the Vienna Document',
    },
  },

  // Consultations lead to a Conference of the Parties (EST 5, 6).
  {
    on: '2011-05-02',
    by: 'RU',
    act: {
      act: 'request-consultations',
      with: ['FR', 'DE'],
      subject: 'missile-defence deployments in Europe',
      id: 'c-missile-defence',
    },
  },
  { on: '2011-05-04', by: 'NL', act: { act: 'join', procedure: 'c-missile-defence' } },
  { on: '2011-05-10', by: ['RU', 'FR', 'DE', 'NL'], act: { act: 'attend', procedure: 'c-missile-defence' } },
  { on: '2011-05-20', by: DEPOSITARY, act: { act: 'close', procedure: 'c-missile-defence' } },
  {
    on: '2011-05-23',
    by: 'RU',
    act: { act: 'propose-conference', procedure: 'c-missile-defence', id: 'conf-missile-defence' },
  },
  // The second backer: the Depositary convenes the Conference.
  { on: '2011-05-25', by: 'BY', act: { act: 'support', procedure: 'conf-missile-defence' } },
  { on: '2011-06-14', by: CONFERENCE, act: { act: 'attend', procedure: 'conf-missile-defence' } },
  {
    on: '2011-06-14',
    by: 'RU',
    act: {
      act: 'propose-decision',
      procedure: 'conf-missile-defence',
      decision: 'consent-to-deployments',
      text: 'No Party deploys missile-defence interceptors in Europe without the consent of the Parties concerned',
    },
  },
  {
    on: '2011-06-14',
    by: 'DE',
    act: {
      act: 'propose-decision',
      procedure: 'conf-missile-defence',
      decision: 'expert-group',
      text: 'A joint expert group on missile-defence cooperation reports to the Parties within a year',
    },
  },
  // Consensus: one objection by a Party present blocks a decision.
  {
    on: '2011-06-15',
    by: 'FR',
    act: { act: 'object', procedure: 'conf-missile-defence', decision: 'consent-to-deployments' },
  },
  { on: '2011-06-20', by: DEPOSITARY, act: { act: 'close', procedure: 'conf-missile-defence' } },

  // 2012: an armed attack notified, an Extraordinary Conference (EST 7, 8).
  {
    on: '2012-06-05',
    by: 'AM',
    act: { act: 'notify-attack', attacker: 'AZ', kind: 'attack', id: 'xc-tavush' },
  },
  { on: '2012-06-05', by: EXTRAORDINARY, act: { act: 'attend', procedure: 'xc-tavush' } },
  {
    on: '2012-06-05',
    by: 'AM',
    act: {
      act: 'propose-decision',
      procedure: 'xc-tavush',
      decision: 'ceasefire',
      text: 'Both sides observe the ceasefire and pull their forces back from the border villages',
    },
  },
  {
    on: '2012-06-05',
    by: 'FI',
    act: {
      act: 'propose-decision',
      procedure: 'xc-tavush',
      decision: 'osce-monitors',
      text: 'The OSCE monitoring team on the border is reinforced',
    },
  },
  {
    on: '2012-06-06',
    by: EXTRAORDINARY.filter((p) => p !== 'AZ' && p !== 'RS'),
    act: { act: 'vote', procedure: 'xc-tavush', decision: 'ceasefire', vote: 'yes' },
  },
  {
    on: '2012-06-06',
    by: 'RS',
    act: { act: 'vote', procedure: 'xc-tavush', decision: 'ceasefire', vote: 'abstain' },
  },
  // The attacker's vote is not counted (EST 8(3)): refused, and logged.
  {
    on: '2012-06-06',
    by: 'AZ',
    act: { act: 'vote', procedure: 'xc-tavush', decision: 'ceasefire', vote: 'no' },
  },
  {
    on: '2012-06-06',
    by: EXTRAORDINARY.filter((p) => p !== 'AZ'),
    act: { act: 'vote', procedure: 'xc-tavush', decision: 'osce-monitors', vote: 'yes' },
  },
  { on: '2012-06-08', by: DEPOSITARY, act: { act: 'close', procedure: 'xc-tavush' } },
];

export interface DemoResult {
  readonly filed: number;
  readonly refused: number;
  readonly from: string;
  readonly to: string;
}

const filersOf = (step: DemoStep): readonly string[] => (typeof step.by === 'string' ? [step.by] : step.by);

/**
 * Files the demo: lodges a fresh key for every filer on the first day, then files each step, one
 * act per filer, a second apart from 09:00 UTC. `setTime` steps the depositary's clock.
 */
export async function fileDemo(
  depositary: Depositary,
  setTime: (at: Date) => void,
  steps: readonly DemoStep[] = DEMO_STEPS,
): Promise<DemoResult> {
  const first = steps[0]?.on ?? '2010-01-01';
  const last = steps.at(-1)?.on ?? first;
  const keys = new Map<string, ReturnType<typeof newKeyPair>>();
  setTime(new Date(`${first}T08:00:00.000Z`));
  for (const party of new Set(steps.flatMap(filersOf))) {
    if (party === DEPOSITARY) continue;
    const pair = newKeyPair();
    keys.set(party, pair);
    await depositary.lodgeKey(party, toBase64(pair.publicKey));
  }
  let filed = 0;
  let refused = 0;
  let day = '';
  let second = 0;
  for (const step of steps) {
    if (step.on !== day) [day, second] = [step.on, 0];
    for (const party of filersOf(step)) {
      setTime(new Date(Date.parse(`${step.on}T09:00:00.000Z`) + 1000 * second++));
      let receipt: Receipt;
      if (party === DEPOSITARY) receipt = await depositary.fileOwn(step.act);
      else {
        const pair = keys.get(party) as ReturnType<typeof newKeyPair>;
        const unsigned = {
          v: ENVELOPE_VERSION,
          party,
          keyId: keyIdOf(sha256, pair.publicKey),
          seq: depositary.nextSeq(party),
          act: step.act,
        } as const;
        const signature = toBase64(ed25519Sign(privateKeyFromSeed(pair.seed), signingBytes(unsigned)));
        receipt = await depositary.file({ ...unsigned, signature });
      }
      filed += 1;
      if (!receipt.outcome.accepted) refused += 1;
    }
  }
  return { filed, refused, from: first, to: last };
}
