// Bureaus and departments of the Hong Kong and Macao SAR governments, which Hong Kong and Macao
// news names beside the mainland's ministries (`創新科技及工業局發言人`, `與社會福利署合作`). They
// are government bodies the registry lacks, read as discovered Departments by their own names. Only
// names no mainland body or common word shares: 教育局, 发展局 or 卫生局 alone could be any city's.
// Pure.

/**
 * Hong Kong's policy bureaus (those of 2022 and the ones they replaced) and the departments that
 * health, industry and welfare news names; Macao's bureau of the economy and technology. Simplified script:
 * the rules read a Traditional text through its Simplified view.
 */
const SAR_BODIES: readonly string[] = [
  // Hong Kong policy bureaus.
  '创新科技及工业局',
  '创新及科技局',
  '医务卫生局',
  '食物及卫生局',
  '劳工及福利局',
  '商务及经济发展局',
  '财经事务及库务局',
  '政制及内地事务局',
  '民政及青年事务局',
  '文化体育及旅游局',
  '环境及生态局',
  '运输及物流局',
  '运输及房屋局',
  '公务员事务局',
  // Hong Kong departments.
  '食物环境卫生署',
  '社会福利署',
  '创新科技署',
  '工业贸易署',
  '投资推广署',
  '知识产权署',
  '机电工程署',
  '政府物流服务署',
  '渔农自然护理署',
  '政府统计处',
  '入境事务处',
  '数字政策办公室',
  '卫生署',
  // The regulator of medicines and devices the Health Bureau is setting up (药械监管中心).
  '香港药物及医疗器械监督管理中心',
  // Macao's bureau of the economy and technology.
  '经济及科技发展局',
].sort((a, b) => b.length - a.length);

/**
 * The SAR governments themselves, however news writes them (`香港特区政府`, `香港特别行政区政府`): no
 * 人民政府, which a district's government would be read as (香港特区 is no district).
 */
const SAR_GOVERNMENTS: readonly (readonly [string, string])[] = [
  ['香港特别行政区政府', '香港特别行政区政府'],
  ['香港特区政府', '香港特别行政区政府'],
  ['澳门特别行政区政府', '澳门特别行政区政府'],
  ['澳门特区政府', '澳门特别行政区政府'],
];

/** The names' first characters: this runs at every character of every sentence, most of which open none. */
const FIRST_CHARS = new Set([...SAR_BODIES, ...SAR_GOVERNMENTS.map(([w]) => w)].map((b) => b[0]));

/** The SAR body whose name opens `rest`, if any (the longest: 食物环境卫生署 before 卫生署), and how long it is written. */
export const sarBodyAt = (rest: string): { length: number; name: string } | undefined => {
  if (!FIRST_CHARS.has(rest[0])) return undefined;
  const government = SAR_GOVERNMENTS.find(([written]) => rest.startsWith(written));
  if (government) return { length: government[0].length, name: government[1] };
  const body = SAR_BODIES.find((b) => rest.startsWith(b));
  return body ? { length: body.length, name: body } : undefined;
};
