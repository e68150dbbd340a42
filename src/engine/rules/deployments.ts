/**
 * @module The deployment acts of the drafts (NRC 4 of 2009; NRA 4 and 5 and RUS-US 6 and 7(1) of
 * 2021), written once.
 * A deployment is a fact, so nothing about it is refused but a reused id, or the end of a deployment
 * that is not under way; what the draft bars is a finding computed from the deployments
 * (`findings.ts`). Each draft gives its rule-id prefix, the provision cited, and the parameters a
 * deployment is judged by.
 */
import type { ActOf } from '../acts.ts';
import type { Handler, Rule } from '../rule.ts';
import { breach, needs, rule } from '../rule.ts';
import type { ParameterId } from '../../treaty/parameters/index.ts';
import type { ProvisionId } from '../../treaty/provisions/index.ts';

/** What differs between the drafts' deployment acts. */
export interface DeploymentRegime {
  /** The prefix of the rule ids: `nrc4`, `nra4`. */
  readonly prefix: string;
  readonly cites: ProvisionId;
  /** A deployment is judged by these; with one of them unset it cannot be. */
  readonly judgedBy: readonly ParameterId[];
  /**
   * Checks of what a deployment carries, made with the parameters (the weapons articles: the
   * parameters missiles need, the reach they must state).
   */
  readonly checks?: readonly Rule<ActOf<'deploy'>, undefined>[];
}

/** The `deploy` and `end-deployment` handlers of a draft. */
export function deploymentHandlers(regime: DeploymentRegime): {
  readonly deploy: Handler<ActOf<'deploy'>, undefined>;
  readonly endDeployment: Handler<ActOf<'end-deployment'>, undefined>;
} {
  const { prefix, cites } = regime;
  return {
    deploy: {
      stages: [
        [...needs<ActOf<'deploy'>, undefined>(...regime.judgedBy), ...(regime.checks ?? [])],
        [
          rule({
            id: `${prefix}.id`,
            cites,
            check: ({ state, act }) =>
              state.deployments.has(act.id) ? breach('duplicate_id', { id: act.id }) : null,
          }),
        ],
      ],
      events: ({ act }) => [
        {
          type: 'ForcesDeployed',
          on: act.on,
          by: act.by,
          deployment: act.id,
          in: act.in,
          forces: act.forces,
          permanent: act.permanent,
          ...(act.reaches === undefined ? {} : { reaches: act.reaches }),
        },
      ],
    },
    endDeployment: {
      stages: [
        [
          rule({
            id: `${prefix}.active`,
            cites,
            check: ({ state, act }) => {
              const d = state.deployments.get(act.id);
              return d !== undefined && d.by === act.by && d.to === null
                ? null
                : breach('unknown_deployment', { id: act.id });
            },
          }),
        ],
      ],
      events: ({ act }) => [{ type: 'DeploymentEnded', on: act.on, by: act.by, deployment: act.id }],
    },
  };
}
