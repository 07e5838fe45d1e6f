// Classes after 等 named by what their things do inside the body (植入, 调控), a class closed by its noun
// before a verb of building an industry, and a manual's `产品类别：` line.
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './seed-data';

describe('classes after 等 that say what their things do', () => {
  it('reads a class of implants or of neuromodulation after 等 as a field (a forum report, dev batch 17)', () => {
    const { fields, links } = fieldsOf(
      '臨床希望國產經顱磁刺激儀、經皮神經電刺激儀等無創神經調控設備。首階段涵蓋的器械包括心臟起搏器、植入式心律轉復除顫器和人工耳蝸等有源植入式醫療器械。',
    );
    expect(fields).toEqual(expect.arrayContaining(['无创神经调控设备', '有源植入式医疗器械']));
    expect(links).toEqual(
      expect.arrayContaining([
        '经颅磁刺激仪 -> 无创神经调控设备',
        '经皮神经电刺激仪 -> 无创神经调控设备',
        '人工耳蜗 -> 有源植入式医疗器械',
      ]),
    );
  });

  it('keeps a class before a verb of building an industry the members’ class, no list of fields', () => {
    const { fields, links } = fieldsOf(
      '全省將圍繞神經調控、人工耳蝸和植入式心臟起搏器等有源植入器械打造產業集群。',
    );
    expect(fields).toContain('有源植入器械');
    expect(links).toContain('植入式心脏起搏器 -> 有源植入器械');
  });
});

describe('a manual’s class of products', () => {
  it('puts the product named on the manual’s name line in the class its 产品类别 line names (dev batch 27)', () => {
    const manual = [
      '血液透析机使用说明书',
      '',
      '产品名称：血液透析机',
      '型号规格：HD-860、HD-860S',
      '管理类别：第三类',
      '产品类别：血液净化设备',
    ].join('\n');
    expect(fieldsOf(manual).links).toContain('血液透析机 -> 血液净化设备');
  });

  it('reads no field from a grade of regulation', () => {
    expect(fieldsOf('产品名称：血液透析机\n产品类别：第三类').fields).toEqual([]);
  });
});
