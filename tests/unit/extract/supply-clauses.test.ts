// What a thing is made of, said clause by clause: a clause names its user at its head (`针座多为ABS`,
// `接收刺激器的外壳采用…`), or names none and goes on about the user of the clause before (`表面涂覆硅油`,
// `其内部可植入…`, `也有企业改用…`); a clause headed by another noun ends the chain. Sentences in the
// wording of features on dialysis consumables, spinal implants, cochlear implants and infusion pumps.
import { describe, expect, it } from 'vitest';
import { supplyEdges, type KnownLabel } from './supply-pairs';

/** `TYPE item -> user`, by node name, sorted, each once, with `known` names added to the lexicon. */
const pairs = (text: string, known: Readonly<Record<string, KnownLabel>>): string[] => {
  const { edges, name } = supplyEdges(text, known);
  return [...new Set(edges.map((e) => `${e.type} ${name(e.source)} -> ${name(e.target)}`))].sort();
};

describe('make-up read clause by clause', () => {
  it('reads 用M拉制, then 表面涂覆一层N of the same part, then 针座多为ABS of the next', () => {
    expect(
      pairs('针管用304不锈钢拉制，表面涂覆一层硅油以减小穿刺阻力，针座多为ABS。', {
        针管: 'Component',
        针座: 'Component',
        '304不锈钢': 'Material',
        硅油: 'Material',
        ABS: 'Material',
      }),
    ).toEqual(['USED_IN 304不锈钢 -> 针管', 'USED_IN ABS -> 针座', 'USED_IN 硅油 -> 针管']);
  });

  it('reads 材质以M为主, 其内部可植入A或B and 部分产品在表面喷涂C of the implant the sentence opens with', () => {
    expect(
      pairs(
        '椎间融合器放在相邻两节椎体之间，材质以聚醚醚酮（PEEK）为主，其内部可植入自体骨或人工骨，部分产品在表面喷涂羟基磷灰石涂层。',
        {
          椎间融合器: 'Equipment',
          聚醚醚酮: 'Material',
          自体骨: 'Material',
          人工骨: 'Material',
          羟基磷灰石涂层: 'Material',
        },
      ),
    ).toEqual([
      'USED_IN 人工骨 -> 椎间融合器',
      'USED_IN 羟基磷灰石涂层 -> 椎间融合器',
      'USED_IN 聚醚醚酮 -> 椎间融合器',
      'USED_IN 自体骨 -> 椎间融合器',
    ]);
  });

  it('reads 则为M, 以M为载体 and 以M为吸附材料 after makers of the thing (也有产品)', () => {
    expect(
      pairs('外壳和端盖一般采用聚碳酸酯注塑，灌封胶则为聚氨酯。', {
        外壳: 'Component',
        端盖: 'Component',
        灌封胶: 'Component',
        聚碳酸酯: 'Material',
        聚氨酯: 'Material',
      }),
    ).toEqual(['USED_IN 聚氨酯 -> 灌封胶', 'USED_IN 聚碳酸酯 -> 外壳', 'USED_IN 聚碳酸酯 -> 端盖']);
    expect(
      pairs('吸附剂多选用中性大孔吸附树脂，也有产品以活性炭为吸附材料。', {
        吸附剂: 'Component',
        中性大孔吸附树脂: 'Material',
        活性炭: 'Material',
      }),
    ).toEqual(['USED_IN 中性大孔吸附树脂 -> 吸附剂', 'USED_IN 活性炭 -> 吸附剂']);
    expect(
      pairs('接收刺激器的外壳采用钛合金封装，电极阵列以医用硅橡胶为载体。', {
        接收刺激器: 'Component',
        外壳: 'Component',
        电极阵列: 'Component',
        钛合金: 'Material',
        医用硅橡胶: 'Material',
      }).filter((p) => p.startsWith('USED_IN')),
    ).toEqual([
      'USED_IN 医用硅橡胶 -> 电极阵列',
      'USED_IN 钛合金 -> 外壳',
      // The bare piece's material is its owner's too.
      'USED_IN 钛合金 -> 接收刺激器',
    ]);
  });

  it('reads a battery’s 以A为阳极，电解液为B', () => {
    expect(
      pairs('锂碘电池以锂为阳极，电解液为固态碘化锂。', {
        锂碘电池: 'Component',
        锂: 'Material',
        固态碘化锂: 'Material',
      }),
    ).toEqual(['USED_IN 固态碘化锂 -> 锂碘电池', 'USED_IN 锂 -> 锂碘电池']);
  });

  it('reads 改用 a material with a modifier, after makers of the thing, and 改用 a part', () => {
    expect(
      pairs('输液器以医用PVC为原料，也有企业改用不含DEHP的热塑性弹性体。', {
        输液器: 'Equipment',
        医用PVC: 'Material',
        热塑性弹性体: 'Material',
      }),
    ).toEqual(['USED_IN 医用PVC -> 输液器', 'USED_IN 热塑性弹性体 -> 输液器']);
    expect(
      pairs('新一代数字PET的探测器模块改用硅光电倍增管，体积小、时间分辨率高。', {
        探测器模块: 'Component',
        硅光电倍增管: 'Component',
      }),
    ).toEqual(['PART_OF 硅光电倍增管 -> 探测器模块']);
  });

  it('reads nothing across a clause headed by a noun of its own, nor a list that modifies a name', () => {
    // 医生 heads the second clause: the third is not about the tube.
    expect(
      pairs('针管用304不锈钢拉制，医生穿刺前检查针尖，表面涂覆硅油。', {
        针管: 'Component',
        '304不锈钢': 'Material',
        硅油: 'Material',
      }),
    ).toEqual(['USED_IN 304不锈钢 -> 针管']);
    // A first clause with no user of its own starts no chain.
    expect(pairs('目前多为进口，表面涂覆硅油。', { 硅油: 'Material' })).toEqual([]);
    // 采用聚碳酸酯的外壳: the material is the shell's, said by no verb of the pump.
    expect(
      pairs('输液泵采用聚碳酸酯的外壳，重量较轻。', {
        输液泵: 'Equipment',
        外壳: 'Component',
        聚碳酸酯: 'Material',
      }).filter((p) => p.includes('聚碳酸酯 -> 输液泵')),
    ).toEqual([]);
  });
});

