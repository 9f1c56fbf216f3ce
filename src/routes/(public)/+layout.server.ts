import type { LayoutServerLoad } from './$types';

/** Public pages are read by anyone with their address: search engines are asked not to list them, and no cache keeps one withdrawn. */
export const load: LayoutServerLoad = ({ setHeaders }) => {
	setHeaders({ 'x-robots-tag': 'noindex, nofollow', 'cache-control': 'no-store' });
};
