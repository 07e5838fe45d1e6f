// Task headings that name the field they work on (`（一）发展高端医学影像装备。`): the heading stays a
// measure, and its field holds the equipment of its section.
import { describe, expect, it } from 'vitest';
import { taskField } from '../../../server/extract/terms/heading-domains';
import { graphOf } from './seed-data';

const read = (text: string) => {
  const graph = graphOf(text);
  const name = new Map(graph.nodes.map((n) => [n.id, n.name]));
  return {
    fields: graph.nodes.filter((n) => n.label === 'Domain' && n.mentions.length > 0).map((n) => n.name),
    measures: graph.nodes.filter((n) => n.label === 'Measure').map((n) => n.name),
    links: graph.edges
      .filter((e) => e.type === 'IN_DOMAIN')
      .map((e) => `${name.get(e.source) ?? ''} -> ${name.get(e.target) ?? ''}`),
    mentions: graph.nodes.flatMap((n) => n.mentions.map((m) => [n.name, text.slice(m.start, m.end)])),
  };
};

describe('the field of a task heading', () => {
  it('reads the class after the verbs and before what the task raises', () => {
    expect(taskField('发展高端医学影像装备')).toEqual({ at: 2, name: '高端医学影像装备' });
    expect(taskField('提升体外诊断设备水平')).toEqual({ at: 2, name: '体外诊断设备' });
    expect(taskField('加快发展康复辅助器具')).toEqual({ at: 4, name: '康复辅助器具' });
    expect(taskField('推动医学影像设备迭代升级')).toEqual({ at: 2, name: '医学影像设备' });
    expect(taskField('高值医用耗材创新发展')).toEqual({ at: 0, name: '高值医用耗材' });
    // A municipal task plan builds the use of a field (d15: `（五）建设智慧病房装备应用场景。推广…`).
    expect(taskField('建设智慧病房装备应用场景')).toEqual({ at: 2, name: '智慧病房装备' });
    expect(taskField('建设医疗装备应用场景')).toBeUndefined();
  });

  it('reads no field in a task on the whole industry, on parts or on a vague class', () => {
    for (const title of [
      '提升医疗装备产业基础能力',
      '发展高端医疗装备',
      '发展新型医疗装备',
      '推动医疗装备智能化发展',
      '突破关键零部件',
      '培育医疗器械产业集群',
      '医学影像装备',
    ])
      expect(taskField(title)).toBeUndefined();
  });

  it('keeps （一）发展高端医学影像装备 a measure and links the equipment of its body to the field', () => {
    const r = read(
      [
        '二、重点任务',
        '（一）发展高端医学影像装备。重点突破光子计数CT、PET/MR等产品，推动超声诊断仪向智能化发展。',
        '（二）提升体外诊断设备水平。加快全自动化学发光免疫分析仪、高通量基因测序仪研制。',
        '（三）提升医疗装备产业基础能力。攻关CT球管、超声探头和高压发生器。',
      ].join('\n'),
    );
    expect(r.measures).toEqual(
      expect.arrayContaining(['发展高端医学影像装备', '提升体外诊断设备水平', '提升医疗装备产业基础能力']),
    );
    expect(r.fields).toEqual(expect.arrayContaining(['高端医学影像装备', '体外诊断设备']));
    expect(r.links).toEqual(
      expect.arrayContaining([
        '光子计数CT -> 高端医学影像装备',
        'PET/MR -> 高端医学影像装备',
        '超声诊断仪 -> 高端医学影像装备',
        '全自动化学发光免疫分析仪 -> 体外诊断设备',
        '高通量基因测序仪 -> 体外诊断设备',
      ]),
    );
    expect(r.links.filter((l) => l.includes('医疗装备'))).toEqual([]);
    expect(r.mentions).toContainEqual(['高端医学影像装备', '高端医学影像装备']);
  });

  it('reads 第一节 突破X under a chapter of tasks, and a curated field after its verb', () => {
    const r = read(
      [
        '第三章 重点任务',
        '第一节 突破体外诊断装备',
        '加快化学发光免疫分析仪、全自动生化分析仪研发。',
        '第二节 壮大治疗装备',
        '重点发展质子治疗系统、医用直线加速器和血液透析机。',
      ].join('\n'),
    );
    expect(r.measures).toEqual(expect.arrayContaining(['突破体外诊断装备', '壮大治疗装备']));
    expect(r.links).toEqual(
      expect.arrayContaining([
        '全自动生化分析仪 -> 体外诊断装备',
        '质子治疗系统 -> 治疗装备',
        '血液透析机 -> 治疗装备',
      ]),
    );
  });

  it('leaves a task over one device or a curated device class without a field', () => {
    const r = read(
      [
        '四、重点任务',
        '（一）发展医学影像设备。推动光子计数CT研发。',
        '（二）推动放射治疗设备升级。研制质子治疗系统、医用直线加速器。',
      ].join('\n'),
    );
    expect(r.links).toEqual([]);
    expect(r.measures).toEqual(expect.arrayContaining(['发展医学影像设备', '推动放射治疗设备升级']));
  });
});

describe('names longer than a curated name', () => {
  it('reads a curated device after a curated modifier tagged as a verb (超声|诊断仪)', () => {
    const r = read('重点发展超声诊断仪。');
    expect(r.mentions).toContainEqual(['超声诊断仪', '超声诊断仪']);
  });

  it('reads 超导磁共振成像系统 after a field strength, without the strength', () => {
    for (const text of ['企业推出1.5T超导磁共振成像系统。', '研制1.5T/3.0T超导磁共振成像系统和128排CT。'])
      expect(read(text).mentions).toContainEqual(['超导磁共振成像系统', '超导磁共振成像系统']);
  });

  it('keeps a list member as written, its strength included (7T超导磁共振成像系统)', () => {
    expect(read('重点突破光子计数CT、7T超导磁共振成像系统。').mentions).toContainEqual([
      '7T超导磁共振成像系统',
      '7T超导磁共振成像系统',
    ]);
  });
});
