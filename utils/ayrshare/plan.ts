import type { Failure } from './failure';

/** Ayrshare features that come with a paid plan, each explained in words when the account's plan lacks it. */
export type PlanFeature = 'queue' | 'library' | 'reach' | 'urlCheck';

/**
 * A refusal of a feature because of the account's plan, as the feature's own explanation.
 * Ayrshare answers an endpoint above the plan with a 403, "not allowed for this key/plan"
 * (ayrshare-api.md §5.1, §8); newer doc builds also list a 402 whose meaning they do not give.
 * Other failures stay as they are.
 */
export function byPlan(feature: PlanFeature, failure: Failure): Failure {
  if (failure.kind !== 'forbidden' && failure.status !== 402) return failure;
  return { kind: `${feature}NeedsPlan`, status: failure.status, said: failure.said };
}

/** Whether a failure is a plan's refusal (see byPlan): the feature is explained, not retried. */
export function isPlanRefusal(failure: Failure | undefined): boolean {
  return failure?.kind.endsWith('NeedsPlan') ?? false;
}
