/**
 * @module Blocking by absence (`est analyze blocking`, in the browser): for the Conference (EST 6(3))
 * and the Extraordinary Conference (EST 8(3)), how many absentees deny the quorum, which blocs can
 * supply them alone or together, and who can block a quorate conference by objecting or voting. On
 * a preset (with the treaty's published parameters, as the CLI) or on the log's own Parties (with
 * the log's parameters).
 */
import { useMemo } from 'react';
import { BODIES, blocking } from '../../../../src/analysis/blocking.ts';
import type { BlockingReport, Body } from '../../../../src/analysis/blocking.ts';
import { GameError } from '../../../../src/analysis/games.ts';
import type { Outcome } from '../../../../src/engine/outcome.ts';
import type { IsoDate } from '../../../../src/treaty/dates.ts';
import { resolveParameters } from '../../../../src/treaty/parameters/index.ts';
import type { ParameterValues } from '../../../../src/treaty/parameters/index.ts';
import { PRESET_DATE, resolvePartySet } from '../../../../src/treaty/parties/index.ts';
import type { PartySet } from '../../../../src/treaty/parties/index.ts';
import { api, settings } from '../../api.ts';
import type { LogSettings } from '../../replay.ts';
import { Loading, ErrorMessage } from '../../components.tsx';
import { useLoad } from '../../data.ts';
import { useLive } from '../../live.tsx';
import { defineMessages, formatDate, useLanguage, useT } from '../../i18n.tsx';
import type { Language } from '../../i18n.tsx';
import { BarChart } from './charts.tsx';
import {
  CsvButton,
  PARTIES,
  PRESET_IDS,
  ScrollTable,
  Terms,
  isPreset,
  namesOf,
  presetLabel,
  presetName,
  shortOf,
  updateQuery,
} from './common.tsx';
import type { PluralForms } from '../../i18n.tsx';
import { plural } from '../../i18n.tsx';
import { partyName } from '../../names.ts';

