// Items numbered with circled numbers (`①计算机断层扫描设备。发展A、B`) are headings of the innermost level: a
// class item under a field is a field of its own over the devices of its line, and a box after the last
// item stands beside the field, not inside the item.
import { describe, expect, it } from 'vitest';
import { matchHeading } from '../../../server/extract/heading-styles';
import { fieldsOf } from './seed-data';

const links = (text: string): string[] => fieldsOf(text).links;

const KEY_FIELDS = [
  '三、重点领域',
  '',
  '聚焦临床急需和产业基础较好的方向，按照“整机带部件、部件带材料”的思路，重点发展以下五个领域。',
  '',
  '（一）高端影像装备。重点发展：',
  '①计算机断层扫描设备。发展光子计数CT、能谱CT和车载移动CT，同步突破CT球管、高压发生器和碲锌镉探测器；其中CT球管重点解决阳极靶盘钎焊和液态金属轴承，阳极靶盘采用钨铼合金与石墨复合结构。',
  '②磁共振成像设备。发展3.0T和5.0T超导磁共振成像系统、无液氦磁共振，配套超导磁体、梯度线圈和射频线圈，超导磁体用铌钛超导线国产化率提高到80%以上。',
  '③超声影像设备。发展高端彩色多普勒超声诊断仪和掌上超声，攻关单晶探头和面阵探头，推动压电单晶（PMN-PT）材料规模化制备。',
  '',
  '（二）手术与介入装备。重点发展：',
  '①手术机器人。发展腔镜、骨科和经皮穿刺手术机器人，机械臂关节配套精密谐波减速器、无框力矩电机和高分辨率编码器。',
  '②内窥镜系统。发展4K荧光内窥镜系统和一次性电子内窥镜，突破CMOS图像传感器和光学镜头模组。',
  '③能量外科设备。发展超声刀、高频电刀和射频消融系统，超声刀换能器采用压电陶瓷，刀头采用钛合金。',
  '',
  '（三）体外诊断装备。重点发展：',
  '①化学发光免疫分析仪、全自动生化分析仪、全自动血细胞分析仪和检验流水线；',
  '②高通量基因测序仪和数字PCR仪，配套流动池和微流控芯片，微流控芯片采用环烯烃共聚物（COC）；',
  '③诊断原料：磁微粒、抗原、抗体和酶等关键原料实现省内供应。',
  '',
  '（四）高端植入介入器械。重点发展：',
  '①心血管介入器械：经导管主动脉瓣膜、药物洗脱支架和左心耳封堵器，瓣膜支架采用镍钛合金，瓣叶采用牛心包；',
  '②骨科植入物：人工髋关节、人工膝关节和脊柱内固定系统，推广3D打印钛合金和医用聚醚醚酮；',
  '③神经调控器械：脑起搏器和骶神经刺激器，配套植入式脉冲发生器和刺激电极，电极触点采用铂铱合金。',
  '',
  '（五）康复与健康监测装备。重点发展：',
  '①康复机器人：上肢康复机器人、下肢外骨骼机器人；',
  '②健康监测设备：可穿戴心电监测仪、连续血糖监测系统和智能血压计；',
  '③适老化辅具：智能护理床、电动轮椅。',
  '',
  '专栏3　重点领域关键部件和材料攻关清单',
  '┌──────────┬──────────────────────┐',
  '│领　域　　│部件／材料　　　　　　　　　　　　　│',
  '├──────────┼──────────────────────┤',
  '│影像装备　│CT球管、碲锌镉探测器、超导磁体、单晶探头│',
  '│手术装备　│谐波减速器、CMOS图像传感器、超声刀换能器│',
  '│体外诊断　│流动池、微流控芯片、磁微粒　　　　　　　│',
  '│植入介入　│镍钛合金管材、牛心包、植入式脉冲发生器　│',
  '└──────────┴──────────────────────┘',
  '',
].join('\n');

describe('circled item headings', () => {
  it('reads ①X。 as a heading, and ①X： as no heading (a labelled item)', () => {
    expect(matchHeading('①计算机断层扫描设备。发展光子计数CT、能谱CT和车载移动CT')?.title).toBe(
      '计算机断层扫描设备',
    );
    expect(matchHeading('①机械臂关节：每个关节由谐波减速器、伺服电机和编码器组成。')).toBeUndefined();
  });

  it("puts the devices of a class item in the item's field and in the field around it", () => {
    const r = links(KEY_FIELDS);
    expect(r).toEqual(
      expect.arrayContaining([
        '光子计数CT -> 计算机断层扫描设备',
        '光子计数CT -> 高端影像装备',
        '高端彩色多普勒超声诊断仪 -> 超声影像设备',
        '射频消融系统 -> 能量外科设备',
      ]),
    );
    // The box after ③适老化辅具 stands beside the fields: its rows are in none of them.
    expect(r).not.toContain('手术装备 -> 康复与健康监测装备');
  });
});
