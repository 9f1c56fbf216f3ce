import { MAX_WEIGHT, MIN_WEIGHT } from '$lib/design/clusters';
import { isPanelCode, normalisePanelCode } from '$lib/design/panel';
import type { CsvRow } from './csv-table';
import type { SubmissionDesign } from '../responses/service';
import type { TargetCluster } from '../responses/target';

export type DesignProblemCode =
	| 'cluster_unknown'
	| 'cluster_not_link'
	| 'stratum_mismatch'
	| 'weight_invalid'
	| 'panel_off'
	| 'panel_code_invalid'
	| 'panel_code_repeated'
	| 'panel_code_taken';

/**
 * What reading a row's design needs: the campaign's clusters by code in lower case, its panel setting, and the
 * cluster of the link imported into (its rows are that cluster's).
 */
export interface DesignContext {
	clusters: ReadonlyMap<string, TargetCluster>;
	panel: boolean;
	linkCluster: TargetCluster | null;
	/** The panel codes already stored in the wave and group, with the submission id of the response holding each. */
	panelHolders?: ReadonlyMap<string, string>;
}

/** A row's panel code is taken when another response of the wave and group holds it (not this row's own, again). */
export function isPanelCodeTaken(context: DesignContext, panelCode: string, clientId: string): boolean {
	const holder = context.panelHolders?.get(panelCode);
	return holder !== undefined && holder !== clientId;
}

/** Where the design's columns are, and the panel codes met so far (with their first line). */
export interface DesignColumns {
	header: readonly string[];
	cluster: number | null;
	stratum: number | null;
	weight: number | null;
	panelId: number | null;
	panelCodes: Map<string, number>;
}

type Report = (column: string, value: string, code: DesignProblemCode, extra?: { firstLine: number }) => void;

// A weight as spreadsheets write it in English or French: 12.5 or 12,5.
const DECIMAL = /^\+?(\d+([.,]\d*)?|[.,]\d+)(e[+-]?\d+)?$/i;

/**
 * A row's cluster (one the campaign declared; its stratum, when given, must be the cluster's), its own weight (a
 * number above 0) and its panel code (one per person in a file): undefined when the file has none of these.
 */
export function readRowDesign(
	columns: DesignColumns,
	context: DesignContext,
	row: CsvRow,
	report: Report
): SubmissionDesign | undefined {
	const { header } = columns;
	const cell = (index: number | null) => (index === null ? '' : (row.cells[index] ?? '').trim());
	const code = cell(columns.cluster);
	const stratum = cell(columns.stratum);
	const weightText = cell(columns.weight);
	const panelCode = normalisePanelCode(cell(columns.panelId));
	if (code === '' && stratum === '' && weightText === '' && panelCode === '') return undefined;
	let cluster: TargetCluster | null = null;
	if (code !== '') {
		cluster = context.clusters.get(code.toLowerCase()) ?? null;
		if (!cluster) report(header[columns.cluster!], code, 'cluster_unknown');
		else if (context.linkCluster && cluster.id !== context.linkCluster.id)
			report(header[columns.cluster!], code, 'cluster_not_link');
	}
	if (stratum !== '' && (cluster === null ? code === '' : (cluster.stratum ?? '') !== stratum))
		report(header[columns.stratum!], stratum, 'stratum_mismatch');
	let weight: number | null = null;
	if (weightText !== '') {
		weight = DECIMAL.test(weightText) ? Number(weightText.replace(',', '.')) : NaN;
		if (!(weight >= MIN_WEIGHT && weight <= MAX_WEIGHT)) report(header[columns.weight!], weightText, 'weight_invalid');
	}
	if (panelCode !== '') {
		const column = header[columns.panelId!];
		if (!context.panel) report(column, panelCode, 'panel_off');
		else if (!isPanelCode(panelCode)) report(column, panelCode, 'panel_code_invalid');
		else {
			const firstLine = columns.panelCodes.get(panelCode);
			if (firstLine !== undefined) report(column, panelCode, 'panel_code_repeated', { firstLine });
			else columns.panelCodes.set(panelCode, row.line);
		}
	}
	return { cluster, weight, panelCode: panelCode === '' ? null : panelCode };
}
