// The local government a document number names: provincial numbers open with the province's one-character
// name and the government's code (浙政办发〔2012〕16号, 鲁政字〔2023〕162号, 粤府办〔2021〕9号). The registry's
// docPrefixes cover the State Council's bodies; these cover the provinces. Pure.

/** One-character names of the provinces, with the name their bodies are written with. */
const PROVINCE_OF: Readonly<Record<string, string>> = {
  京: '北京市',
  津: '天津市',
  沪: '上海市',
  渝: '重庆市',
  冀: '河北省',
  晋: '山西省',
  辽: '辽宁省',
  吉: '吉林省',
  黑: '黑龙江省',
  苏: '江苏省',
  浙: '浙江省',
  皖: '安徽省',
  闽: '福建省',
  赣: '江西省',
  鲁: '山东省',
  豫: '河南省',
  鄂: '湖北省',
  湘: '湖南省',
  粤: '广东省',
  琼: '海南省',
  川: '四川省',
  黔: '贵州省',
  云: '云南省',
  陕: '陕西省',
  甘: '甘肃省',
  青: '青海省',
  桂: '广西壮族自治区',
  宁: '宁夏回族自治区',
  新: '新疆维吾尔自治区',
};

/** `浙政办发`, `鲁政字`, `粤府办`, `苏政发`: a province, then its government's (or general office's) code. */
const GOVERNMENT_CODE = /^(.)(?:政办?(?:发|字|函|明电|规)|府办?(?:函|发)?)$/;

/**
 * The government a document number's prefix names, if it is a province's.
 * @example localIssuerOfPrefix('浙政办发') // '浙江省人民政府'
 */
export const localIssuerOfPrefix = (prefix: string): string | undefined => {
  const province = PROVINCE_OF[GOVERNMENT_CODE.exec(prefix)?.[1] ?? ''];
  return province ? `${province}人民政府` : undefined;
};

/** `惠府办`, `江府函`, `穗府`: one character of a city, then its government's (or general office's) code. */
const CITY_GOVERNMENT_CODE = /^([\u4e00-\u9fff])(?:府办?(?:函|发|字|规)?|政办?(?:发|函|字|规))$/;

/**
 * The government of the text's own city when a document number's prefix opens with that city's first
 * character (惠府办〔2022〕15号 in a notice about 惠州市). A city's one-character code says nothing on its
 * own (江 is 江门 and a river); read against the city the text names, it names that city's government.
 * @example cityIssuerOfPrefix('惠府办', '惠州市') // '惠州市人民政府'
 */
export const cityIssuerOfPrefix = (prefix: string, city: string | undefined): string | undefined => {
  const initial = CITY_GOVERNMENT_CODE.exec(prefix)?.[1];
  return initial && city?.startsWith(initial) ? `${city}人民政府` : undefined;
};

/**
 * The province a local document number opens with (`苏科社发` is 江苏省's, `皖经信提函` 安徽省's): a
 * provincial body's notice or reply that writes itself `省科技厅` and never names its province in full.
 * @example provinceOfPrefix('苏科社发') // '江苏省'
 */
export const provinceOfPrefix = (prefix: string): string | undefined => PROVINCE_OF[prefix[0] ?? ''];
