/**
 * @module NRC 4: the parties would not station substantial combat forces on the territory of the
 * states that joined NATO after 1997 (the targets, a parameter). Deployments are facts, so nothing is
 * refused; the finding `substantial_combat_forces` is computed from them (see `findings.ts`).
 */
import { deploymentHandlers } from './deployments.ts';

export const { deploy, endDeployment } = deploymentHandlers({
  prefix: 'nrc4',
  cites: 'nrc.4',
  judgedBy: ['scf.thresholds', 'scf.countTemporary', 'scf.targets', 'scf.exempt'],
});
