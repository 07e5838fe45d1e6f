// Variant characters that OpenCC's Traditional-to-Simplified tables leave as they are, folded for
// reading department names and notice headers only: Japanese forms and old variants that reprints
// of notices carry (`関於`, `辦公庁`, `国家薬監局`, `聨合`). One character for one, so offsets hold.

/** Variant -> Simplified, for the characters of department names, offices and header words. */
const VARIANTS: Readonly<Record<string, string>> = {
  関: '关',
  庁: '厅',
  厛: '厅',
  廰: '厅',
  薬: '药',
  発: '发',
  総: '综',
  聨: '联',
  囯: '国',
  処: '处',
  検: '检',
  労: '劳',
  経: '经',
  済: '济',
  広: '广',
  営: '营',
  対: '对',
  実: '实',
  単: '单',
  権: '权',
  価: '价',
  衛: '卫',
  辧: '办',
};

const PATTERN = new RegExp(`[${Object.keys(VARIANTS).join('')}]`, 'g');

/**
 * `s` with variant characters folded to their Simplified form (same length).
 * @example foldVariants('工信庁聨合発布') // '工信厅联合发布'
 */
export const foldVariants = (s: string): string => s.replace(PATTERN, (c) => VARIANTS[c] ?? c);
