// News and forum by-lines: lines that say where a text comes from and who wrote or edited it
// (`来源：互联网`, `记者 张三`, `（责任编辑：李四）`, `发布时间:2022-12-26  来源:中国医药报`), not content.

const FIELDS =
  '(?:发布时间|发布日期|发稿时间|时间|日期|来源|文章来源|信息来源|出处|作者|撰稿|记者|通讯员|编辑|责任编辑|责编|编审|审核|审校|校对|发布者|发布人|发布单位|浏览次数|浏览量|阅读量|点击数|点击量|字号|回复|关注量|帖子创建时间|原标题|摄影|图片来源|图源|资料来源|数据来源|图表来源|来源网站)';
/** A line that opens with a by-line field and a colon: `来源：互联网`, `时间:2021-12-28 10:29:12 来源:...`. */
const FIELD_LINE = new RegExp(`^[（(【\\[]?${FIELDS}\\s*[：:]`);
/** `记者 张三 李四`, `本报记者 王五`, `楼主 ...`, `（记者 赵六 报道）` without a colon. */
const NAME_LINE =
  /^[（(【[]?(?:本报|新华社)?(?:记者|通讯员|特约记者)(?:\s+\S{1,8}){0,4}\s*(?:报道)?[）)】\]]?$/;
/** A forum post's header: `楼主   帖子创建时间:  2022-01-05 17:07 回复:0 关注量:1`. */
const FORUM_LINE = /^(?:楼主|沙发|板凳)(?:\s|$)/;
/** `（责任编辑：李四）` and the like closing an article. */
const BRACKETED = new RegExp(`^[（(【\\[]\\s*${FIELDS}\\s*[：:][^）)】\\]]{0,40}[）)】\\]]$`);
/** By-lines are short; a long line that opens with 时间： is prose. */
const MAX_LENGTH = 120;

/**
 * True for a by-line: a short line of source, author, editor, date or forum metadata.
 *
 * @example isByline('发布时间:2022-12-26  来源:中国医药报') // true
 * @example isByline('来源：互联网') // true
 */
export const isByline = (line: string): boolean => {
  const s = line.trim();
  if (s === '' || s.length > MAX_LENGTH) return false;
  // Sentences end in 。: a line that reads as prose is content even if it opens with 时间.
  if (/。\s*$/.test(s) && !BRACKETED.test(s)) return false;
  return FIELD_LINE.test(s) || NAME_LINE.test(s) || FORUM_LINE.test(s) || BRACKETED.test(s);
};
