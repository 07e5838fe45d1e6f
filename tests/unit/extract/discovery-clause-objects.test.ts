// A clause read as a name: a verb whose object is a thing named whole (`管路做肝素涂层`, `滚轮挤压泵管`,
// `打开泵盖`) is no word of the name; a verb that names what a part does, or a piece of a word the dictionary
// cut, stays (`磁悬浮离心血泵`).
import { describe, expect, it } from 'vitest';
import { contextOf } from './seed-data';

const read = (text: string): { terms: string[]; candidates: string[] } => {
  const { model } = contextOf(text);
  return { terms: model.discovered.map((d) => d.name), candidates: model.candidates.map((d) => d.name) };
};

describe('discoverTerms: a verb and its object', () => {
  it('reads 肝素涂层 in 插管和管路做肝素涂层, not 管路做肝素涂层', () => {
    const { terms } = read('插管和管路做肝素涂层，这个本地企业已经能做。');
    expect(terms).toContain('肝素涂层');
    expect(terms).not.toContain('管路做肝素涂层');
  });

  it('keeps 磁悬浮离心血泵: 离 is a piece of 离心, no verb of its own', () => {
    expect(read('重点发展磁悬浮离心血泵。').terms).toContain('磁悬浮离心血泵');
  });

  it('reads no 滚轮挤压泵管: the rollers squeeze the pump tube', () => {
    const { terms } = read(
      '血泵：双滚轮蠕动泵，由转子、滚轮和泵壳组成，通过滚轮挤压泵管驱动血液在体外循环。',
    );
    expect(terms).not.toContain('滚轮挤压泵管');
  });

  it('leaves 打开泵盖 a candidate: the verb acts on a piece of the pump', () => {
    const { terms, candidates } = read('更换泵管时须先打开泵盖，使转子停止转动。');
    expect(terms).not.toContain('打开泵盖');
    expect(candidates).toContain('打开泵盖');
  });
});
