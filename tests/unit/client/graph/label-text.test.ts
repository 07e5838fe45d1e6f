import { describe, expect, it } from 'vitest';
import { labelText, wrapLabel } from '../../../../client/src/graph/label-text';

const THREE = { maxEm: 8, maxLines: 3 };

describe('wrapLabel', () => {
  it('keeps a short name on one line', () => {
    expect(wrapLabel('诊断检验装备', THREE)).toEqual(['诊断检验装备']);
    expect(wrapLabel('ECMO', THREE)).toEqual(['ECMO']);
  });

  it('breaks a Chinese name between characters, never before closing punctuation', () => {
    const lines = wrapLabel('新发突发疫情智能预警、监控管理系统', THREE);
    expect(lines).toEqual(['新发突发疫情智能', '预警、监控管理系', '统']);
    for (const l of lines) expect(l.startsWith('、')).toBe(false);
  });

  it('keeps a Latin run inside a Chinese name whole', () => {
    expect(wrapLabel('液相色谱-质谱/质谱联用全自动前处理设备', THREE)).toEqual([
      '液相色谱-质谱/',
      '质谱联用全自动前',
      '处理设备',
    ]);
  });

  it('breaks an English name at spaces', () => {
    expect(
      wrapLabel('Specialty and disease-specific electronic medical record system', {
        maxEm: 14,
        maxLines: 3,
      }),
    ).toEqual(['Specialty and', 'disease-specific', 'electronic medical…']);
  });

  it('cuts a name longer than three lines with an ellipsis', () => {
    const lines = wrapLabel(
      'Disinfection, sterilisation and infection-control equipment for infectious diseases',
      { maxEm: 14, maxLines: 3 },
    );
    expect(lines).toHaveLength(3);
    expect(lines[2]!.endsWith('…')).toBe(true);
  });

  it('joins the lines with newlines for Cytoscape', () => {
    expect(labelText('组织器官修复和替代材料及植介入器械', THREE)).toBe(
      '组织器官修复和替\n代材料及植介入器\n械',
    );
  });
});
