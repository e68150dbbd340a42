/**
 * @module Voting power (`est analyze power`, in the browser): exact Shapley-Shubik and Banzhaf
 * indices of the UN Security Council, the EST's Conference and Extraordinary Conference (with an
 * optional attacker, under either reading) and NATO's Council, computed here by src/analysis.
 */
import { useMemo } from 'react';
import { GAME_IDS, GameError, isGameId, namedGame, requirements } from '../../../../src/analysis/games.ts';
import type { GameId, NamedGameOptions, Reading, SimpleGame } from '../../../../src/analysis/games.ts';
import { formatRatio, powerGroups, powerIndices, ratioToNumber } from '../../../../src/analysis/power.ts';
import type { PlayerPower, PowerIndices, Ratio } from '../../../../src/analysis/power.ts';
import { isOrganization } from '../../../../src/treaty/entities.ts';
import { parseIsoDate } from '../../../../src/treaty/dates.ts';
import type { IsoDate } from '../../../../src/treaty/dates.ts';
import { resolveParameters } from '../../../../src/treaty/parameters/index.ts';
import {
  PRESET_DATE,
  UNSC_FIRST_YEAR,
  UNSC_LAST_YEAR,
  resolvePartySet,
} from '../../../../src/treaty/parties/index.ts';
import { ErrorMessage } from '../../components.tsx';
import { defineMessages, formatDate, useLanguage, useT } from '../../i18n.tsx';
import type { Language } from '../../i18n.tsx';
import { href } from '../../router.ts';
import { BarChart } from './charts.tsx';
import {
  CsvButton,
  PRESET_IDS,
  ScrollTable,
  Terms,
  decimalsOf,
  formatDecimal,
  isPreset,
  plainTerms,
  presetLabel,
  presetName,
  sentence,
  shortOf,
  updateQuery,
} from './common.tsx';
import { locale } from '../../i18n.tsx';
import type { PresetId } from './common.tsx';
import { partyName } from '../../names.ts';

