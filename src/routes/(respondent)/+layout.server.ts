/** Respondents' pages are plain HTML forms: no JavaScript of the framework's, so they stay light and work without it. */
export const csr = false;
