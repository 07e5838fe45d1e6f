// A chronicle (大事记) tells the year's acts of many bodies, each entry opening with its date: every
// `印发` in it reports another document, so the chronicle, its editors' own, has no issuer from them.
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../../server/extract/extract';
import { asPlanId } from '../../../core/model/ids';
import { curated } from './seed-data';

const issuers = (text: string, title = '2025年中国医疗装备产业大事记'): string[] => {
  const { graph } = extractGraph(
    [
      {
        meta: { id: asPlanId('chronicle-2025'), title, titleEn: 'chronicle', file: 'c.txt', year: 2025 },
        text,
      },
    ],
    curated(),
  );
  const name = new Map(graph.nodes.map((n) => [n.id, n.name]));
  return graph.edges
    .filter((e) => e.type === 'ISSUED')
    .map((e) => name.get(e.source) ?? e.source)
    .sort();
};

const CHRONICLE = [
  '中国医疗器械行业年鉴（2026卷）',
  '',
  '2025年中国医疗装备产业大事记',
  '',
  '1月12日，工业和信息化部、国家卫生健康委员会、国家药品监督管理局等7部门联合印发《医疗装备产业高质量发展行动计划（2025—2027年）》，提出到2027年，CT球管、超导磁体等关键零部件实现规模化国产替代。',
  '',
  '3月5日，国家发展改革委、财政部联合印发《关于推进大规模医疗设备更新的实施意见》，将医学影像设备列为重点更新领域。',
  '',
  '6月18日，工业和信息化部等5部门印发《首台（套）重大技术装备推广应用指导目录（2025年版）》。',
  '',
  '（本刊编辑部整理）',
].join('\n');

describe('a chronicle of dated entries', () => {
  it('gives no issuer to the bodies of its entries', () => {
    expect(issuers(CHRONICLE)).toEqual([]);
  });

  it('still names the issuers of an entry whose document is the text’s own', () => {
    expect(issuers(CHRONICLE, '关于推进大规模医疗设备更新的实施意见')).toEqual([
      '国家发展和改革委员会',
      '财政部',
    ]);
  });

  it('leaves a news item that opens with its date to its issuers', () => {
    const news =
      '3月5日，国家发展改革委、财政部联合印发《关于推进大规模医疗设备更新的实施意见》，将医学影像设备列为重点更新领域。\n\n意见提出，到2027年，医疗设备投资规模较2023年增长25%以上。';
    expect(issuers(news, '推进大规模医疗设备更新')).toEqual(['国家发展和改革委员会', '财政部']);
  });
});
