/**
 * @module The documents of what the depositary holds: its procedures (by id, kind, subject, parties
 * and draft decisions) and the filings of its log (by filer, kind of act, the procedures and parties
 * they name, their words, their day and outcome), in both languages.
 */
import type { ProcedureOutcome } from '../../../src/engine/outcome.ts';
import type { Localized } from '../../../src/treaty/common.ts';
import { ORGANIZATIONS } from '../../../src/treaty/parties/index.ts';
import { partyName } from '../names.ts';
import type { SearchDoc } from './document.ts';
import { both, dated, link, same } from './document.ts';

/** A filer's or party's name in each language. */
const nameOf = (id: string): Localized => ({ en: partyName(id, 'en'), ru: partyName(id, 'ru') });

/** A party's id and names, for the text of a procedure or filing. */
const names = (id: string): string[] => [id, ...both(nameOf(id))];

export const PROCEDURE_KINDS: Readonly<Record<ProcedureOutcome['kind'], Localized>> = {
  'information-request': { en: 'Request for information', ru: 'Запрос информации' },
  consultations: { en: 'Consultations', ru: 'Консультации' },
  conference: { en: 'Conference of the Parties', ru: 'Конференция Участников' },
  'extraordinary-conference': {
    en: 'Extraordinary Conference of the Parties',
    ru: 'Чрезвычайная конференция Участников',
  },
  council: { en: 'Council', ru: 'Совет' },
  accession: { en: 'Accession', ru: 'Присоединение' },
};

const BODIES: Readonly<Record<string, Localized>> = {
  nac: { en: 'North Atlantic Council', ru: 'Североатлантический совет' },
  unsc: { en: 'UN Security Council', ru: 'Совет Безопасности ООН' },
  pc: { en: 'OSCE Permanent Council', ru: 'Постоянный совет ОБСЕ' },
};

/** The kind of a procedure in words (the body, for a council). */
function kindOfProcedure(p: Pick<ProcedureOutcome, 'kind' | 'body'>): Localized {
  return p.kind === 'council' && p.body !== undefined
    ? (BODIES[p.body] ?? PROCEDURE_KINDS.council)
    : PROCEDURE_KINDS[p.kind];
}

/** The procedures of the depositary's outcome: by id, kind, subject, parties and draft decisions. */
export function procedureDocs(procedures: readonly ProcedureOutcome[]): SearchDoc[] {
  return procedures.map((p) => {
    const kind = kindOfProcedure(p);
    const parties = [
      p.requestedBy,
      ...(p.to === undefined ? [] : [p.to]),
      ...(p.victim === undefined ? [] : [p.victim]),
      ...(p.attackers ?? (p.attacker === undefined ? [] : [p.attacker])),
      ...(p.invited ?? []),
    ];
    const decisions = p.decisions ?? [];
    const subject = p.subject ?? decisions[0]?.text ?? null;
    return {
      kind: 'procedure',
      id: p.id,
      href: link('procedures', p.id),
      title: { en: `${kind.en} ${p.id}`, ru: `${kind.ru} ${p.id}` },
      meta: dated(p.opened),
      detail: subject === null ? null : same(subject),
      keys: [p.id, ...decisions.map((d) => d.id)],
      names: [...both(kind), p.id],
      text: [
        ...(p.subject === undefined ? [] : [p.subject]),
        ...decisions.map((d) => d.text),
        ...[...new Set(parties)].flatMap(names),
        p.opened,
        ...both(dated(p.opened)),
      ],
    };
  });
}

/** A filing as the search needs it: from the ledger's item (./ledger.ts). */
export interface FilingInput {
  readonly index: number;
  /** The day of receipt. */
  readonly day: string;
  readonly filer: string;
  /** The act as filed (`{ act: 'sign' }`), or null when the entry cannot be read. */
  readonly act: Readonly<Record<string, unknown>> | null;
  readonly accepted: boolean | null;
}

