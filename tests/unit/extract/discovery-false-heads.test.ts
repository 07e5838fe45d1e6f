// Words that end in a head but name no thing of that head: 脑机 of 脑机接口 and 人机 of 人机协作 are no
// machines, so no list shares their 机 with its other members.
import { describe, expect, it } from 'vitest';
import { contextOf } from './seed-data';

const devices = (text: string): string[] =>
  [...contextOf(text).model.discovered, ...contextOf(text).model.candidates]
    .filter((d) => d.label === 'Equipment')
    .map((d) => d.name);

describe('discoverTerms: false heads of technologies', () => {
  it('reads no 脑机 and lends no 机 in 攻克柔性电子、生物3D打印、脑机接口等前沿技术', () => {
    expect(devices('攻克柔性电子、生物3D打印、脑机接口等前沿技术。')).toEqual([]);
  });

  it('reads no machine in 发展人机协作、脑机融合等技术', () => {
    expect(devices('发展人机协作、脑机融合等技术。')).toEqual([]);
  });
});

describe('discoverTerms: a verb that sets up a body is no word of a name', () => {
  it('reads no device in 省药监局将在合肥设立医疗器械创新服务站', () => {
    const { model } = contextOf('省药监局将在合肥设立医疗器械创新服务站，对第二类创新医疗器械实行优先审评。');
    expect(model.discovered.map((d) => d.name).some((n) => n.includes('设立'))).toBe(false);
  });
});
