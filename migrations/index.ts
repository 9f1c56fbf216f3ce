import type { Migration } from 'kysely';
import * as foundation from './20261127120000_foundation';
import * as campaigns from './20261127200000_campaigns';
import * as surveys from './20261127210000_surveys';
import * as responses from './20261201120000_responses';
import * as indicatorSums from './20261202090000_indicator_sums';
import * as sharing from './20261202120000_sharing';
import * as auditExportFormat from './20261202140000_audit_export_format';
import * as sampleTargets from './20261202150000_sample_targets';
import * as publicReports from './20261202160000_public_reports';
import * as retention from './20261202170000_retention';
import * as verifiedDonors from './20261205120000_verified_donors';
import * as responseReview from './20261206120000_response_review';
import * as samplingDesign from './20261207120000_sampling_design';
import * as clusterLinks from './20261208120000_cluster_links';
import * as designPsus from './20261209120000_design_psus';
import * as indicatorLevelSums from './20261210120000_indicator_level_sums';
import * as responseChanges from './20261211120000_response_changes';
import * as languages from './20261212130000_languages';
import * as questionRecordings from './20261212140000_question_recordings';

/** Every migration, by name; names sort in the order they apply. Listed in code so that bundling keeps them. */
export const migrations: Record<string, Migration> = {
	'20261127120000_foundation': foundation,
	'20261127200000_campaigns': campaigns,
	'20261127210000_surveys': surveys,
	'20261201120000_responses': responses,
	'20261202090000_indicator_sums': indicatorSums,
	'20261202120000_sharing': sharing,
	'20261202140000_audit_export_format': auditExportFormat,
	'20261202150000_sample_targets': sampleTargets,
	'20261202160000_public_reports': publicReports,
	'20261202170000_retention': retention,
	'20261205120000_verified_donors': verifiedDonors,
	'20261206120000_response_review': responseReview,
	'20261207120000_sampling_design': samplingDesign,
	'20261208120000_cluster_links': clusterLinks,
	'20261209120000_design_psus': designPsus,
	'20261210120000_indicator_level_sums': indicatorLevelSums,
	'20261211120000_response_changes': responseChanges,
	'20261212130000_languages': languages,
	'20261212140000_question_recordings': questionRecordings
};
