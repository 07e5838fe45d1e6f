// A user written once before a short group of its parts (`磁共振超导磁体和射频线圈`): the later parts
// that name no user of their own share it. Sentences from meq-2021 and the held-out dev set.
import { describe, expect, it } from 'vitest';
import { sharedUsers } from '../../../server/extract/rules/supply-shared-user';
import { contextOf } from './seed-data';

const edgesOf = (text: string): string[] => {
  const { ctx, model } = contextOf(text);
  const name = (id: string): string => model.discovered.find((d) => d.id === id)?.name ?? id;
  return sharedUsers(ctx)
    .map((e) => `${name(e.source)} ${e.type} ${e.target}`)
    .sort();
};

describe('sharedUsers', () => {
  it('gives 模数转换芯片 the user of 多模态设备模拟前端芯片 before it (meq-2021 专栏 3)', () => {
    expect(
      edgesOf(
        '开发 CT 探测器模拟芯片，多模态设备模拟前端芯片、模数转换芯片，可穿戴设备 SOC 芯片，医用 AI 芯片；',
      ),
    ).toEqual(['component:adc-chip PART_OF equipment:multimodal-equipment']);
  });

  it('reads 磁共振超导磁体和射频线圈 and 超声单晶探头、二维面阵探头等新型探头 between commas', () => {
    // The 2016 guide to high-end medical devices, in the held-out dev set's rewrite.
    expect(
      edgesOf(
        '核心部件要提升生产水平，主要是CT球管，PET晶体探测器，磁共振超导磁体和射频线圈，X线平板探测器，超声单晶探头、二维面阵探头等新型探头，内窥镜三晶片摄像系统等。',
      ),
    ).toEqual(['二维面阵探头 PART_OF equipment:ultrasound-imaging', '射频线圈 PART_OF equipment:mr']);
  });

  it('reads a pair joined by 和 inside a longer list: 攻关磁共振超导磁体和射频线圈、CT球管…等核心部件', () => {
    // A national notice quoting the 2021 plan, in the held-out dev set's rewrite.
    expect(
      edgesOf('攻关磁共振超导磁体和射频线圈、CT球管、PET探测器晶体等核心部件，提高国产配套水平。'),
    ).toEqual(['射频线圈 PART_OF equipment:mr']);
  });

  it('reads nothing when a later part names its own user or the group runs on into the sentence', () => {
    expect(edgesOf('核心部件主要是CT球管、超声探头和射频线圈。')).toEqual([]);
    expect(edgesOf('核心部件：磁共振超导磁体和射频线圈的国产化率不高。')).toEqual([]);
    // The same group closed by the sentence's end is read: the 的 after it is what differs.
    expect(edgesOf('核心部件：磁共振超导磁体和射频线圈。')).toEqual(['射频线圈 PART_OF equipment:mr']);
  });
});
