// Head nouns per label (装备 -> Equipment, 芯片 -> Component, 材料 -> Material) and the checks that
// decide whether a word ends in one: the last word of a term names what the term is.
import type { DiscoveryConfig } from '../types';
import type { Word } from './segmenter';

export type TermLabel = 'Equipment' | 'Component' | 'Material';

export interface HeadHit {
  readonly label: TermLabel;
  readonly head: string;
}

export interface HeadIndex {
  /** The head that the text ending at `to` ends with, if the word there really is that head. */
  readonly at: (text: string, word: Word) => HeadHit | undefined;
}

/**
 * Heads of devices and parts named by what they do (`血液透析器`, `心脏起搏器`, `手术切割刀`,
 * `超声换能器`), besides the configured ones; verbs ending in 刀 (`开刀`) are no heads.
 */
const SHAPE_HEADS: readonly HeadHit[] = [
  ...['透析器', '起搏器', '氧合器', '吻合器', '灌流器', '除颤器', '矫形器', '刀']
    // Home and eldercare devices named by what they measure or where they are worn (`电子血压计`,
    // `红外额温枪`, `心电监测手环`).
    .concat(['压计', '温计', '糖计', '温枪', '手环'])
    // Implants named by their kind (`牙种植体`, `髋关节假体`, `椎间融合器`, `房间隔封堵器`, `镁合金骨钉`,
    // `疝修补片`, `可吸收缝合线`, `角膜接触镜`, `隐形矫治器`).
    .concat(['植体', '假体', '融合器', '封堵器', '骨钉', '髓内钉', '补片', '缝合线', '接触镜', '矫治器'])
    // Consumables of infusion, puncture and intervention, named by what they do (`一次性使用输液器`,
    // `动静脉内瘘穿刺针`, `静脉留置针`, `超滑导丝`).
    .concat(['输液器', '注射器', '穿刺针', '留置针', '导丝'])
    // Devices of the ward and of transport that the dictionary writes as one word, named by their kind
    // (`婴儿培养箱`, `新生儿转运暖箱`, `手术无影灯`, `负压救护车`); other boxes, lamps and vehicles are none.
    .concat(['培养箱', '暖箱', '无影灯', '救护车'])
    // Sterilizers and disinfectors, named by what they do (`过氧化氢低温等离子灭菌器`, `全自动清洗消毒器`).
    .concat(['灭菌器', '消毒器'])
    // Furniture and fittings of the operating room, named by their kind (`电动液压手术床`, `医用吊塔`), and
    // wearables named as watches (`无创血糖监测手表`, `智能手表`), as 手环 above.
    .concat(['手术床', '吊塔', '手表'])
    // Lines that carry a patient's blood or breath (CIRCUIT_LINE: `血液透析管路`, `呼吸器管路`), consumables of
    // their own; a building's pipes (`医用气体管路`, `供水管路`) are none.
    .concat(['管路'])
    // Powered bone drills (`电动骨钻`), and workstations of a medical work (MEDICAL_WORKSTATION; a
    // `常州工作站` is an office).
    .concat(['骨钻', '工作站'])
    // Aids that replace or drive a limb, named by their kind (`动力膝关节假肢`, `智能仿生手`); not 外骨骼, which
    // modifies as often as it names (`外骨骼康复机器人`).
    .concat(['假肢', '仿生手'])
    .map((head) => ({ label: 'Equipment' as const, head })),
  // Parts named by what they do to current, heat, gas or fluid inside a machine (`模数转换器`,
  // `高压变压器`, `二氧化碳吸收器`, `流量调节器`), and circuits (`发射与接收电路`, `专用集成电路`).
  ...['换能器', '转换器', '变压器', '继电器', '散热器', '逆变器', '稳压器', '适配器', '加热器', '冷凝器']
    .concat(['蒸发器', '吸收器', '过滤器', '调节器', '接收器', '发射器', '电路', '层', '模块'])
    // Units of a machine named by what they drive, measure or carry (`步进电机驱动单元`, `惯性测量单元`,
    // `动力单元`); other units (`教学单元`, `基本单元`) are none (PART_UNIT).
    .concat(['单元'])
    // Parts of electronics and of the sound and motion a device senses (`热敏电阻`, `锂电池组`,
    // `MEMS加速度计`, `MEMS麦克风`). Not 器件 or 元件, which end devices' names too, nor 显示器 (`医用显示器` is a
    // device).
    .concat(['电容', '电阻', '电感', '晶振', '电池组', '加速度计', '磁力计', '麦克风', '扬声器', '蜂鸣器'])
    // A battery pack, named whole (`腰间的电池包`), and a flowmeter (`电子流量计`): a part of the anaesthesia
    // machine or ventilator that meters its gas; a peak flowmeter is a device.
    .concat(['电池包', '流量计'])
    // Parts that only machines have, named by their kind: an X-ray tube's target (`旋转阳极靶盘`), an
    // endoscope's light guide and its pull wires (`光纤导光束`, `钨丝牵引线`, `钨丝牵引绳`), a robot's cable
    // drive (`不锈钢丝绳`), lenses and diaphragms (`声透镜`, `平衡腔膜片`), sheaths and cuffs' bladders
    // (`外护套`, `TPU气囊`), motors (`伺服马达`), a stapler's cartridge (`腔镜切割吻合器钉仓`), a humidifier
    // and a hearing aid's receiver (`湿化器`, `微型受话器`).
    .concat(['靶盘', '导光束', '传像束', '光纤束', '牵引线', '牵引绳', '牵引钢丝', '丝绳', '透镜', '膜片'])
    .concat(['护套', '气囊', '马达', '钉仓', '湿化器', '受话器'])
    // Panels, tanks and consoles of a machine (`非晶硅TFT面板`, `按键面板`, `变温水箱`, `医生控制台`) and the
    // radiopaque markers of a catheter or a stent (`铂金标记带`, `钽显影标记`, `显影环`).
    .concat(['面板', '水箱', '控制台', '显影环', '显影标记', '标记带'])
    // Chips named by their Latin kind after what they do (`主控MCU`, `电源管理IC`, `读出ASIC`); the text
    // read is lower-cased.
    .concat(['mcu', 'soc', 'fpga', 'dsp', 'asic', 'ic'])
    .map((head) => ({ label: 'Component' as const, head })),
];
const SHAPE_NOT_HEADS = ['开刀', '动刀', '挨刀', '一刀', '菜刀', '刀刀']
  // A prototype (`光子计数CT工程样机`, `教学样机`, `原理样机`) is one machine built or shown, no kind of machine.
  .concat(['样机']);
