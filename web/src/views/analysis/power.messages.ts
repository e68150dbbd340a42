/**
 * @module The words of the voting-power section, in English and Russian: the bodies and their rules,
 * the controls, what a coalition needs to win, the chart, the table, the CSV and the notes.
 */
import { defineMessages } from '../../i18n.tsx';
import type { useT } from '../../i18n.tsx';

export const M = defineMessages({
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

export type T = ReturnType<typeof useT<typeof M>>;
