/** Row ids as they appear in URLs: 24 characters of lower-case base32 (15 random bytes). */
export const ID_PATTERN = /^[a-z2-7]{24}$/;
