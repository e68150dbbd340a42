/**
 * @module The deployment acts under the weapons articles of the December 2021 drafts: NRA 5 (no
 * ground-launched intermediate- or shorter-range missiles where they could reach the territory of
 * another Party), RUS-US 6 (no such missiles outside national territory, nor at home within reach of
 * the other Party) and RUS-US 7(1) (no nuclear weapons outside national territory). As under NRA 4 a
 * deployment is a fact and what the articles bar is a finding (`findings-weapons.ts`); what is
 * refused is a deployment that cannot be judged: one carrying missiles or nuclear weapons while a
 * parameter that judges them is unset (`parameter_unset`), or one carrying missiles that does not
 * say whose territory they could reach from where they stand (`reach_unstated`), for the engine does
 * no geography. Under RUS-US 6 a deployment abroad is barred wherever it stands, so only missiles
 * on the deployer's own territory must state their reach.
 *
 * RUS-US 7(2)-(4) (the infrastructure abroad, the training of non-nuclear States, nuclear scenarios
 * in exercises) are not modelled: no act records infrastructure, training or an exercise's scenario.
 */
import type { ActOf } from '../acts.ts';
import type { Rule } from '../rule.ts';
import { breach, rule } from '../rule.ts';
import { paramOn } from '../state.ts';
import { missilesOf, nuclearWeaponsOf } from '../../treaty/forces.ts';
import type { ParameterId } from '../../treaty/parameters/index.ts';
import { PARAMETERS } from '../../treaty/parameters/index.ts';
import { deploymentHandlers } from './deployments.ts';

type Deploy = ActOf<'deploy'>;

const carriesMissiles = (act: Deploy): boolean => missilesOf(act.forces) > 0;
const carriesNuclearWeapons = (act: Deploy): boolean => nuclearWeaponsOf(act.forces) > 0;

/**
 * Parameters a deployment cannot be judged without when it carries what they judge: unset on the
 * day of the act, they refuse it, citing the parameter's provision (as `needs` does for every act).
 */
function needsWhen(carries: (act: Deploy) => boolean, ...ids: ParameterId[]): Rule<Deploy, undefined>[] {
  return ids.map((pid) => ({
    id: `param.${pid}`,
    cites: PARAMETERS[pid].cites,
    check: ({ state, act }) =>
      carries(act) && paramOn(state, pid, act.on) === null
        ? breach('parameter_unset', { parameter: pid })
        : null,
  }));
}

/**
 * NRA 5: missiles may not stand where they could reach another Party, so a deployment of missiles
 * that does not say whose territory they could reach cannot be judged.
 */
const nraReachStated = rule<Deploy, undefined>({
  id: 'nra5.reach',
  cites: 'nra.5',
  check: ({ act }) =>
    carriesMissiles(act) && act.reaches === undefined ? breach('reach_unstated', { id: act.id }) : null,
});

/**
 * RUS-US 6: on its own territory a Party's missiles are barred only where they could reach the
 * other Party, so a deployment of missiles at home must say whose territory they could reach.
 */
const rusUsReachStated = rule<Deploy, undefined>({
  id: 'rusus6.reach',
  cites: 'rus-us.6',
  check: ({ act }) =>
    carriesMissiles(act) && act.in === act.by && act.reaches === undefined
      ? breach('reach_unstated', { id: act.id })
      : null,
});

/** What NRA 5 checks of a deployment under the agreement, beside NRA 4's parameters. */
export const NRA_5_CHECKS: readonly Rule<Deploy, undefined>[] = [
  ...needsWhen(carriesMissiles, 'nra.5.ranges', 'nra.5.reachOf', 'nra.5.countTemporary'),
  nraReachStated,
];

/**
 * The deployment acts of the treaty with the United States, which serve RUS-US 4(2) (US forces in
 * the former Soviet States outside NATO, `findings-2021.ts`), 6 and 7(1). Every deployment is judged
 * by `rus-us.4.formerUssr`; a reused id or the end of a deployment not under way is refused under
 * RUS-US 6.
 */
export const { deploy: rusUsDeploy, endDeployment: rusUsEndDeployment } = deploymentHandlers({
  prefix: 'rusus',
  cites: 'rus-us.6',
  judgedBy: ['rus-us.4.formerUssr'],
  checks: [
    ...needsWhen(carriesMissiles, 'rus-us.6.ranges', 'rus-us.6.countTemporary'),
    ...needsWhen(carriesNuclearWeapons, 'rus-us.7.countTemporary', 'rus-us.7.returnDays'),
    rusUsReachStated,
  ],
});
