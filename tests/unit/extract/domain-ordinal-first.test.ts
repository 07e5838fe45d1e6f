// Field memberships read from three constructions of news and answers: an ordinal written `第一是X`
// (as `一是X`), a branch of medicine before a class noun after 等 (`A、B等眼科设备`), and two classes
// joined under one noun that an ordinal item frames (`一是医用消毒灭菌与医院物流装备。`).
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './seed-data';

const read = fieldsOf;

describe('an ordinal written 第一是', () => {
  it('reads 第一是X，重点发展A、B as the field of the item, up to the next ordinal', () => {
    const r = read(
      '答：主要有三个方向。第一是肢体康复辅具，重点发展智能仿生手、动力膝关节假肢和智能助行器。第二是护理与照护辅具，重点发展智能移位机、智能护理床和失禁智能护理机器人。',
    );
    expect(r.fields).toEqual(expect.arrayContaining(['肢体康复辅具', '护理与照护辅具']));
    expect(r.links).toEqual(
      expect.arrayContaining([
        '助行器 -> 肢体康复辅具',
        '智能移位机 -> 护理与照护辅具',
        '智能护理床 -> 护理与照护辅具',
      ]),
    );
    expect(r.links).not.toContain('智能移位机 -> 肢体康复辅具');
  });
});

describe('a branch of medicine before a class noun after 等', () => {
  it('reads 眼科设备 of OCT、眼科超声乳化仪等眼科设备 as a field holding both', () => {
    const r = read('其中OCT、眼科超声乳化仪等眼科设备约占三分之一。');
    expect(r.fields).toContain('眼科设备');
    expect(r.links).toEqual(expect.arrayContaining(['OCT -> 眼科设备', '眼科超声乳化仪 -> 眼科设备']));
  });

  it('reads no field from a branch before 仪器, which names devices as often as classes', () => {
    const r = read('其中OCT、眼科超声乳化仪等眼科仪器约占三分之一。');
    expect(r.fields).not.toContain('眼科仪器');
  });
});

describe('two classes joined under one noun in an ordinal item', () => {
  it('reads a joined class of more than ten characters as one field of the item', () => {
    const r = read(
      '一是医用消毒灭菌与医院物流装备。依托威海、淄博等地的产业基础，重点发展脉动真空灭菌器、过氧化氢低温等离子灭菌器和全自动内镜清洗消毒机，推广气动物流传输系统。二是新生儿与急救装备。重点发展婴儿培养箱和新生儿转运暖箱。',
    );
    expect(r.fields).toContain('医用消毒灭菌与医院物流装备');
    expect(r.links).toEqual(
      expect.arrayContaining([
        '脉动真空灭菌器 -> 医用消毒灭菌与医院物流装备',
        '气动物流传输系统 -> 医用消毒灭菌与医院物流装备',
      ]),
    );
    expect(r.links).not.toContain('婴儿培养箱 -> 医用消毒灭菌与医院物流装备');
  });
});
