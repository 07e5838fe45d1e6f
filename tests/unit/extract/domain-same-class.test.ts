// `X属于F，和A、B放在一类`: what a clause puts in one class with a member of a field is in that field too.
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './seed-data';

const links = (text: string): string[] => fieldsOf(text).links;

describe('things put in one class with a member of a field', () => {
  it('reads 和A、B放在一类 after X属于F as members of F (a video subtitle)', () => {
    const r = links(
      [
        '4',
        '00:00:09,600 --> 00:00:13,350',
        '呼吸机属于急救与生命支持设备，',
        '和除颤器、体外膜肺氧合系统放在一类',
        '',
        '5',
        '00:00:13,350 --> 00:00:16,720',
        '我们手上这台是国产的',
      ].join('\n'),
    );
    expect(r).toEqual(
      expect.arrayContaining([
        '呼吸机 -> 急救与生命支持设备',
        '除颤器 -> 急救与生命支持设备',
        '体外膜肺氧合系统 -> 急救与生命支持设备',
      ]),
    );
  });

  it('reads nothing from a clause that puts no things in the class (和去年相比)', () => {
    const r = links('呼吸机属于急救与生命支持设备，和除颤器相比价格更高。');
    expect(r).not.toContain('除颤器 -> 急救与生命支持设备');
  });
});
