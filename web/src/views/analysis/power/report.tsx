/**
 * @module The voting-power section's report on one body: its rule and players, what a coalition needs
 * to win, the Shapley-Shubik and Banzhaf indices per player as a chart and an exact table (with its
 * CSV), the body's power to act, and notes on the reading.
 */
import { formatRatio, powerGroups, ratioToNumber } from '../../../../../src/analysis/power.ts';
import type { PlayerPower, PowerIndices, Ratio } from '../../../../../src/analysis/power.ts';
import { requirements } from '../../../../../src/analysis/games.ts';
import type { SimpleGame } from '../../../../../src/analysis/games.ts';
import { isOrganization } from '../../../../../src/treaty/entities.ts';
import { PRESET_DATE } from '../../../../../src/treaty/parties/index.ts';
import { formatDate, locale } from '../../../i18n.tsx';
import type { Language } from '../../../i18n.tsx';
import { partyName } from '../../../names.ts';
import { href } from '../../../router.ts';
import { BarChart } from '../charts.tsx';
import {
  CsvButton,
  ScrollTable,
  Terms,
  decimalsOf,
  formatDecimal,
  plainTerms,
  presetName,
  sentence,
  shortOf,
} from '../common.tsx';
import type { T } from '../power.messages.ts';
import type { Choice } from './choice.ts';

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

/** The chosen body's card: its rule, what a coalition needs, the indices as a chart and a table, and notes. */
export function PowerReport({
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
