/**
 * @module The words of an entry's parts, in English and Russian: outcomes, the rules an entry was
 * decided under, the phrase of each act, the kinds of procedure, and what an accepted act brought about.
 */
import { defineMessages } from '../i18n.tsx';

export const PART_MESSAGES = defineMessages({
  depositary: { en: 'The Depositary', ru: 'Депозитарий' },
  accepted: { en: 'accepted', ru: 'принято' },
  refused: { en: 'refused', ru: 'отклонено' },
  disagrees: {
    en: 'this browser’s engine decides otherwise',
    ru: 'движок в этом браузере решает иначе',
  },
  disagreesTitle: {
    en: 'Re-deciding the acts in order in this browser does not give the outcome the log records for this entry.',
    ru: 'Если заново решить действия по порядку в этом браузере, исход этой записи получается не тот, что в журнале.',
  },
  unreadable: { en: 'an entry this page cannot read', ru: 'запись, которую страница не может прочитать' },
  'rules.earlier': { en: 'decided under the rules {rules}', ru: 'решено по правилам {rules}' },
  'rules.format-1': {
    en: 'format-1 (the first rules, which entries did not name)',
    ru: 'format-1 (первые правила, которые записи не называли)',
  },
  'rules.earlierTitle': {
    en: 'This entry was decided under earlier rules; the current rules are {current}.',
    ru: 'Эта запись решена по прежним правилам; действующие правила: {current}.',
  },
  'rules.otherwise': {
    en: 'the current rules ({current}) decide otherwise: {decided}; the log records: {logged}',
    ru: 'по действующим правилам ({current}) решение иное: {decided}; в журнале: {logged}',
  },
  'rules.recorded': {
    en: 'the change is recorded by entry {n}',
    ru: 'смена правил записана в записи {n}',
  },
  'rules.unrecorded': {
    en: 'no rules-change entry records it yet',
    ru: 'ни одна запись о смене правил её пока не отмечает',
  },
  'rules.otherwiseTitle': {
    en: 'Not an integrity failure: the record is intact, the rules moved on since this entry was decided.',
    ru: 'Это не нарушение целостности: запись цела, изменились правила, по которым она была решена.',
  },
  'outcome.accepted': { en: 'accepted', ru: 'принято' },
  'outcome.refused': { en: 'refused ({violations})', ru: 'отклонено ({violations})' },
  'engine.error': {
    en: 'the engine failed on this entry: {message}',
    ru: 'движок не смог решить эту запись: {message}',
  },
  entry: { en: 'entry {n}', ru: 'запись {n}' },
  'act.sign': { en: 'Signature of the Treaty', ru: 'Подписание Договора' },
  'act.ratify': { en: 'Instrument of ratification deposited', ru: 'Сдача ратификационной грамоты' },
  'act.ratify.org': { en: 'Instrument of approval deposited', ru: 'Сдача документа об одобрении' },
  'act.accede': { en: 'Application to accede {procedure}', ru: 'Заявление о присоединении {procedure}' },
  'act.withdraw': {
    en: 'Notice of withdrawal {statement}',
    ru: 'Уведомление о выходе из Договора {statement}',
  },
  'act.request-information': {
    en: 'Request for information {procedure}, to {to}: {subject}',
    ru: 'Запрос информации {procedure}, адресат {to}: {subject}',
  },
  'act.answer': { en: 'Answer to the request {procedure} {text}', ru: 'Ответ на запрос {procedure} {text}' },
  'act.request-consultations': {
    en: 'Request for consultations {procedure} with {with}: {subject}',
    ru: 'Запрос о консультациях {procedure}, с участием {with}: {subject}',
  },
  'act.join': { en: 'Joins the consultations {procedure}', ru: 'Присоединение к консультациям {procedure}' },
  'act.attend': { en: 'Attendance at {procedure}', ru: 'Участие в {procedure}' },
  'act.close': { en: 'Closing of {procedure}', ru: 'Закрытие {procedure}' },
  'act.propose-conference': {
    en: 'Proposal of a Conference of the Parties {conference} after {procedure}',
    ru: 'Предложение созвать Конференцию Участников {conference} по итогам {procedure}',
  },
  'act.support': { en: 'Support for convening {procedure}', ru: 'Поддержка созыва {procedure}' },
  'act.notify-attack': {
    en: 'Notification of an armed attack by {attacker} {procedure}',
    ru: 'Уведомление о вооружённом нападении, нападающий: {attacker} {procedure}',
  },
  'act.notify-threat': {
    en: 'Notification of a threat of armed attack by {attacker} {procedure}',
    ru: 'Уведомление об угрозе вооружённого нападения, источник: {attacker} {procedure}',
  },
  'act.propose-decision': {
    en: 'Draft decision {decision} in {procedure}: {text}',
    ru: 'Проект решения {decision} в {procedure}: {text}',
  },
  'act.object': {
    en: 'Objection to {decision} in {procedure}',
    ru: 'Возражение против {decision} в {procedure}',
  },
  'act.object.any': { en: 'Objection in {procedure}', ru: 'Возражение в {procedure}' },
  'act.vote': {
    en: 'Vote “{vote}” on {decision} in {procedure}',
    ru: 'Голос «{vote}» по {decision} в {procedure}',
  },
  'vote.yes': { en: 'yes', ru: 'за' },
  'vote.no': { en: 'no', ru: 'против' },
  'vote.abstain': { en: 'abstain', ru: 'воздерживаюсь' },
  'act.consent-assistance': { en: 'Consent to assistance from {to}', ru: 'Согласие на помощь от: {to}' },
  'act.consent-assistance.attack': {
    en: 'Consent to assistance from {to}, declaring an armed attack by {attacker} {attack}',
    ru: 'Согласие на помощь от: {to}; заявлено вооружённое нападение, нападающий: {attacker} {attack}',
  },
  'act.revoke-consent': {
    en: 'Consent to assistance from {to} revoked',
    ru: 'Отзыв согласия на помощь от: {to}',
  },
  'act.revoke-consent.all': {
    en: 'Consent to assistance revoked, for every Party',
    ru: 'Отзыв согласия на помощь от всех Участников',
  },
  'act.assist.military': {
    en: 'Military assistance to {to} {case}',
    ru: 'Военная помощь, получатель {to} {case}',
  },
  'act.assist.other': {
    en: 'Non-military assistance to {to} {case}',
    ru: 'Невоенная помощь, получатель {to} {case}',
  },
  'act.report-to-unsc': {
    en: 'Report to the UN Security Council on {procedure}',
    ru: 'Доклад Совету Безопасности ООН по {procedure}',
  },
  'act.unsc-measures': {
    en: 'Measures taken by the UN Security Council on {procedure}',
    ru: 'Меры Совета Безопасности ООН по {procedure}',
  },
  'act.assume-obligation': {
    en: 'New obligation taken on: {obligation}',
    ru: 'Новое обязательство: {obligation}',
  },
  'act.deploy': { en: 'Deployment {id} in {in}', ru: 'Развёртывание {id}, место: {in}' },
  'act.end-deployment': { en: 'End of deployment {id}', ru: 'Завершение развёртывания {id}' },
  'act.unknown': { en: 'Act “{name}”', ru: 'Действие «{name}»' },
  'act.lodge-key': {
    en: 'Key {keyId} lodged for {party}',
    ru: 'Зарегистрирован ключ {keyId}, владелец: {party}',
  },
  'act.rotate-key': {
    en: 'Key rotated for {party}: key {keyId} replaces key {replaces}',
    ru: 'Смена ключа, владелец: {party}: ключ {keyId} заменяет ключ {replaces}',
  },
  'act.revoke-key': { en: 'Key {keyId} of {party} revoked', ru: 'Отозван ключ {keyId}, владелец: {party}' },
  'act.rules-change': {
    en: 'Rules change recorded: from {from} to {to}; the new rules decide entries {indices} otherwise',
    ru: 'Записана смена правил: с {from} на {to}; по новым правилам иначе решаются записи {indices}',
  },
  'kind.information-request': { en: 'request for information', ru: 'запрос информации' },
  'kind.consultations': { en: 'consultations', ru: 'консультации' },
  'kind.conference': { en: 'Conference of the Parties', ru: 'Конференция Участников' },
  'kind.extraordinary-conference': { en: 'Extraordinary Conference', ru: 'Чрезвычайная конференция' },
  'kind.council': { en: 'council meeting', ru: 'заседание совета' },
  'kind.accession': { en: 'accession', ru: 'присоединение' },
  'ev.EnteredIntoForce': {
    en: 'The Treaty enters into force on {date}',
    ru: 'Договор вступает в силу {date}',
  },
  'ev.bound': { en: 'bound by the Treaty from {date}', ru: 'связан Договором с {date}' },
  'ev.ConferenceConvened': {
    en: 'the Conference {procedure} is convened, to meet by {date}',
    ru: 'Конференция {procedure} созвана, должна собраться до {date}',
  },
  'ev.ExtraordinaryConferenceConvened': {
    en: 'the Extraordinary Conference {procedure} is convened',
    ru: 'Чрезвычайная конференция {procedure} созвана',
  },
  'ev.excluded': { en: 'the vote of {who} is not counted', ru: 'голос не учитывается: {who}' },
  'ev.WithdrawalNotified': {
    en: 'the withdrawal takes effect on {date}',
    ru: 'выход вступает в силу {date}',
  },
  'ev.AccessionOpened': {
    en: 'objections until {until}; in force for it from {date}',
    ru: 'возражения до {until}; Договор вступает для него в силу {date}',
  },
  'ev.ConsultationsRequested': { en: 'to be held by {date}', ru: 'должны состояться до {date}' },
});

/** A key of the dictionary. */
export type PartKey = Extract<keyof typeof PART_MESSAGES, string>;
