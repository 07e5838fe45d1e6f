// A page of two columns copied out of a PDF line by line: the left column's headings open the lines, so
// the right column's words beside them are in none of its sections (server/extract/page-columns.ts).
import { describe, expect, it } from 'vitest';
import { rightColumns } from '../../../server/extract/page-columns';
import { fieldsOf } from './seed-data';

const links = (text: string): string[] => fieldsOf(text).links;

// A journal page: the left column reads a plan's five fields, the right one the supply chain of each.
const PAGE = [
  '二、“十五五”规划重点领域解读　　　　　核心部件环节。光子计数CT的核心',
  '征求意见稿第三章提出，“十五五”　　　　是碲锌镉探测器，碲锌镉晶体目前',
  '期间重点发展五类高端医疗装备，　　　　　主要由海外两家企业供应，国内在',
  '我们按原文顺序逐项梳理如下。　　　　　　建产线良率不足三成。7T磁共振的',
  '（一）高端医学影像装备。重点　　　　　　超导磁体需要铌三锡超导线，比常',
  '发展光子计数CT、　　　　　　　　　　　用的铌钛超导线工艺难度更大。',
  '7T超导磁共振成像系统、PET/MR、　　DSA的平板探测器多采用碘化铯',
  '数字减影血管造影系统（DSA）和　　　　闪烁体，国产化率已超过六成；但',
  '移动式CT，推动　　　　　　　　　　　　其X射线管的液态金属轴承仍依赖',
  '高端彩色多普勒超声诊断仪向专科化、　　　进口。超声方面，高端探头的',
  '便携化发展。　　　　　　　　　　　　　　压电单晶（PMN-PT）已有国产替代，',
  '（二）手术机器人。重点发展　　　　　　　声透镜所用硅橡胶基本本地采购。',
  '腔镜手术机器人、骨科手术机器人、　　　　（二）手术机器人。供应链集中在',
  '神经外科手术机器人和　　　　　　　　　　机械臂关节：谐波减速器、',
  '血管介入手术机器人，支持　　　　　　　　无框力矩电机、编码器和',
  '经自然腔道手术机器人开展临床研　　　　　六维力传感器四样决定了整机性能，',
  '究。　　　　　　　　　　　　　　　　　　谐波减速器的柔轮用合金钢，国产',
  '（三）放射治疗装备。重点发展　　　　　　份额约四成。血管介入手术机器人',
  '医用电子直线加速器、质子治疗系统　　　　的导丝导管递送装置相对简单，瓶',
  '和硼中子俘获治疗装置，其中直线　　　　　颈在力反馈算法。',
  '加速器要实现多叶准直器和加速管　　　　　（三）放疗装备。直线加速器的',
  '自主可控。　　　　　　　　　　　　　　　加速管以无氧铜为主要材料，',
  '（四）体外诊断装备。重点发展全　　　　　多叶准直器叶片采用钨合金；质子',
  '自动化学发光免疫分析仪、　　　　　　　　治疗系统的超导回旋加速器仍处于',
  '高通量基因测序仪、流式细胞仪和　　　　　样机阶段。',
  '质谱仪，推进检验流水线整体国产　　　　　（四）体外诊断装备。短板在上游：',
  '化。　　　　　　　　　　　　　　　　　　化学发光免疫分析仪的光电倍增管、',
  '（五）生命支持装备。重点发展　　　　　　基因测序仪的流动池和',
  '体外膜肺氧合系统（ECMO）、　　　　　高速CMOS相机，以及质谱仪的四极杆，均以',
  '有创呼吸机、血液透析机和　　　　　　　　进口为主；试剂原料中的磁微粒、',
  '连续性血液净化设备，ECMO的　　　　　抗原和抗体国产化进展较快。',
  '膜式氧合器和离心泵须在规划期内　　　　　（五）生命支持装备。受新冠疫情',
].join('\n');

describe('a page of two columns', () => {
  it('finds the right column beside the left one on every line of the run', () => {
    const spans = rightColumns(PAGE);
    expect(spans.length).toBeGreaterThan(20);
    expect(spans.map(([a, b]) => PAGE.slice(a, b))).toContain('（二）手术机器人。供应链集中在');
    expect(spans.some(([a, b]) => PAGE.slice(a, b).includes('重点发展'))).toBe(false);
  });

  it("puts the left column's devices in its fields and none of the right column's", () => {
    const r = links(PAGE);
    expect(r).toEqual(
      expect.arrayContaining([
        '腔镜手术机器人 -> 手术机器人',
        '质子治疗系统 -> 放射治疗装备',
        '有创呼吸机 -> 生命支持装备',
      ]),
    );
    // `（三）放射治疗装备。重点发展 … 份额约四成。血管介入手术机器人`: the robot is the right column's.
    expect(r).not.toContain('血管介入手术机器人 -> 放射治疗装备');
    // `（五）生命支持装备。重点发展 … 基因测序仪的流动池和`
    expect(r.filter((l) => l.endsWith('-> 生命支持装备') && /测序|质谱/.test(l))).toEqual([]);
  });

  it('leaves a table aligned by spaces alone (short cells are no columns of prose)', () => {
    const table = [
      '设备　　　　数量',
      'CT　　　　　2台',
      '呼吸机　　　10台',
      '监护仪　　　20台',
      'DR　　　　　1台',
      '超声　　　　3台',
    ].join('\n');
    expect(rightColumns(table)).toEqual([]);
  });
});
