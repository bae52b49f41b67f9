/**
 * Keyword search over lower-cased text with `like '%term%' escape '\'` (portable across SQLite
 * and PostgreSQL). Each whitespace-separated term must match.
 */

/** Escape the `like` wildcards so a user's "%" or "_" matches literally. */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** `like` patterns for a query: lower-cased, split on whitespace, at most 5 terms. */
export function likePatterns(q: string | undefined): string[] {
  if (!q) return [];
  return q
    .toLowerCase()
    .split(/\s+/u)
    .filter((t) => t !== '')
    .slice(0, 5)
    .map((t) => `%${escapeLike(t)}%`);
}
