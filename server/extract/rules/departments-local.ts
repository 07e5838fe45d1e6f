// Local governments and their departments (广东省人民政府, 浙江省经济和信息化委员会, 深圳市工业和信息化局):
// provincial and city plans are issued by them, and the registry holds only the State Council's
// bodies. A place (a province by name, or a city after a word boundary) followed by a government or
// a body's ending is read as a department the registry lacks (a discovered Department). Pure.

import { sarBodyAt } from './departments-sar';
import { taiwanBodyAt } from './departments-taiwan';

/**
 * Provinces, municipalities and autonomous regions, by the name their bodies are written with (the
 * Xinjiang Production and Construction Corps is no province: its bureaus are addressees of notices).
 */
const PROVINCES =
  '北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆(?!生产建设兵团)';
const PROVINCE = new RegExp(`^(?:${PROVINCES})(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)?`);
/** A city (`深圳市`, `苏州市`): two or three characters and 市, only where a word starts. */
const CITY = /^[\u4e00-\u9fff]{2,3}?市/;
/**
 * Words after which a place name starts (the text's start, punctuation, list joiners, time words, 由/据,
 * 从/了 before an object, and verbs whose object is a body: 对接省药品监督管理局, 报送市工信局, 提请市政府,
 * 记者从省经信委获悉, 转发了省经信委《…》, 批转省经信委《…》, 建议市人社局, 已在常州市武进区发展和改革局备案,
 * 已报常州市生态环境局审批).
 */
const BEFORE_PLACE =
  /(?:^|[^\u4e00-\u9fff]|由|为|和|与|及|联合|会同|近日|日前|近期|最近|目前|此前|今年|去年|本月|上月|日|今天|昨天|据|经|从|了|根据|按照|按|依|转发|经商|商请|商|征求|向|请|对接|争取|邀请|协助|报送|上报|报请|批转|提请|提交|呈报|协调|联系|配合|会商|请示|委托|督促|指导|建议|在|[已并须需应]报)$/;
/** The government itself, and its general office (which stands for it, as a ministry's office does). */
const GOVERNMENT = /^(人民政府|政府)(?:办公厅|办公室)?/;
/** The government's research office, a body of its own (`常州市人民政府研究室`, `市政府研究室`). */
const RESEARCH_OFFICE = /^(?:人民政府|政府)研究室/;
/** A department of the place: a short run of name characters ending like a body. */
const BODY = /^[^的、，,。；;：:等在对将要为是了和与及（）()《》“”\s]{2,10}?(?:厅|委员会|委|局|办公室)/;
/** Words ending in a body's ending that are no bodies (格局, 展厅, 纪委 is a body but not of plans). */
const NOT_BODY = /(?:格局|布局|全局|大局|开局|结局|当局|(?<!创)新局|变局|大厅|展厅|餐厅|客厅|厅局)$/;
/**
 * Bodies of a place that are no part of its government (a 抄送 line names them beside its departments):
 * the party committee's offices (`浙江省委办公厅`), the people's congress, the CPPCC, courts,
 * procuratorates, the party's discipline and supervision commissions, the military sub-district.
 */
const NOT_GOVERNMENT =
  /^(?:委(?!员会)|人大|政协|(?:中级|高级)?(?:人民)?法院|(?:人民)?检察院|纪委|监委|纪检|军分区|警备区)/;
/** Offices whose name holds 和 (工业和信息化厅, 经济和信息化委员会, 发展和改革委员会...). */
const WITH_AND =
  /^(?:工业和信息化|经济和信息化|发展和改革|人力资源和社会保障|住房和城乡建设|科学技术|卫生健康|药品监督管理|市场监督管理|自然资源和规划|规划和自然资源|文化和旅游|文化广电和旅游|林业和草原|科技和经济|经济和科技|卫生和计划生育|人口和计划生育|民族和宗教事务|教育和体育|政务服务和大数据管理|商务和投资促进)(?:厅|委员会|委|局)/;

