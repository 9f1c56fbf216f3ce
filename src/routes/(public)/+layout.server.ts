import type { LayoutServerLoad } from './$types';

/**
 * Public pages are read by anyone with their address: search engines are asked not to list them, and a copy kept
 * is asked for again each time (a 304 while it is current), so that none outlives its withdrawal.
 */
export const load: LayoutServerLoad = ({ setHeaders }) => {
	setHeaders({ 'x-robots-tag': 'noindex, nofollow', 'cache-control': 'no-cache' });
};