const M = defineMessages({
  title: { en: 'Blocking by absence', ru: 'Блокирование неявкой' },
  intro: {
    en: 'An EST conference decides nothing without its [[quorum|quorum]], counted over all Parties (two thirds for the Conference, four fifths for the [[extraordinary-conference|Extraordinary Conference]]). A bloc need not vote no: if enough of it stays away, the conference cannot sit.',
    ru: 'Конференция по ДЕБ ничего не решает без [[quorum|кворума]], который считается от всех Участников (две трети для Конференции, четыре пятых для [[extraordinary-conference|Чрезвычайной конференции]]). Блоку не нужно голосовать против: если достаточно его членов не явится, конференция не состоится.',
  },
  formula: {
    en: 'The [[quorum|quorum]] is met when present × den ≥ num × N, so q = ⌈num·N/den⌉ must attend and N − q + 1 absentees deny it. A bloc counts its members that are Parties on the day, and the organization itself when it is a Party.',
    ru: '[[quorum|Кворум]] есть, когда присутствующие × знаменатель ≥ числитель × N, поэтому должны присутствовать q = ⌈числитель·N/знаменатель⌉, а N − q + 1 отсутствующих лишают конференцию кворума. Блок считает своих членов, являющихся Участниками на этот день, и саму организацию, если она Участник.',
  },
  'source.label': { en: 'Parties', ru: 'Участники' },
  'source.log': { en: "The log's own Parties", ru: 'Участники по журналу' },
  'source.logCount': {
    en: "The log's own Parties ({n}, as of {date})",
    ru: 'Участники по журналу ({n}, на {date})',
  },
  'attacker.label': {
    en: 'Attacker at the Extraordinary Conference (its vote is not counted)',
    ru: 'Нападающий на Чрезвычайной конференции (его голос не учитывается)',
  },
  'attacker.none': { en: 'none', ru: 'нет' },
  'params.log': {
    en: "The log's parameters (GET /api/v1/settings); bloc memberships as of {date}.",
    ru: 'Параметры журнала (GET /api/v1/settings); членство в блоках на {date}',
  },
  'params.preset': {
    en: 'The treaty as published; bloc memberships as of {date}, the day the draft appeared.',
    ru: 'Договор в опубликованной редакции; членство в блоках на {date}, день публикации проекта.',
  },
  'body.conference': { en: 'Conference of the Parties', ru: 'Конференция Участников' },
  'body.extraordinary': {
    en: 'Extraordinary Conference of the Parties',
    ru: 'Чрезвычайная конференция Участников',
  },
  headline: {
    en: '{parties}; quorum {num}/{den}: {attend}; {deny}.',
    ru: '{parties}; кворум {num}/{den}: {attend}; {deny}.',
  },
  'headline.weighted': {
    en: '{parties} weighing {w}; quorum {num}/{den}: a weight of {q} must attend; an absentee weight of {d} denies it.',
    ru: '{parties} общим весом {w}; кворум {num}/{den}: должен присутствовать вес {q}; отсутствие веса {d} лишает её кворума.',
  },
  'bloc.can': { en: '{bloc} ({n}) can', ru: '{bloc} ({n}) может' },
  'bloc.cannot': { en: '{bloc} ({n}) cannot', ru: '{bloc} ({n}) не может' },
  'chart.label': {
    en: '{body}: the Parties each bloc counts, against the threshold: {deny}. {verdicts}.',
    ru: '{body}: число Участников в каждом блоке и порог: {deny}. {verdicts}.',
  },
  'chart.can': { en: 'can deny the quorum alone', ru: 'может сорвать кворум в одиночку' },
  'chart.cannot': { en: 'cannot alone', ru: 'не может в одиночку' },
  'bar.can': { en: '{n}: can', ru: '{n}: может' },
  'bar.cannot': { en: '{n}: {s} short', ru: '{n}: не хватает {s}' },
  'table.label': { en: '{body}: blocs, as a table', ru: '{body}: блоки в таблице' },
  'th.bloc': { en: 'Bloc', ru: 'Блок' },
  'th.size': { en: 'Parties it counts', ru: 'Участников в блоке' },
  'th.verdict': { en: 'Denies the quorum alone?', ru: 'Срывает кворум один?' },
  'th.members': { en: 'Its Parties', ru: 'Участники в его составе' },
  'csv.about': {
    en: 'Blocking by absence, {body} ({cite}): {set}, as of {date}.',
    ru: 'Блокирование неявкой, {body} ({cite}): {set}, на {date}',
  },
  'csv.organization': { en: 'The organization itself counted', ru: 'Учтена сама организация' },
  'csv.yes': { en: 'yes', ru: 'да' },
  'csv.no': { en: 'no', ru: 'нет' },
  'verdict.can': { en: 'yes: can deny the quorum alone', ru: 'да: может сорвать кворум в одиночку' },
  'verdict.cannot': { en: 'no: {n} short', ru: 'нет: не хватает {n}' },
  'incl.org': { en: '(incl. {bloc} itself)', ru: '(включая сам {bloc})' },
  'members.show': { en: 'show {n}', ru: 'показать {n}' },
  'combos.title': {
    en: 'Smallest combinations of blocs that deny the quorum (overlaps counted once)',
    ru: 'Наименьшие сочетания блоков, срывающие кворум (пересечения считаются один раз)',
  },
  'combos.none': {
    en: 'None: even all the blocs together fall short.',
    ru: 'Таких нет: даже все блоки вместе не набирают нужного числа.',
  },
  'vetoes.title': { en: 'Blocking a quorate conference', ru: 'Блокирование конференции при наличии кворума' },
  'vetoes.objection': {
    en: 'By objection ({cite}, [[consensus|consensus]]): any of the {n} counted Parties present.',
    ru: 'Возражением ({cite}, [[consensus|консенсус]]): любой присутствующий Участник, чей голос учитывается (таких {n}).',
  },
  'vetoes.vote': {
    en: 'By vote ({cite}, [[unanimity|unanimity]]): any of the {n} Parties whose vote counts, voting no.',
    ru: 'Голосованием ({cite}, [[unanimity|единогласие]]): любой Участник, чей голос учитывается, проголосовав против (таких {n}).',
  },
  'vetoes.abstain.yes': {
    en: 'An abstention also blocks (extraordinary.abstentionBlocks = true).',
    ru: 'Воздержание тоже блокирует (extraordinary.abstentionBlocks = true).',
  },
  'vetoes.abstain.no': {
    en: 'An abstention does not block (extraordinary.abstentionBlocks = false).',
    ru: 'Воздержание не блокирует (extraordinary.abstentionBlocks = false).',
  },
  'vetoes.cannot': { en: 'Cannot: {name}, {reason}.', ru: 'Не может: {name}, {reason}.' },
  'reason.weight0': {
    en: 'it weighs 0 (organizations.voteWeight) and is not counted',
    ru: 'её вес 0 (organizations.voteWeight), она не учитывается',
  },
  'reason.attacker': {
    en: 'the attacker: its vote is not counted (EST 8(3)); it can only stay away',
    ru: 'нападающий: его голос не учитывается (ДЕБ, ст. 8, п. 3); он может лишь не явиться',
  },
  'vetoes.absence': { en: 'By absence alone: {list}.', ru: 'Одной своей неявкой: {list}.' },
  'vetoes.absence.none': { en: 'no single Party', ru: 'ни один Участник' },
  'log.empty': {
    en: 'The log has no Parties yet. Choose a preset to see the analysis.',
    ru: 'В журнале пока нет Участников. Выберите готовый набор, чтобы увидеть анализ.',
  },
});

