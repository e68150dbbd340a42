/**
 * @module NRA 4 and NRA 7(1): the deployments of the 2021 agreement with the NATO member States.
 * Russia and the States that were NATO members on 27 May 1997 would deploy no forces or weaponry on
 * the territory of the other States in Europe beyond those stationed there on that day (NRA 4), and
 * the NATO member States would carry out no military activity in Ukraine and the other States of
 * Eastern Europe, the South Caucasus and Central Asia (NRA 7(1)). As under NRC 4, a deployment is a
 * fact, so its presence is never refused; the findings `forces_beyond_1997_baseline` (`findings.ts`) and
 * `military_activity_in_barred_region` (`findings-2021.ts`) are computed from the deployments, which
 * are judged by the parameters of both articles. The same acts carry NRA 5's missiles, with its checks
 * (`weapons-2021.ts`). The exception of NRA 4(2), deployments all the
 * Parties consent to in exceptional cases, is not modelled: no act records that consent, so a
 * deployment it would cover is still a finding.
 */
import { deploymentHandlers } from './deployments.ts';
import { NRA_5_CHECKS } from './weapons-2021.ts';

export const { deploy: nraDeploy, endDeployment: nraEndDeployment } = deploymentHandlers({
  prefix: 'nra4',
  cites: 'nra.4.1',
  judgedBy: [
    'nra.4.bound',
    'nra.4.europe',
    'nra.4.otherStates',
    'nra.4.countTemporary',
    'nra.4.baseline',
    'nra.7.ukraine',
    'nra.7.easternEurope',
    'nra.7.southCaucasus',
    'nra.7.centralAsia',
  ],
  checks: NRA_5_CHECKS,
});
