// Devices named without a head noun, read from the list that names them: Latin abbreviations
// (`医用DR`, `DSA`, `PET/CT`), devices named by what they do (`除颤器`, `超声刀`, `抓钳`), and a
// curated device with a modifier between two separators (`…和血管介入手术机器人`):
// terms/device-lists.ts, with the shared modifiers of terms/coordination.ts.
import { describe, expect, it } from 'vitest';
import { contextOf, equipmentOf } from './seed-data';

const read = equipmentOf;

describe('Latin abbreviations in a list of devices', () => {
  it('reads 医用DR, 移动DR and DSA of a tender list as equipment, without the head of a later member', () => {
    const r = read('医学影像包件包括医用DR、移动DR、数字乳腺X射线摄影系统和DSA各一台。');
    expect(r.names).toEqual(['DSA', '医用DR', '数字乳腺X射线摄影系统', '移动DR']);
    expect(r.quotes('医用DR')).toEqual(['医用DR']);
  });

  it('reads PET/CT as one hybrid machine and the PET of CT/MR/PET整机 as a machine of its own', () => {
    // PET/CT is the curated PET-CT, which the lexicon writes with a hyphen: one machine, not its halves.
    const text = '医学影像包件包括PET/CT、医用DR和彩色多普勒超声诊断仪。';
    expect(read(text).names).toEqual(['医用DR', '彩色多普勒超声诊断仪']);
    const pet = contextOf(text).model.occurrences.filter((o) => o.nodeId === 'equipment:pet-ct');
    expect(pet.map((o) => text.slice(o.start, o.end))).toEqual(['PET/CT']);
    expect(read('支持企业突破CT/MR/PET整机。').names).toEqual(['PET']);
  });

  it('reads DR among curated devices (CT、DR、超声、监护仪和呼吸机)', () => {
    expect(read('CT、DR、超声、监护仪和呼吸机由国内企业中标。').names).toContain('DR');
  });

  it('reads no letters of a list that names no device in words (companies, technologies)', () => {
    expect(read('GE、西门子和飞利浦等企业占据高端市场。').names).toEqual([]);
    expect(read('推动AI、5G和VR等技术与医疗装备融合。').names).not.toContain('VR');
  });
});

describe('devices named by what they do', () => {
  it('reads 除颤器 and 超声刀 as members of device lists', () => {
    expect(read('重点发展有创呼吸机、连续性血液净化设备、除颤器等急救与重症装备。').names).toContain(
      '除颤器',
    );
    expect(read('研制高清三维电子腹腔镜、超声刀等产品。').names).toEqual(['超声刀', '高清三维电子腹腔镜']);
  });

  it('reads the instruments a class names before 包括, a verb glued into a name (持|针|器) included', () => {
    const r = read('手术机器人专用的器械包括持针器、抓钳、单极电剪和双极电凝钳等。');
    expect(r.names).toEqual(['单极电剪', '双极电凝钳', '抓钳', '持针器']);
  });

  it('keeps the registration prefix 一次性使用 of the first member', () => {
    expect(read('做强一次性使用输液器、注射器、血液透析器等医用耗材。').names).toEqual(
      expect.arrayContaining(['一次性使用输液器', '注射器']),
    );
  });

  it('keeps 一次性使用 of every member, and an instrument noun the dictionary tags as a preposition (留置|针)', () => {
    const r = read(
      '常规耗材方面，一次性使用输液器、一次性使用无菌注射器、一次性使用静脉留置针和一次性使用真空采血管的延续注册数量居前列。',
    );
    expect(r.names).toEqual(
      expect.arrayContaining(['一次性使用输液器', '一次性使用无菌注射器', '一次性使用静脉留置针']),
    );
  });

  it('reads a device among pumps, which the head list calls parts (监护仪、除颤器、输液泵和注射泵)', () => {
    expect(read('新增多参数监护仪、除颤器、输液泵和注射泵若干。').names).toContain('除颤器');
  });

  it('reads no part ending in 器 beside a part and a bare class noun (减速器、传感器与器械)', () => {
    expect(read('手术机器人产业链观察：减速器、传感器与器械的国产替代。').names).toEqual([]);
  });

  it('reads no lens or eyepiece of a parts list as a device', () => {
    expect(read('镜体系统包括目镜、旋钮、钳道口、光束接口和导光束。').names).toEqual([]);
  });

  it('reads no verb before a one-word instrument as part of its name (采购|超声刀)', () => {
    expect(read('医院采购超声刀、除颤器和麻醉机。').names).toEqual(
      expect.arrayContaining(['超声刀', '除颤器']),
    );
    expect(read('医院采购超声刀、除颤器和麻醉机。').names.some((n) => n.includes('采购'))).toBe(false);
  });
});

describe('curated devices with a modifier, and shared modifiers', () => {
  it('reads 血管介入手术机器人 after 和 and 心血管支架 after 和 as names of their own', () => {
    expect(read('重点突破骨科、神经外科手术机器人和血管介入手术机器人。').names).toContain(
      '血管介入手术机器人',
    );
    expect(read('推动可降解材料在骨科植入物和心血管支架中的应用。').names).toContain('心血管支架');
  });

  it('shares one modifier at most: 腹腔镜和血管介入手术机器人 gives 腹腔镜手术机器人', () => {
    const r = read('腹腔镜和血管介入手术机器人需要在器械末端安装力传感器。');
    expect(r.names).toContain('腹腔镜手术机器人');
    expect(r.names).not.toContain('腹腔镜介入手术机器人');
    expect(r.names).not.toContain('腹腔镜');
  });

  it('reads no grade as a member: 64排及以上CT gives no 以上CT', () => {
    expect(read('加快发展64排及以上CT、数字化X射线摄影系统等产品。').names).not.toContain('以上CT');
  });

  it('extends a curated analyser past the prefix cap with a word of automation (全自动化学发光免疫分析仪)', () => {
    expect(read('推动全自动化学发光免疫分析仪、高通量基因测序仪等产品升级换代。').names).toContain(
      '全自动化学发光免疫分析仪',
    );
  });
});