/** "49 must attend", «должны присутствовать 49» (and «должен присутствовать 41»). */
const ATTEND: PluralForms = {
  en: { one: '{n} must attend', other: '{n} must attend' },
  ru: {
    one: 'должен присутствовать {n}',
    few: 'должны присутствовать {n}',
    many: 'должны присутствовать {n}',
  },
};

/** "13 absentees deny it", «21 отсутствующий лишает её кворума». */
const DENY: PluralForms = {
  en: { one: '{n} absentee denies it', other: '{n} absentees deny it' },
  ru: {
    one: '{n} отсутствующий лишает её кворума',
    few: '{n} отсутствующих лишают её кворума',
    many: '{n} отсутствующих лишают её кворума',
  },
};

/** The label of the chart's threshold line. */
const THRESHOLD: PluralForms = {
  en: { one: '{n} absentee denies the quorum', other: '{n} absentees deny the quorum' },
  ru: {
    one: '{n} отсутствующий — кворума нет',
    few: '{n} отсутствующих — кворума нет',
    many: '{n} отсутствующих — кворума нет',
  },
};

type T = ReturnType<typeof useT<typeof M>>;

interface Setup {
  readonly parties: PartySet;
  readonly params: ParameterValues;
  readonly asOf: IsoDate;
  readonly fromLog: boolean;
  /** The Parties come from an exercise log (invented filings): its exports say so. */
  readonly exercise: boolean;
}

/** The Parties of the log's outcome: those in force for them, withdrawing ones included (EST 15). */
const logParties = (outcome: Outcome): string[] =>
  outcome.parties.filter((p) => p.status === 'party' || p.status === 'withdrawing').map((p) => p.id);

