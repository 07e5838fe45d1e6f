// Specifications of the impact list as CSV.
import { describe, expect, it } from 'vitest';
import type { ImpactResponse } from '../../../core/contract';
import { impactCsv } from '../../../client/src/analysis/impact-csv';

const hit = (id: string, name: string, nameEn: string, path: string[]) => ({
  id,
  label: 'Equipment',
  name,
  nameEn,
  hops: path.length - 1,
  path,
});

const answer = () =>
  ({
    equipment: [hit('equipment:ct', '计算机断层扫描仪', 'CT scanner', ['component:ct-tube', 'equipment:ct'])],
    domains: [
      {
        ...hit('domain:diagnostic-testing-equipment', '诊断检验装备', 'Diagnostic, "testing" equipment', [
          'component:ct-tube',
          'equipment:ct',
          'domain:diagnostic-testing-equipment',
        ]),
        label: 'Domain',
      },
    ],
  }) as unknown as Pick<ImpactResponse, 'equipment' | 'domains'>;

const names: Record<string, string> = {
  'component:ct-tube': 'CT球管',
  'equipment:ct': '计算机断层扫描仪',
  'domain:diagnostic-testing-equipment': '诊断检验装备',
};

describe('impactCsv', () => {
  it('lists equipment then domains with hops and the named path', () => {
    const lines = impactCsv(answer(), (id) => names[id] ?? id)
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('kind,id,name,nameEn,hops,path');
    expect(lines[1]).toBe('Equipment,equipment:ct,计算机断层扫描仪,CT scanner,1,CT球管 > 计算机断层扫描仪');
    expect(lines[2]?.startsWith('Domain,domain:diagnostic-testing-equipment,诊断检验装备,')).toBe(true);
  });

  it('quotes cells with commas and quotes so a spreadsheet reads them whole', () => {
    const csv = impactCsv(answer(), (id) => id);
    expect(csv).toContain('"Diagnostic, ""testing"" equipment"');
  });
});
