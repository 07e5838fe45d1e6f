// A purchase written as a sentence (a procurement-intention page's 采购需求概况, a tender's summary): the machine
// bought with its count, then the parts it is to be fitted with, up to the next machine or the end of its cell.
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../../server/extract/extract';
import { asPlanId } from '../../../core/model/ids';
import { curated } from './seed-data';

const partsOf = (text: string): string[] => {
  const { graph } = extractGraph(
    [
      {
        meta: {
          id: asPlanId('intention-2026'),
          title: '采购意向',
          titleEn: 'intention',
          file: 'i.txt',
          year: 2026,
        },
        text,
      },
    ],
    curated(),
  );
  const name = new Map(graph.nodes.map((n) => [n.id, n.name]));
  return graph.edges
    .filter((e) => e.rule === 'procurement:fitted-parts')
    .map((e) => `${name.get(e.source) ?? e.source}->${name.get(e.target) ?? e.target}`)
    .sort();
};

const ROW = (n: number, project: string, needs: string): string =>
  `| ${n} | ${project} | ${needs} | 720 | 2026年8月 |`;

describe('parts of a machine bought, in a purchase-intention table', () => {
  it('reads `采购X4台，配置A、B和C` as the machine and its parts', () => {
    const text = ROW(
      8,
      '彩色多普勒超声诊断系统采购项目',
      '采购高端彩色多普勒超声诊断系统4台，配置单晶凸阵探头、高频线阵探头、相控阵探头和经食管超声探头，支持剪切波弹性成像和超声造影。',
    );
    expect(partsOf(text)).toEqual([
      '单晶凸阵探头->高端彩色多普勒超声诊断系统',
      '相控阵探头->高端彩色多普勒超声诊断系统',
      '经食管超声探头->高端彩色多普勒超声诊断系统',
      '高频线阵探头->高端彩色多普勒超声诊断系统',
    ]);
  });

  it('reads a page whose first line opens on the indent of a Chinese paragraph', () => {
    const text =
      '\u3000\u3000采购高端彩色多普勒超声诊断系统4台，配置单晶凸阵探头、高频线阵探头、相控阵探头和经食管超声探头，支持剪切波弹性成像和超声造影。';
    expect(partsOf(text)).toHaveLength(4);
  });

  it('follows a list of requirements in a sentence of its own, past parts it cannot name and notes in brackets', () => {
    const text = ROW(
      1,
      '数字减影血管造影系统采购项目',
      '采购落地式双C臂数字减影血管造影系统（DSA）1套，用于心脑血管介入诊疗。配置要求：大视野动态平板探测器（不小于30cm×40cm）、液态金属轴承X射线球管（阳极热容量不低于5MHU）、高频高压发生器、多轴落地式C形臂、导管床及三维血管重建工作站；配套高压注射器1台。',
    );
    expect(partsOf(text)).toEqual([
      '大视野动态平板探测器->数字减影血管造影系统',
      '液态金属轴承X射线球管->数字减影血管造影系统',
      '高频高压发生器->数字减影血管造影系统',
    ]);
  });

  it('gives the parts to the machine named right before the verb, not to the one bought', () => {
    const text = ROW(
      6,
      '全自动生化免疫流水线采购项目',
      '采购全自动生化免疫流水线1条。由轨道传输系统、2台全自动生化分析仪和2台化学发光免疫分析仪组成；化学发光免疫分析仪配光电倍增管检测系统和磁微粒分离模块。',
    );
    expect(partsOf(text)).toContain('磁微粒分离模块->化学发光免疫分析仪');
    expect(partsOf(text)).not.toContain('磁微粒分离模块->全自动生化免疫流水线');
  });

  it('reads nothing from what a price includes, nor past another thing named after the machine', () => {
    expect(
      partsOf(ROW(7, '血液透析设备采购项目', '采购血液透析机30台（含血泵、肝素泵和超滤控制系统）。')),
    ).toEqual([]);
    expect(
      partsOf(
        ROW(2, '监护设备采购项目', '采购多参数监护仪40台、中央监护系统1套，配置涡轮风机和主动呼气阀。'),
      ),
    ).toEqual([]);
  });

  it('ends a machine’s list at the end of its cell', () => {
    const text = [
      ROW(
        5,
        '重症监护设备采购项目',
        '采购有创呼吸机10台（配涡轮风机、电子流量传感器和主动呼气阀，支持无创通气模式）。',
      ),
      '',
      '配置：高频高压发生器。',
    ].join('\n');
    expect(partsOf(text)).toEqual([
      '主动呼气阀->有创呼吸机',
      '涡轮风机->有创呼吸机',
      '电子流量传感器->有创呼吸机',
    ]);
  });
});
