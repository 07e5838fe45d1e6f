// The pieces a thing is made up of (`由A、B和C组成`) are its parts, no members of the field the thing is in:
// a product card's 荧光腹腔镜 of `由4K摄像主机、摄像头、LED冷光源和荧光腹腔镜组成` stays out of 微创外科.
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './seed-data';

// A brochure's product line (d22-brochure-bom): ■ field heads over 【…】 product cards.
const BROCHURE = [
  '━━━━━━━━━━━━━━━━━━━━━━━━',
  'PART 1　产品线',
  '━━━━━━━━━━━━━━━━━━━━━━━━',
  '',
  '■ 生命信息与支持',
  '【KR-M90 高端床旁监护仪】',
  '15.6英寸电容触摸屏｜插件式参数模块｜72小时趋势回顾',
  '核心部件：自研血氧模块（双波长LED＋光电二极管传感器）、无创血压模块（压力传感器＋微型气泵），心电模块采用专用模拟前端芯片。',
  '【KR-V600 重症呼吸机】',
  '涡轮风机、比例电磁阀、热膜式流量传感器三大核心部件全部自主研发；呼气阀膜片采用医用硅橡胶，可高温高压消毒。',
  '【KR-S3 输注泵系列】',
  '包括输液泵和注射泵，泵体外壳为阻燃PC/ABS，内置阻塞压力传感器和气泡探测器。',
  '',
  '■ 医学影像',
  '【KR-U9 全数字彩色多普勒超声诊断系统】',
  '配备单晶探头，阵元材料为铌镁酸铅-钛酸铅（PMN-PT）单晶，声透镜采用室温硫化硅橡胶；平台内置FPGA波束合成板。',
  '【KR-DR7 移动式数字化X射线摄影系统】',
  '标配17×17英寸无线平板探测器：碘化铯闪烁体直接生长于非晶硅TFT面板之上，外壳为碳纤维复合材料，整机重量＜380kg。X射线管组件为旋转阳极，由合作方配套供应。',
  '',
  '■ 微创外科',
  '【KR-Lap4K 4K荧光腹腔镜系统】',
  '由4K摄像主机、摄像头、LED冷光源和荧光腹腔镜组成；摄像头采用1英寸CMOS图像传感器，腹腔镜镜管为316L不锈钢，物镜采用蓝宝石保护窗。',
  '【KR-Sonic 超声刀系统】',
  '主机＋换能器＋刀头。换能器以PZT-8压电陶瓷片叠堆而成，刀杆为钛合金（TC4），夹持垫采用聚四氟乙烯（PTFE）。',
  '',
  '■ 体外诊断',
  '【KR-CL2000 全自动化学发光免疫分析仪】',
  '测速最高240测试/小时；检测单元使用光电倍增管计数，反应杯为聚丙烯注塑件，配套试剂采用羧基磁性微球。',
  '',
  '━━━━━━━━━━━━━━━━━━━━━━━━',
].join('\n');

describe('the pieces a thing is made up of', () => {
  it('puts the card 4K荧光腹腔镜系统 in 微创外科, not its piece 荧光腹腔镜', () => {
    const { links } = fieldsOf(BROCHURE);
    // The card's heading names the product whole, its `4K` too (`【KR-Lap4K 4K荧光腹腔镜系统】`).
    expect(links).toContain('4K荧光腹腔镜系统 -> 微创外科');
    expect(links).not.toContain('荧光腹腔镜 -> 微创外科');
  });
});
