// Labels of numbered parameter lines: a tender's or a specification's line names the part its figures
// are about before a colon (`★2.1 X射线球管：阳极热容量≥5MHU`, `2.5 检查床：最大承重≥205kg`). Such a label is
// a part of the machine the lines describe, though no head of a part ends it (检查床, 冷光源, 扫描架).
import type { Word } from './segmenter';

/** A line's number as written: `2.1`, `★1.3`, `3.`, `4、`, `（2）`, `①`. */
const LINE_NUMBER =
  /^[\s\u3000]*((?:[★▲△*#※][\s\u3000]*)?(?:[0-9]{1,2}[.．][0-9]{1,2}(?![0-9.．])|[0-9]{1,2}[.．、](?![0-9])|[(（][0-9]{1,2}[)）]|[\u2460-\u2473]))[\s\u3000]*(\S[^:：]{1,11})$/;
/**
 * Figures of a parameter, in the clause after the label: a bound (`≥5MHU`, `≤165cm`, `±0.25mm`) or a
 * number with a unit of the field (`1.5T`, `30000小时`, `32通道`). Years and shares (`2025年`, `20%`) are
 * none: a plan's numbered goal (`1.1 发展目标：到2025年…增长20%`) has no figures of a thing.
 */
const FIGURES =
  /[≥≤±＞＜]|[0-9](?:mm|cm|kg|kw|kv|ma|mhu|khu|hz|khz|mhz|mt\/m|t(?![a-z])|w(?![a-z])|l(?![a-z])|ml|μm|um|nm|°|小时|通道|排|层|帧|英寸|万像素)/i;
/** Labels that name a quantity, a quality or an item of the tender, not a thing. */
const NOT_A_PART =
  /(?:参数|指标|要求|功能|性能|配置|技术|范围|精度|尺寸|重量|功率|容量|寿命|场强|排数|速度|速率|时间|方式|模式|类型|规格|数量|型号|软件|工作站|其他|其它|售后|质保|培训|服务|安装|交货|保修|资质|证书|备注|说明|用途|名称|品牌|产地|价格|预算|工期|期限|承重|分辨率|噪声|电源要求|环境|条件|标准)$/;
/** Tags of a label's last word: a thing's name (`检查/vn 床/n`, `冷光源/nr`, `x/eng 射线 球 管/vn`). */
const THING_END = new Set(['n', 'nz', 'ng', 'nr', 'l', 'eng', 'un', 'vn']);
/** Tags a label's words may have (`二氧化碳/nz 吸收/v 罐/n`). */
const IN_LABEL = new Set([...THING_END, 'v', 'b', 'j', 'a']);
/** One-character nouns that end parts' names, whatever the dictionary tags them (`扫描/v 架/q`). */
const PART_TAIL = new Set([...'针杯盘仓站罐壶箱槽盒座架罩环塞阀泵管靶轮块杆床']);

/**
 * The label of the numbered parameter line that holds the colon at `colon` (normalised coordinates of
 * the sentence `s`, whose words are `words`), as [from, to) of `s`, when the clause after the colon
 * gives figures of it. `raw` is the line as written up to the colon (whitespace kept), which shows
 * where its number ends.
 */
export const parameterLabel = (
  s: string,
  words: readonly Word[],
  colon: number,
  lineStart: number,
  raw: string,
): readonly [number, number] | undefined => {
  const m = LINE_NUMBER.exec(raw);
  if (!m?.[1] || !m[2]) return undefined;
  const from = lineStart + m[1].replace(/[\s\u3000]/g, '').length;
  if (colon - from < 2 || colon - from > 10) return undefined;
  const label = s.slice(from, colon);
  if (NOT_A_PART.test(label) || /^[0-9.]+$/.test(label)) return undefined;
  const inLabel = words.filter((w) => w.from >= from && w.to <= colon);
  // The label must be words of its own: no word runs across its number or its colon.
  if (inLabel[0]?.from !== from || inLabel.at(-1)?.to !== colon) return undefined;
  const last = inLabel.at(-1);
  const tail = inLabel.length > 1 && last !== undefined && PART_TAIL.has(last.word);
  if (!inLabel.every((w) => IN_LABEL.has(w.tag) || (w === last && tail))) return undefined;
  if (!THING_END.has(last?.tag ?? '') && !tail) return undefined;
  const end = s.slice(colon + 1).search(/[;；。]/);
  const clause = s.slice(colon + 1, end < 0 ? undefined : colon + 1 + end);
  return FIGURES.test(clause) ? [from, colon] : undefined;
};
