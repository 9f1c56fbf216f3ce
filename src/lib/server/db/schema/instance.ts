import type { Timestamp } from './values';

export interface ThrottlesTable {
	key: string;
	failures: number;
	window_started_at: Timestamp;
	blocked_until: Timestamp | null;
}

export interface SettingsTable {
	key: string;
	value: string;
}

export interface InstanceTables {
	throttles: ThrottlesTable;
	settings: SettingsTable;
}