/** Endoscopes named by the organ or cavity they look into, or by their tube (`胃镜`, `支气管镜`, `电子胃肠镜`,
 * `宫腔镜`, `纤维内镜`, `输尿管软镜`): a device. Other lenses are parts or no medical things (`物镜`, `透镜`,
 * `反射镜`, `眼镜`), and a microscope keeps its own head (显微镜 ends in 镜 too, but not here). */
const ENDOSCOPE =
  /(?:内|窥|腹腔|宫腔|胸腔|胃|肠|支气管|喉|鼻|鼻窦|膀胱|输尿管|肾|关节|胆道|胆管|阴道|脑室|椎间孔|软|硬)镜$/;
/**
 * Devices a single word names whole: an endoscope by its organ (`胃镜`, `支气管镜`), or a device named by what
 * it does (`透析器`, `吻合器`, `起搏器`, `除颤器`), as a tender or a feature writes them without a modifier.
 * Not 软镜 and 硬镜 alone: short names a text gives its longer ones (`硬管式内窥镜（硬镜）`).
 * Not the oxygenator, which the field names as ECMO's part as often as a device of its own, nor the
 * syringe, which a syringe pump holds as its part (`注射泵的注射器`); consumables of infusion and
 * puncture (`输液器`, `穿刺针`, `留置针`, `导丝`) are devices alone.
 */
const WHOLE_DEVICE =
  /^(?:(?:胃|肠|喉|鼻|内|支气管|膀胱|输尿管|关节|宫腔|腹腔|胆道|结肠|十二指肠|胸腔)镜|透析器|吻合器|起搏器|除颤器|灌流器|输液器|穿刺针|留置针|导丝)$/;

/** True when `term` is a device that one word names whole (`胃镜`, `透析器`): no modifier needed. */
export const wholeDevice = (term: string): boolean => WHOLE_DEVICE.test(term);

/**
 * The endoscope head of the text ending at `word` (`电子胃肠|镜`, `纤维内镜`), for head-noun terms only: in
 * lists an endoscope also modifies a shared head (`腹腔镜和血管介入手术机器人`, `关节镜和宫腔镜系统`), which
 * the list readers decide without it.
 */
