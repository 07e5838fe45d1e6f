// A subtitle file (SRT) numbers its cues and times them: `7` on a line, then
// `00:00:20,480 --> 00:00:23,900`, then the cue's words. The numbers and times are the player's, not
// text: the view blanks them with spaces, keeping its length, so every offset found in it is the
// offset of the same character in the text as written. A cue is a spoken phrase: one whose words end
// with no mark ends its sentence (the view writes 。 at the next cue's number); one ending in ，、： runs on.

/** A cue's timing line: `00:01:02,300 --> 00:01:05,120` (a dot for the comma in WebVTT). */
const TIMING = /^[ \t]*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}[ \t]*-->[ \t]*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}[^\n]*$/;
/** A cue's number on the line before its timing. */
const CUE_NUMBER = /^[ \t]*\d{1,5}[ \t\r]*$/;
/** Fewest timed cues that make a subtitle file. */
const MIN_CUES = 3;

const blank = (s: string): string => s.replace(/[^\n]/g, ' ');

/**
 * `text` with the cue numbers and timings of a subtitle file (three timings or more) blanked, same
 * length; any other text as it is.
 *
 * @example srtView('会议于00:00:34,060 --> 00:00:37,300之间进行。') // as written: one timing is no file
 */
export const srtView = (text: string): string => {
  if (!text.includes('-->')) return text;
  const lines = text.split('\n');
  const cut = new Set<number>();
  let cues = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!TIMING.test(lines[i] ?? '')) continue;
    cues++;
    cut.add(i);
    if (i > 0 && CUE_NUMBER.test(lines[i - 1] ?? '')) cut.add(i - 1);
  }
  if (cues < MIN_CUES) return text;
  return lines
    .map((l, i) => {
      if (!cut.has(i)) return l;
      const b = blank(l);
      // A cue's number ends the cue before it when its words end with no mark: a cue is a spoken phrase.
      if (!TIMING.test(l) && l.trim() !== '') {
        let j = i - 1;
        while (j >= 0 && (lines[j] ?? '').trim() === '') j--;
        const prev = (lines[j] ?? '').trim();
        if (j >= 0 && !cut.has(j) && !/[，、：:；;,。！？!?]$/.test(prev)) return `。${b.slice(1)}`;
      }
      return b;
    })
    .join('\n');
};
