/** A few minutes' grace for a device whose clock runs ahead: a time later than this is in the future. */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;

const INSTANT =
	/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * An ISO 8601 date and time as KoboToolbox (`2026-05-04T10:30:00.000+01:00`, `_submission_time` without an
 * offset, in UTC), ODK Central (`…Z`) or a spreadsheet (`2026-05-04 10:30`) writes it; a date alone is that
 * day's midnight, UTC. Null for anything else.
 */
export function parseInstant(value: string): string | null {
	const match = INSTANT.exec(value.trim());
	if (!match) return null;
	const [, year, month, day, hour = '00', minute = '00', second = '00', fraction = '', zone = 'Z'] = match;
	const offset =
		zone.toUpperCase() === 'Z' ? 'Z' : zone.length === 3 ? `${zone}:00` : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
	const text = `${year}-${month}-${day}T${hour}:${minute}:${second}.${(fraction + '000').slice(0, 3)}${offset}`;
	const time = Date.parse(text);
	// Date.parse takes 2026-02-30 as 2 March: the day must survive the round trip.
	const calendar = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
	if (!Number.isFinite(time) || calendar.getUTCMonth() !== Number(month) - 1 || calendar.getUTCDate() !== Number(day))
		return null;
	return new Date(time).toISOString();
}
