// Plan bytes in every encoding a Chinese plan arrives in decode to the same text, the encoding named.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodePlanBytes } from '../../../server/extract/decode';

const SENTENCE = '攻关有创呼吸机用比例阀；透析设备用真空泵、微型电磁阀，大功率 CT 球管、CT 高速滑环。\n';
const PLAN = `一、重点任务\n（一）攻关关键零部件。${SENTENCE}`;

const bytesOf = (text: string, encoding: string, addBOM = false): Uint8Array =>
  iconv.encode(text, encoding, { addBOM });

describe('decodePlanBytes', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodePlanBytes(new TextEncoder().encode(PLAN))).toEqual({
      ok: true,
      text: PLAN,
      encoding: 'utf-8',
      bom: false,
    });
  });

  it('keeps a UTF-8 BOM as U+FEFF so that offsets count every character of the file', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(PLAN)]);
    expect(decodePlanBytes(bytes)).toEqual({ ok: true, text: `\ufeff${PLAN}`, encoding: 'utf-8', bom: true });
  });

  it('reads GB18030 (and so GBK) text, which is not valid UTF-8', () => {
    expect(decodePlanBytes(bytesOf(PLAN, 'gb18030'))).toMatchObject({
      ok: true,
      text: PLAN,
      encoding: 'gb18030',
    });
  });

  it('reads a GBK line too short for chardet to judge by its common GB2312 characters', () => {
    expect(decodePlanBytes(bytesOf('医疗装备', 'gbk'))).toMatchObject({
      text: '医疗装备',
      encoding: 'gb18030',
    });
  });

  it.each([
    ['utf-16le', true],
    ['utf-16be', true],
    ['utf-16le', false],
    ['utf-16be', false],
  ] as const)('reads %s (BOM %s)', (encoding, bom) => {
    const decoded = decodePlanBytes(bytesOf(PLAN, encoding, bom));
    expect(decoded).toEqual({ ok: true, text: bom ? `\ufeff${PLAN}` : PLAN, encoding, bom });
  });

  it('reads Big5 Traditional text when chardet ranks Big5 first', () => {
    const trad =
      '一、重點任務\n（一）攻關關鍵零部件。攻關有創呼吸機用比例閥；透析設備用真空泵、微型電磁閥。\n';
    expect(decodePlanBytes(bytesOf(trad, 'big5'))).toMatchObject({ text: trad, encoding: 'big5' });
  });

  it('calls an empty or blank file empty', () => {
    expect(decodePlanBytes(new Uint8Array())).toMatchObject({ ok: false, problem: 'empty' });
    expect(decodePlanBytes(new TextEncoder().encode(' \n\u3000\n'))).toMatchObject({
      ok: false,
      problem: 'empty',
    });
    expect(decodePlanBytes(new Uint8Array([0xff, 0xfe]))).toMatchObject({ ok: false, problem: 'empty' });
  });

  it('calls a PNG header and random bytes binary, not text', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]);
    expect(decodePlanBytes(png)).toMatchObject({ ok: false, problem: 'binary' });
    const noise = Uint8Array.from({ length: 600 }, (_, i) => (i * 7919 + 13) % 256);
    expect(decodePlanBytes(noise)).toMatchObject({ ok: false });
  });

  it('refuses Latin-1 French instead of reading it as Chinese characters', () => {
    const latin1 = iconv.encode('Ceci est un texte français très élégant, écrit à Paris.', 'latin1');
    expect(decodePlanBytes(latin1)).toMatchObject({ ok: false, problem: 'unknown-encoding' });
  });

  it('reads ASCII English as UTF-8 (the extractor then says it has no Chinese text)', () => {
    expect(decodePlanBytes(new TextEncoder().encode('Made in Pakistan, plain text.'))).toMatchObject({
      ok: true,
      encoding: 'utf-8',
    });
  });
});
