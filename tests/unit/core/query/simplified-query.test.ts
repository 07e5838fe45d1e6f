// The reading of a search query typed in Traditional script, shared by the server and the offline
// page: the plans' Simplified names for Hong Kong and Taiwan queries, a Simplified query as typed,
// the same reading the extractor gives a Traditional plan, and a committed table that is current.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  isRegional,
  parseScriptTables,
  searchText,
  simplifiedQuery,
} from '../../../../core/query/simplified-query';
import * as shipped from '../../../../core/query/traditional-script-table';
import { decodePlanBytes } from '../../../../server/extract/decode';
import { searchScriptTable } from '../../../../server/extract/search-script-table';
import { simplifiedView, traditionalShare, VIEW_PAD } from '../../../../server/extract/simplified-view';
import { seedResult } from '../../extract/seed-data';

describe('simplifiedQuery', () => {
  it.each([
    ['醫療裝備', '医疗装备'],
    ['監護儀', '监护仪'],
    ['監護', '监护'],
    ['中空纖維膜', '中空纤维膜'],
    ['醫用內視鏡', '医用内窥镜'],
    ['核心零組件', '核心零部件'],
    ['醫療影像設備', '医疗影像设备'],
    ['血糖機', '血糖仪'],
  ])('reads %s in Simplified script and mainland wording: %s', (traditional, simplified) => {
    expect(simplifiedQuery(traditional)).toBe(simplified);
  });

  it('reads the regional names of the field as the mainland names them', () => {
    expect(simplifiedQuery('手術機械人')).toBe('手术机器人');
    expect(simplifiedQuery('壓力感測器')).toBe('压力传感器');
    expect(simplifiedQuery('超音波探頭')).toBe('超声探头');
    expect(simplifiedQuery('彩色超音波診斷儀')).toBe('彩超诊断仪');
    expect(simplifiedQuery('電腦斷層掃描儀')).toBe('CT扫描仪');
    expect(simplifiedQuery('正子斷層掃描')).toBe('PET');
  });

  it('reads a regional name written in characters both scripts share (超音波, 磁力共振, 呼吸器)', () => {
    expect(simplifiedQuery('超音波')).toBe('超声');
    expect(simplifiedQuery('磁力共振')).toBe('磁共振');
    expect(simplifiedQuery('呼吸器')).toBe('呼吸机');
    // A longer mainland phrase holding one stays as it is.
    expect(simplifiedQuery('呼吸器官')).toBe('呼吸器官');
    expect(simplifiedQuery('可穿戴式')).toBe('可穿戴式');
  });

  it('leaves a Simplified query as typed, even where a Traditional one would read otherwise', () => {
    for (const q of [
      '中空纤维膜',
      '显著',
      '智慧医疗',
      '人工智能',
      '影像',
      'ECMO',
      'ＥＣＭＯ',
      'zkxwm',
      '5G',
      '',
    ])
      expect(simplifiedQuery(q)).toBe(q);
    // A variant (Taiwan's 矽 for 硅) is read inside a Traditional query only, as in a plan.
    expect(simplifiedQuery('矽膠導管')).toBe('硅胶导管');
    expect(simplifiedQuery('矽')).toBe('矽');
  });

  it('folds compatibility ideographs and full-width forms before reading', () => {
    expect(simplifiedQuery('ＣＴ掃描儀')).toBe('CT扫描仪');
    expect(searchText(' 手術 機械人 ')).toEqual({ compact: '手术机器人', spaced: '手术 机器人' });
  });

  it('never rewrites a name or alias of the seeds’ graph', () => {
    const names = seedResult().graph.nodes.flatMap((n) => [n.name, ...n.aliases]);
    expect(names.length).toBeGreaterThan(400);
    expect(names.filter((s) => simplifiedQuery(s) !== s)).toEqual([]);
  });

  it('reads every line of the Traditional dev texts that holds a Traditional character as the extractor’s Simplified view does', () => {
    const tables = parseScriptTables(shipped.SCRIPT, shipped.VARIANTS, shipped.PHRASES, shipped.WORDINGS);
    const dir = join(import.meta.dirname, '../../../fixtures/heldout/dev');
    const lines = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => {
        // Read each text as the loader does: several are GB18030, UTF-16 or Big5, and bytes read as
        // UTF-8 would make a few stray ideographs that can pass for a Traditional share.
        const decoded = decodePlanBytes(readFileSync(join(dir, f)));
        if (!decoded.ok) throw new Error(`${f}: ${decoded.detail}`);
        return decoded.text;
      })
      .filter((text) => traditionalShare(text) >= 0.1)
      .flatMap((text) => text.split('\n').filter((l) => l.trim() !== ''))
      // A line holding no Traditional character is a Simplified query, read as typed by design
      // (`[07:12] 林夏：管路看著很普通。` keeps its 著, as 显著 does), though the text around it is Traditional.
      .filter((line) => isRegional(tables, line.normalize('NFKC')));
    expect(lines.length).toBeGreaterThan(100);
    const view = (line: string) => simplifiedView(line, 0).replaceAll(VIEW_PAD, '').normalize('NFKC');
    expect(lines.filter((line) => simplifiedQuery(line).normalize('NFKC') !== view(line))).toEqual([]);
  });

  it('ships the table the generator makes now (npm run search-table)', () => {
    const table = searchScriptTable();
    expect({
      script: shipped.SCRIPT,
      variants: shipped.VARIANTS,
      phrases: shipped.PHRASES,
      wordings: shipped.WORDINGS,
    }).toEqual(table);
  });
});
