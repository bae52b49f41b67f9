import { describe, expect, it } from 'vitest';
import { hhmmToMinutes, isHhmm } from './appointment-time.js';

describe('appointment-time', () => {
  it('parses HH:MM strictly', () => {
    expect(hhmmToMinutes('08:30')).toBe(510);
    expect(hhmmToMinutes('23:59')).toBe(1439);
    expect(() => hhmmToMinutes('8:30')).toThrow(RangeError);
    expect(() => hhmmToMinutes('24:00')).toThrow(RangeError);
    expect(isHhmm('12:60')).toBe(false);
    expect(isHhmm('00:00')).toBe(true);
  });
});
