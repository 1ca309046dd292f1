import type { components } from '../../lib/api';

type S = components['schemas'];
export type ProcessMap = S['ProcessMap'];
export type Phase = S['Phase'];
export type PhaseInput = S['PhaseInput'];
export type PhaseStatus = S['Phase']['status'];
export type Analysis = S['StrategyAnalysis'];
export type Area = S['StrategyArea'];
export type AreaStatus = S['StrategyArea']['status'];
export type AreaInput = S['StrategyAreaInput'];
export type GapFinding = S['GapFinding'];
export type GapFindingInput = S['GapFindingInput'];
export type { TargetGroup } from '../../lib/api';
export type ActionPlan = S['ActionPlan'];
export type PlanActivity = S['PlanActivity'];
export type PlanActivityInput = S['PlanActivityInput'];
export type ActivityStatus = S['PlanActivity']['status'];
export type Progress = S['PlanProgress'];

export { targetGroups } from '../../lib/api';
