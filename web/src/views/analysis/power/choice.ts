/**
 * @module The voting-power section's choice in the query (body, council year, Parties, reading,
 * attacker, organizations' weight, date) and the simple game it names.
 */
import { isGameId, namedGame } from '../../../../../src/analysis/games.ts';
import type { GameId, NamedGameOptions, Reading, SimpleGame } from '../../../../../src/analysis/games.ts';
import { parseIsoDate } from '../../../../../src/treaty/dates.ts';
import type { IsoDate } from '../../../../../src/treaty/dates.ts';
import { resolveParameters } from '../../../../../src/treaty/parameters/index.ts';
import { PRESET_DATE, UNSC_FIRST_YEAR, UNSC_LAST_YEAR } from '../../../../../src/treaty/parties/index.ts';
import { isPreset } from '../common.tsx';
import type { PresetId } from '../common.tsx';

/** What the reader chose: a body and, for the EST's bodies, its Parties, reading and weights. */
export interface Choice {
  readonly game: GameId;
  readonly council: string;
  readonly parties: PresetId;
  readonly reading: Reading;
  readonly attacker: string | null;
  readonly orgWeight: number;
  readonly asOf: IsoDate;
}

/** The choice the query gives, each missing or unknown value replaced by its default. */
export function choiceOf(query: URLSearchParams): Choice {
  const id = query.get('game') ?? 'unsc';
  const council = query.get('council') ?? '';
  const year = Number(council);
  const parties = query.get('parties');
  const w = Number(query.get('orgWeight') ?? '1');
  return {
    game: isGameId(id) ? id : 'unsc',
    council: Number.isInteger(year) && year >= UNSC_FIRST_YEAR && year <= UNSC_LAST_YEAR ? council : '',
    parties: isPreset(parties) ? parties : 'osce-2009+orgs',
    reading: query.get('reading') === 'objection' ? 'objection' : 'absence',
    attacker: query.get('attacker'),
    orgWeight: [0, 1, 2, 3].includes(w) ? w : 1,
    asOf: parseIsoDate(query.get('asOf') ?? '') ?? PRESET_DATE,
  };
}

/** The simple game of the chosen body, as `est analyze power` builds it. */
export function gameOf(c: Choice): SimpleGame {
  const options: NamedGameOptions =
    c.game === 'unsc'
      ? c.council === ''
        ? {}
        : { parties: `unsc-${c.council}`, asOf: PRESET_DATE }
      : c.game === 'nac'
        ? { asOf: c.asOf }
        : {
            parties: c.parties,
            asOf: PRESET_DATE,
            reading: c.reading,
            params: resolveParameters('est-2009', { 'organizations.voteWeight': c.orgWeight }),
            ...(c.game === 'extraordinary' && c.attacker !== null ? { attacker: c.attacker } : {}),
          };
  return namedGame(c.game, options);
}
