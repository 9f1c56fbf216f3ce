import type { AccountTables } from './schema/accounts';
import type { AuditTables } from './schema/audit';
import type { CampaignTables } from './schema/campaigns';
import type { DesignTables } from './schema/design';
import type { IndicatorSumTables } from './schema/indicator-sums';
import type { InstanceTables } from './schema/instance';
import type { ResponseTables } from './schema/responses';
import type { SharingTables } from './schema/sharing';

export type * from './schema/values';
export type * from './schema/accounts';
export type * from './schema/instance';
export type * from './schema/campaigns';
export type * from './schema/responses';
export type * from './schema/indicator-sums';
export type * from './schema/design';
export type * from './schema/sharing';
export type * from './schema/audit';

/** Every table, as Kysely reads and writes it. */
export interface Database
	extends
		AccountTables,
		InstanceTables,
		CampaignTables,
		ResponseTables,
		IndicatorSumTables,
		DesignTables,
		SharingTables,
		AuditTables {}
