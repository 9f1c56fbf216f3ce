import { PackedDomain } from '$lib/stats/design-domain';
import { sumTable } from '$lib/stats/design-moments';
import type { DesignDomain } from '$lib/stats/design-types';
import type { CellResult } from './types';

// docs/standard.md §4.6: donors and the public never read an estimate for a single cluster. The results a report
// builds are marked here when all their respondents come from one cluster, and redaction reads the same objects.
const fromOneCluster = new WeakSet<CellResult>();

/** Whether a domain's respondents all come from one cluster: its estimate is then that cluster's. */
export function isOneClusterDomain(domain: DesignDomain): boolean {
	if ((domain.singletons?.n ?? 0) > 0) return false;
	if (domain instanceof PackedDomain && domain.members.length === domain.table.rows.length) {
		// Every row of the table is the domain's: the count of those with a response, and the last of them.
		const { totals, offset } = sumTable(domain.table);
		return totals[offset + 5] === 1 && domain.table.psus[totals[offset + 6]].startsWith('c:');
	}
	const psus = domain.psus.filter((psu) => psu.n > 0);
	return psus.length === 1 && psus[0].psu.startsWith('c:');
}

export function markFromOneCluster(cell: CellResult): CellResult {
	fromOneCluster.add(cell);
	return cell;
}

export function comesFromOneCluster(cell: CellResult): boolean {
	return fromOneCluster.has(cell);
}
