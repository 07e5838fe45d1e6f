// A brochure's product cards: a heading that names one product after its model (`【KR-M90 高端床旁监护仪】`) and
// lines that open with a label of its parts (`核心部件：`) or a verb of fitting with no subject (`配备`, `标配`).
import { describe, expect, it } from 'vitest';
import { supplyLines } from './supply-pairs';

const CARDS = [
  '■ 生命信息与支持',
  '【KR-M90 高端床旁监护仪】',
  '15.6英寸电容触摸屏｜插件式参数模块｜72小时趋势回顾',
  '核心部件：自研血氧模块（双波长LED＋光电二极管传感器）、无创血压模块（压力传感器＋微型气泵），心电模块采用专用模拟前端芯片。',
  '■ 医学影像',
  '【KR-DR7 移动式数字化X射线摄影系统】',
  '标配17×17英寸无线平板探测器：碘化铯闪烁体直接生长于非晶硅TFT面板之上，外壳为碳纤维复合材料，整机重量＜380kg。',
].join('\n');
// The products, their parts and the bracket's names are all found by reading the card itself.
const KNOWN = {} as const;
const cardLines = (text: string): string[] =>
  supplyLines(text, KNOWN).filter((l) => l.includes('grammar:标题A，核心部件：B、C'));

describe("a product card's lines of parts", () => {
  it('gives the parts after 核心部件： and 标配 to the product its heading names after the model', () => {
    expect(cardLines(CARDS)).toEqual([
      'PART_OF 无创血压模块 -> 高端床旁监护仪 grammar:标题A，核心部件：B、C',
      'PART_OF 无线平板探测器 -> 移动式数字化X射线摄影系统 grammar:标题A，核心部件：B、C',
      'PART_OF 血氧模块 -> 高端床旁监护仪 grammar:标题A，核心部件：B、C',
    ]);
  });

  it('reads nothing under a heading that names more than the product after its model', () => {
    expect(cardLines(CARDS.replace('KR-M90 高端床旁监护仪', 'KR-M90 高端床旁监护仪系列'))).toEqual([
      'PART_OF 无线平板探测器 -> 移动式数字化X射线摄影系统 grammar:标题A，核心部件：B、C',
    ]);
  });

  it('reads nothing from a label line that does not open the line', () => {
    expect(cardLines(CARDS.replace('核心部件：', '其中核心部件：'))).toEqual([
      'PART_OF 无线平板探测器 -> 移动式数字化X射线摄影系统 grammar:标题A，核心部件：B、C',
    ]);
  });
});
