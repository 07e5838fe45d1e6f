// A conference agenda heads its parallel sessions with a numbered label in brackets before the
// session's field (`【分论坛一】医学影像装备`): the name after the label heads the session, and the talks
// under it name the field's devices.
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../../server/extract/structure';
import { fieldsOf } from './seed-data';

const AGENDA = [
  '━━━━━━━━━━━━━━━━━━━━',
  '4月15日下午　平行分论坛',
  '━━━━━━━━━━━━━━━━━━━━',
  '',
  '【分论坛一】医学影像装备',
  '地点：B馆201会议室　　主持人：苏州大学放射医学与防护学院教授　周敏',
  '',
  '13:30—13:55　光子计数CT探测器的国产化路径：碲锌镉晶体生长与读出ASIC设计',
  '14:45—15:10　移动DR与数字乳腺X射线摄影系统的非晶硅平板探测器',
  '',
  '【分论坛三】体外诊断装备',
  '地点：B馆203会议室　　主持人：江苏省医疗器械检验所主任　邓华',
  '',
  '13:30—13:55　全自动化学发光免疫分析仪的光电倍增管与磁珠分离模块',
  '14:20—14:45　单分子免疫分析仪与数字PCR仪的光学检测系统',
].join('\n');

describe('sessions headed by a numbered label in brackets', () => {
  it('reads 【分论坛一】医学影像装备 as a head titled 医学影像装备', () => {
    const sections = parseSections(AGENDA);
    const titles = sections.map((s) => s.title);
    expect(titles).toEqual(expect.arrayContaining(['医学影像装备', '体外诊断装备']));
    const head = sections.find((s) => s.title === '医学影像装备');
    expect(AGENDA.slice(head?.titleStart, head?.titleEnd)).toBe('医学影像装备');
  });

  it('puts the devices of each session in its field', () => {
    const r = fieldsOf(AGENDA);
    expect(r.links).toEqual(
      expect.arrayContaining([
        '计算机断层扫描仪 -> 医学影像装备',
        '数字PCR仪 -> 体外诊断装备',
        '免疫分析仪 -> 体外诊断装备',
      ]),
    );
    expect(r.links).not.toContain('数字PCR仪 -> 医学影像装备');
  });

  it('reads no head from a bracketed tag without a number before a clause (【产业动态】洗肾与…)', () => {
    const titles = parseSections('【产业动态】洗肾与呼吸耗材供应链在地化').map((s) => s.title);
    expect(titles).not.toContain('洗肾与呼吸耗材供应链在地化');
  });
});