/** What a local department is about, as its name writes it in full or short (`卫生健康`, `卫健`). */
const STEMS =
  '工业和信息化|经济和信息化|经济信息化|卫生和计划生育|人口和计划生育|民族和宗教事务|教育和体育|政务服务和大数据管理|商务和投资促进|经信|工信|发展和改革|发展改革|发改|科学技术|科技创新|科创|科技|教育|财政|人力资源和社会保障|人力资源社会保障|人力资源保障|人社|自然资源和规划|自然资源规划|自然资源|生态环境|住房和城乡建设|住房城乡建设|住建|交通运输|农业农村|商务|文化和旅游|卫生健康|卫健|卫生计生|卫计|卫生|应急管理|应急|审计|国有资产监督管理|国资|市场监督管理|市场监管|药品监督管理|药品监管|药监|食品药品监督管理|食品药品监管|食药监|医疗保障|医保|统计|知识产权|中医药管理|疾病预防控制|地方金融监督管理|地方金融监管|地方金融管理|金融工作|金融|政务服务数据管理|政务服务和数据管理|数据资源管理|数据资源|大数据|数据|投资促进|投促|税务|疾控|中医药|民政|公安|司法|水利|退役军人事务|林业和草原|林业|能源|粮食和物资储备|广播电视|体育|通信管理|机关事务管理|外事|民族宗教事务|信访|气象|乡村振兴|科技和经济|经济和科技|规划和自然资源|城市管理|生态环境和水务|水务|住房和建设|中小企业服务|投资推广|口岸|港澳事务|侨务|工商行政管理|工商|质量技术监督|质监|安全生产监督管理|安监|经济贸易|经贸|人民防空|国防动员|营商环境建设|新闻出版|城乡建设|建设';
/** Bodies a text names without their place once it has named it (`省政府`, `省经信委`, `市工信局`). */
const BARE_BODY = new RegExp(`^(?:人民政府|政府|(?:${STEMS})(?:厅|委员会|委|局|署|办公室|办))`);
/** Cities a text may write without 市 (`深圳工信局`), by the name their bodies are written with. */
const CITIES =
  '深圳|广州|苏州|杭州|宁波|南京|武汉|成都|西安|厦门|青岛|无锡|珠海|佛山|东莞|惠州|中山|长沙|郑州|合肥|济南|沈阳|大连|哈尔滨|长春|福州|昆明|南宁|贵阳|南昌|太原|石家庄|兰州|常州|南通|温州|嘉兴|绍兴|台州|泰州|烟台|威海|潍坊|淄博|芜湖|泉州';
/**
 * Other prefecture-level cities, by province, whose bodies a text names with 市 (`镇江市卫生健康委员会`):
 * only their province is known here, for a city's notice that writes `省药品监督管理局`.
 */
const CITIES_BY_PROVINCE: Readonly<Record<string, string>> = {
  江苏省: '镇江 扬州 徐州 盐城 连云港 宿迁 淮安',
  浙江省: '湖州 金华 衢州 舟山 丽水',
  安徽省: '蚌埠 安庆 马鞍山 滁州 阜阳 宿州 六安 宣城 铜陵 淮南 淮北 黄山 池州 亳州',
  福建省: '漳州 莆田 三明 南平 龙岩 宁德',
  江西省: '九江 赣州 宜春 上饶 吉安 抚州 景德镇 萍乡 新余 鹰潭',
  山东省: '济宁 临沂 德州 聊城 滨州 菏泽 枣庄 东营 日照 泰安',
  河南省: '洛阳 新乡 开封 安阳 南阳 许昌 周口 商丘 信阳 驻马店 平顶山 焦作 濮阳 漯河 三门峡 鹤壁',
  湖北省: '宜昌 襄阳 荆州 黄石 十堰 孝感 荆门 鄂州 黄冈 咸宁 随州',
  湖南省: '株洲 湘潭 衡阳 岳阳 常德 邵阳 益阳 郴州 永州 怀化 娄底 张家界',
  广东省: '汕头 江门 湛江 肇庆 清远 揭阳 韶关 梅州 汕尾 河源 阳江 茂名 潮州 云浮',
  广西壮族自治区: '柳州 桂林 梧州 北海 玉林 百色 钦州 贵港 防城港 河池 来宾 贺州 崇左',
  四川省: '绵阳 德阳 宜宾 泸州 南充 乐山 自贡 攀枝花 遂宁 内江 眉山 广安 达州 雅安 巴中 资阳',
  贵州省: '遵义 六盘水 安顺 毕节 铜仁',
  云南省: '曲靖 玉溪 保山 昭通 丽江 普洱 临沧',
  陕西省: '宝鸡 咸阳 铜川 渭南 延安 汉中 榆林 安康 商洛',
  甘肃省: '天水 酒泉 张掖 武威 白银 平凉 庆阳 定西 陇南 嘉峪关 金昌',
  河北省: '保定 唐山 廊坊 邯郸 邢台 沧州 衡水 秦皇岛 张家口 承德',
  山西省: '大同 长治 晋城 朔州 晋中 运城 忻州 临汾 吕梁 阳泉',
  辽宁省: '鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 朝阳 葫芦岛',
  吉林省: '四平 辽源 通化 白山 松原 白城',
  黑龙江省: '齐齐哈尔 牡丹江 佳木斯 大庆 鸡西 鹤岗 双鸭山 伊春 七台河 黑河 绥化',
  内蒙古自治区: '呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布',
  海南省: '海口 三亚 儋州 三沙',
  宁夏回族自治区: '银川 石嘴山 吴忠 固原 中卫',
  青海省: '西宁 海东',
  新疆维吾尔自治区: '乌鲁木齐 克拉玛依 吐鲁番 哈密',
  西藏自治区: '拉萨 日喀则 昌都 林芝 山南 那曲',
};
const OTHER_CITIES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(CITIES_BY_PROVINCE).flatMap(([province, cities]) =>
    cities.split(' ').map((c) => [c, province]),
  ),
);
/** The province of each city above: a city's notice writes its province's bodies as `省工业和信息化厅`. */
const PROVINCE_OF_CITY: Readonly<Record<string, string>> = {
  ...Object.fromEntries(['深圳', '广州', '珠海', '佛山', '东莞', '惠州', '中山'].map((c) => [c, '广东省'])),
  ...Object.fromEntries(['苏州', '南京', '无锡', '常州', '南通', '泰州'].map((c) => [c, '江苏省'])),
  ...Object.fromEntries(['杭州', '宁波', '温州', '嘉兴', '绍兴', '台州'].map((c) => [c, '浙江省'])),
  ...Object.fromEntries(['青岛', '济南', '烟台', '威海', '潍坊', '淄博'].map((c) => [c, '山东省'])),
  ...Object.fromEntries(['厦门', '福州', '泉州'].map((c) => [c, '福建省'])),
  ...Object.fromEntries(['沈阳', '大连'].map((c) => [c, '辽宁省'])),
  ...Object.fromEntries(['合肥', '芜湖'].map((c) => [c, '安徽省'])),
  武汉: '湖北省',
  成都: '四川省',
  西安: '陕西省',
  哈尔滨: '黑龙江省',
  长春: '吉林省',
  长沙: '湖南省',
  郑州: '河南省',
  昆明: '云南省',
  南宁: '广西壮族自治区',
  贵阳: '贵州省',
  南昌: '江西省',
  太原: '山西省',
  石家庄: '河北省',
  兰州: '甘肃省',
  ...OTHER_CITIES,
};

