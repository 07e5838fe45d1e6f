// A small supply-chain graph in the interchange shape, with real names from the 2021 plan, for the
// offline query specifications. A fresh copy per call so that no test can leak into another.
import type { GraphFile } from '../../../core/model/interchange';

const ev = (plan: string, quote: string, start = 0) => ({
  plan,
  section: '三、重点发展领域',
  start,
  end: start + quote.length,
  quote,
});

const node = (id: string, label: string, name: string, nameEn: string, plans: string[]) => ({
  id,
  label,
  name,
  nameEn,
  aliases: [],
  plans,
  mentions: plans.map((plan) => ({ plan, section: '三、重点发展领域', start: 10, end: 10 + name.length })),
});

const edge = (
  type: string,
  source: string,
  target: string,
  basis: 'stated' | 'inferred' = 'stated',
  rule?: string,
) => ({
  type,
  source,
  target,
  basis,
  ...(rule ? { rule } : {}),
  evidence: [ev('meq-2021', `${source}->${target}`)],
});

export const fixtureGraph = (): GraphFile =>
  ({
    plans: [
      {
        id: 'meq-2021',
        title: '“十四五”医疗装备产业发展规划',
        titleEn: 'Medical equipment plan 2021-2025',
        file: 'seeds/meq-2021.txt',
        year: 2021,
      },
      {
        id: 'hist-2017',
        title: '“十三五”卫生与健康科技创新专项规划',
        titleEn: 'Health S&T plan 2017',
        file: 'seeds/hist-2017.txt',
        year: 2017,
      },
    ],
    nodes: [
      node('material:hollow-fiber-membrane', 'Material', '中空纤维膜', 'hollow-fibre membrane', ['meq-2021']),
      node('material:tungsten-alloy', 'Material', '钨钽钨合金', 'tungsten-tantalum alloy', ['meq-2021']),
      node('component:ct-tube', 'Component', 'CT球管', 'CT tube', ['meq-2021']),
      node('component:anode', 'Component', '阳极靶', 'anode target', ['meq-2021']),
      node('equipment:ct', 'Equipment', 'CT', 'CT', ['meq-2021', 'hist-2017']),
      node('equipment:pet-ct', 'Equipment', 'PET-CT', 'PET-CT', ['meq-2021']),
      node('equipment:ecmo', 'Equipment', '体外膜肺氧合机', 'ECMO', ['meq-2021']),
      node('domain:diagnostics', 'Domain', '诊断检验装备', 'diagnostic and laboratory equipment', [
        'meq-2021',
      ]),
      node('domain:life-support', 'Domain', '监护与生命支持装备', 'monitoring and life-support equipment', [
        'meq-2021',
      ]),
      node('measure:key-parts', 'Measure', '攻关关键零部件', 'tackle key components', ['meq-2021']),
      node('measure:standards', 'Measure', '完善标准体系', 'improve standards', ['meq-2021', 'hist-2017']),
      node('department:miit', 'Department', '工业和信息化部', 'MIIT', ['meq-2021']),
      node('department:nhfpc', 'Department', '国家卫生计生委', 'NHFPC', ['hist-2017']),
      node('department:nhc', 'Department', '国家卫生健康委员会', 'NHC', ['meq-2021']),
      node('technology:ai', 'Technology', '人工智能', 'artificial intelligence', ['hist-2017']),
    ],
    edges: [
      edge('USED_IN', 'material:hollow-fiber-membrane', 'equipment:ecmo'),
      edge('USED_IN', 'material:tungsten-alloy', 'component:anode'),
      edge('PART_OF', 'component:anode', 'component:ct-tube'),
      edge('PART_OF', 'component:ct-tube', 'equipment:ct'),
      edge('PART_OF', 'component:ct-tube', 'equipment:pet-ct'),
      edge('IN_DOMAIN', 'equipment:ct', 'domain:diagnostics'),
      edge('IN_DOMAIN', 'equipment:pet-ct', 'domain:diagnostics'),
      edge('IN_DOMAIN', 'equipment:ecmo', 'domain:life-support'),
      edge('TARGETS', 'measure:key-parts', 'component:ct-tube'),
      edge('RESPONSIBLE_FOR', 'department:miit', 'measure:key-parts'),
      edge('RESPONSIBLE_FOR', 'department:nhfpc', 'measure:standards', 'inferred', 'remit:health-standards'),
      edge('SUCCEEDED_BY', 'department:nhfpc', 'department:nhc'),
      edge('ENABLES', 'technology:ai', 'equipment:ct'),
    ],
  }) as unknown as GraphFile;
