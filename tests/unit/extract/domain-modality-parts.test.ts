// A modality named without a device's head (`超声`, read as the curated 超声诊断设备) that runs on into a
// part's name (`超声主机`, `超声探头`) modifies the part: no ultrasound machine is put in the field; a
// device with its head (`呼吸机` of `呼吸机涡轮风机`) still names the whole the part belongs to.
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './seed-data';

describe('a modality inside a part name', () => {
  it('puts no 超声诊断设备 in 手术动力类 from 超声骨刀由超声主机、换能器手柄和刀头组成', () => {
    const { links } = fieldsOf(
      '3.2  细分产品类别\n\n（二）照明与悬吊类\n\n照明与悬吊类产品包括LED手术无影灯、手术辅助照明灯、医用吊塔和吊桥。\n\n（三）手术动力类\n\n手术动力类产品主要包括电动骨钻、摆锯、往复锯、颅骨钻和超声骨刀。超声骨刀由超声主机、换能器手柄和刀头组成，刀头多为钛合金。\n',
    );
    expect(links).toContain('超声骨刀 -> 手术动力类');
    expect(links).not.toContain('超声诊断设备 -> 手术动力类');
  });

  it('puts no 超声诊断设备 in 医学影像设备 from its parts 超声探头', () => {
    const { links } = fieldsOf(
      '（一）医学影像设备。发展数字化X射线摄影系统（DR）和彩色多普勒超声诊断仪，推动平板探测器和超声单晶探头等核心部件本地配套。\n',
    );
    expect(links).not.toContain('超声诊断设备 -> 医学影像设备');
  });

  it('keeps 呼吸机 of the heading 7.呼吸机涡轮风机。 in 治疗与生命支持装备', () => {
    const { links } = fieldsOf(
      '（二）治疗与生命支持装备\n\n7.呼吸机涡轮风机。主要指标：最高转速不低于40000转/分，噪声低于40分贝，配套比例电磁阀国产化。\n',
    );
    expect(links).toContain('呼吸机 -> 治疗与生命支持装备');
  });
});
