/**
 * @module The version of the rules that decide filings.
 *
 * Every format 2 entry names the rules that decided it. The id changes whenever any decision of the
 * engine could change (a rule added, a reading corrected, a violation's data renamed), and never for
 * wording: messages are rendered from codes when shown, so rewording one changes no decision.
 * src/log/rules.test.ts holds the decisions of every scenario shipped with the project under this
 * id; when they change, it fails and asks for a new id.
 *
 * A log decided under earlier rules stays valid: `est verify` reports the entries the current rules
 * decide otherwise as a rules change, apart from integrity failures, and the depositary goes on only
 * when its operator accepts the change (`est serve --accept-rules-change`), which it logs.
 */

/** The rules of this build. */
export const RULES = 'est-rules/2026-12-07';

/** The rules of format 1 entries, which did not name theirs. */
export const FORMAT_1_RULES = 'format-1';
