// The JDK check reads the major version from `java -version` in its old and new formats.
import { describe, expect, it } from 'vitest';
import { parseJavaMajor } from '../../../server/db/java-toolchain';

describe('parseJavaMajor', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_392"', 8],
    ['nothing useful', null],
  ])('reads %s as %s', (text, major) => {
    expect(parseJavaMajor(text)).toBe(major);
  });
});
