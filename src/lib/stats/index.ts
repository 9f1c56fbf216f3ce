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