export const endoscopeAt = (text: string, word: Word): HeadHit | undefined =>
  text.charAt(word.to - 1) === '镜' && ENDOSCOPE.test(text.slice(0, word.to))
    ? { label: 'Equipment', head: '镜' }
    : undefined;
/** Workstations named by the medical work done at them (`麻醉工作站`, `图像重建工作站`). */
const MEDICAL_WORKSTATION = /(?:麻醉|影像|图像|重建|后处理|诊断|超声|内镜|放疗|计划|监护)工作站$/;
/** Lines of blood or breath a patient is connected by (`血液透析管路`, `呼吸器管路`). */
const CIRCUIT_LINE = /(?:血液|透析|血路|回路|体外循环|血液净化|呼吸器|呼吸机|麻醉)管路$/;
/** What a pump gives the patient (`输液泵`, `注射泵`, `胰岛素泵`, `镇痛泵`): such a pump is the device the
 * patient is treated with, not a part of a machine (`血泵`, `离心泵`). */
const THERAPY_PUMP = /(?:输液|注射|输注|胰岛素|镇痛|营养)泵$/;
/** A membrane named by what it does in a device (`透析膜`, `氧合膜`, `疏水滤膜`, `扩散限制膜`) is a part of
 * it; one named by its polymer (`聚酰亚胺薄膜`) stays a material. */
const FUNCTION_MEMBRANE = /(?:透析|氧合|氧合器|滤|过滤|分离|交换|限制|半透|隔离|阻隔|相容性)膜$/;
/** Layers of a device named by their role (`编织层`, `导电层`, `匹配层`, `酶层`); not 基层, 阶层, 层面. */
const PART_LAYER =
  /(?:编织|导电|绝缘|屏蔽|匹配|背衬|酶|闪烁体|闪烁|反射|隔离|粘接|过渡|敏感|感光|吸收|压电|电极)层$/;

/**
 * Electronic parts the field writes by their Latin abbreviation alone (`FPGA`, `GPU`, `SiPM`, `IGBT`):
 * chips, photodetectors, power switches, displays. Not MEMS (a process), nor materials (`SiC`, `GaN`),
 * nor machines (`CT`, `PET`).
 */
const LATIN_PART =
  /^(?:FPGA|CPLD|GPU|CPU|MCU|DSP|ASIC|SoC|ADC|DAC|AFE|PMIC|SiPM|MPPC|APD|SPAD|PMT|CCD|CMOS|IGBT|MOSFET|LDO|LED|OLED|LCD|TFT|PCB|PCBA|PLC|DDR|SRAM|DRAM|NAND|EEPROM)$/i;

/** True when `name` is an electronic part written by its Latin abbreviation alone. */
export const latinPart = (name: string): boolean => LATIN_PART.test(name);

/**
 * Machines the field writes by their Latin abbreviation alone (`DR`, `DSA`, `CBCT`, `CRRT`, `CGM`): imaging,
 * life support and monitoring. Not PET (also a plastic), nor abbreviations of exams or fields (`ECG`, `IVD`,
 * `POCT`), nor the curated CT, MR and ECMO, which the lexicon reads.
 */
const LATIN_DEVICE = /^(?:DR|DSA|CBCT|SPECT|OCT|IVUS|PACS|CGM|AED|CPAP|BiPAP|IABP|CRRT|LVAD)$/i;

/** True when `name` is a machine written by its Latin abbreviation alone. */
export const latinDevice = (name: string): boolean => LATIN_DEVICE.test(name);

/** Words of a sentence about parts (`主控采用MCU`, `FPGA依赖进口`): a chip's Latin name there is a part. */
const PART_CONTEXT =
  /部件|器件|元件|芯片|模块|电路|主控|采用|搭载|集成|内置|配备|配套|依赖|进口|国产|供应|供货|替代|处理|读出|驱动/;

/** True when sentence `s` speaks of parts. */
export const partContext = (s: string): boolean => PART_CONTEXT.test(s);

/** Modules of a machine named by the hardware or the function they carry (`蓝牙模块`, `电源模块`,
 * `血氧模块`, `探测器模块`; the text read is lower-cased); not 功能模块, 软件模块 or a course's 教学模块. */
const PART_MODULE =
  /(?:蓝牙|无线|通信|通讯|射频|电源|供电|电池|显示|定位|wifi|wi-fi|4g|5g|探测器|探测|检测|监测|报警|温控|控制|驱动|采集|传感|心电|血氧|血压|体温|呼吸|分离|合成|发射|接收|成像|光学|激光|照明|电路|存储|相机|摄像|加热|制冷|散热)模块$/;

