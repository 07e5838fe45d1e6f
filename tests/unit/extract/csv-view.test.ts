// A CSV export read as a table: the view writes its separating commas as tabs, same length, and only a
// header of column names over records of as many fields is a table.
import { describe, expect, it } from 'vitest';
import { csvView, unquoted } from '../../../server/extract/csv-view';

describe('the CSV view', () => {
  const EXPORT = [
    '# 导出文件：医疗装备产业链图谱_节点明细.csv',
    '序号,产业链,节点名称,上级节点,代表企业',
    '1,"医学影像装备","计算机断层扫描系统（CT）","","苏州康影医疗科技有限公司，常州安诺医疗设备有限公司"',
    '2,"医学影像装备","CT球管","计算机断层扫描系统（CT）","无锡昆仑射线管有限公司,无锡分厂"',
    '3,"医学影像装备","高压发生器","计算机断层扫描系统（CT）、数字化X射线摄影系统（DR）","含""双源""方案',
    '续行"',
  ].join('\n');

  it('writes the commas between fields as tabs, keeps commas inside quotes and the length', () => {
    const view = csvView(EXPORT);
    expect(view.length).toBe(EXPORT.length);
    const lines = view.split('\n');
    expect(lines[1]).toBe('序号\t产业链\t节点名称\t上级节点\t代表企业');
    expect(lines[3]).toBe(
      '2\t"医学影像装备"\t"CT球管"\t"计算机断层扫描系统（CT）"\t"无锡昆仑射线管有限公司,无锡分厂"',
    );
    expect(lines[0]).toBe(EXPORT.split('\n')[0]);
  });

  it('joins the lines of a quoted cell broken over two lines, a doubled quote inside it', () => {
    const view = csvView(EXPORT);
    expect(view.slice(view.indexOf('3\t'))).toBe(
      '3\t"医学影像装备"\t"高压发生器"\t"计算机断层扫描系统（CT）、数字化X射线摄影系统（DR）"\t"含""双源""方案 续行"',
    );
  });

  it('leaves prose with commas, and a table of two fields, as written', () => {
    const prose =
      '我们重点发展CT,MR,超声三类设备,并推动球管国产化。\n同时,加快探测器,磁体研制,形成配套。\n另外,推进芯片,传感器,材料攻关,提高水平。';
    expect(csvView(prose)).toBe(prose);
    const narrow = '名称,材料\nCT球管,钨铼合金\n超导磁体,铌钛\n';
    expect(csvView(narrow)).toBe(narrow);
  });

  it('reads a quoted cell inside its quotes', () => {
    expect(unquoted('"CT球管"', 0, 6)).toEqual([1, 5]);
    expect(unquoted('CT球管', 0, 4)).toEqual([0, 4]);
  });
});
