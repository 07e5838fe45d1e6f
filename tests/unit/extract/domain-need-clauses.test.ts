// A field that leads a clause of what it needs (`重症监护领域需要A、B`), as one of development does.
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './seed-data';

const links = (text: string): string[] => fieldsOf(text).links;

describe('fields leading a clause of need', () => {
  it('reads X领域需要A、B and Y领域急需C for a setting of care and a kind of surgery', () => {
    const r = links(
      '医院最迫切的是三类装备：重症监护领域需要呼吸机、体外膜肺氧合机；微创外科领域急需腔镜手术机器人、超声刀。',
    );
    expect(r).toEqual(
      expect.arrayContaining([
        '呼吸机 -> 重症监护',
        '体外膜肺氧合机 -> 重症监护',
        '腔镜手术机器人 -> 微创外科',
        '超声刀 -> 微创外科',
      ]),
    );
    expect(r).not.toContain('超声刀 -> 重症监护');
  });

  it('reads no field in a unit of a hospital (普外科) or a description after 领域', () => {
    expect(links('普外科需要腔镜手术机器人、超声刀。')).toEqual([]);
    expect(links('医学影像领域最重要的设备是CT和磁共振成像系统。')).toEqual([]);
  });
});

describe('fields that take members as their lead, clause by clause', () => {
  it('reads X领域以A、B为主导 and stops at the next clause led by another field word', () => {
    const r = links(
      '威海市做大做强医疗器械产业集群，血液净化领域以血液透析机、血液透析器为主导，骨科领域重点发展人工关节、脊柱内固定系统。',
    );
    expect(r).toEqual(expect.arrayContaining(['血液透析机 -> 血液净化', '血液透析器 -> 血液净化']));
    expect(r).not.toContain('人工关节 -> 血液净化');
    expect(r).not.toContain('脊柱内固定系统 -> 血液净化');
  });
});
