// A short name the text says it gives a thing (`AW-9麻醉工作站（以下简称“本机”）`) stands for that thing in later
// sentences, whatever its characters, though discovery read the thing's name first elsewhere (a manual's
// title). Sentences of an anaesthesia workstation's service manual.
import { describe, expect, it } from 'vitest';
import { supplyLines } from './supply-pairs';

const MANUAL = [
  'AW-9系列麻醉工作站  维修手册（服务手册）',
  '',
  '3.1  概述',
  'AW-9麻醉工作站（以下简称“本机”）经国家药品监督管理局批准注册。',
  '',
  '3.2  系统组成',
  '本机主要由气体供给系统、流量控制系统、麻醉蒸发器和呼吸回路四部分组成，另配主控板、电源板和后备电池。',
].join('\n');

describe('a short name the text says it gives', () => {
  it('reads 本机主要由A、B…组成 as the make-up of AW-9麻醉工作站（以下简称“本机”）', () => {
    const lines = supplyLines(MANUAL).filter((l) => l.includes('-> 麻醉工作站'));
    expect(lines).toEqual(
      expect.arrayContaining([
        'PART_OF 气体供给系统 -> 麻醉工作站 grammar:A由B组成',
        'PART_OF 呼吸回路 -> 麻醉工作站 grammar:A由B组成',
        'PART_OF 主控板 -> 麻醉工作站 grammar:A由B组成',
      ]),
    );
  });

  it('reads no short name from a bracket that does not say it gives one (a maker, 光电倍增管（滨松）)', () => {
    expect(
      supplyLines('医院新购的呼吸机（滨松）运行良好。滨松主要由涡轮风机、比例电磁阀和呼气阀组成。').filter(
        (l) => l.includes('-> 呼吸机'),
      ),
    ).toEqual([]);
  });
});
