// What a PDF's pages add to a text copied out of them: page footers (`— 7 —`, `- 7 -`, `第7页 共20页`)
// and a running header (the document's title, repeated at the top of every page). They are layout,
// not text: the view blanks them with spaces, keeping its length, so every offset found in it is the
// offset of the same character in the text as written, and the structure and the sentences run on
// across the page break (a running header read as a title line would close every open section).

/** A page number on a line of its own: `— 7 —`, `- 7 -`, `－7－`, `第 7 页`, `第7页 共20页`, `第7页/共20页`. */
const FOOTER =
  /^[\s\u3000]*(?:[—–\-－─]{1,2}[\s\u3000]*\d{1,4}[\s\u3000]*[—–\-－─]{1,2}|第[\s\u3000]*\d{1,4}[\s\u3000]*页(?:[\s\u3000]*[，,/／]?[\s\u3000]*共[\s\u3000]*\d{1,4}[\s\u3000]*页)?)[\s\u3000]*$/;
/** A document's title: what a running header repeats (`…实施方案（2026—2030年）`, `…规划`). */
const TITLE_END = /(?:通知|规划|纲要|方案|意见|指南|办法|计划|报告|白皮书)(?:[（(][^（()）]{1,20}[）)])?$/;
/** A numbered heading or list line is never a running header. */
const NUMBERED =
  /^(?:[（(]?[一二三四五六七八九十\d]{1,3}[、．.）)]|第[一二三四五六七八九十百\d]+[部篇章节条])/;

const blank = (s: string): string => s.replace(/[^\n]/g, ' ');

/**
 * `text` with its page footers and its running header blanked (same length). A running header is a
 * line ending like a title that the text repeats word for word; its first occurrence stays when no
 * numbered heading comes before it (the title on the cover).
 *
 * @example layoutView('一、X\n\n— 7 —\n').includes('7') // false
 */
export const layoutView = (text: string): string => {
  if (!text.includes('\n')) return text;
  const lines: { start: number; end: number; content: string }[] = [];
  for (let start = 0; start <= text.length;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    lines.push({ start, end, content: text.slice(start, end).replace(/^[\s\u3000]+|[\s\u3000]+$/gu, '') });
    if (nl === -1) break;
    start = nl + 1;
  }
  const cut: { start: number; end: number }[] = [];
  const seen = new Map<string, number>();
  for (const l of lines)
    if (
      l.content.length >= 8 &&
      l.content.length <= 60 &&
      TITLE_END.test(l.content) &&
      !/[。；]/.test(l.content)
    )
      seen.set(l.content, (seen.get(l.content) ?? 0) + 1);
  let numberedBefore = false;
  const kept = new Set<string>();
  for (const l of lines) {
    if (FOOTER.test(l.content) && l.content !== '') {
      cut.push(l);
      continue;
    }
    if ((seen.get(l.content) ?? 0) >= 2) {
      if (!numberedBefore && !kept.has(l.content)) kept.add(l.content);
      else cut.push(l);
      continue;
    }
    if (NUMBERED.test(l.content)) numberedBefore = true;
  }
  if (cut.length === 0) return text;
  cut.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const c of cut) {
    out += text.slice(at, c.start) + blank(text.slice(c.start, c.end));
    at = c.end;
  }
  return out + text.slice(at);
};