const M = defineMessages({
  title: { en: 'Voting power', ru: 'Сила голоса' },
  intro: {
    en: 'Exact Shapley-Shubik and Banzhaf indices, computed in your browser: the share of orders of arrival in which a player is pivotal, and the share of swings (coalitions a player turns from losing to winning).',
    ru: 'Точные индексы Шепли — Шубика и Банцафа, вычисленные в браузере: доля порядков прихода, в которых игрок решающий, и доля «переломов» (коалиций, которые игрок превращает из проигрывающих в выигрывающие).',
  },
  'game.label': { en: 'Body', ru: 'Орган' },
  'game.unsc': { en: 'UN Security Council', ru: 'Совет Безопасности ООН' },
  'game.conference': { en: 'Conference of the Parties (EST)', ru: 'Конференция Участников (ДЕБ)' },
  'game.extraordinary': {
    en: 'Extraordinary Conference of the Parties (EST)',
    ru: 'Чрезвычайная конференция Участников (ДЕБ)',
  },
  'game.nac': { en: 'North Atlantic Council (NATO)', ru: 'Североатлантический совет (НАТО)' },
  'name.unsc': { en: 'UN Security Council', ru: 'Совет Безопасности ООН' },
  'name.conference': { en: 'Conference of the Parties', ru: 'Конференция Участников' },
  'name.extraordinary': {
    en: 'Extraordinary Conference of the Parties',
    ru: 'Чрезвычайная конференция Участников',
  },
  'name.nac': { en: 'North Atlantic Council', ru: 'Североатлантический совет' },
  'rule.unsc': {
    en: 'nine votes of fifteen, including the concurring votes of the five permanent members',
    ru: 'девять голосов из пятнадцати, включая совпадающие голоса пяти постоянных членов',
  },
  'rule.conference': {
    en: '[[quorum|quorum]] {num}/{den} of all Parties; decisions by [[consensus|consensus]] of those present',
    ru: '[[quorum|кворум]] {num}/{den} от всех Участников; решения [[consensus|консенсусом]] присутствующих',
  },
  'rule.extraordinary': {
    en: '[[quorum|quorum]] {num}/{den} of all Parties; decisions [[unanimity|unanimous]] among the votes counted',
    ru: '[[quorum|кворум]] {num}/{den} от всех Участников; решения [[unanimity|единогласно]] среди учитываемых голосов',
  },
  'rule.nac': {
    en: 'consensus of all Allies, a practice the treaty does not write down',
    ru: 'консенсус всех союзников — практика, не записанная в договоре',
  },
  'council.label': { en: 'Members of the Council', ru: 'Члены Совета' },
  'council.placeholders': {
    en: 'the five permanent members and ten elected ones',
    ru: 'пять постоянных членов и десять избранных',
  },
  'council.year': { en: 'the Council of {year}', ru: 'Совет {year} года' },
  'parties.label': { en: 'Parties', ru: 'Участники' },
  'reading.label': {
    en: 'A Party that does not support a decision',
    ru: 'Участник, не поддерживающий решение',
  },
  'reading.absence': { en: 'stays away (absence)', ru: 'не является (неявка)' },
  'reading.objection': {
    en: 'attends and objects or votes no (objection)',
    ru: 'присутствует и возражает или голосует против (возражение)',
  },
  'attacker.label': {
    en: 'Attacker (its vote is not counted, its attendance is)',
    ru: 'Нападающий (голос не учитывается, присутствие учитывается)',
  },
  'attacker.none': { en: 'none', ru: 'нет' },
  'orgWeight.label': { en: 'Weight of each organization', ru: 'Вес каждой организации' },
  'orgWeight.0': { en: '0 (not counted)', ru: '0 (не учитывается)' },
  'asOf.label': { en: 'Allies as of', ru: 'Союзники на дату' },
  'players.set': { en: 'Players: {set} as of {date} ({n}).', ru: 'Игроки: {set} на {date} ({n}).' },
  'players.nato': { en: 'NATO members', ru: 'члены НАТО' },
  'players.weighted': { en: ', total weight {w}', ru: ', общий вес {w}' },
  'need.lead': { en: 'A coalition wins with {parts}.', ru: 'Коалиция выигрывает, если у неё {parts}.' },
  'need.quorum': { en: 'attendance weight {q} of {t}', ru: 'присутствие весом {q} из {t}' },
  'need.one': { en: 'at least one counted vote in favour', ru: 'хотя бы один учитываемый голос «за»' },
  'need.quota': { en: 'votes weighing {v} of {w}', ru: 'голоса весом {v} из {w}' },
  'need.everyone': { en: 'every player (each one a veto player)', ru: 'все игроки (каждый — с правом вето)' },
  'need.manyVetoes': {
    en: 'all {n} veto players (marked below)',
    ru: 'все игроки с правом вето ({n}, отмечены ниже)',
  },
  'need.vetoes': { en: 'every veto player ({list})', ru: 'все игроки с правом вето ({list})' },
  'chart.label': {
    en: '{game}: Shapley-Shubik and Banzhaf index per player. {summary}',
    ru: '{game}: индексы Шепли — Шубика и Банцафа каждого игрока. {summary}',
  },
  'chart.row': {
    en: '{who}: Shapley-Shubik {ss}, Banzhaf {bz}',
    ru: '{who}: Шепли — Шубик {ss}, Банцаф {bz}',
  },
  'chart.group': { en: '{n}: {ids}', ru: '{n}: {ids}' },
  ss: { en: 'Shapley-Shubik', ru: 'Шепли — Шубик' },
  bz: { en: 'Banzhaf', ru: 'Банцаф' },
  bzAbs: { en: 'Banzhaf absolute', ru: 'Банцаф абсолютный' },
  'table.label': { en: 'Power per player, exact', ru: 'Сила каждого игрока, точно' },
  'th.players': { en: 'Players (values are per player)', ru: 'Игроки (значения на одного игрока)' },
  'th.weight': { en: 'Weight', ru: 'Вес' },
  'th.veto': { en: 'Veto', ru: 'Вето' },
  'veto.yes': { en: 'yes', ru: 'да' },
  'veto.no': { en: 'no', ru: 'нет' },
  'weight.present': { en: '{w} (present {p})', ru: '{w} (присутствие {p})' },
  coleman: {
    en: 'Power of the body to act (Coleman): {x}, {w} winning coalitions of 2^{n}.',
    ru: 'Способность органа действовать (Коулман): {x}; выигрывающих коалиций: {w} из 2^{n}.',
  },
  'notes.title': { en: 'Notes', ru: 'Примечания' },
  'note.absence': {
    en: 'Reading “absence”: a Party that does not support a decision stays away; the [[quorum|quorum]] is the only hurdle, so the game is a weighted quota game.',
    ru: 'Прочтение «неявка»: Участник, не поддерживающий решение, не является; единственное препятствие — [[quorum|кворум]], так что игра — взвешенная игра с квотой.',
  },
  'note.objection.conference': {
    en: 'Reading “objection”: a Party that does not support a decision attends and objects; [[consensus|consensus]] makes each counted Party a veto player (a unanimity game).',
    ru: 'Прочтение «возражение»: Участник, не поддерживающий решение, присутствует и возражает; [[consensus|консенсус]] делает каждого учитываемого Участника игроком с правом вето (игра единогласия).',
  },
  'note.objection.extraordinary': {
    en: 'Reading “objection”: a Party that does not support a decision attends and votes no; [[unanimity|unanimity]] makes each counted Party a veto player.',
    ru: 'Прочтение «возражение»: Участник, не поддерживающий решение, присутствует и голосует против; [[unanimity|единогласие]] делает каждого учитываемого Участника игроком с правом вето.',
  },
  'note.attacker.notParty': {
    en: 'The attacker {id} is not a Party: no vote is left out (EST 8(3)).',
    ru: 'Нападающий {id} не является Участником: ничей голос не исключается (ДЕБ, ст. 8, п. 3).',
  },
  'note.attacker.votes': {
    en: 'extraordinary.excludeAttacker is false: the attacker {id} votes like any Party.',
    ru: 'extraordinary.excludeAttacker = false: нападающий {id} голосует как любой Участник.',
  },
  'note.attacker.excluded': {
    en: "The attacker {id}'s vote is not counted (EST 8(3)); its attendance still counts toward the quorum.",
    ru: 'Голос нападающего {id} не учитывается (ДЕБ, ст. 8, п. 3); его присутствие по-прежнему учитывается в кворуме.',
  },
  'note.orgs.zero': {
    en: 'Organizations weigh 0 (organizations.voteWeight): they are Parties but count neither in the quorum nor in votes, so they are null players.',
    ru: 'Организации весят 0 (organizations.voteWeight): они Участники, но не учитываются ни в кворуме, ни в голосовании, поэтому их сила нулевая.',
  },
  'note.orgs.weight': {
    en: 'Each organization that is a Party weighs {w} in the quorum and in votes, beside its member states (organizations.voteWeight, EST 10, 11; a reading, the text is silent).',
    ru: 'Каждая организация, являющаяся Участником, весит {w} в кворуме и при голосовании наряду со своими государствами-членами (organizations.voteWeight, ДЕБ, ст. 10, 11; прочтение, текст об этом молчит).',
  },
  'note.unsc': {
    en: 'A permanent member that abstains is treated here as not concurring; in practice an abstention has not been taken as a veto.',
    ru: 'Воздержавшийся постоянный член считается здесь не давшим согласия; на практике воздержание не считается вето.',
  },
  'note.nac': {
    en: '[[consensus|Consensus]] at NATO is a practice, not a written voting rule; the model is a [[unanimity|unanimity]] game.',
    ru: '[[consensus|Консенсус]] в НАТО — практика, а не записанное правило голосования; модель — игра [[unanimity|единогласия]].',
  },
  'note.symmetric': {
    en: 'All {n} players stand in the same position, so both indices give each 1/{n}. In the EST’s bodies the asymmetry that matters is blocking by absence:',
    ru: 'Все игроки ({n}) в равном положении, поэтому оба индекса дают каждому 1/{n}. В органах ДЕБ важна другая асимметрия — блокирование неявкой:',
  },
  'note.symmetric.link': { en: 'see Blocking', ru: 'см. «Блокирование»' },
  'th.count': { en: 'Number of players', ru: 'Число игроков' },
  'th.presence': { en: 'Weight in the quorum', ru: 'Вес в кворуме' },
  'th.exact': { en: '{index}, exact', ru: '{index}, точно' },
  'csv.about': {
    en: 'Voting power, {game} ({cite}): {rule}. {players}',
    ru: 'Сила голоса, {game} ({cite}): {rule}. {players}',
  },
  'note.notDecisive': {
    en: 'The game is not decisive (no coalition can win, or the empty one does): the indices are 0.',
    ru: 'Игра не решающая (ни одна коалиция не может выиграть, или выигрывает пустая): индексы равны 0.',
  },
});

