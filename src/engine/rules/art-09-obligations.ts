/**
 * @module EST 9(2)-(3): obligations a Party held on signature are taken not to conflict with the
 * Treaty (9(2), R-m); it shall not take on new international obligations incompatible with it (9(3)).
 * No body decides incompatibility, so the engine refuses nothing: a new obligation assumed while the
 * Treaty is in force for that Party becomes a finding, `possible_incompatibility`, for people to weigh.
 */
import type { ActOf } from '../acts.ts';
import type { Handler } from '../rule.ts';

export const assumeObligation: Handler<ActOf<'assume-obligation'>, undefined> = {
  stages: [],
  events: ({ act }) => [{ type: 'ObligationAssumed', on: act.on, by: act.by, obligation: act.obligation }],
};
