/**
 * @module NRA 4: Russia and the States that were NATO members on 27 May 1997 would deploy no forces
 * or weaponry on the territory of the other States in Europe beyond those stationed there on that
 * day. As under NRC 4, a deployment is a fact, so nothing is refused; the finding
 * `forces_beyond_1997_baseline` is computed from the deployments (see `findings.ts`). The exception
 * of NRA 4(2), deployments all the Parties consent to in exceptional cases, is not modelled: no act
 * records that consent, so a deployment it would cover is still a finding. The same acts carry NRA
 * 5's missiles, with its checks (`weapons-2021.ts`).
 */
import { deploymentHandlers } from './deployments.ts';
import { NRA_5_CHECKS } from './weapons-2021.ts';

export const { deploy: nraDeploy, endDeployment: nraEndDeployment } = deploymentHandlers({
  prefix: 'nra4',
  cites: 'nra.4.1',
  judgedBy: ['nra.4.bound', 'nra.4.europe', 'nra.4.otherStates', 'nra.4.countTemporary', 'nra.4.baseline'],
  checks: NRA_5_CHECKS,
});
