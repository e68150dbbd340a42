/**
 * @module The thematic comparison, part two: the procedures of the four drafts. Consultation and
 * decision, the collective response to an armed attack, entry into force and withdrawal; for each
 * draft the body or act, its quorum and threshold (as parameters), how it decides, whether that
 * binds, and what the text leaves blank. Written from the paraphrases in src/treaty/provisions/.
 */
import { PARTIES } from './bindings.ts';
import type { Theme } from './types.ts';

export const PROCEDURE_THEMES = [
  {
    id: 'consultation',
    title: { en: 'Consultation and decision', ru: 'Консультации и принятие решений' },
    entries: [
      {
        treaty: 'est-2009',
        clauses: [
          {
            cites: ['est.4', 'est.5.1'],
            bars: null,
            binds: PARTIES['est-2009'],
            procedures: [
              {
                body: {
                  en: 'Consultations with the Parties the requester considers concerned (EST 5)',
                  ru: 'Консультации с Участниками, которых запрашивающий считает заинтересованными (ДЕБ, ст. 5)',
                },
                decision: 'no-rule',
                binding: 'not-binding',
              },
            ],
            blanks: ['consultations.deadlineDays'],
          },
          {
            cites: ['est.6.1', 'est.6.2'],
            bars: null,
            binds: PARTIES['est-2009'],
            procedures: [
              {
                body: {
                  en: 'A proposal to hold a Conference, after consultations; the Depositary convenes it once enough Parties back it (EST 6(1)-(2))',
                  ru: 'Предложение созвать Конференцию после консультаций; Депозитарий созывает её, если предложение поддержало достаточно Участников (ДЕБ, ст. 6, пп. 1–2)',
                },
                threshold: 'conference.supportRequired',
                decision: 'own-act',
              },
            ],
            blanks: ['conference.conveningDays'],
          },
          {
            cites: ['est.6.3'],
            bars: null,
            binds: PARTIES['est-2009'],
            procedures: [
              {
                body: { en: 'Conference of the Parties (EST 6)', ru: 'Конференция Участников (ДЕБ, ст. 6)' },
                quorum: 'conference.quorum',
                decision: 'consensus',
                binding: 'binding',
              },
            ],
            blanks: [],
          },
        ],
      },
      {
        treaty: 'nrc-2009',
        clauses: [
          {
            cites: ['nrc.forum'],
            bars: null,
            binds: PARTIES['nrc-2009'],
            procedures: [
              {
                body: {
                  en: 'The NATO-Russia Council (29 States in December 2009)',
                  ru: 'Совет Россия–НАТО (29 государств в декабре 2009 года)',
                },
                decision: 'unknown',
                binding: 'unknown',
              },
            ],
            blanks: [],
            open: {
              en: "The draft's decision rule for the Council; in practice the Council works by consensus.",
              ru: 'Правило принятия решений Совета по проекту; на практике Совет работает на основе консенсуса.',
            },
          },
        ],
      },
      {
        treaty: 'nra-2021',
        clauses: [
          {
            cites: ['nra.2', 'nra.2.1', 'nra.2.2', 'nra.2.3'],
            bars: null,
            binds: PARTIES['nra-2021'],
            procedures: [
              {
                body: {
                  en: 'Urgent consultations, bilateral or multilateral, the NATO-Russia Council among them (NRA 2)',
                  ru: 'Срочные двусторонние или многосторонние консультации, в том числе в Совете Россия–НАТО (ст. 2)',
                },
                decision: 'no-rule',
              },
            ],
            blanks: [],
            open: {
              en: 'Any deadline, quorum or decision rule for the consultations; the exchanges of information are voluntary.',
              ru: 'Сроки, кворум и правило принятия решений для консультаций; обмен информацией добровольный.',
            },
          },
          {
            cites: ['nra.4.2'],
            bars: null,
            binds: PARTIES['nra-2021'],
            procedures: [
              {
                body: {
                  en: 'An exception to the bar on forces, to remove a threat to a Party (NRA 4)',
                  ru: 'Исключение из запрета на размещение сил для устранения угрозы Участнику (ст. 4)',
                },
                decision: 'consent-of-all',
              },
            ],
            blanks: [],
          },
        ],
      },
      {
        treaty: 'rus-us-2021',
        clauses: [],
        note: {
          en: 'No body and no procedure: the preamble only wishes for quicker and better ways of settling disputes by dialogue.',
          ru: 'Ни органа, ни процедуры: в преамбуле лишь выражено желание иметь более быстрые и действенные механизмы урегулирования споров через диалог.',
        },
      },
    ],
  },
  {
    id: 'armed-attack',
    title: {
      en: 'Collective response to an armed attack',
      ru: 'Коллективный ответ на вооружённое нападение',
    },
    entries: [
      {
        treaty: 'est-2009',
        clauses: [
          {
            cites: ['est.7.1', 'est.8.1', 'est.8.3'],
            bars: null,
            binds: PARTIES['est-2009'],
            procedures: [
              {
                body: {
                  en: 'Extraordinary Conference, called at once by the Depositary on notice of an attack or a threat of one, to settle collective measures (EST 8)',
                  ru: 'Чрезвычайная конференция, немедленно созываемая Депозитарием по уведомлению о нападении или его угрозе, для определения коллективных мер (ДЕБ, ст. 8)',
                },
                quorum: 'extraordinary.quorum',
                decision: 'unanimity',
                binding: 'binding',
              },
            ],
            blanks: ['extraordinary.abstentionBlocks'],
            open: {
              en: 'Who establishes which Party attacked (its vote is left out), and what collective measures may be.',
              ru: 'Кто устанавливает, какой Участник напал (его голос не учитывается), и какими могут быть коллективные меры.',
            },
          },
          {
            cites: ['est.7.2'],
            bars: null,
            binds: PARTIES['est-2009'],
            procedures: [
              {
                body: {
                  en: 'Assistance to the attacked Party, with its consent, in self-defence under UN Charter 51: a right, not a duty, reported at once to the Security Council (EST 7(2))',
                  ru: 'Помощь подвергшемуся нападению Участнику с его согласия в порядке самообороны по ст. 51 Устава ООН: право, а не обязанность, с немедленным сообщением Совету Безопасности (ДЕБ, ст. 7, п. 2)',
                },
                decision: 'own-act',
              },
            ],
            blanks: [],
          },
        ],
      },
      {
        treaty: 'nrc-2009',
        clauses: [],
        note: {
          en: 'The Council is to deal with threats (NRC, forum), but no clause on an armed attack is known.',
          ru: 'Совет должен рассматривать угрозы (площадка проекта), но положение о вооружённом нападении неизвестно.',
        },
      },
      {
        treaty: 'nra-2021',
        clauses: [],
        note: {
          en: 'Nothing: NRA 8 leaves the Security Council and the UN Charter untouched.',
          ru: 'Ничего: ст. 8 не затрагивает роли Совета Безопасности и Устава ООН.',
        },
      },
      {
        treaty: 'rus-us-2021',
        clauses: [],
        note: {
          en: "Nothing: the preamble backs the Security Council's primary responsibility.",
          ru: 'Ничего: преамбула подтверждает главную ответственность Совета Безопасности.',
        },
      },
    ],
  },
  {
    id: 'entry-into-force',
    title: { en: 'Entry into force', ru: 'Вступление в силу' },
    entries: [
      {
        treaty: 'est-2009',
        clauses: [
          {
            cites: ['est.11.1', 'est.14.1'],
            bars: null,
            binds: PARTIES['est-2009'],
            procedures: [
              {
                body: {
                  en: 'Deposit of instruments of ratification with the Depositary (EST 11, 14)',
                  ru: 'Сдача ратификационных грамот Депозитарию (ДЕБ, ст. 11, 14)',
                },
                threshold: 'entryIntoForce.instruments',
                decision: 'own-act',
              },
            ],
            blanks: ['entryIntoForce.laterDays', 'entryIntoForce.countOrganizations'],
            open: {
              en: 'The Depositary, a blank "( … )" in the text.',
              ru: 'Депозитарий: в тексте пропуск «( … )».',
            },
          },
        ],
      },
      {
        treaty: 'nrc-2009',
        clauses: [
          {
            cites: ['nrc.final'],
            bars: null,
            binds: PARTIES['nrc-2009'],
            procedures: [
              {
                body: { en: 'Not known (NRC, final clauses)', ru: 'Неизвестно (заключительные положения)' },
                threshold: 'nrc.entryIntoForce.instruments',
                decision: 'unknown',
              },
            ],
            blanks: ['nrc.entryIntoForce.instruments', 'nrc.entryIntoForce.laterDays'],
          },
        ],
      },
      {
        treaty: 'nra-2021',
        clauses: [
          {
            cites: ['nra.9.1'],
            bars: null,
            binds: PARTIES['nra-2021'],
            procedures: [
              {
                body: {
                  en: 'Deposit of instruments of ratification with the Depositary, by more than half of the signatories (NRA 9)',
                  ru: 'Сдача ратификационных грамот Депозитарию более чем половиной подписавших (ст. 9)',
                },
                threshold: 'nra.entryIntoForce.signatoryShare',
                decision: 'own-act',
              },
            ],
            blanks: [],
            open: {
              en: 'Which government would be the Depositary.',
              ru: 'Какое правительство было бы Депозитарием.',
            },
          },
        ],
      },
      {
        treaty: 'rus-us-2021',
        clauses: [
          {
            cites: ['rus-us.8.1'],
            bars: null,
            binds: PARTIES['rus-us-2021'],
            procedures: [
              {
                body: {
                  en: 'Written notifications that domestic procedures are complete; in force on receipt of the second (RUS-US 8)',
                  ru: 'Письменные уведомления о выполнении внутригосударственных процедур; вступает в силу с получением второго (ст. 8)',
                },
                threshold: 'rus-us.entryIntoForce.instruments',
                decision: 'own-act',
              },
            ],
            blanks: [],
          },
        ],
      },
    ],
  },
  {
    id: 'withdrawal',
    title: { en: 'Withdrawal', ru: 'Выход' },
    entries: [
      {
        treaty: 'est-2009',
        clauses: [
          {
            cites: ['est.13'],
            bars: null,
            binds: PARTIES['est-2009'],
            procedures: [
              {
                body: {
                  en: "Notice to the Depositary, stating the extraordinary circumstances that endanger the Party's supreme interests (EST 13)",
                  ru: 'Уведомление Депозитария с изложением исключительных обстоятельств, поставивших под угрозу высшие интересы Участника (ДЕБ, ст. 13)',
                },
                decision: 'own-act',
              },
            ],
            blanks: ['withdrawal.noticeDays'],
            open: {
              en: 'No one reviews the reasons given.',
              ru: 'Приведённые причины никто не проверяет.',
            },
          },
        ],
      },
      {
        treaty: 'nrc-2009',
        clauses: [
          {
            cites: ['nrc.final'],
            bars: null,
            binds: PARTIES['nrc-2009'],
            procedures: [
              {
                body: { en: 'Not known (NRC, final clauses)', ru: 'Неизвестно (заключительные положения)' },
                decision: 'unknown',
              },
            ],
            blanks: [],
          },
        ],
      },
      {
        treaty: 'nra-2021',
        clauses: [
          {
            cites: ['nra.9.2'],
            bars: null,
            binds: PARTIES['nra-2021'],
            procedures: [
              {
                body: {
                  en: 'Notice to the Depositary, effective 30 days after it is received; the text asks for no reasons (NRA 9)',
                  ru: 'Уведомление Депозитария, вступающее в силу через 30 дней после получения; причин текст не требует (ст. 9)',
                },
                decision: 'own-act',
              },
            ],
            blanks: [],
          },
        ],
      },
      {
        treaty: 'rus-us-2021',
        clauses: [],
        note: {
          en: 'No clause on duration or withdrawal is known (RUS-US 8).',
          ru: 'Положение о сроке действия или выходе неизвестно (ст. 8).',
        },
      },
    ],
  },
] as const satisfies readonly Theme[];
