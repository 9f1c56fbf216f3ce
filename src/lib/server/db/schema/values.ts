/** ISO-8601 timestamps (UTC, milliseconds) stored as text: they sort and compare the same way on SQLite and PostgreSQL. */
export type Timestamp = string;

/** Stored as 0 or 1 on both dialects. */
export type Flag = number;
