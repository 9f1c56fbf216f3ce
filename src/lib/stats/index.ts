export {
	normalCdf,
	normalQuantile,
	studentTCdf,
	studentTQuantile,
	tForLevel,
	twoSidedNormalP,
	twoSidedTP,
	Z_80,
	Z_95,
	zForLevel
} from './distributions';
export { changeInProportion, estimateProportion } from './proportions';
export { changeInMean, estimateMean, sampleVariance } from './means';
export { differenceInDifferences, type DidCells } from './did';
export { poolRandomEffects, seFromInterval } from './meta-analysis';
export { sampleSizePerGroup, type SampleSizeInput } from './sample-size';
export type {
	Change,
	DifferenceInDifferences,
	Estimate,
	MeanCell,
	MeanChange,
	MeanEstimate,
	PooledEstimate,
	ProportionCell,
	Study
} from './types';
export {
	designDegreesOfFreedom,
	estimateDesignContrast,
	estimateDesignMean,
	estimateDesignProportion,
	linearisedVariance
} from './design';
export type { SingletonMoments } from './design-frame';
export { designCohensH, designHedgesG } from './design-effects';
export { SINGLETON_STRATUM } from './design-types';
export type {
	DesignContrast,
	DesignDomain,
	DesignEstimate,
	DesignFrame,
	DesignTerm,
	PsuSums,
	SingletonSums
} from './design-types';
export { clusterDesignEffect, clustersNeeded, iccFromDesignEffect } from './clusters';
export { compareRetention, estimateRetention, type PanelGroup, type Retention } from './retention';