type T = ReturnType<typeof useT<typeof M>>;

interface Choice {
  readonly game: GameId;
  readonly council: string;
  readonly parties: PresetId;
  readonly reading: Reading;
  readonly attacker: string | null;
  readonly orgWeight: number;
  readonly asOf: IsoDate;
}

function choiceOf(query: URLSearchParams): Choice {
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

function gameOf(c: Choice): SimpleGame {
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

/** A decimal for the reader: four places, or scientific notation when smaller than 0.0001. */
function decimal(x: number, lang: Language): string {
  if (x === 0) return '0';
  if (x >= 1e-4) return formatDecimal(x, lang, 4);
  return new Intl.NumberFormat(locale(lang), { notation: 'scientific', maximumFractionDigits: 3 }).format(x);
}

function RatioCell({ r, lang }: { readonly r: Ratio; readonly lang: Language }) {
  const x = ratioToNumber(r);
  const exact = formatRatio(r);
  return (
    <td className="an-num">
      {decimal(x, lang)}
      {exact !== '0' && exact !== '1' && <span className="an-exact"> ({exact})</span>}
    </td>
  );
}

export function PowerSection({ query }: { readonly query: URLSearchParams }) {
  const t = useT(M);
  const { lang } = useLanguage();
  const choice = choiceOf(query);
  const key = JSON.stringify(choice);
  const computed = useMemo((): { game: SimpleGame; r: PowerIndices } | { error: Error } => {
    try {
      const game = gameOf(choice);
      return { game, r: powerIndices(game) };
    } catch (e) {
      if (e instanceof GameError) return { error: e };
      throw e;
    }
    // `key` stands for the whole choice.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  const est = choice.game === 'conference' || choice.game === 'extraordinary';
  const candidates = useMemo(
    () => [...resolvePartySet(choice.parties, PRESET_DATE)].sort(),
    [choice.parties],
  );
  const set = (changes: Record<string, string | null>) => updateQuery(query, changes);

  return (
    <section aria-labelledby="an-power">
      <h2 id="an-power">{t('title')}</h2>
      <p>{t('intro')}</p>
      <form className="an-controls" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('game.label')}
          <select value={choice.game} onChange={(e) => set({ game: e.target.value, attacker: null })}>
            {GAME_IDS.map((id) => (
              <option key={id} value={id}>
                {t(`game.${id}`)}
              </option>
            ))}
          </select>
        </label>
        {choice.game === 'unsc' && (
          <label>
            {t('council.label')}
            <select value={choice.council} onChange={(e) => set({ council: e.target.value || null })}>
              <option value="">{t('council.placeholders')}</option>
              {Array.from(
                { length: UNSC_LAST_YEAR - UNSC_FIRST_YEAR + 1 },
                (_, i) => UNSC_FIRST_YEAR + i,
              ).map((y) => (
                <option key={y} value={String(y)}>
                  {t('council.year', { year: y })}
                </option>
              ))}
            </select>
          </label>
        )}
        {est && (
          <>
            <label>
              {t('parties.label')}
              <select
                value={choice.parties}
                onChange={(e) => set({ parties: e.target.value, attacker: null })}
              >
                {PRESET_IDS.map((id) => (
                  <option key={id} value={id}>
                    {presetLabel(id, lang)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('reading.label')}
              <select value={choice.reading} onChange={(e) => set({ reading: e.target.value })}>
                <option value="absence">{t('reading.absence')}</option>
                <option value="objection">{t('reading.objection')}</option>
              </select>
            </label>
            <label>
              {t('orgWeight.label')}
              <select value={String(choice.orgWeight)} onChange={(e) => set({ orgWeight: e.target.value })}>
                {[0, 1, 2, 3].map((w) => (
                  <option key={w} value={String(w)}>
                    {w === 0 ? t('orgWeight.0') : String(w)}
                  </option>
                ))}
              </select>
            </label>
          </>
        )}
        {choice.game === 'extraordinary' && (
          <label>
            {t('attacker.label')}
            <select
              value={choice.attacker ?? ''}
              onChange={(e) => set({ attacker: e.target.value === '' ? null : e.target.value })}
            >
              <option value="">{t('attacker.none')}</option>
              {candidates.map((id) => (
                <option key={id} value={id}>
                  {partyName(id, lang)} ({id})
                </option>
              ))}
            </select>
          </label>
        )}
        {choice.game === 'nac' && (
          <label>
            {t('asOf.label')}
            <input
              type="date"
              min="1949-08-24"
              value={choice.asOf}
              onChange={(e) => parseIsoDate(e.target.value) !== null && set({ asOf: e.target.value })}
            />
          </label>
        )}
      </form>
      {'error' in computed ? (
        <ErrorMessage error={computed.error} />
      ) : (
        <PowerReport choice={choice} game={computed.game} r={computed.r} t={t} lang={lang} />
      )}
    </section>
  );
}

function notesOf(choice: Choice, game: SimpleGame, r: PowerIndices, t: T): string[] {
  const notes: string[] = [];
  if (choice.game === 'unsc') notes.push(t('note.unsc'));
  if (choice.game === 'nac') notes.push(t('note.nac'));
  if (choice.game === 'conference' || choice.game === 'extraordinary') {
    notes.push(
      choice.reading === 'absence'
        ? t('note.absence')
        : t(choice.game === 'conference' ? 'note.objection.conference' : 'note.objection.extraordinary'),
    );
    const attacker = choice.game === 'extraordinary' ? choice.attacker : null;
    if (attacker !== null) {
      const player = game.players.find((p) => p.id === attacker);
      if (player === undefined) notes.push(t('note.attacker.notParty', { id: attacker }));
      else if (player.presence === undefined) notes.push(t('note.attacker.votes', { id: attacker }));
      else notes.push(t('note.attacker.excluded', { id: attacker }));
    }
    if (game.players.some((p) => isOrganization(p.id)))
      notes.push(
        choice.orgWeight === 0 ? t('note.orgs.zero') : t('note.orgs.weight', { w: choice.orgWeight }),
      );
  }
  if (!r.decisive) notes.push(t('note.notDecisive'));
  return notes;
}

function PowerReport({
  choice,
  game,
  r,
  t,
  lang,
}: {
  readonly choice: Choice;
  readonly game: SimpleGame;
  readonly r: PowerIndices;
  readonly t: T;
  readonly lang: Language;
}) {
  const req = requirements(game);
  const name = t(`name.${choice.game}`);
  const quorum = game.quorum?.kind === 'share' ? game.quorum : null;
  const rule = t(`rule.${choice.game}`, { num: quorum?.num ?? '', den: quorum?.den ?? '' });

  const need: string[] = [];
  if (game.quorum !== null) need.push(t('need.quorum', { q: req.quorumWeight, t: req.totalPresence }));
  if (game.quorum !== null && game.quota.kind === 'weight' && game.quota.weight <= 1)
    need.push(t('need.one'));
  else need.push(t('need.quota', { v: req.quotaWeight, w: req.totalWeight }));
  if (game.vetoes.length === game.players.length) need.push(t('need.everyone'));
  else if (game.vetoes.length > 10) need.push(t('need.manyVetoes', { n: game.vetoes.length }));
  else if (game.vetoes.length > 0)
    need.push(t('need.vetoes', { list: game.vetoes.map((id) => shortOf(id, lang)).join(' ') }));

  let players: string | null = null;
  const total = game.quorum === null ? req.totalWeight : req.totalPresence;
  const weighted = total === game.players.length ? '' : t('players.weighted', { w: total });
  if (choice.game === 'nac')
    players = t('players.set', {
      set: t('players.nato'),
      date: formatDate(choice.asOf, lang),
      n: `${game.players.length}${weighted}`,
    });
  else if (choice.game !== 'unsc')
    players = t('players.set', {
      set: presetName(choice.parties, lang),
      date: formatDate(PRESET_DATE, lang),
      n: `${game.players.length}${weighted}`,
    });

  const grouped = powerGroups(r.players);
  const symmetric = grouped.length === 1 && r.decisive && game.players.length > 1;
  const label = (g: readonly PlayerPower[]): string =>
    g.length === 1
      ? partyName((g[0] as PlayerPower).id, lang)
      : t('chart.group', { n: g.length, ids: g.map((p) => shortOf(p.id, lang)).join(' ') });
  const summary = grouped
    .map((g) => {
      const p = g[0] as PlayerPower;
      return t('chart.row', {
        who: label(g),
        ss: decimal(ratioToNumber(p.shapleyShubik), lang),
        bz: decimal(ratioToNumber(p.banzhaf), lang),
      });
    })
    .join('; ');
  const notes = notesOf(choice, game, r, t);

  return (
    <section aria-labelledby="an-power-game" className="an-card" data-game={choice.game}>
      <h3 id="an-power-game">
        {name} <span className="muted">({game.cite})</span>
      </h3>
      <p>
        <Terms text={sentence(rule)} />. {players}
      </p>
      <p>{t('need.lead', { parts: need.join(', ') })}</p>
      <BarChart
        label={t('chart.label', { game: name, summary })}
        rows={grouped.map((g) => {
          const p = g[0] as PlayerPower;
          const ss = ratioToNumber(p.shapleyShubik);
          const bz = ratioToNumber(p.banzhaf);
          return {
            key: p.id,
            label: label(g),
            bars: [
              { value: ss, tone: 'a', text: decimal(ss, lang) },
              { value: bz, tone: 'b', text: decimal(bz, lang) },
            ],
          };
        })}
        format={(x) => formatDecimal(x, lang, decimalsOf(x))}
        legend={[
          { tone: 'a', label: t('ss') },
          { tone: 'b', label: t('bz') },
        ]}
      />
      <ScrollTable label={t('table.label')}>
        <table>
          <caption className="muted">{t('table.label')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('th.players')}</th>
              <th scope="col">{t('ss')}</th>
              <th scope="col">{t('bz')}</th>
              <th scope="col">{t('bzAbs')}</th>
              <th scope="col">{t('th.weight')}</th>
              <th scope="col">{t('th.veto')}</th>
            </tr>
          </thead>
          <tbody>
            {grouped.map((g) => {
              const p = g[0] as PlayerPower;
              return (
                <tr key={p.id} data-players={g.map((x) => x.id).join(' ')}>
                  <th scope="row">
                    {g.length}: {g.map((x) => partyName(x.id, lang)).join(', ')}
                  </th>
                  <RatioCell r={p.shapleyShubik} lang={lang} />
                  <RatioCell r={p.banzhaf} lang={lang} />
                  <RatioCell r={p.banzhafAbsolute} lang={lang} />
                  <td>
                    {p.presence === p.weight ? p.weight : t('weight.present', { w: p.weight, p: p.presence })}
                  </td>
                  <td>{p.veto ? t('veto.yes') : t('veto.no')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollTable>
      <CsvButton
        file={`est-analysis-power-${choice.game}`}
        about={t('csv.about', {
          game: name,
          cite: game.cite,
          rule: plainTerms(rule),
          players: players ?? '',
        }).trim()}
        header={[
          t('th.count'),
          t('th.players'),
          t('ss'),
          t('th.exact', { index: t('ss') }),
          t('bz'),
          t('th.exact', { index: t('bz') }),
          t('bzAbs'),
          t('th.exact', { index: t('bzAbs') }),
          t('th.weight'),
          t('th.presence'),
          t('th.veto'),
        ]}
        rows={grouped.map((g) => {
          const p = g[0] as PlayerPower;
          const ratio = (x: Ratio) => [Number(ratioToNumber(x).toPrecision(6)), formatRatio(x)];
          return [
            g.length,
            g.map((x) => partyName(x.id, lang)).join('; '),
            ...ratio(p.shapleyShubik),
            ...ratio(p.banzhaf),
            ...ratio(p.banzhafAbsolute),
            p.weight,
            p.presence,
            p.veto ? t('veto.yes') : t('veto.no'),
          ];
        })}
      />
      <p>
        {t('coleman', {
          x: decimal(ratioToNumber(r.powerToAct), lang),
          w: r.winningCoalitions.toLocaleString(locale(lang)),
          n: game.players.length,
        })}
      </p>
      <h4>{t('notes.title')}</h4>
      <ul>
        {symmetric && (
          <li>
            {t('note.symmetric', { n: game.players.length })}{' '}
            <a href={`${href('analysis')}?section=blocking`}>{t('note.symmetric.link')}</a>.
          </li>
        )}
        {notes.map((n) => (
          <li key={n}>
            <Terms text={n} />
          </li>
        ))}
      </ul>
    </section>
  );
}
