/** How far the checking of a file is: the bytes and rows read of it, out of its size. */
export interface ImportProgress {
	bytes: number;
	total: number;
	rows: number;
}

/** The token a page makes for one upload: enough to be unguessable, nothing else. */
export const PROGRESS_TOKEN = /^[A-Za-z0-9-]{16,64}$/;

/** The imports under way in this process, by user and token: as many as imports may run at once. */
const underWay = new Map<string, ImportProgress>();

const keyOf = (userId: string, token: string): string => `${userId} ${token}`;

/** Starts keeping the progress of a user's import; the returned functions note it, then forget it. */
export function trackImportProgress(
	userId: string,
	token: string,
	total: number
): { note: (progress: { bytes: number; rows: number }) => void; end: () => void } {
	const key = keyOf(userId, token);
	underWay.set(key, { bytes: 0, total, rows: 0 });
	return {
		note: ({ bytes, rows }) => underWay.set(key, { bytes: Math.min(bytes, total), total, rows }),
		end: () => void underWay.delete(key)
	};
}

/** The progress of the user's import with that token, while it is checked here; null otherwise. */
export function readImportProgress(userId: string, token: string): ImportProgress | null {
	return underWay.get(keyOf(userId, token)) ?? null;
}
