// Plain JavaScript so that scripts/lib/fast-path.js, which answers the survey's last page before the app, reads
// its body within the same limits as the app's route.

/** The largest body of a survey's last page: every answer of the longest survey, each at its longest, is far below it. */
export const SEND_BODY_LIMIT = 1024 * 1024;

/**
 * A body over the limit is read on and dropped, up to this many bytes in all and for this long, before its 413 is
 * sent: a connection closed with bytes still unread is reset, and the browser, still sending, loses the answer
 * with it and shows a network error instead of the page. Past these bounds it is cut off all the same.
 */
export const SEND_DISCARD = { bytes: 4 * 1024 * 1024, milliseconds: 10_000 };
