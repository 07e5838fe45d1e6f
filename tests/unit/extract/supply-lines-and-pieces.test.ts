// The rest of a heading thing's make-up line, a bare piece of a thing made of a material, and item-first
// verbs after a short name in brackets or of coating. Sentences in the wording of NMPA catalogues,
// supply-chain features and prospectuses.
import { describe, expect, it } from 'vitest';
import { supplyPairs } from './supply-pairs';

const pairs = supplyPairs;

const ENDO = {
  电子内窥镜: 'Equipment',
  CMOS图像传感器: 'Component',
  LED光源: 'Component',
  聚氨酯: 'Material',
  氟橡胶: 'Material',
} as const;
const MR = { 梯度线圈: 'Component', 超导磁体: 'Component', 永磁体: 'Component' } as const;

describe("the rest of a heading thing's make-up line", () => {
  it('gives the heading thing the parts and materials its later clauses name', () => {
    expect(
      pairs(
        '06-14 医用内窥镜\n　01 电子内窥镜\n　　产品描述：通常由插入部、操作部和连接部组成，插入部前端装有CMOS图像传感器和LED光源，插入管外层一般为聚氨酯或氟橡胶。\n　　管理类别：Ⅱ',
        ENDO,
      ),
    ).toEqual([
      'PART_OF CMOS图像传感器 -> 电子内窥镜 grammar:标题A，由B组成。其C',
      'PART_OF LED光源 -> 电子内窥镜 grammar:标题A，由B组成。其C',
      // The layer's materials are the 插入管's, and it is the heading thing's part (materials of a layer).
      'PART_OF 插入管 -> 电子内窥镜 grammar:标题A，由B组成。其C',
      'PART_OF 插入部 -> 电子内窥镜 grammar:标题A，由B组成',
      'PART_OF 操作部 -> 电子内窥镜 grammar:标题A，由B组成',
      'PART_OF 连接部 -> 电子内窥镜 grammar:标题A，由B组成',
      'USED_IN 氟橡胶 -> 插入管 grammar:A为M',
      'USED_IN 聚氨酯 -> 插入管 grammar:A为M',
    ]);
    expect(
      pairs(
        '　01 磁共振成像系统\n　　产品描述：通常由磁体、梯度线圈和计算机系统组成。磁体可为超导磁体或永磁体。\n　　品名举例：超导磁共振成像系统',
        MR,
      ).filter((p) => p.endsWith('其C')),
    ).toEqual([
      'PART_OF 永磁体 -> 磁共振成像设备 grammar:标题A，由B组成。其C',
      'PART_OF 超导磁体 -> 磁共振成像设备 grammar:标题A，由B组成。其C',
    ]);
  });

  it('leaves out a clause naming a device of its own, and the lines after', () => {
    expect(
      pairs(
        '　01 膜式氧合器\n　　产品描述：通常由中空纤维膜、热交换器和外壳组成，用于体外膜肺氧合（ECMO）等体外循环。\n　　品名举例：成人膜式氧合器\n　　注：热交换器另行注册。',
        { 膜式氧合器: 'Equipment', 热交换器: 'Component' },
      ),
    ).toEqual([
      'PART_OF 外壳 -> 膜式氧合器 grammar:标题A，由B组成',
      'PART_OF 热交换器 -> 膜式氧合器 grammar:标题A，由B组成',
      'USED_IN 中空纤维膜 -> 膜式氧合器 grammar:标题A，由B组成',
    ]);
  });
});

describe('a bare piece of a thing, made of a material', () => {
  it('gives the material to the thing that owns the piece too', () => {
    expect(
      pairs('接收刺激器的外壳采用钛合金或氧化铝陶瓷封装。', {
        接收刺激器: 'Component',
        外壳: 'Component',
        钛合金: 'Material',
        氧化铝陶瓷: 'Material',
      }),
    ).toEqual([
      'PART_OF 外壳 -> 接收刺激器 grammar:A的B采用Y',
      'USED_IN 氧化铝陶瓷 -> 外壳 grammar:A采用B',
      'USED_IN 氧化铝陶瓷 -> 接收刺激器 grammar:A的外壳采用M',
      'USED_IN 钛合金 -> 外壳 grammar:A采用B',
      'USED_IN 钛合金 -> 接收刺激器 grammar:A的外壳采用M',
    ]);
  });

  it('keeps a named part the owner of its own material', () => {
    expect(
      pairs('超声探头的匹配层采用环氧树脂。', {
        超声探头: 'Component',
        匹配层: 'Component',
        环氧树脂: 'Material',
      }),
    ).toEqual(['PART_OF 匹配层 -> 超声探头 grammar:A的B采用Y', 'USED_IN 环氧树脂 -> 匹配层 grammar:A采用B']);
  });
});

describe('item-first verbs after a short name, and of coating', () => {
  const CATH = {
    热塑性聚氨酯: 'Material',
    TPU: 'Material',
    冠脉微导管: 'Equipment',
    亲水涂层液: 'Material',
    球囊扩张导管: 'Equipment',
  } as const;

  it('reads the verb after a short name in brackets as its material’s', () => {
    expect(pairs('另有少量热塑性聚氨酯（TPU）用于冠脉微导管的头端软段。', CATH)).toContain(
      'USED_IN TPU -> 冠脉微导管 grammar:X应用于A',
    );
  });

  it('reads a coating laid on devices', () => {
    expect(pairs('主要为亲水涂层液，涂覆于球囊扩张导管和冠脉微导管表面，降低输送阻力。', CATH)).toEqual([
      'USED_IN 亲水涂层液 -> 冠脉微导管 grammar:X应用于A',
      'USED_IN 亲水涂层液 -> 球囊扩张导管 grammar:X应用于A',
    ]);
  });
});
