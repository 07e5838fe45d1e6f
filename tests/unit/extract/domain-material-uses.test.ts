// A device a clause names only as the use of a material (`发展用于A和B的P`, `产品用于A和B`, `加快A关键材料
// 国产化替代`) is no member of the field: what the clause develops is the material.
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './seed-data';

describe('a device named as the use of a material', () => {
  it('puts no 心脏封堵器 nor 人工关节 in 植入介入器械 from 发展用于血管支架和心脏封堵器的镍钛合金丝材', () => {
    const { links } = fieldsOf(
      '（二）高性能医疗器械\n\n3．植入介入器械。重点发展可降解镁合金/锌合金血管支架、经导管主动脉瓣膜置换系统（TAVR）、左心耳封堵器、脊柱椎间融合器、3D打印多孔钛髋臼杯等高值医用耗材。发展用于血管支架和心脏封堵器的镍钛合金丝材及管材，以及用于人工关节的超高分子量聚乙烯（UHMWPE）、钴铬钼合金。\n',
    );
    expect(links).toContain('左心耳封堵器 -> 植入介入器械');
    expect(links).not.toContain('心脏封堵器 -> 植入介入器械');
    expect(links).not.toContain('人工关节 -> 植入介入器械');
    expect(links).not.toContain('人工关节 -> 高性能医疗器械');
  });

  it('puts no 血液透析器 in 血液净化装备 from 加快血液透析器关键材料国产化替代', () => {
    const { links } = fieldsOf(
      '在血液净化装备领域，重点发展血液透析机、连续性肾脏替代治疗（CRRT）设备和便携式腹膜透析机，加快血液透析器关键材料国产化替代。',
    );
    expect(links).toContain('血液透析机 -> 血液净化装备');
    expect(links).not.toContain('血液透析器 -> 血液净化装备');
  });

  it('reads 用于 as a material’s use under a section of putting things to use (临床应用), not of application', () => {
    const sentence = '发展用于血管支架和心脏封堵器的镍钛合金丝材及管材。推动超声诊断仪进入基层。';
    const clinical = fieldsOf(`## 3 医学影像装备临床应用\n\n${sentence}\n`).links;
    expect(clinical).toContain('超声诊断仪 -> 医学影像装备');
    expect(clinical).not.toContain('血管支架 -> 医学影像装备');
    // `X在Y中的应用` titles a section of application: what its materials are used in is the field's.
    expect(fieldsOf(`## 2 可降解材料在植入介入器械中的应用\n\n${sentence}\n`).links).toContain(
      '血管支架 -> 植入介入器械',
    );
  });
});
