// Bytes of a plan file to text: UTF-8 (with or without BOM), UTF-16 LE/BE (with or without BOM),
// GB18030 (and so GBK and GB2312) and Big5, detected with chardet and decoded with iconv-lite. Pure.
import chardet from 'chardet';
import iconv from 'iconv-lite';

export type PlanEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export type DecodeProblem = 'empty' | 'binary' | 'unknown-encoding';

export type DecodedPlan =
  | { readonly ok: true; readonly text: string; readonly encoding: PlanEncoding; readonly bom: boolean }
  | {
      readonly ok: false;
      readonly problem: DecodeProblem;
      /** What is wrong, to follow "plan file X" (`is binary, not text`). */
      readonly detail: string;
    };

/** chardet's confidence (0-100) from which its word on GB18030 vs Big5 is taken. */
const CHARDET_MIN_CONFIDENCE = 50;
/** Share of UTF-16 code units that must look like Chinese prose for a file without BOM to be UTF-16. */
const UTF16_MIN_SHARE = 0.95;
/** Share of GB2312 pairs (common Han and punctuation) a short GB file needs when chardet has no opinion. */
const GB2312_MIN_SHARE = 0.9;

const fail = (problem: DecodeProblem, detail: string): DecodedPlan => ({ ok: false, problem, detail });

/** A code unit of ordinary Chinese prose: ASCII text, CJK punctuation, Han, full-width forms. */
const plausibleUnit = (u: number): boolean =>
  u === 0x09 ||
  u === 0x0a ||
  u === 0x0d ||
  (u >= 0x20 && u <= 0x7e) ||
  (u >= 0x2000 && u <= 0x206f) ||
  (u >= 0x3000 && u <= 0x303f) ||
  (u >= 0x4e00 && u <= 0x9fff) ||
  (u >= 0xff00 && u <= 0xffef);

/** The UTF-16 byte order whose code units read as Chinese prose, if either does. */
const utf16Order = (bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined => {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return undefined;
  let le = 0;
  let be = 0;
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    if (plausibleUnit(a | (b << 8))) le++;
    if (plausibleUnit((a << 8) | b)) be++;
  }
  const units = bytes.length / 2;
  if (le >= be && le / units >= UTF16_MIN_SHARE) return 'utf-16le';
  if (be > le && be / units >= UTF16_MIN_SHARE) return 'utf-16be';
  return undefined;
};

/** Share of double-byte pairs in the GB2312 rows (punctuation 0xA1-0xA9, Han 0xB0-0xF7). */
const gb2312Share = (bytes: Uint8Array): number => {
  let pairs = 0;
  let common = 0;
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) continue;
    const trail = bytes[i + 1] ?? 0;
    pairs++;
    if (((lead >= 0xa1 && lead <= 0xa9) || (lead >= 0xb0 && lead <= 0xf7)) && trail >= 0xa1 && trail <= 0xfe)
      common++;
    i++;
  }
  return pairs === 0 ? 0 : common / pairs;
};

const strictUtf8 = (bytes: Uint8Array): string | undefined => {
  try {
    // The BOM is kept as U+FEFF: offsets then count every character of the file.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
};

const hasNul = (bytes: Uint8Array): boolean => bytes.includes(0);

/** Text that is only whitespace and BOMs is empty. */
const isBlank = (text: string): boolean => text.replace(/[\s\ufeff]/g, '') === '';

/** Control characters other than tab, line breaks and form feed: binary data decoded as text. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000e-\u001f]/;

const finish = (text: string, encoding: PlanEncoding, bom: boolean): DecodedPlan => {
  if (isBlank(text)) return fail('empty', 'holds no text');
  if (CONTROL.test(text) || text.includes('\ufffd'))
    return fail('binary', `is binary, not text (read as ${encoding})`);
  return { ok: true, text, encoding, bom };
};

/**
 * Decodes a plan file's bytes. A BOM decides the encoding and stays in the text as U+FEFF (so the
 * text counts the characters of the file as it is); without one, valid UTF-8 without NUL is UTF-8,
 * bytes whose 16-bit units read as Chinese prose are UTF-16, and the rest is GB18030 or
 * Big5 as chardet ranks them (a short text chardet cannot judge is GB18030 if its pairs are
 * common GB2312 characters).
 *
 * @example decodePlanBytes(iconv.encode('医疗装备', 'gb18030')) // { ok: true, text: '医疗装备', encoding: 'gb18030', bom: false }
 */
export const decodePlanBytes = (bytes: Uint8Array): DecodedPlan => {
  if (bytes.length === 0) return fail('empty', 'is empty');
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    const text = strictUtf8(bytes);
    return text === undefined
      ? fail('unknown-encoding', 'starts with a UTF-8 BOM but is not UTF-8')
      : finish(text, 'utf-8', true);
  }
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    const encoding = b0 === 0xff ? 'utf-16le' : 'utf-16be';
    if (bytes.length % 2 !== 0) return fail('binary', `starts with a ${encoding} BOM but has an odd length`);
    return finish(iconv.decode(Buffer.from(bytes), encoding, { stripBOM: false }), encoding, true);
  }
  // Valid UTF-8 without NUL first: ASCII letter pairs would also read as Han in UTF-16.
  const utf8 = hasNul(bytes) ? undefined : strictUtf8(bytes);
  if (utf8 !== undefined) return finish(utf8, 'utf-8', false);
  const utf16 = utf16Order(bytes);
  if (utf16) return finish(iconv.decode(Buffer.from(bytes), utf16, { stripBOM: false }), utf16, false);
  if (hasNul(bytes)) return fail('binary', 'is binary, not text');
  const ranked = chardet
    .analyse(bytes)
    .filter((m) => m.name === 'GB18030' || m.name === 'Big5')
    .sort((a, b) => b.confidence - a.confidence)[0];
  const encoding: PlanEncoding | undefined =
    ranked && ranked.confidence >= CHARDET_MIN_CONFIDENCE
      ? ranked.name === 'Big5'
        ? 'big5'
        : 'gb18030'
      : gb2312Share(bytes) >= GB2312_MIN_SHARE
        ? 'gb18030'
        : undefined;
  if (encoding === undefined)
    return fail(
      'unknown-encoding',
      `is not text in UTF-8, UTF-16, GB18030 or Big5 (chardet guesses ${chardet.detect(bytes) ?? 'nothing'})`,
    );
  return finish(iconv.decode(Buffer.from(bytes), encoding, { stripBOM: false }), encoding, false);
};