/** Units of a machine named by the work they do (`驱动单元`, `惯性测量单元`, `动力单元`, `控制单元`). */
const PART_UNIT =
  /(?:驱动|动力|测量|控制|处理|检测|探测|监测|采集|传感|电源|供电|发射|接收|成像|照明|加热|制冷|冷却|散热|运算|计算|存储|执行|触发|泵送|反应)单元$/;

/**
 * Parts that the field names by a bare noun of their own, with no head of a part (芯片, 阀, 电机) to say so:
 * the vocabulary of what devices are made of, as the head nouns are, by kind of device. Alone in prose
 * most of them read as parts too, but some are also a place or a shape (`弯曲部`, `阳极`, `叶片`), so they
 * are read only where the text already speaks of parts: a list of parts or of a device's own things, a
 * thing of a device (`X的A`). Not nouns that as often name a device (`球囊`, `施源器`, `电离室`, `混合器`) or
 * a channel of data (`通道`).
 */
const PART_NOUNS = [
  // Rotors, drives and gears of pumps, fans and robots (`叶轮`, `柔轮`, `刚轮`, `波发生器`, `蠕动指`).
  ...[
    '叶轮',
    '转子',
    '定子',
    '滚轮',
    '柔轮',
    '刚轮',
    '波发生器',
    '凸轮轴',
    '蠕动指',
    '丝杆',
    '推杆',
    '换向器',
  ],
  ...['碳刷', '活塞', '柱塞', '泵壳', '泵门', '叶片'],
  // Cryogenics of a magnet (`冷头`, `冷屏`, `杜瓦`) and tubes and beams of X-ray and radiotherapy machines
  // (`管壳`, `阴极灯丝`, `电子枪`, `均整器`, `加速腔`, `降能器`).
  ...['冷头', '冷屏', '杜瓦', '管壳', '灯丝', '电子枪', '均整器', '加速腔', '降能器', '栅板', '四极杆'],
  // Fluidics and optics of analysers (`加样针`, `鞘流池`, `反应盘`, `滤光片`, `二向色镜`).
  ...['加样针', '样本针', '试剂针', '流动池', '鞘流池', '反应杯', '反应盘', '孵育盘', '搅拌杆', '暗室'],
  ...['氙灯', '卤素灯', '滤光片', '二向色镜', '棱镜', '镜片', '窗片', '振镜', '摄像头'],
  // Hydraulics of dialysis, ventilation and extracorporeal circulation (`平衡腔`, `热交换器`).
  ...['平衡腔', '热交换器', '漏血检测器', '气泡检测器', '空氧混合器', '储药器', '水阱', '湿化瓶'],
  // Pieces of endoscopes and surgical robots (`蛇骨`, `插入部`, `器械臂`, `主手`).
  ...['蛇骨', '弯曲部', '插入部', '先端部', '操作部', '插入管', '器械臂', '主手', '刀头'],
  // Pieces of implants and of a stapler (`股骨柄`, `髋臼内衬`, `瓣叶`, `抵钉座`).
  ...['股骨柄', '股骨头', '内衬', '瓣叶', '瓣架', '接受腔', '缝钉', '抵钉座'],
  // Housings, covers and fittings (`端盖`, `帽体`, `罩体`, `中框`), and the array of a transducer (`阵元`).
  ...['端盖', '帽体', '罩体', '舱体', '腔体', '针体', '中框', '插头', '观察窗', '垫片', '阵元', '床板'],
  // Accessories of a monitor (`袖带`, `导联线`), boards of a console (`主板`, `显示屏`), a gradient
  // cabinet and a target (`梯度柜`, `钨靶`), and the pieces of an infusion set (`滴斗`, `肝素帽`).
  ...['袖带', '心电导联线', '导联线', '主板', '显示屏', '梯度柜', '钨靶', '湿化罐', '滴斗', '肝素帽'],
];
const PART_NOUN = new RegExp(`(?:${PART_NOUNS.join('|')})$`);

/**
 * True when `name` is a part the field names by a bare noun, alone or after its modifiers (`叶轮`,
 * `磁液双悬浮叶轮`, `超滤平衡腔`); for part contexts only (PART_NOUNS).
 */
export const partNoun = (name: string): boolean => partNounOf(name) !== undefined;

