// Local governments and their departments (广东省人民政府, 浙江省经济和信息化委员会, 深圳市工业和信息化局):
// provincial and city plans are issued by them, and the registry holds only the State Council's
// bodies. A place (a province by name, or a city after a word boundary) followed by a government or
// a body's ending is read as a department the registry lacks (a discovered Department). Pure.

/**
 * Provinces, municipalities and autonomous regions, by the name their bodies are written with (the
 * Xinjiang Production and Construction Corps is no province: its bureaus are addressees of notices).
 */
const PROVINCES =
  '北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆(?!生产建设兵团)';
const PROVINCE = new RegExp(`^(?:${PROVINCES})(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)?`);
/** A city (`深圳市`, `苏州市`): two or three characters and 市, only where a word starts. */
const CITY = /^[\u4e00-\u9fff]{2,3}?市/;
/** Words after which a place name starts (the text's start, punctuation, list joiners, time words, 由/据). */
const BEFORE_PLACE = /(?:^|[^\u4e00-\u9fff]|由|和|与|及|联合|会同|近日|日前|日|今天|昨天|据|经)$/;
/** The government itself, and its general office (which stands for it, as a ministry's office does). */
const GOVERNMENT = /^(人民政府|政府)(?:办公厅|办公室)?/;
/** A department of the place: a short run of name characters ending like a body. */
const BODY = /^[^的、，,。；;：:等在对将要为是了和与及（）()《》“”\s]{2,10}?(?:厅|委员会|委|局|办公室)/;
/** Words ending in a body's ending that are no bodies (格局, 展厅, 纪委 is a body but not of plans). */
const NOT_BODY = /(?:格局|布局|全局|大局|开局|结局|当局|新局|变局|大厅|展厅|餐厅|客厅|厅局)$/;
/** Offices whose name holds 和 (工业和信息化厅, 经济和信息化委员会, 发展和改革委员会...). */
const WITH_AND =
  /^(?:工业和信息化|经济和信息化|发展和改革|人力资源和社会保障|住房和城乡建设|科学技术|卫生健康|药品监督管理|市场监督管理)(?:厅|委员会|委|局)/;

/** A local body at an offset: how long it is written, and how long its name is (without its office). */
export interface LocalBody {
  readonly length: number;
  readonly nameLength: number;
}

/** The local government or department written at `i` of `text` (normalised), if any. */
export const localBodyAt = (text: string, i: number): LocalBody | undefined => {
  const rest = text.slice(i, i + 24);
  const province = PROVINCE.exec(rest)?.[0];
  // A province written in full (浙江省) is a name wherever it stands (a title line runs into the
  // next line once normalised); a bare province or a city needs a word boundary before it.
  const boundary = BEFORE_PLACE.test(text.slice(Math.max(0, i - 2), i));
  const place =
    province && /(?:省|市|自治区)$/.test(province)
      ? province
      : boundary
        ? (province ?? CITY.exec(rest)?.[0])
        : undefined;
  if (!place) return undefined;
  const after = rest.slice(place.length);
  const gov = GOVERNMENT.exec(after);
  if (gov) return { length: place.length + gov[0].length, nameLength: place.length + (gov[1] ?? '').length };
  const body = WITH_AND.exec(after) ?? BODY.exec(after);
  if (!body || NOT_BODY.test(body[0])) return undefined;
  return { length: place.length + body[0].length, nameLength: place.length + body[0].length };
};
