import { describe, expect, it } from 'vitest';
import { escapeLike, likePatterns } from './search-terms.js';

describe('likePatterns', () => {
  it('lower-cases and wraps each term', () => {
    expect(likePatterns('  GTGSH  个体 ')).toEqual(['%gtgsh%', '%个体%']);
  });

  it('returns nothing for an empty or missing query', () => {
    expect(likePatterns(undefined)).toEqual([]);
    expect(likePatterns('   ')).toEqual([]);
  });

  it('escapes like wildcards and the escape character', () => {
    expect(escapeLike('100%_a\\b')).toBe('100\\%\\_a\\\\b');
    expect(likePatterns('50%')).toEqual(['%50\\%%']);
  });

  it('keeps at most five terms', () => {
    expect(likePatterns('a b c d e f g')).toHaveLength(5);
  });
});