/** The bare part noun that `name` ends in (`叶轮` of `磁液双悬浮叶轮`), if it is one (partNoun). */
export const partNounOf = (name: string): string | undefined =>
  name.length <= 10 && /^[\u4e00-\u9fffA-Za-z0-9-]+$/.test(name) ? PART_NOUN.exec(name)?.[0] : undefined;

/**
 * Material heads that name a part where a text lists parts (`透析器由外壳、中空纤维膜和端盖组成`, `…和涂层`);
 * a member with another material head (`合金`, `超导线`, `陶瓷`) stays a material in a list of parts.
 */
export const PART_MATERIAL_HEADS: ReadonlySet<string> = new Set(['膜', '涂层']);

/** Builds the head lookup of `config`: heads longest first, false heads and per-word label exceptions. */
export const headIndex = (config: DiscoveryConfig): HeadIndex => {
  const heads = (Object.entries(config.heads) as [TermLabel, readonly string[]][])
    .flatMap(([label, hs]) => hs.map((head) => ({ label, head })))
    .concat(SHAPE_HEADS)
    .sort((a, b) => b.head.length - a.head.length);
  const overrides = config.labelOverrides ?? {};
  const endsAt = (text: string, to: number, s: string): boolean =>
    to >= s.length && text.startsWith(s, to - s.length);
  // Every word of every sentence is looked up: only the heads ending in the word's last character can
  // end there (longest first still, as the list is).
  const byLast = new Map<string, typeof heads>();
  for (const h of heads) byLast.set(h.head.slice(-1), [...(byLast.get(h.head.slice(-1)) ?? []), h]);
  const notHeads = new Map<string, string[]>();
  for (const n of [...config.notHeads, ...SHAPE_NOT_HEADS])
    notHeads.set(n.slice(-1), [...(notHeads.get(n.slice(-1)) ?? []), n]);
  return {
    at: (text, word) => {
      const to = word.to;
      if (notHeads.get(text.charAt(to - 1))?.some((n) => endsAt(text, to, n))) return undefined;
      const hit = byLast.get(text.charAt(to - 1))?.find((h) => endsAt(text, to, h.head));
      if (!hit) return undefined;
      // A head cut out of a longer word keeps the word's own sense: 瓣膜 ends in 膜 but is a valve,
      // not a film (labelOverrides).
      const override = overrides[word.word];
      if (override) return { label: override, head: hit.head };
      if (hit.head === '泵' && THERAPY_PUMP.test(text.slice(0, to)))
        return { label: 'Equipment', head: hit.head };
      // A heart valve is an implant however the dictionary cuts it (`主动脉瓣|膜`).
      if (hit.head === '膜' && text.startsWith('瓣膜', to - 2)) return { label: 'Equipment', head: hit.head };
      // `铌钛超导线`: a superconducting wire is the material a magnet is wound from, not a lead (导线).
      if (hit.head === '导线' && text.startsWith('超导线', to - 3))
        return { label: 'Material', head: hit.head };
      if (hit.head === '膜' && FUNCTION_MEMBRANE.test(text.slice(0, to)))
        return { label: 'Component', head: hit.head };
      // `微机电系统(MEMS)`: a way of making parts, named like a system; no device.
      if (hit.head === '系统' && text.startsWith('机电系统', to - 4)) return undefined;
      if (hit.head === '层' && !PART_LAYER.test(text.slice(0, to))) return undefined;
      // `IGBT模块`, `FPGA模块`: a module named by the chip it carries.
      if (
        hit.head === '模块' &&
        !PART_MODULE.test(text.slice(0, to)) &&
        !latinPart(/[a-z0-9]+(?=模块$)/.exec(text.slice(Math.max(0, to - 12), to))?.[0] ?? '')
      )
        return undefined;
      if (hit.head === '单元' && !PART_UNIT.test(text.slice(0, to))) return undefined;
      // A peak flowmeter is the patient's device, not a machine's flowmeter (`呼气峰流量计`).
      if (hit.head === '流量计' && text.startsWith('峰流量计', to - 4))
        return { label: 'Equipment', head: hit.head };
      if (hit.head === '管路' && !CIRCUIT_LINE.test(text.slice(0, to))) return undefined;
      if (hit.head === '工作站' && !MEDICAL_WORKSTATION.test(text.slice(0, to))) return undefined;
      // A Latin head is a word of its own (`IC`, not the end of `BASIC`).
      if (/^[a-z]/.test(hit.head) && word.word !== hit.head) return undefined;
      return hit;
    },
  };
};
