// A field that a verb of development opens its clause with, before a clause that names what it develops
// first (`发展院内物流装备，重点突破A、B和C`): the wording of task-division plans and action plans.
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './seed-data';

describe('a verb of development before a field, then what it develops', () => {
  it('reads 发展X装备，重点突破A、B和C as the field of the devices of the clause after it', () => {
    const r = fieldsOf(
      '1 | 发展院内物流装备，重点突破医用气动物流传输系统、轨道式物流传输系统和医用物流机器人，攻关物流小车驱动电机等核心部件 | 市经信局 | 2027年底',
    );
    expect(r.fields).toContain('院内物流装备');
    expect(r.links).toEqual(
      expect.arrayContaining([
        '医用气动物流传输系统 -> 院内物流装备',
        '轨道式物流传输系统 -> 院内物流装备',
        '医用物流机器人 -> 院内物流装备',
      ]),
    );
  });

  it('reads the field before 产业化 and 的国产化 alike', () => {
    const r = fieldsOf(
      '发展消毒供应装备，重点推进全自动清洗消毒器、脉动真空灭菌器和低温等离子体灭菌器的国产化，支持器械追溯系统应用。',
    );
    expect(r.links).toEqual(
      expect.arrayContaining(['全自动清洗消毒器 -> 消毒供应装备', '脉动真空灭菌器 -> 消毒供应装备']),
    );
  });

  it('names no field where the clause after the comma does not develop devices, or the name is no class', () => {
    expect(fieldsOf('发展消毒供应装备，提高基层医院的服务能力。').fields).not.toContain('消毒供应装备');
    expect(fieldsOf('发展高端医疗，支持呼吸机和监护仪研制。').fields).not.toContain('高端医疗');
  });

  it('reads each row of a task table alone: a field holds no device of the next row, nor loses its own', () => {
    const r = fieldsOf(
      '序号 | 重点任务 | 牵头单位 | 完成时限\n2 | 推动智能药房装备产业化，支持整盒发药机、针剂自动摆药机和静脉用药调配机器人研制 | 市经信局 | 2027年6月\n3 | 发展消毒供应装备，重点推进全自动清洗消毒器、脉动真空灭菌器和低温等离子体灭菌器的国产化，支持器械追溯系统应用 | 市卫健委 | 2027年12月\n4 | 发展医用气体与后勤保障装备，支持医用分子筛制氧机、负压吸引机组和医疗废物智能收集车研制 | 市发改委 | 2028年6月\n',
    );
    expect(r.links).toEqual(
      expect.arrayContaining([
        '整盒发药机 -> 智能药房装备',
        '静脉用药调配机器人 -> 智能药房装备',
        '脉动真空灭菌器 -> 消毒供应装备',
      ]),
    );
    expect(
      r.links.filter(
        (l) => l.startsWith('医用分子筛制氧机 ->') || (l.endsWith('-> 消毒供应装备') && l.startsWith('后勤')),
      ),
    ).toEqual([]);
  });
});
