// Unnumbered heads over numbered lists that restart under each of them (a forum answer's
// `【醫學影像設備】` over `1. CT`, `2. 磁共振（MRI）`, then `【體外診斷設備】` over `1. 流式細胞儀`): the heads
// are the outer level, and a thing whose own heading stands under one field is no member of another
// field where a later item's section names it again (`比如CT，最卡脖子的是球管和探測器`).
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../../server/extract/structure';
import { fieldsOf } from './seed-data';

const FORUM = [
  '【醫學影像設備】',
  '',
  '1. CT',
  '',
  'CT全稱是計算機斷層掃描（Computed Tomography）。轉盤上裝著球管、高壓發生器、準直器、探測器和DAS。',
  '',
  '2. 磁共振（MRI）',
  '',
  'MRI最貴的是超導磁體。超導線圈用的是鈮鈦超導線，泡在零下269度的液氦裡。',
  '',
  '3. 超聲',
  '',
  '超聲貴在探頭（transducer）。探頭裡面是一排壓電晶片。',
  '',
  '4. DR',
  '',
  'DR（數字化X射線攝影，Digital Radiography）就是拍平片的，核心是平板探測器。',
  '',
  '【體外診斷設備】',
  '',
  'IVD就是體外診斷（In Vitro Diagnostics），醫院檢驗科那一排排機器。',
  '',
  '1. 流式細胞儀',
  '',
  '流式細胞儀（FCM，flow cytometer）說白了就是讓細胞排著隊、一個一個地過激光。',
  '',
  '2. 全自動生化分析儀',
  '',
  '生化分析儀比方說你抽血查肝功能、腎功能那種。裡面有加樣針和比色杯。',
  '',
  '3. 化學發光免疫分析儀',
  '',
  '化學發光比方說你查甲功、腫瘤標誌物那種。',
  '',
  '總結一下：',
  '',
  '比如CT，最卡脖子的是球管和探測器；',
  '比如MRI，是超導磁體和液氦；',
  '比如DR，是平板探測器；',
  '比如流式，是激光器和PMT。',
].join('\n');

describe('unnumbered heads over lists that restart under each', () => {
  it('nests 1. CT under 【醫學影像設備】 and 1. 流式細胞儀 under 【體外診斷設備】', () => {
    const paths = parseSections(FORUM).map((s) => s.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '醫學影像設備 > 1.CT',
        '醫學影像設備 > 4.DR',
        '體外診斷設備 > 1.流式細胞儀',
        '體外診斷設備 > 3.化學發光免疫分析儀',
      ]),
    );
  });

  it('keeps an unnumbered head beside a numbered list that does not restart under it', () => {
    const paths = parseSections(
      ['1. 总体要求', '坚持创新驱动。', '**重点产品**', '2. 医学影像设备', '发展CT和磁共振。'].join('\n'),
    ).map((s) => s.path);
    expect(paths).not.toContain('重点产品 > 2.医学影像设备');
  });

  it('puts each item in the field above it, a thing named by its heading alone too (4. DR)', () => {
    const r = fieldsOf(FORUM);
    expect(r.links).toEqual(
      expect.arrayContaining([
        '计算机断层扫描仪 -> 医学影像设备',
        '磁共振成像设备 -> 医学影像设备',
        'DR -> 医学影像设备',
        '流式细胞仪 -> 体外诊断设备',
        '化学发光免疫分析仪 -> 体外诊断设备',
      ]),
    );
  });

  it('puts no thing headed under one field in another where a later item names it again', () => {
    const r = fieldsOf(FORUM);
    expect(r.links).not.toContain('计算机断层扫描仪 -> 体外诊断设备');
    expect(r.links).not.toContain('DR -> 体外诊断设备');
    expect(r.links).not.toContain('磁共振成像设备 -> 体外诊断设备');
  });
});
