import type { Schemas } from '../../lib/api';

export type ProcessMap = Schemas['ProcessMap'];
export type Phase = Schemas['Phase'];
export type PhaseInput = Schemas['PhaseInput'];
export type PhaseStatus = Schemas['Phase']['status'];
export type Analysis = Schemas['StrategyAnalysis'];
export type Area = Schemas['StrategyArea'];
export type AreaStatus = Schemas['StrategyArea']['status'];
export type AreaInput = Schemas['StrategyAreaInput'];
export type GapFinding = Schemas['GapFinding'];
export type GapFindingInput = Schemas['GapFindingInput'];
export type { TargetGroup } from '../../lib/api';
export type ActionPlan = Schemas['ActionPlan'];
export type PlanActivity = Schemas['PlanActivity'];
export type PlanActivityInput = Schemas['PlanActivityInput'];
export type ActivityStatus = Schemas['PlanActivity']['status'];
export type Progress = Schemas['PlanProgress'];

export { targetGroups } from '../../lib/api';