export function BlockingSection({ query }: { readonly query: URLSearchParams }) {
  const t = useT(M);
  const { lang } = useLanguage();
  const source = query.get('parties') ?? 'osce-2009+orgs';
  const fromLog = source === 'log';
  const preset = isPreset(source) ? source : 'osce-2009+orgs';
  const attacker = query.get('attacker');
  // The log's Parties are read again whenever the log grows (the live stream).
  const { size } = useLive();
  const log = useLoad<{ settings: LogSettings; outcome: Outcome } | null>(
    () =>
      fromLog
        ? Promise.all([settings(), api.outcome()]).then(([s, outcome]) => ({ settings: s, outcome }))
        : Promise.resolve(null),
    [fromLog, fromLog ? size : null],
  );

  const logValue = log.state === 'ok' ? log.value : null;
  const setup = useMemo((): Setup | null => {
    if (!fromLog)
      return {
        parties: preset,
        params: resolveParameters('est-2009'),
        asOf: PRESET_DATE,
        fromLog: false,
        exercise: false,
      };
    if (logValue === null) return null;
    return {
      parties: logParties(logValue.outcome),
      params: logValue.settings.parameters,
      asOf: logValue.outcome.asOf,
      fromLog: true,
      exercise: logValue.settings.mode === 'exercise',
    };
  }, [fromLog, preset, logValue]);

  const candidates = useMemo(
    () =>
      setup === null || (Array.isArray(setup.parties) && setup.parties.length === 0)
        ? []
        : [...resolvePartySet(setup.parties, setup.asOf)].sort(),
    [setup],
  );

  const logLabel =
    log.state === 'ok' && log.value !== null
      ? t('source.logCount', {
          n: logParties(log.value.outcome).length,
          date: formatDate(log.value.outcome.asOf, lang),
        })
      : t('source.log');

  return (
    <section aria-labelledby="an-blocking">
      <h2 id="an-blocking">{t('title')}</h2>
      <p>
        <Terms text={t('intro')} />
      </p>
      <form className="an-controls" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('source.label')}
          <select
            value={fromLog ? 'log' : preset}
            onChange={(e) => updateQuery(query, { parties: e.target.value, attacker: null })}
          >
            {PRESET_IDS.map((id) => (
              <option key={id} value={id}>
                {presetLabel(id, lang)}
              </option>
            ))}
            <option value="log">{logLabel}</option>
          </select>
        </label>
        <label>
          {t('attacker.label')}
          <select
            value={attacker ?? ''}
            onChange={(e) => updateQuery(query, { attacker: e.target.value === '' ? null : e.target.value })}
          >
            <option value="">{t('attacker.none')}</option>
            {candidates.map((id) => (
              <option key={id} value={id}>
                {partyName(id, lang)} ({id})
              </option>
            ))}
          </select>
        </label>
      </form>
      {fromLog && log.state === 'loading' && <Loading />}
      {fromLog && log.state === 'error' && <ErrorMessage error={log.error} retry={log.reload} />}
      {setup !== null && (
        <>
          <p className="muted">
            {t(setup.fromLog ? 'params.log' : 'params.preset', { date: formatDate(setup.asOf, lang) })}{' '}
            <Terms text={t('formula')} />
          </p>
          {Array.isArray(setup.parties) && setup.parties.length === 0 ? (
            <p role="status">{t('log.empty')}</p>
          ) : (
            BODIES.map((body) => (
              <BodyReport key={body} body={body} setup={setup} attacker={attacker} t={t} lang={lang} />
            ))
          )}
        </>
      )}
    </section>
  );
}

