// Make-up read in more forms: parts listed in their order (`A由近及远依次为B、C和D`), a numbered claim
// of a patent (`1．一种A，其特征在于，包括B、C和D`, `一种A，包括B、C和D`), a part's own parts (`先端部的微型镜头`), parts at an
// end of a thing (`机械臂末端的驱动电机`, `内窥镜前端的CMOS图像传感器`), a thing made or shown and then
// what it holds (`团队开发A，…，内置B及C`) and `但其中的B`. Sentences from the wording of a patent, an
// ultrasound feature, an inquiry reply, news of an endoscope robot and of funded device projects.
import { describe, expect, it } from 'vitest';
import { supplyPairs } from './supply-pairs';

describe('parts listed in their order', () => {
  it('reads A由近及远依次为B、C和D and A内部从前到后依次为B、C、D和E', () => {
    expect(
      supplyPairs('插入部由近及远依次为插入管、弯曲部和先端部，先端部内置CMOS图像传感器。', {
        插入部: 'Component',
        插入管: 'Component',
        弯曲部: 'Component',
        先端部: 'Component',
        CMOS图像传感器: 'Component',
      }).sort(),
    ).toEqual([
      'PART_OF CMOS图像传感器 -> 先端部 grammar:A包括B',
      'PART_OF 先端部 -> 插入部 grammar:A包括B',
      'PART_OF 弯曲部 -> 插入部 grammar:A包括B',
      'PART_OF 插入管 -> 插入部 grammar:A包括B',
    ]);
    expect(
      supplyPairs('探头内部从前到后依次为声透镜、匹配层、压电阵元和背衬块，阵元之间以环氧树脂填缝。', {
        探头: 'Component',
        声透镜: 'Component',
        匹配层: 'Component',
        压电阵元: 'Component',
        背衬块: 'Component',
      }).sort(),
    ).toEqual([
      'PART_OF 匹配层 -> 探头 grammar:A包括B',
      'PART_OF 压电阵元 -> 探头 grammar:A包括B',
      'PART_OF 声透镜 -> 探头 grammar:A包括B',
      'PART_OF 背衬块 -> 探头 grammar:A包括B',
    ]);
  });

  it('reads nothing when what is listed in order are no parts (a ranking of makers)', () => {
    expect(supplyPairs('国内CT市场份额前三名依次为联影、东软和万东。', { CT: 'Equipment' })).toEqual([]);
  });
});

describe('a numbered claim of a patent', () => {
  it('reads 本发明公开了一种A，包括B、C和D, with no part known before, as parts of A', () => {
    const text =
      '摘要：本发明公开了一种腔镜直线切割吻合器，包括手柄组件、延长杆组件和末端执行器，所述末端执行器包括钉仓组件和抵钉座。';
    expect(supplyPairs(text)).toEqual(
      expect.arrayContaining([
        'PART_OF 手柄组件 -> 腔镜直线切割吻合器 grammar:A包括B',
        'PART_OF 延长杆组件 -> 腔镜直线切割吻合器 grammar:A包括B',
        'PART_OF 末端执行器 -> 腔镜直线切割吻合器 grammar:A包括B',
      ]),
    );
    // Without 一种 the clause before the comma is no claimed whole.
    expect(supplyPairs('医院采购腔镜直线切割吻合器，包括手柄组件和末端执行器。')).toEqual([]);
  });

  it('reads 1．一种A，其特征在于，包括B（1）、C和D（5） as parts of A', () => {
    expect(
      supplyPairs('1．一种一次性使用电子输尿管软镜，其特征在于，包括手柄（1）、插入部和连接线缆（5）。', {
        一次性使用电子输尿管软镜: 'Equipment',
        手柄: 'Component',
        插入部: 'Component',
        连接线缆: 'Component',
      }),
    ).toEqual([
      'PART_OF 手柄 -> 一次性使用电子输尿管软镜 grammar:A…，主要由B组成',
      'PART_OF 插入部 -> 一次性使用电子输尿管软镜 grammar:A…，主要由B组成',
      'PART_OF 连接线缆 -> 一次性使用电子输尿管软镜 grammar:A…，主要由B组成',
    ]);
  });
});

