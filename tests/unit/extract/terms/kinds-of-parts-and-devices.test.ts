// Heads of parts and devices named by their kind (terms/heads.ts): an endoscope's light guide and pull wires,
// lenses, diaphragms, bladders and receivers; a flowmeter as a machine's part and a peak flowmeter as a device;
// operating tables, ceiling pendants, watches and the workstations of a medical work; a kind of a machine
// before its Latin abbreviation (移动DR).
import { describe, expect, it } from 'vitest';
import { thingsOf } from '../seed-data';

describe('parts named by their kind', () => {
  it("reads an endoscope's light guide and pull wire (光纤导光束, 钨丝牵引线)", () => {
    const names = thingsOf('导光所用的光纤导光束、插入管所用的蛇骨和钨丝牵引线已实现国内采购。');
    expect(names).toEqual(expect.arrayContaining(['Component:光纤导光束', 'Component:钨丝牵引线']));
  });

  it("reads a probe's acoustic lens and a dialysis machine's diaphragm", () => {
    expect(thingsOf('（三）彩超维修探头9把，主要为声透镜开裂和电缆断线。')).toContain('Component:声透镜');
    expect(thingsOf('同时平衡腔膜片采用的硅橡胶批次不合格。')).toContain('Component:平衡腔膜片');
  });

  it("reads a cuff's bladder and a hearing aid's receiver", () => {
    expect(thingsOf('袖带采用尼龙面料与TPU气囊复合制成。')).toContain('Component:TPU气囊');
    expect(thingsOf('骨导助听器的核心是骨导振子和微型受话器。')).toContain('Component:微型受话器');
  });

  it("reads a flowmeter as an anaesthesia machine's part, a peak flowmeter as a device", () => {
    const names = thingsOf(
      '传统流量计为玻璃锥形管浮标流量计，锥形管采用硼硅玻璃制成；现代机型多采用电子流量计。',
    );
    expect(names).toEqual(expect.arrayContaining(['Component:玻璃锥形管浮标流量计', 'Component:电子流量计']));
    expect(thingsOf('推荐哮喘患者使用呼气峰流量计监测病情。')).toContain('Equipment:呼气峰流量计');
  });
});

describe('panels, tanks, markers and circuits of blood', () => {
  it("reads a catheter's marker band and a pump's key panel", () => {
    expect(thingsOf('外层选用不同硬度的聚氨酯分段热熔连接，远端嵌有铂金标记带。')).toContain(
      'Component:铂金标记带',
    );
    expect(thingsOf('泵门视窗采用透明聚碳酸酯，按键面板则用硅橡胶。')).toContain('Component:按键面板');
  });

  it('reads the blood line of a dialysis as a device, and no pipes of a building', () => {
    const names = thingsOf(
      '每位尿毒症患者每周通常透析三次，每次都要消耗一支透析器、一套血液管路和两支穿刺针。',
    );
    expect(names).toContain('Equipment:血液管路');
    expect(thingsOf('医院改造医用气体管路和供水管路。').filter((n) => n.endsWith('管路'))).toEqual([]);
  });
});

describe('devices named by their kind', () => {
  it('reads operating tables and a ceiling pendant', () => {
    const names = thingsOf(
      '手术床类产品包括电动液压手术床、综合手术床、骨科牵引手术床和复合手术室用碳纤维手术床。照明与悬吊类产品包括LED手术无影灯、手术辅助照明灯、医用吊塔和吊桥。',
    );
    expect(names).toEqual(
      expect.arrayContaining([
        'Equipment:电动液压手术床',
        'Equipment:综合手术床',
        'Equipment:骨科牵引手术床',
        'Equipment:医用吊塔',
      ]),
    );
  });

  it('reads a watch that monitors (无创血糖监测手表)', () => {
    const names = thingsOf(
      '另一团队开发无创血糖监测手表，核心部件包括近红外光源、光电二极管和低功耗蓝牙芯片。',
    );
    expect(names).toContain('Equipment:无创血糖监测手表');
  });

  it('reads the workstation of a medical work (麻醉工作站), not an office (常州工作站)', () => {
    expect(thingsOf('现代麻醉工作站在麻醉机基础上集成了麻醉监护仪和麻醉信息系统。')).toContain(
      'Equipment:麻醉工作站',
    );
    expect(thingsOf('新服务站常州工作站揭牌。')).toEqual([]);
  });
});

describe('a kind of a machine before its Latin abbreviation', () => {
  it('reads 医用DR and 移动DR where the text delimits them', () => {
    const names = thingsOf(
      '一类是面向基层的产品，也就是面向农村、社区基础的医疗器械，从基础的医用DR做起；二类是中高层次医疗器械产品的开发。',
    );
    expect(names).toContain('Equipment:医用DR');
    expect(thingsOf('报告期内，128排CT获得第三类医疗器械注册证，移动DR进入欧盟市场。')).toContain(
      'Equipment:移动DR',
    );
  });

  it('reads the scan of an OCT as its kind (频域OCT), and no kind glued to a noun after it', () => {
    expect(thingsOf('频域OCT多采用超辐射发光二极管（SLD）作为光源。')).toContain('Equipment:频域OCT');
    expect(thingsOf('不断推进移动DR研发。')).not.toContain('Equipment:移动DR');
  });
});

describe("a machine's boards, screens, cells and fans", () => {
  it('reads a board a teardown names (探头接口板), not a stock market board', () => {
    const names = thingsOf('整机由显示屏组件、主机板、前端板、电源板、锂电池组和探头接口板六大块组成。');
    expect(names).toContain('Component:探头接口板');
    expect(thingsOf('2021年，威高血净登陆上交所主板。').filter((n) => n.includes('主板'))).toEqual([]);
  });

  it("reads a cold light source's fan beside its modules", () => {
    const names = thingsOf('医用冷光源采用LED光源或氙灯，主要包括光源模块、散热风扇和导光接口。');
    expect(names).toContain('Component:散热风扇');
  });
});