function BodyReport({
  body,
  setup,
  attacker,
  t,
  lang,
}: {
  readonly body: Body;
  readonly setup: Setup;
  readonly attacker: string | null;
  readonly t: T;
  readonly lang: Language;
}) {
  const result = useMemo((): { report: BlockingReport } | { error: Error } => {
    try {
      return {
        report: blocking({
          body,
          parties: setup.parties,
          asOf: setup.asOf,
          params: setup.params,
          ...(body === 'extraordinary' && attacker !== null ? { attacker } : {}),
        }),
      };
    } catch (e) {
      if (e instanceof GameError) return { error: e };
      throw e;
    }
  }, [body, setup, attacker]);
  const name = t(`body.${body}`);
  const headingId = `an-blocking-${body}`;
  if ('error' in result)
    return (
      <section aria-labelledby={headingId} className="an-card">
        <h3 id={headingId}>{name}</h3>
        <ErrorMessage error={result.error} />
      </section>
    );
  const r = result.report;
  const weighted = r.parties !== r.partyCount;
  const verdicts = r.blocs
    .map((b) => t(b.canDenyQuorum ? 'bloc.can' : 'bloc.cannot', { bloc: shortOf(b.id, lang), n: b.size }))
    .join(', ');
  const headline = t(weighted ? 'headline.weighted' : 'headline', {
    parties: plural(r.partyCount, lang, PARTIES),
    w: r.parties,
    num: r.quorum.num,
    den: r.quorum.den,
    q: r.quorumRequired,
    d: r.absenteesToDeny,
    attend: plural(r.quorumRequired, lang, ATTEND),
    deny: plural(r.absenteesToDeny, lang, DENY),
  });
  const threshold = plural(r.absenteesToDeny, lang, THRESHOLD);
  const yesNo = (x: boolean): string => t(x ? 'csv.yes' : 'csv.no');
  const v = r.vetoes;
  return (
    <section aria-labelledby={headingId} className="an-card" data-body={body}>
      <h3 id={headingId}>
        {name} <span className="muted">({r.cite})</span>
      </h3>
      <p className="an-headline">{headline}</p>
      <p>{verdicts}.</p>
      <BarChart
        label={t('chart.label', { body: name, deny: threshold, verdicts })}
        rows={r.blocs.map((b) => ({
          key: b.id,
          label: shortOf(b.id, lang),
          bars: [
            {
              value: b.size,
              tone: b.canDenyQuorum ? 'can' : 'cannot',
              text: t(b.canDenyQuorum ? 'bar.can' : 'bar.cannot', { n: b.size, s: b.shortBy }),
            },
          ],
        }))}
        max={r.absenteesToDeny}
        threshold={{ value: r.absenteesToDeny, label: threshold }}
        legend={[
          { tone: 'can', label: t('chart.can') },
          { tone: 'cannot', label: t('chart.cannot') },
        ]}
      />
      <ScrollTable label={t('table.label', { body: name })}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('th.bloc')}</th>
              <th scope="col">{t('th.size')}</th>
              <th scope="col">{t('th.verdict')}</th>
              <th scope="col">{t('th.members')}</th>
            </tr>
          </thead>
          <tbody>
            {r.blocs.map((b) => (
              <tr key={b.id} data-bloc={b.id}>
                <th scope="row">{shortOf(b.id, lang)}</th>
                <td>
                  {b.size}
                  {b.organizationCounted && (
                    <span className="muted"> {t('incl.org', { bloc: shortOf(b.id, lang) })}</span>
                  )}
                </td>
                <td>{b.canDenyQuorum ? t('verdict.can') : t('verdict.cannot', { n: b.shortBy })}</td>
                <td>
                  <details>
                    <summary>{t('members.show', { n: b.members.length })}</summary>
                    {namesOf(b.members, lang)}
                  </details>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <CsvButton
        file={`est-analysis-blocking-${body}`}
        exercise={setup.exercise}
        about={t('csv.about', {
          body: name,
          cite: r.cite,
          set:
            typeof setup.parties === 'string' && isPreset(setup.parties)
              ? presetName(setup.parties, lang)
              : t('source.log'),
          date: formatDate(setup.asOf, lang),
        })}
        header={[t('th.bloc'), t('th.size'), t('csv.organization'), t('th.verdict'), t('th.members')]}
        rows={r.blocs.map((b) => [
          shortOf(b.id, lang),
          b.size,
          yesNo(b.organizationCounted),
          b.canDenyQuorum ? t('verdict.can') : t('verdict.cannot', { n: b.shortBy }),
          b.members.map((id) => partyName(id, lang)).join('; '),
        ])}
      />
      <h4>{t('combos.title')}</h4>
      {r.smallestDenyingCombinations.length === 0 ? (
        <p>{t('combos.none')}</p>
      ) : (
        <ul>
          {r.smallestDenyingCombinations.map((c) => (
            <li key={c.blocs.join('+')}>
              {c.blocs.map((b) => shortOf(b, lang)).join(' + ')} ({c.size})
            </li>
          ))}
        </ul>
      )}
      <h4>{t('vetoes.title')}</h4>
      <ul>
        <li>
          <Terms
            text={t(v.rule === 'objection' ? 'vetoes.objection' : 'vetoes.vote', {
              cite: v.cite,
              n: v.count,
            })}
          />
          {v.abstentionBlocks !== null &&
            ` ${t(v.abstentionBlocks ? 'vetoes.abstain.yes' : 'vetoes.abstain.no')}`}
        </li>
        {v.cannot.map((c) => (
          <li key={c.id}>
            {t('vetoes.cannot', {
              name: partyName(c.id, lang),
              reason: t(c.id === r.attacker ? 'reason.attacker' : 'reason.weight0'),
            })}
          </li>
        ))}
        <li>
          {t('vetoes.absence', {
            list: v.byAbsence.length === 0 ? t('vetoes.absence.none') : namesOf(v.byAbsence, lang),
          })}
        </li>
      </ul>
    </section>
  );
}