describe('a place set against the user before', () => {
  it('reads nothing from 外表面则喷涂N after a coil: 则 makes the surface the whole’s', () => {
    expect(
      pairs('头端外绕的弹簧圈用铂钨合金丝绕制，外表面则喷涂亲水涂层。', {
        弹簧圈: 'Component',
        铂钨合金: 'Material',
        亲水涂层: 'Material',
      }).filter((p) => p.includes('亲水涂层')),
    ).toEqual([]);
  });
});

describe('processes and coats of a pacemaker’s parts', () => {
  it('reads 用M浇铸成型 after a clause placing the part, and 表面常覆盖N', () => {
    expect(
      pairs('连接头位于外壳顶部，用环氧树脂浇铸成型，内含固定螺丝和密封圈。', {
        连接头: 'Component',
        环氧树脂: 'Material',
      }),
    ).toEqual(['USED_IN 环氧树脂 -> 连接头']);
    expect(
      pairs('头端电极直接接触心肌，表面常覆盖氮化钛涂层以降低起搏阈值。', {
        头端电极: 'Component',
        氮化钛涂层: 'Material',
      }),
    ).toEqual(['USED_IN 氮化钛涂层 -> 头端电极']);
  });
});

describe('a make-up some products have', () => {
  it('reads 耳模也有用M制作的', () => {
    expect(pairs('耳模也有用聚氨酯制作的。', { 耳模: 'Component', 聚氨酯: 'Material' })).toEqual([
      'USED_IN 聚氨酯 -> 耳模',
    ]);
  });
});

describe('a lining', () => {
  it('reads 内腔表面还要衬一层M of the tube the clause before names', () => {
    expect(
      pairs(
        '远端的内管由高密度聚乙烯和聚醚嵌段酰胺共挤制成，内腔表面还要衬一层聚四氟乙烯，以减小导丝通过时的摩擦。',
        { 内管: 'Component', 高密度聚乙烯: 'Material', 聚醚嵌段酰胺: 'Material', 聚四氟乙烯: 'Material' },
      ),
    ).toEqual(['USED_IN 聚四氟乙烯 -> 内管', 'USED_IN 聚醚嵌段酰胺 -> 内管', 'USED_IN 高密度聚乙烯 -> 内管']);
  });
});

describe('a service record', () => {
  // Lines of a hospital equipment department's year summary.
  const KNOWN = {
    球管: 'Component',
    高压发生器: 'Component',
    流量传感器: 'Component',
    锂电池: 'Component',
    除颤仪: 'Equipment',
    输液泵: 'Equipment',
  } as const;

  it('gives a machine the parts it had replaced or overhauled, clause after clause, past counts and unknown pieces', () => {
    // 滑环碳刷 is a part by its bare noun (碳刷: part-nouns.test.ts).
    expect(pairs('（一）64排CT更换球管1支，检修高压发生器和滑环碳刷；', KNOWN)).toEqual([
      'PART_OF 滑环碳刷 -> 计算机断层扫描仪',
      'PART_OF 球管 -> 计算机断层扫描仪',
      'PART_OF 高压发生器 -> 计算机断层扫描仪',
    ]);
    // 氧电池 is a part by its own name (氧, a one-character kind before a part's head); 呼气阀膜片 is an
    // item of the counted list (between a list mark and its count).
    expect(pairs('（四）呼吸机更换流量传感器27个、氧电池19块、呼气阀膜片42个；', KNOWN)).toEqual([
      'PART_OF 呼气阀膜片 -> 呼吸机',
      'PART_OF 氧电池 -> 呼吸机',
      'PART_OF 流量传感器 -> 呼吸机',
    ]);
    expect(pairs('（五）除颤仪、输液泵更换锂电池共136块。', KNOWN)).toEqual([
      'PART_OF 锂电池 -> 输液泵',
      'PART_OF 锂电池 -> 除颤仪',
    ]);
  });

  it('reads no part where the machine is replaced by another', () => {
    expect(pairs('新院区将1.5T磁共振更换为3.0T机型。', KNOWN)).toEqual([]);
    expect(pairs('呼吸机更换为国产品牌，流量传感器另购。', KNOWN)).toEqual([]);
  });
});

describe('a curated name that only modifies the clause’s head', () => {
  it('gives no material to the endoscope of 内窥镜清洗工作站包括…，采用304不锈钢材质 (a tender)', () => {
    expect(
      pairs('2.内窥镜清洗工作站包括清洗槽、漂洗槽、消毒槽及干燥台，采用304不锈钢材质。', {
        内窥镜: 'Equipment',
        '304不锈钢': 'Material',
      }),
    ).toEqual([]);
  });

  it('still reads the device itself at the head: 内窥镜包括插入部和操作部，采用304不锈钢材质', () => {
    expect(
      pairs('2.内窥镜包括插入部和操作部，采用304不锈钢材质。', {
        内窥镜: 'Equipment',
        '304不锈钢': 'Material',
      }),
    ).toEqual(['USED_IN 304不锈钢 -> 医用内窥镜']);
  });
});
