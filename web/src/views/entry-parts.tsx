/**
 * @module What the timeline and the log explorer both show of an entry: who filed it (named in the
 * reader's language), what it does in a short phrase with its procedures and parties as links, and
 * its outcome with each refusal's code, citation and reason (rendered from the logged data in
 * English or Russian), and where the rules moved on: the rules an entry was decided under when they
 * are not the current ones, and, apart from the integrity mark, where the current rules decide it
 * otherwise (both outcomes shown). The record's own acts (a key lodged, rotated or revoked; a rules
 * change) are told in words with the party and the key id. The parts are in ./entry-parts/; the
 * views that show an entry import them from here.
 */
// The styles of the timeline and the log explorer, which show these parts.
import './ledger.css';

export { PART_MESSAGES } from './entry-parts.messages.ts';
export { ActSummary, RecordActSummary, actText } from './entry-parts/act.tsx';
export { Cite } from './entry-parts/cite.tsx';
export { Consequences } from './entry-parts/consequences.tsx';
export { fillNodes } from './entry-parts/fill.tsx';
export { PartyLink, ProcedureLink } from './entry-parts/links.tsx';
export { EarlierRules, OutcomeBadge, RulesChangeMark, violationsOf } from './entry-parts/outcome.tsx';
