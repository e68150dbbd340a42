/**
 * @module NRC 4: the parties would not station substantial combat forces on the territory of the
 * states that joined NATO after 1997 (the targets, a parameter). Deployments are facts, so nothing is
 * refused; the finding `substantial_combat_forces` is computed from them (see `findings.ts`).
 */
import type { ActOf } from '../acts.ts';
import type { Handler } from '../rule.ts';
import { breach, needs, rule } from '../rule.ts';

export const deploy: Handler<ActOf<'deploy'>, undefined> = {
  stages: [
    // A deployment is measured against these; with one of them unset it cannot be.
    needs('scf.thresholds', 'scf.countTemporary', 'scf.targets', 'scf.exempt'),
    [
      rule({
        id: 'nrc4.id',
        cites: 'nrc.4',
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
    },
  ],
};

export const endDeployment: Handler<ActOf<'end-deployment'>, undefined> = {
  stages: [
    [
      rule({
        id: 'nrc4.active',
        cites: 'nrc.4',
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
};
