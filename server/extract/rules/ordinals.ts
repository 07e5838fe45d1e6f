// The ordinals that open the items of a spoken or written enumeration (`一是`, `其二`, `第三，`,
// `第一类是`, `第三块是`), shared by the readers of fields and of enumerations so they agree on what
// counts as an ordinal. Sources of regular expressions, not expressions.

/** A Chinese ordinal digit. */
export const ORDINAL_DIGIT = '[一二三四五六七八九十]';
/** What a speaker counts before 是 (`第一类是`, `第三块是`, `第二个方面是`, `第二部分为`). */
export const ORDINAL_UNIT = '(?:类|块|个|方面|部分)';
/** A counted ordinal and its copula: `第一是`, `第一类是`, `第三块为`. */
export const COUNTED_ORDINAL = `第${ORDINAL_DIGIT}${ORDINAL_UNIT}?(?:是|为)`;
/** 第 and a digit not followed by a unit or a copula (`第四高端…`). */
export const BARE_COUNTED_ORDINAL = `第${ORDINAL_DIGIT}(?!${ORDINAL_UNIT}|是|为)`;