export const ACT_NAMES: Readonly<Record<string, Localized>> = {
  sign: { en: 'signature', ru: 'подписание' },
  ratify: { en: 'instrument of ratification', ru: 'ратификационная грамота' },
  accede: { en: 'application to accede', ru: 'заявление о присоединении' },
  withdraw: { en: 'notice of withdrawal', ru: 'уведомление о выходе' },
  'request-information': { en: 'request for information', ru: 'запрос информации' },
  answer: { en: 'answer to a request for information', ru: 'ответ на запрос информации' },
  'request-consultations': { en: 'request for consultations', ru: 'запрос о консультациях' },
  join: { en: 'joins consultations', ru: 'присоединение к консультациям' },
  attend: { en: 'attendance', ru: 'участие в заседании' },
  close: { en: 'closing of a procedure', ru: 'закрытие процедуры' },
  'propose-conference': { en: 'proposal of a Conference', ru: 'предложение созвать Конференцию' },
  support: { en: 'support for convening', ru: 'поддержка созыва' },
  'notify-attack': { en: 'notification of an armed attack', ru: 'уведомление о вооружённом нападении' },
  'propose-decision': { en: 'draft decision', ru: 'проект решения' },
  object: { en: 'objection', ru: 'возражение' },
  vote: { en: 'vote', ru: 'голосование' },
  'consent-assistance': { en: 'consent to assistance', ru: 'согласие на помощь' },
  'revoke-consent': { en: 'consent to assistance revoked', ru: 'отзыв согласия на помощь' },
  assist: { en: 'assistance', ru: 'помощь' },
  'report-to-unsc': { en: 'report to the UN Security Council', ru: 'доклад Совету Безопасности ООН' },
  'unsc-measures': { en: 'measures of the UN Security Council', ru: 'меры Совета Безопасности ООН' },
  'assume-obligation': { en: 'new obligation', ru: 'новое обязательство' },
  deploy: { en: 'deployment', ru: 'развёртывание' },
  'end-deployment': { en: 'end of a deployment', ru: 'завершение развёртывания' },
  'lodge-key': { en: 'key lodged', ru: 'регистрация ключа' },
  'revoke-key': { en: 'key revoked', ru: 'отзыв ключа' },
  'rules-change': { en: 'rules change', ru: 'смена правил' },
};

const THREAT: Localized = {
  en: 'notification of a threat of armed attack',
  ru: 'уведомление об угрозе вооружённого нападения',
};
const APPROVAL: Localized = { en: 'instrument of approval', ru: 'документ об одобрении' };
const ACCEPTED: Localized = { en: 'accepted', ru: 'принято' };
const REFUSED: Localized = { en: 'refused', ru: 'отклонено' };
const UNREADABLE: Localized = { en: 'an entry that cannot be read', ru: 'нечитаемая запись' };

/** The fields of an act that hold party ids. */
const PARTY_FIELDS = ['to', 'with', 'attacker', 'attackers', 'in', 'onBehalfOf', 'party'];
/** The fields of an act that hold words a reader may search for. */
const TEXT_FIELDS = ['subject', 'text', 'statement', 'obligation', 'procedure', 'id', 'decision', 'attack'];

const strings = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/** The filings of the log: by filer, kind of act, the procedures and parties they name, their words. */
export function filingDocs(filings: readonly FilingInput[]): SearchDoc[] {
  return filings.map((f) => {
    const act = f.act;
    const name = act === null ? null : typeof act['act'] === 'string' ? act['act'] : null;
    const label =
      act === null
        ? UNREADABLE
        : name === 'notify-attack' && act['kind'] === 'threat'
          ? THREAT
          : name === 'ratify' && ORGANIZATIONS.some((o) => o.id === f.filer)
            ? APPROVAL
            : (ACT_NAMES[name ?? ''] ?? same(name ?? '?'));
    const filer = nameOf(f.filer);
    const words = act === null ? [] : TEXT_FIELDS.flatMap((k) => strings(act[k]));
    const parties = act === null ? [] : PARTY_FIELDS.flatMap((k) => strings(act[k]));
    const said =
      act === null
        ? null
        : (strings(act['subject'])[0] ?? strings(act['text'])[0] ?? strings(act['statement'])[0] ?? null);
    const outcome = f.accepted === null ? null : f.accepted ? ACCEPTED : REFUSED;
    const ids = act === null ? [] : [...strings(act['procedure']), ...strings(act['id'])];
    const day = dated(f.day);
    const meta = (l: 'en' | 'ru', entry: string) =>
      [entry, day[l], ...ids.slice(0, 1), ...(outcome === null ? [] : [outcome[l]])].join(' · ');
    return {
      kind: 'filing',
      id: String(f.index),
      href: link('log', String(f.index)),
      title: { en: `${filer.en}: ${label.en}`, ru: `${filer.ru}: ${label.ru}` },
      meta: { en: meta('en', `entry ${f.index}`), ru: meta('ru', `запись ${f.index}`) },
      detail: said === null ? null : same(said),
      keys: [`#${f.index}`, ...ids],
      names: [...both(label), filer.en, filer.ru],
      text: [
        ...words,
        ...[...new Set(parties)].flatMap(names),
        f.filer,
        f.day,
        ...both(day),
        ...(outcome === null ? [] : both(outcome)),
      ],
    };
  });
}
