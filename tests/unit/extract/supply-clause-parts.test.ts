// A sentence that gives a whole's make-up and then, clause by clause, the make-up of further parts
// (`…三部分组成，镜体先端部集成A、B和C，插入部由D、E和F组成`): each such clause opens with a part of the whole,
// found as written. Sentences of an endoscope maker's annual report and of a feature on exoskeletons.
import { describe, expect, it } from 'vitest';
import { contextOf } from './seed-data';
import { supplyLines } from './supply-pairs';

const REPORT =
  '公司新一代4K电子胃肠镜系统由图像处理器、LED冷光源和电子内窥镜三部分组成，镜体先端部集成CMOS图像传感器、物镜组和导光束，插入部由蛇骨、编织网和外皮组成。';

describe('parts whose make-up follows the whole’s in one sentence', () => {
  it('finds 镜体先端部 and 插入部 (插入/v 部) as parts and reads their own make-up', () => {
    const found = contextOf(REPORT).model.discovered.map((d) => d.name);
    expect(found).toEqual(expect.arrayContaining(['镜体先端部', '插入部']));
    const lines = supplyLines(REPORT);
    expect(lines).toEqual(
      expect.arrayContaining([
        'PART_OF 镜体先端部 -> 4K电子胃肠镜系统 grammar:A由B组成，C由D组成',
        'PART_OF 插入部 -> 4K电子胃肠镜系统 grammar:A由B组成，C由D组成',
        'PART_OF 蛇骨 -> 插入部 grammar:A由B组成',
        'PART_OF 导光束 -> 镜体先端部 grammar:A包括B',
      ]),
    );
  });

  it('reads no part of one character and 部, a place on the thing (腿部还装有…)', () => {
    const found = contextOf(
      '一家外骨骼企业的研发负责人介绍，每个关节由无框力矩电机、谐波减速器和编码器组成，腿部还装有足底压力传感器和惯性测量单元。',
    ).model.discovered.map((d) => d.name);
    expect(found).not.toContain('腿部');
  });

  it('links no later part to a whole that is not the sentence’s first name', () => {
    const lines = supplyLines(
      '超声刀系统由主机、换能器和刀头组成，其中换能器由压电陶瓷片、变幅杆和后盖板构成，刀头夹持垫由聚四氟乙烯和硅橡胶组成。',
    );
    expect(lines.filter((l) => l.includes('-> 换能器 grammar:A由B组成，C由D组成'))).toEqual([]);
  });
});
