/**
 * @module The words of the witness panel and of an entry's "Witnessed" line (./witnesses.tsx), in
 * English and Russian: the verdict, each problem, the quorum and its groups, and each witness's row.
 */
import { defineMessages } from '../i18n.tsx';
import type { PluralForms, useT } from '../i18n.tsx';

/** "2 failed requests", of a witness as the depositary reports it. */
export const FAILED_REQUESTS = {
  en: { one: '{n} failed request', other: '{n} failed requests' },
  ru: { one: '{n} неудачный запрос', few: '{n} неудачных запроса', many: '{n} неудачных запросов' },
} as const satisfies PluralForms;

/** The witness panel's messages, by key. */
export const M = defineMessages({
  title: { en: 'Witnesses', ru: 'Свидетели' },
  intro: {
    en: 'Independent witnesses cosign a checkpoint only after checking that it extends the history they saw before (c2sp.org/tlog-witness), so that the depositary cannot show one history to some Parties and another to others. A checkpoint counts when the quorum of the policy has cosigned it. This browser checks each cosignature and the quorum itself.',
    ru: 'Независимые свидетели заверяют контрольную точку только после того, как проверят, что она продолжает виденную ими ранее историю (c2sp.org/tlog-witness), чтобы депозитарий не мог показать одним Участникам одну историю, а другим другую. Контрольная точка имеет силу, когда её заверил кворум, заданный политикой. Этот браузер сам проверяет каждую подпись свидетеля и кворум.',
  },
  none: {
    en: 'This log has no witnesses: its checkpoints rest on the depositary’s signature alone.',
    ru: 'У этого журнала нет свидетелей: его контрольные точки держатся только на подписи депозитария.',
  },
  'bad-policy': {
    en: '⚠ The witness policy the depositary serves cannot be read: {reason}',
    ru: '⚠ Политику свидетелей, которую отдаёт депозитарий, нельзя прочитать: {reason}',
  },
  ok: {
    en: '✓ Witnessed: cosigned by the quorum “{quorum}”, every cosignature verified in this browser (Ed25519, WebCrypto).',
    ru: '✓ Засвидетельствовано: заверено кворумом «{quorum}», каждая подпись свидетеля проверена в этом браузере (Ed25519, WebCrypto).',
  },
  'ok.none': {
    en: '✓ The policy asks for no cosignature (quorum none); the log’s signature verified.',
    ru: '✓ Политика не требует подписей свидетелей (кворум none); подпись журнала проверена.',
  },
  'ok.time': { en: 'Quorum met at {time}.', ru: 'Кворум достигнут: {time}.' },
  warning: {
    en: '⚠ NOT WITNESSED: this checkpoint lacks the quorum “{quorum}” of the witness policy. Until a quorum cosigns it, nothing shows that the depositary shows every Party the same history.',
    ru: '⚠ НЕ ЗАСВИДЕТЕЛЬСТВОВАНО: у этой контрольной точки нет кворума «{quorum}», заданного политикой свидетелей. Пока кворум её не заверил, ничто не показывает, что депозитарий показывает всем Участникам одну и ту же историю.',
  },
  'p.not-cosigned': {
    en: 'the depositary has no checkpoint cosigned by the quorum yet: shown is the newest one the log alone signed',
    ru: 'у депозитария ещё нет контрольной точки, заверенной кворумом: показана последняя, подписанная только журналом',
  },
  'p.verifier-key': {
    en: 'the verifier key is not a valid note verifier key',
    ru: 'ключ проверки не является ключом подписанных записей',
  },
  'p.log-signature': {
    en: 'the log’s own signature does not verify with the trusted key ({detail})',
    ru: 'собственная подпись журнала не проходит проверку доверенным ключом ({detail})',
  },
  'p.cosignature': {
    en: 'the cosignature of {witness} does NOT verify ({detail})',
    ru: 'подпись свидетеля {witness} НЕ проходит проверку ({detail})',
  },
  'p.no-quorum': {
    en: 'the cosignatures that verify ({n}) do not meet the quorum “{quorum}”',
    ru: 'проверенных подписей свидетелей ({n}) недостаточно для кворума «{quorum}»',
  },
  checkpoint: {
    en: 'Checked against the checkpoint of size {size}',
    ru: 'Проверено по контрольной точке размера {size}',
  },
  'checkpoint.latest': {
    en: '(signed by the log alone, not cosigned)',
    ru: '(подписана только журналом, без заверения свидетелями)',
  },
  quorum: { en: 'Quorum', ru: 'Кворум' },
  'quorum.none': { en: 'none (no cosignature needed)', ru: 'none (подписи свидетелей не нужны)' },
  'group.all': { en: '{name}: all of {members}', ru: '{name}: все из {members}' },
  'group.any': { en: '{name}: any of {members}', ru: '{name}: любой из {members}' },
  'group.k': { en: '{name}: {k} of {members}', ru: '{name}: {k} из {members}' },
  'col.witness': { en: 'Witness', ru: 'Свидетель' },
  'col.cosigned': { en: 'This checkpoint', ru: 'Эта контрольная точка' },
  'col.key': { en: 'Cosigner key', ru: 'Ключ свидетеля' },
  'col.reported': { en: 'As the depositary reports', ru: 'По сообщению депозитария' },
  'w.cosigned': { en: '✓ cosigned at {time}', ru: '✓ заверено: {time}' },
  'w.invalid': {
    en: '✗ cosignature does not verify: {reason}',
    ru: '✗ подпись не проходит проверку: {reason}',
  },
  'w.absent': { en: '— not cosigned', ru: '— не заверено' },
  'w.size': { en: 'last cosigned size {size}', ru: 'последний заверенный размер {size}' },
  'w.size.none': { en: 'nothing cosigned yet', ru: 'пока ничего не заверено' },
  'w.failures': { en: '{requests}: {error}', ru: '{requests}; {error}' },
  'key.unlisted': {
    en: 'The policy lists no log line with the verifier key this page trusts: the log’s signature was checked with the trusted key.',
    ru: 'В политике нет строки log с ключом проверки, которому доверяет эта страница: подпись журнала проверена доверенным ключом.',
  },
  policy: {
    en: 'The policy, as the depositary serves it (hold your own copy to rely on it: est verify --policy FILE)',
    ru: 'Политика в том виде, как её отдаёт депозитарий (чтобы на неё полагаться, держите свою копию: est verify --policy FILE)',
  },
  'entry.witnessed': { en: 'Witnessed', ru: 'Засвидетельствовано' },
  'entry.witnessed.at': {
    en: 'by a quorum of witnesses (“{quorum}”), checkpoint of size {size}',
    ru: 'кворумом свидетелей («{quorum}»), контрольная точка размера {size}',
  },
  'entry.witnessed.not': {
    en: 'not yet witnessed by a quorum',
    ru: 'ещё не засвидетельствовано кворумом',
  },
});

/** The translate function of the witness panel, as `useT(M)` returns it. */
export type T = ReturnType<typeof useT<typeof M>>;
