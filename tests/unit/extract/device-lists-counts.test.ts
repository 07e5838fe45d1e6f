// Counts and grades that open the members of a device list (`一台128排CT和三台移动DR`, `一支透析器、…和两支
// 穿刺针`), and prepositions between a noun and the list (`材料在输液器、留置针等耗材上`): they are words of
// the sentence, not of the members' names (terms/device-lists.ts).
import { describe, expect, it } from 'vitest';
import { equipmentOf } from './seed-data';

const read = equipmentOf;

describe('counts before the members of a device list', () => {
  it('reads the list on past a member that opens with a count and a grade (一台128排CT和三台移动DR)', () => {
    const r = read('医院今年新购的两台磁共振成像系统、一台128排CT和三台移动DR均为国产。');
    expect(r.names).toEqual(['移动DR']);
    expect(r.quotes('移动DR')).toEqual(['移动DR']);
  });

  it('cuts the count off the first member as off the others (一支透析器、一套血液管路和两支穿刺针)', () => {
    const r = read('每次都要消耗一支透析器、一套血液管路和两支穿刺针。');
    expect(r.names).toEqual(['穿刺针', '血液管路', '透析器']);
    expect(r.quotes('透析器')).toEqual(['透析器']);
    expect(r.quotes('血液管路')).toEqual(['血液管路']);
  });

  it('reads no devices from a list of counted parts that names none', () => {
    expect(read('整机配有两台电机、三套减速器和一个控制器。').names).toEqual([]);
  });
});

describe('a preposition before the first member', () => {
  it('ends the first member at 在 (医用高分子材料在输液器、留置针等耗材上的应用)', () => {
    const r = read('推动医用高分子材料在输液器、留置针等耗材上的应用。');
    expect(r.names).toEqual(['留置针', '输液器']);
  });
});