/** Customs districts named by their city (`深圳海关`, `上海海关`), and the two named otherwise. */
const CUSTOMS = new RegExp(`^(?:北京|天津|上海|重庆|${CITIES}|黄埔|拱北)海关`);

/** A city without 市, before a department of a known kind: `深圳工信局`, `珠海市场监管局`. */
const CITY_BODY = new RegExp(`^(${CITIES})(?!市(?!场))(?=(?:${STEMS})(?:厅|委员会|委|局))`);

/** The province, city and district a text is about: the ones its title or it names most often in full. */
export interface Home {
  readonly province?: string;
  readonly city?: string;
  /** A district or county whose bodies the text names (`鼓楼区科学技术局联合区卫生健康委员会`). */
  readonly district?: string;
}

const mostFrequent = (names: Iterable<string>): string | undefined => {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  let best: string | undefined;
  for (const [k, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = k;
  return best;
};
const matches = (text: string, pattern: RegExp): string[] => [...text.matchAll(pattern)].map((m) => m[0]);

/** 市 before a government or a body of a known kind: a city's name ends just before it. */
const CITY_MARK = new RegExp(`市(?=(?:人民)?政府|(?:${STEMS})(?:厅|委员会|委|局))`, 'g');

/**
 * Cities the text names with one of their bodies after a word boundary (`近日，镇江市卫生健康委员会`):
 * a city the list above lacks, written out as the text writes it, once per body.
 */
/**
 * Words before 市 that are no city's name: 各市, 全市, 本市, 城市, 省市 (各城市卫生健康委), a word
 * that opens a clause before the city (由深圳市 is 深圳市), and a clause that ends in such a word
 * before the level word 市 (明确由市经信局牵头, 已经市人民政府同意, 请径向市工信局反映): no city's
 * name ends in 由, 经 or 向, so the 市 there is the home city's; nor a joiner or a verb of a list
 * (`，会同市发展和改革委员会` is 会同 and the home city's commission, never a city 会同市), nor 报
 * (`于5月31日前报市卫生健康委`: reported to the home city's commission), 等 (`合肥、芜湖等市卫生健康委`
 * are several cities' commissions) or 发 (`日前转发市经济信息化委`), nor a conjunction or a preposition
 * (`，并按市财政局政府采购程序实施` is the home city's bureau, no city 并按市), nor opens with the rest of a
 * time word (`日前`, `日后`), nor is a verb of advice or action (`建议市卫健委会同…`, `推动市工信局…`).
 */
const NOT_CITY =
  /^(?:[前后]|各|全|本|该|我|其|每|城|省|地|县|区|直辖|计划单列|副省级|地级|县级|会同|联合|协同|配合|牵头|会商|商请|同意|组织|印发|建议|要求|推动|推进|支持|鼓励|督促|指导|协调|明确|加快|加强|积极|争取|呼吁|希望|需要|应当|尽快|统筹|负责|承担|落实|推荐|依托|[由与及据经在对将向从为于把被是了的并按依])|(?:城|[由与及据经在对将向从为于把被是了的给请各全本该每报等发并且按依])$/;
const citiesOfBodies = (text: string): string[] =>
  [...text.matchAll(CITY_MARK)].flatMap((m) => {
    const at = m.index;
    for (const n of [2, 3]) {
      const from = at - n;
      const name = text.slice(from, at);
      const bounded = BEFORE_PLACE.test(text.slice(Math.max(0, from - 2), from));
      if (from >= 0 && /^[\u4e00-\u9fff]+$/.test(name) && !NOT_CITY.test(name) && bounded)
        return [`${name}市`];
    }
    return [];
  });

/** A city written with 市 at the start of `rest`, unless the word names none (直辖市, 各市, 城市). */
const cityAt = (rest: string): string | undefined => {
  const city = CITY.exec(rest)?.[0];
  return city && !NOT_CITY.test(city.slice(0, -1)) ? city : undefined;
};

const BARE_CITY = new RegExp(`(?:北京|天津|上海|重庆|${CITIES})(?!市)`, 'g');
/**
 * A city the text writes only without 市 (`深圳出台…`, then `市工信局、发改委…`): the one city it names,
 * or the one its first line names, or the one it names clearly most often, three times or more and half
 * as often again as any other (a forum reprint whose first line is the board's, with its posters' and
 * neighbours' cities named once or twice); a guess among cities named about as often would put bodies
 * in the wrong city.
 */
const bareCity = (text: string, headline: string): string | undefined => {
  const only = (names: string[]): string | undefined =>
    new Set(names).size === 1 ? `${names[0]}市` : undefined;
  const named = matches(text, BARE_CITY);
  return only(named) ?? only(matches(headline, BARE_CITY)) ?? dominant(named);
};

/** The name among `names` written three times or more and half as often again as any other. */
const dominant = (names: readonly string[]): string | undefined => {
  const counts = [...new Set(names)].map((n) => [n, names.filter((m) => m === n).length] as const);
  const [first, second] = counts.sort((a, b) => b[1] - a[1]);
  return first && first[1] >= 3 && 2 * first[1] >= 3 * (second?.[1] ?? 0) ? `${first[0]}市` : undefined;
};

/**
 * Where a title or a document's name opens: after a reprint's mark (`【转帖】`, `[转载]`), `关于印发`
 * or a title mark (`《常州市…》`).
 */
const TITLE_OPENS = /(?:^|[《〈“"]|[】\]]|关于(?:印发|转发|发布)?)$/;
/** A known city in a title, with or without 市 (`深圳出台…`, `常州市…`). */
const TITLE_CITY = new RegExp(`(?:北京|天津|上海|重庆|${CITIES})(?!市场)`, 'g');
const TITLE_PROVINCE = new RegExp(`(?:${PROVINCES})(?:省|壮族自治区|回族自治区|维吾尔自治区|自治区)?`, 'g');

/**
 * The cities `title` names, without 市: a known city anywhere (`known`), and any name of two or three
 * characters before 市 where a title opens (`《镇江市促进…》`, `关于印发丽水市…的通知`).
 */
const titleCities = (title: string, known = true): string[] => [
  ...(known ? matches(title, TITLE_CITY) : []),
  ...[...title.matchAll(/市(?!场)/g)].flatMap((m) => {
    for (const n of [2, 3]) {
      const from = m.index - n;
      const name = title.slice(from, m.index);
      const opens = TITLE_OPENS.test(title.slice(0, from));
      if (from >= 0 && /^[\u4e00-\u9fff]+$/.test(name) && !NOT_CITY.test(name) && opens) return [name];
    }
    return [];
  }),
];

/** A city and the count of its bodies that issue together: `深圳四部门`, `常州市多部门`. */
const COUNTED_BODIES = new RegExp(
  `(?:北京|天津|上海|重庆|${CITIES})市?[一二两三四五六七八九十多\\d]+个?部门`,
  'g',
);

/** Any city written with 市 after a word boundary before the count of its bodies (`近日，镇江市四部门`). */
const countedCities = (text: string): string[] =>
  [...text.matchAll(/市(?=[一二两三四五六七八九十多\d]+个?部门)/g)].flatMap((m) => {
    for (const n of [2, 3]) {
      const from = m.index - n;
      const name = text.slice(from, m.index);
      const bounded = BEFORE_PLACE.test(text.slice(Math.max(0, from - 2), from));
      if (from >= 0 && /^[\u4e00-\u9fff]+$/.test(name) && !NOT_CITY.test(name) && bounded) return [name];
    }
    return [];
  });

/** The one place `names` holds, in the form its bodies are written with (`深圳` -> `深圳市`). */
const onePlace = (names: readonly string[], city: boolean): string | undefined => {
  const full = new Set(names.map((n) => (city ? `${n}市` : fullPlace(n, undefined))));
  return full.size === 1 ? [...full][0] : undefined;
};

/** Titles of documents the text names (`《镇江市促进高端医疗器械产业发展若干措施》`): a city opening one is named. */
const DOCUMENT_TITLE = /《([^《》]{4,60})》/g;

/** A district or county a title opens with (`《余杭区医疗器械产业扶持政策》`), not a region (长三角区域, 大湾区). */
const TITLE_DISTRICT =
  /^([\u4e00-\u9fff]{2,3}?(?<![角域湾园地片城景商郊社校港岸])(?:新区|区|县))(?!域|块|间|别|分)/;

/** A district or county named with one of its bodies after a word boundary (`，鼓楼区科学技术局`). */
const districtsOfBodies = (text: string): string[] =>
  [...text.matchAll(/(?:新区|区|县)/g)].flatMap((m) => {
    for (const n of [2, 3, 4]) {
      const from = m.index - n;
      if (from < 0 || !BEFORE_PLACE.test(text.slice(Math.max(0, from - 2), from))) continue;
      const body = districtBodyAt(text.slice(from, from + 24));
      if (body && body.length > n + m[0].length) return [text.slice(from, m.index + m[0].length)];
    }
    return [];
  });

const CITY_OF_PROVINCE = new RegExp(`(?:${Object.keys(PROVINCE_OF_CITY).join('|')})市`, 'g');
/**
 * The one province of the cities a text names with 市, twice or more (`南京市、苏州市科技局` in a notice of
 * `省科技厅` that never names 江苏): none when they lie in two provinces.
 */
const provinceOfCities = (text: string): string | undefined => {
  const named = matches(text, CITY_OF_PROVINCE);
  const provinces = new Set(named.map((c) => PROVINCE_OF_CITY[c.slice(0, -1)]));
  return named.length >= 2 && provinces.size === 1 ? [...provinces][0] : undefined;
};

/**
 * The home of a (normalised) text, for reading `省政府` as 浙江省人民政府 and `市卫生健康委` as the city's;
 * `headline` is its first line and the first line that announces the document, normalised; `title`
 * the plan's own title and `numbered` the province a document number near the top names (苏科社发 is
 * 江苏省's). The one city (or province) the title names comes first, then the headline's: a news
 * item or a forum reprint names other places in passing (`上海、广州也有类似政策`), its title names its own.
 */
export const homePlace = (text: string, headline = '', title = '', numbered?: string): Home => {
  const titleProvince = onePlace(matches(title, TITLE_PROVINCE), false);
  const province =
    titleProvince ??
    mostFrequent(
      matches(text, new RegExp(`(?:${PROVINCES})(?:省|壮族自治区|回族自治区|维吾尔自治区|自治区)`, 'g')),
    ) ??
    numbered;
  const named = matches(text, new RegExp(`(?:北京|天津|上海|重庆|${CITIES})市`, 'g'));
  // `《镇江市促进…措施》`: the city a document's title opens with, named as surely as one with its bodies.
  const titled = [...text.matchAll(DOCUMENT_TITLE)].flatMap((m) =>
    titleCities(m[1] ?? '', false).map((c) => `${c}市`),
  );
  const city =
    onePlace(titleCities(title), true) ??
    onePlace(
      [...matches(text, COUNTED_BODIES), ...countedCities(text)].map((c) =>
        c.replace(/市?[一二两三四五六七八九十多\d]+个?部门$/, ''),
      ),
      true,
    ) ??
    onePlace(titleCities(headline), true) ??
    mostFrequent([...named, ...citiesOfBodies(text), ...titled]) ??
    bareCity(text, headline);
  // A city's text that never names its province in full still means it by `省`.
  const ofCity = province ?? PROVINCE_OF_CITY[city?.slice(0, -1) ?? ''] ?? provinceOfCities(text);
  const titledDistricts = [title, ...[...text.matchAll(DOCUMENT_TITLE)].map((m) => m[1] ?? '')].flatMap(
    (t) => TITLE_DISTRICT.exec(t)?.[1] ?? [],
  );
  const district = mostFrequent([
    ...districtsOfBodies(text),
    ...titledDistricts.filter((d) => !NOT_DISTRICT.test(d)),
  ]);
  return {
    ...(ofCity ? { province: ofCity } : {}),
    ...(city ? { city } : {}),
    ...(district ? { district } : {}),
  };
};

/** A local body at an offset: how long it is written, and its name (without its office, with its place). */
export interface LocalBody {
  readonly length: number;
  readonly name: string;
  /**
   * A bare level word's body in a text that never says which place it is (`由省工业和信息化厅牵头` in a
   * section of a provincial plan): named as written, and one plan's own (two texts' 省工业和信息化厅 may be
   * two provinces').
   */
  readonly placeless?: true;
}

/**
 * Short names of local bodies and their full names, so that a header's `省发改委` and a signature's
 * `浙江省发展和改革委员会` are one node. Longest first where one short name holds another.
 */
const FULL_NAMES: readonly (readonly [RegExp, string])[] = [
  [/^(?:发展改革委|发改委)$/, '发展和改革委员会'],
  [/^(?:经信委|经济信息化委)$/, '经济和信息化委员会'],
  [/^经信厅$/, '经济和信息化厅'],
  [/^经信局$/, '经济和信息化局'],
  [/^工信厅$/, '工业和信息化厅'],
  [/^工信局$/, '工业和信息化局'],
  [/^科技厅$/, '科学技术厅'],
  [/^科技局$/, '科学技术局'],
  [/^(?:科技创新委|科创委)$/, '科技创新委员会'],
  [/^科创局$/, '科技创新局'],
  [/^国资委$/, '国有资产监督管理委员会'],
  [/^管委会$/, '管理委员会'],
  [/^工信委$/, '工业和信息化委员会'],
  [/^发改局$/, '发展和改革局'],
  [/^卫健局$/, '卫生健康局'],
  [/^(?:人社局|人力资源社会保障局)$/, '人力资源和社会保障局'],
  [/^(?:住建局|住房城乡建设局)$/, '住房和城乡建设局'],
  [/^(?:卫健委|卫生健康委)$/, '卫生健康委员会'],
  [/^(?:药监局|药品监管局)$/, '药品监督管理局'],
  [/^(?:食药监局|食品药品监管局)$/, '食品药品监督管理局'],
  [/^市场监管局$/, '市场监督管理局'],
  [/^(?:人社厅|人力资源社会保障厅)$/, '人力资源和社会保障厅'],
  [/^住房城乡建设厅$/, '住房和城乡建设厅'],
  [/^住建厅$/, '住房和城乡建设厅'],
  [/^医保局$/, '医疗保障局'],
  [/^(?:卫生计生委|卫计委)$/, '卫生和计划生育委员会'],
  [/^疾控局$/, '疾病预防控制局'],
  [/^中医药局$/, '中医药管理局'],
  [/^应急厅$/, '应急管理厅'],
  [/^应急局$/, '应急管理局'],
  [/^质监局$/, '质量技术监督局'],
  [/^数据资源局$/, '数据资源管理局'],
  [/^安监局$/, '安全生产监督管理局'],
  [/^科委$/, '科学技术委员会'],
  [/^投促局$/, '投资促进局'],
];

/** The full name of a body's short name (`发改委` -> `发展和改革委员会`); other names as written. */
export const fullBodyName = (body: string): string =>
  FULL_NAMES.find(([short]) => short.test(body))?.[1] ?? body;

/**
 * A government is named `<place>人民政府` however the text writes it (浙江省政府 is 浙江省人民政府), a
 * department by its full name (浙江省经信委 is 浙江省经济和信息化委员会).
 */
const bodyName = (place: string, body: string): string =>
  /^(?:人民)?政府/.test(body) ? `${place}人民政府` : place + fullBodyName(body);

/** A place as its bodies are named: `浙江` -> `浙江省`, `上海` -> `上海市`, a city without 市 with it. */
const fullPlace = (written: string, city: string | undefined): string => {
  if (city) return `${city}市`;
  if (/(?:省|市|自治区)$/.test(written)) return written;
  if (/^(?:北京|天津|上海|重庆)$/.test(written)) return `${written}市`;
  return /^(?:内蒙古|广西|西藏|宁夏|新疆)$/.test(written) ? written : `${written}省`;
};

/** A district or county (`余杭区`, `浦东新区`, `长兴县`): two to four characters and 区, 新区 or 县. */
const DISTRICT = /^[\u4e00-\u9fff]{2,4}?(?:新区|区|县)/;
/** Words before 区 or 县 that name no district: 各区, 全县, 自治区, 示范区, 园区, 城区, 市区. */
const NOT_DISTRICT =
  /^(?:各|全|本|该|我|其|每|自治|示范|试验|开发|先行|地|城|社|园|市|省|县|区|会同|联合|协同|配合|牵头|[由与及据经在对将向从为于把被是了的])/;
/**
 * A district's government or body, of a known kind or with 和 in its name (科技和经济委员会), or a new
 * district's 管理委员会: a district's own name says too little to take any word ending in 局 for one.
 */
const DISTRICT_BODY = new RegExp(
  `^(?:(?:人民)?政府|(?:${STEMS}|[\u4e00-\u9fff]{2,4}和[\u4e00-\u9fff]{2,4})(?:局|委员会|委)|管理委员会|管委会)`,
);

/** The home district when a bare level word names its kind (`区` for 鼓楼区, `县` for 长兴县). */
const districtOf = (home: Home, level: string | undefined): string | undefined =>
  level && home.district?.endsWith(level) ? home.district : undefined;

/** What stands before an item of a list: a separator or a joiner. */
const LIST_MARK = /(?:[、，,；;和及与]|联合|会同)$/;
/**
 * A body of any kind after a bare level word, closed by what follows an item of a list (another
 * separator, 等, a joiner or the verb of issue): `市低空经济发展局、`, `省低空经济发展办公室等`.
 */
const LISTED_BODY =
  /^(?:(?![的等在对将要为是了和与及])[\u4e00-\u9fff]){2,10}?(?:委员会|办公室|局|委|厅|办)(?=$|[、，,；;和及与等]|联合|会同|印发|发布|关于)/;

/**
 * A body of a known kind written after its government (`省政府国资委`, `市人民政府国资委`): the body, not
 * the government, is named.
 */
const governmentBody = (rest: string): string | undefined => {
  const body = BARE_BODY.exec(rest)?.[0];
  return body && !/^(?:人民)?政府/.test(body) ? body : undefined;
};

/** An agency named 署 of a known kind (`深圳市投资推广署`): only with its stem, since 部署 is a verb. */
const AGENCY = new RegExp(`^(?:${STEMS})署`);

/** The district body at the start of `rest` (`鼓楼区卫生健康委员会`), named in full. */
const districtBodyAt = (rest: string): LocalBody | undefined => {
  const district = DISTRICT.exec(rest)?.[0];
  if (!district || NOT_DISTRICT.test(district)) return undefined;
  const body = DISTRICT_BODY.exec(rest.slice(district.length))?.[0];
  if (!body) return undefined;
  return { length: district.length + body.length, name: bodyName(district, body) };
};

const NO_BREAKS: ReadonlySet<number> = new Set();
/**
 * A character every body's name holds (局, 委, 厅, 办, 署, 处, 室 of the SAR's bodies, 府 of 政府, 关 of
 * 海关; 部, 院, 司 to spare): a window of text without one names no body. A kind of body named without
 * any of them needs its character here.
 */
const BODY_END = /[局署处室关府厅委会办部院司]/;

/** A place's name never runs over a line break (`帖子⏎市工信局` names no city 帖子市). */
const unbrokenAt = (
  place: string | undefined,
  i: number,
  breaks: ReadonlySet<number>,
): string | undefined => {
  if (!place) return undefined;
  for (let k = 1; k < place.length; k++) if (breaks.has(i + k)) return undefined;
  return place;
};

/**
 * The local government or department written at `i` of `text` (normalised), if any; `省政府` and
 * `省经信委` are the home province's when the text names one. `breaks` holds the offsets where a
 * line of the original text starts.
 */
export const localBodyAt = (
  text: string,
  i: number,
  home: Home = {},
  afterBody = false,
  breaks: ReadonlySet<number> = NO_BREAKS,
): LocalBody | undefined => {
  const rest = text.slice(i, i + 24);
  // `创新科技及工业局`, `社会福利署`, `香港药物及医疗器械监督管理中心`: a SAR government's body, named
  // without its place (looked up by its first character first).
  const sar = sarBodyAt(rest);
  if (sar) return sar;
  // This runs at every character of every sentence; most windows hold no body's ending at all.
  if (!BODY_END.test(rest)) return undefined;
  // `經濟部產業發展署`, `衛福部食藥署`: a Taiwanese ministry or agency, named officially.
  const taiwan = taiwanBodyAt(rest, text.slice(Math.max(0, i - 2), i));
  if (taiwan) return taiwan;
  // `深圳海关`: a customs district of the General Administration of Customs, named by its city.
  const customs = rest.includes('海关') ? CUSTOMS.exec(rest)?.[0] : undefined;
  if (customs) return { length: customs.length, name: customs };
  const province = unbrokenAt(PROVINCE.exec(rest)?.[0], i, breaks);
  // A province written in full (浙江省) is a name wherever it stands (a title line runs into the
  // next line once normalised); a bare province or a city needs a word boundary before it, which
  // the end of a body is where a header sets names side by side (`市工业和信息化局 市发展和改革委员会`),
  // and so is a line's start (a headline without its full stop runs into the next line's `省经信委`).
  const boundary = afterBody || breaks.has(i) || BEFORE_PLACE.test(text.slice(Math.max(0, i - 2), i));
  const bare = boundary ? /^[省市区县]/.exec(rest)?.[0] : undefined;
  const bareHome = bare === '省' ? home.province : bare === '市' ? home.city : districtOf(home, bare);
  // Without a home the level word itself names the place: the body is surely a department, only not
  // surely whose.
  // `各辖市、区人民政府`, `各区卫生健康局、区人民政府` are every district's bodies, no one body.
  const every = /各[^。；;：:，,]*$/.test(text.slice(Math.max(0, i - 24), i));
  const level = bare && !province && (bareHome || !every) ? (bareHome ?? bare) : undefined;
  const placeless = bareHome ? {} : { placeless: true as const };
  if (bare && level) {
    const tail = rest.slice(1);
    const body = bare === '区' || bare === '县' ? DISTRICT_BODY.exec(tail) : BARE_BODY.exec(tail);
    if (body) {
      const research = RESEARCH_OFFICE.exec(tail);
      if (research) return { length: 1 + research[0].length, name: `${level}人民政府研究室`, ...placeless };
      const gov = GOVERNMENT.exec(tail);
      const under = gov ? governmentBody(tail.slice(gov[0].length)) : undefined;
      if (gov && under)
        return { length: 1 + gov[0].length + under.length, name: bodyName(level, under), ...placeless };
      return { length: 1 + (gov?.[0] ?? body[0]).length, name: bodyName(level, body[0]), ...placeless };
    }
    // `市工信局、市低空经济发展局等五部门`: a body of a kind the stems lack, inside a list.
    const listed =
      afterBody || LIST_MARK.test(text.slice(Math.max(0, i - 2), i)) ? LISTED_BODY.exec(tail) : null;
    if (
      listed &&
      !NOT_BODY.test(listed[0]) &&
      !NOT_GOVERNMENT.test(listed[0]) &&
      !/^[场级区县内外委属直民]/.test(listed[0])
    )
      return { length: 1 + listed[0].length, name: bodyName(level, listed[0]), ...placeless };
  }
  const city = boundary ? unbrokenAt(CITY_BODY.exec(rest)?.[1], i, breaks) : undefined;
  const written =
    province && /(?:省|市|自治区)$/.test(province)
      ? province
      : boundary
        ? (province ?? city ?? unbrokenAt(cityAt(rest), i, breaks))
        : undefined;
  if (!written) return boundary ? districtBodyAt(rest) : undefined;
  const after = rest.slice(written.length);
  const place = fullPlace(written, city);
  const district = districtBodyAt(after);
  if (district) return { length: written.length + district.length, name: place + district.name };
  const research = RESEARCH_OFFICE.exec(after);
  if (research) return { length: written.length + research[0].length, name: `${place}人民政府研究室` };
  const gov = GOVERNMENT.exec(after);
  const under = gov ? governmentBody(after.slice(gov[0].length)) : undefined;
  if (gov && under)
    return { length: written.length + gov[0].length + under.length, name: bodyName(place, under) };
  if (gov) return { length: written.length + gov[0].length, name: bodyName(place, gov[1] ?? '') };
  const body = WITH_AND.exec(after) ?? AGENCY.exec(after) ?? BODY.exec(after);
  // No body's name holds another place's (`本报吉林讯吉林省人民政府办公厅` names no body 讯吉林省…厅).
  if (!body || NOT_BODY.test(body[0]) || NOT_GOVERNMENT.test(body[0]) || /省|政府/.test(body[0]))
    return undefined;
  return { length: written.length + body[0].length, name: bodyName(place, body[0]) };
};

/**
 * A body written without its place right after a list separator that follows a body of `place`
 * (`深圳市工业和信息化局、发展和改革委员会、科技创新委员会`): the list names the place once.
 */
export const sharedPlaceBodyAt = (text: string, i: number, place: string): LocalBody | undefined => {
  const rest = text.slice(i, i + 16);
  const body = WITH_AND.exec(rest) ?? BARE_BODY.exec(rest);
  if (!body || /^(?:人民)?政府/.test(body[0])) return undefined;
  return { length: body[0].length, name: bodyName(place, body[0]) };
};

/** The place a local body's name opens with (`深圳市` of 深圳市工业和信息化局). */
export const placeOf = (name: string): string | undefined => /^.{2,8}?(?:省|市|自治区)/.exec(name)?.[0];
