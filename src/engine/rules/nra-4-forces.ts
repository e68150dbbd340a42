/**
 * @module NRA 4: Russia and the States that were NATO members on 27 May 1997 would deploy no forces
 * or weaponry on the territory of the other States in Europe beyond those stationed there on that
 * day. As under NRC 4, a deployment is a fact, so nothing is refused; the finding
 * `forces_beyond_1997_baseline` is computed from the deployments (see `findings.ts`). The exception
 * of NRA 4(2), deployments all the Parties consent to in exceptional cases, is not modelled: no act
 * records that consent, so a deployment it would cover is still a finding.
 */
import type { ActOf } from '../acts.ts';
import type { Handler } from '../rule.ts';
import { breach, needs, rule } from '../rule.ts';

export const nraDeploy: Handler<ActOf<'deploy'>, undefined> = {
  stages: [
    // A deployment is judged by these; with one of them unset it cannot be.
    needs('nra.4.bound', 'nra.4.europe', 'nra.4.otherStates', 'nra.4.countTemporary', 'nra.4.baseline'),
    [
      rule({
        id: 'nra4.id',
        cites: 'nra.4.1',
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

export const nraEndDeployment: Handler<ActOf<'end-deployment'>, undefined> = {
  stages: [
    [
      rule({
        id: 'nra4.active',
        cites: 'nra.4.1',
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
