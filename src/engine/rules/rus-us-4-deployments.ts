/**
 * @module RUS-US 4(2): on the territory of the former Soviet States outside NATO the United States
 * would set up no military bases and use no infrastructure for any military activity. The `deploy`
 * act records a deployment of either Party as a fact, refusing nothing but a reused id or the end of
 * a deployment that is not under way; a US deployment there is the finding
 * `us_military_activity_in_former_ussr` (`findings-2021.ts`), judged by `rus-us.4.formerUssr`.
 */
import { deploymentHandlers } from './deployments.ts';

export const { deploy: rusUsDeploy, endDeployment: rusUsEndDeployment } = deploymentHandlers({
  prefix: 'rus-us4',
  cites: 'rus-us.4.2',
  judgedBy: ['rus-us.4.formerUssr'],
});