describe("a part's own parts and parts at an end of a thing", () => {
  it('reads B的C of a part as the subject of its clause', () => {
    expect(
      supplyPairs('先端部的微型镜头和CMOS芯片是过去最难做的，现在都实现了国产。', {
        先端部: 'Component',
        微型镜头: 'Component',
        CMOS芯片: 'Component',
      }).sort(),
    ).toEqual(['PART_OF CMOS芯片 -> 先端部 grammar:A的B', 'PART_OF 微型镜头 -> 先端部 grammar:A的B']);
  });

  it('reads B的C as the subject after the quotation mark that opens a speech (d6-endoscope-robot-news)', () => {
    expect(
      supplyPairs('“先端部的微型镜头和CMOS芯片是过去最难做的，现在都实现了国产。', {
        先端部: 'Component',
        微型镜头: 'Component',
        CMOS芯片: 'Component',
      }).sort(),
    ).toEqual(['PART_OF CMOS芯片 -> 先端部 grammar:A的B', 'PART_OF 微型镜头 -> 先端部 grammar:A的B']);
    expect(supplyPairs('他说：“要提升探测器的良率。', { 探测器: 'Component', 良率: 'Component' })).toEqual(
      [],
    );
  });

  it('reads A末端的B and A前端的B wherever they stand', () => {
    expect(
      supplyPairs('四根牵引钢丝穿过蛇骨，由机械臂末端的驱动电机拉动，实现上下左右弯曲。', {
        机械臂: 'Component',
        驱动电机: 'Component',
      }),
    ).toEqual(['PART_OF 驱动电机 -> 机械臂 grammar:A中的B']);
    expect(
      supplyPairs('内窥镜前端的CMOS图像传感器主要向日本厂商采购。', { CMOS图像传感器: 'Component' }),
    ).toEqual(['PART_OF CMOS图像传感器 -> 医用内窥镜 grammar:A中的B']);
  });

  it('reads no part of a material or of a thing that is no part (`提升…的国产化水平`)', () => {
    expect(
      supplyPairs('推动球管的国产化，提升探测器的良率。', { 球管: 'Component', 探测器: 'Component' }),
    ).toEqual([]);
  });
});

describe('a thing made or shown, then what it holds', () => {
  it('reads 团队开发A，B采用M，内置C及D as parts of A', () => {
    expect(
      supplyPairs(
        '团队并会开发磁控胶囊内窥镜，胶囊外壳采用医用级聚碳酸酯，内置钕铁硼永磁体及CMOS影像传感器。',
        {
          磁控胶囊内窥镜: 'Equipment',
          胶囊外壳: 'Component',
          钕铁硼永磁体: 'Component',
          CMOS影像传感器: 'Component',
        },
      )
        .filter((l) => l.includes('磁控胶囊内窥镜 grammar:A…，主要由B组成'))
        .sort(),
    ).toEqual([
      'PART_OF CMOS影像传感器 -> 磁控胶囊内窥镜 grammar:A…，主要由B组成',
      'PART_OF 钕铁硼永磁体 -> 磁控胶囊内窥镜 grammar:A…，主要由B组成',
    ]);
  });

  it('reads 采购了A，但其中的B as a part of A', () => {
    expect(
      supplyPairs('今年，部分医院首次采购了国产体外膜肺氧合设备，但其中的膜式氧合器仍需进口。', {
        体外膜肺氧合设备: 'Equipment',
        膜式氧合器: 'Component',
      }),
    ).toEqual(['PART_OF 膜式氧合器 -> 体外膜肺氧合设备 grammar:A…，其B']);
  });
});

describe('what a thing is fitted with, as a relative clause before the part', () => {
  it('reads A配备的B and A内置的B (medtech2024-q3-earnings-news, d10-rehab-eldercare-devices-news)', () => {
    expect(
      supplyPairs('其S60彩超配备的单晶探头以弛豫铁电单晶制作压电层。', { 单晶探头: 'Component' }).filter(
        (p) => p.includes('A配备的B'),
      ),
    ).toEqual(['PART_OF 单晶探头 -> 彩超 grammar:A配备的B']);
    expect(
      supplyPairs('床垫内置的压力传感器可监测老人离床。', { 床垫: 'Component', 压力传感器: 'Component' }),
    ).toEqual(['PART_OF 压力传感器 -> 床垫 grammar:A配备的B']);
  });

  it('reads no machine a machine is fitted with (救护车配备的呼吸机)', () => {
    expect(
      supplyPairs('负压救护车配备的呼吸机已全部更新。', { 负压救护车: 'Equipment' }).filter((p) =>
        p.includes('A配备的B'),
      ),
    ).toEqual([]);
  });
});
