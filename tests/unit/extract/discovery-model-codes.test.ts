// A maker's model code before a device's name (`KR-M90 高端床旁监护仪`): the code names one product, the
// name after it the kind.
import { describe, expect, it } from 'vitest';
import { contextOf } from './seed-data';

const devices = (text: string): string[] =>
  contextOf(text)
    .model.discovered.filter((d) => d.label === 'Equipment')
    .map((d) => d.name);

describe('discoverTerms: model codes before a name', () => {
  it('reads 高端床旁监护仪 after the code in 【KR-M90 高端床旁监护仪】', () => {
    const found = devices(
      '■ 生命信息与支持\n【KR-M90 高端床旁监护仪】\n15.6英寸电容触摸屏｜插件式参数模块｜72小时趋势回顾\n',
    );
    expect(found).toContain('高端床旁监护仪');
    expect(found.filter((n) => /KR/i.test(n))).toEqual([]);
  });

  it('reads 监护仪 after a code glued to it: KR-M90监护仪＋中央监护系统', () => {
    expect(devices('KR-M90监护仪＋中央监护系统＋KR-V600重症呼吸机＋输注工作站。')).not.toContain(
      'KR-M90监护仪',
    );
  });

  it('keeps kinds written with a hyphen: PET-CT设备', () => {
    expect(devices('新增PET-CT设备1台。')).not.toContain('设备');
  });
});
