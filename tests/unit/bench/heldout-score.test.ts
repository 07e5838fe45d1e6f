// The held-out scorer on tiny hand-made graphs: what counts as found, linked, issued and noise.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { graphFileSchema, type GraphFile } from '../../../core/model/interchange';
import {
  goldSchema,
  judgeCandidates,
  meanShare,
  normaliseName,
  scoreText,
  share,
  type HeldoutGold,
} from '../../bench/heldout-score';

const PLAN = 'ct-feature-2022';

interface NodeSpec {
  id: string;
  label: string;
  name: string;
  aliases?: string[];
  discovered?: boolean;
  mentioned?: boolean;
}

const node = (s: NodeSpec) => ({
  id: s.id,
  label: s.label,
  name: s.name,
  nameEn: '',
  aliases: s.aliases ?? [],
  plans: [PLAN],
  mentions: s.mentioned === false ? [] : [{ plan: PLAN, section: '', start: 0, end: 1 }],
  ...(s.discovered ? { discovered: true } : {}),
});

const edge = (type: string, source: string, target: string) => ({
  type,
  source,
  target,
  basis: 'stated',
  evidence: [],
});

const graphOf = (nodes: NodeSpec[], edges: ReturnType<typeof edge>[] = []): GraphFile =>
  graphFileSchema.parse({
    plans: [{ id: PLAN, title: 'CT球管', titleEn: 'CT tubes', file: 'x.txt', year: 2022 }],
    nodes: [
      {
        id: `plan:${PLAN}`,
        label: 'Plan',
        name: 'CT球管',
        nameEn: '',
        aliases: [],
        plans: [PLAN],
        mentions: [],
      },
      ...nodes.map(node),
    ],
    edges,
  });

const goldOf = (over: Partial<HeldoutGold> = {}): HeldoutGold =>
  goldSchema.parse({
    text: 'x.txt',
    encoding: 'utf-8',
    script: 'simplified',
    source: { title: 't', url: 'u', publisher: 'p', date: '2022' },
    plan: { id: PLAN, title: 'CT球管', year: 2022 },
    entities: {
      Equipment: ['CT|计算机断层扫描'],
      Component: ['CT球管|球管'],
      Material: [],
      Technology: [],
      Domain: [],
      Department: ['国家药品监督管理局|国家药监局'],
    },
    domainLinks: [],
    supply: [['CT球管|球管', 'CT']],
    issuers: ['国家药品监督管理局|国家药监局'],
    acceptable: ['医学装备'],
    ...over,
  });

describe('normaliseName', () => {
  it('folds full-width forms, whitespace, Latin case and Traditional script', () => {
    expect(normaliseName('ＣＴ 球管')).toBe('ct球管');
    expect(normaliseName('國家藥監局')).toBe(normaliseName('国家药监局'));
    expect(normaliseName('心臟瓣膜')).toBe('心脏瓣膜');
  });
});

describe('scoreText', () => {
  it('finds a gold entity by an alias of a node of its label, in any normalised form', () => {
    const g = graphOf([
      { id: 'equipment:ct', label: 'Equipment', name: '计算机断层扫描', aliases: ['ＣＴ'] },
      { id: 'component:tube', label: 'Component', name: '球 管' },
    ]);
    const s = scoreText(g, goldOf());
    expect(s.entities.Equipment).toEqual({ found: 1, total: 1 });
    expect(s.entities.Component).toEqual({ found: 1, total: 1 });
    expect(s.entityAll).toEqual({ found: 2, total: 3 });
    expect(s.missed).toContain('Department:国家药品监督管理局');
  });

  it('does not count a node of another label', () => {
    const g = graphOf([{ id: 'material:ct-tube', label: 'Material', name: 'CT球管' }]);
    const s = scoreText(g, goldOf());
    expect(s.entities.Component).toEqual({ found: 0, total: 1 });
    expect(s.missed).toContain('Component:CT球管');
  });

  it('counts a supply link only as an edge from the part to the equipment', () => {
    const nodes: NodeSpec[] = [
      { id: 'equipment:ct', label: 'Equipment', name: 'CT' },
      { id: 'component:tube', label: 'Component', name: 'CT球管' },
    ];
    expect(
      scoreText(graphOf(nodes, [edge('PART_OF', 'component:tube', 'equipment:ct')]), goldOf()).supply,
    ).toEqual({
      found: 1,
      total: 1,
    });
    const reversed = scoreText(graphOf(nodes, [edge('PART_OF', 'equipment:ct', 'component:tube')]), goldOf());
    expect(reversed.supply).toEqual({ found: 0, total: 1 });
    expect(reversed.missed).toContain('supply:CT球管->CT');
  });

  it('judges the links between two gold entities: one the gold does not state is wrong, one to an unknown end is not judged', () => {
    const gold = goldOf({
      entities: { ...goldOf().entities, Domain: ['医学影像装备'] },
      domainLinks: [['CT', '医学影像装备']],
    });
    const nodes: NodeSpec[] = [
      { id: 'equipment:ct', label: 'Equipment', name: 'CT' },
      { id: 'component:tube', label: 'Component', name: 'CT球管' },
      { id: 'equipment:dr', label: 'Equipment', name: 'DR' },
      { id: 'domain:imaging', label: 'Domain', name: '医学影像装备' },
    ];
    const s = scoreText(
      graphOf(nodes, [
        edge('IN_DOMAIN', 'equipment:ct', 'domain:imaging'),
        edge('IN_DOMAIN', 'component:tube', 'domain:imaging'),
        edge('IN_DOMAIN', 'equipment:dr', 'domain:imaging'),
        edge('USED_IN', 'component:tube', 'equipment:ct'),
      ]),
      gold,
    );
    expect(s.domainPrecision).toEqual({ found: 1, total: 2 });
    expect(s.supplyPrecision).toEqual({ found: 1, total: 1 });
    expect(s.wrongLinks).toEqual(['domain:CT球管->医学影像装备']);
  });

  it('counts a domain link only over IN_DOMAIN', () => {
    const gold = goldOf({ domainLinks: [['CT', '医学影像装备']] });
    const nodes: NodeSpec[] = [
      { id: 'equipment:ct', label: 'Equipment', name: 'CT' },
      { id: 'domain:imaging', label: 'Domain', name: '医学影像装备' },
    ];
    expect(
      scoreText(graphOf(nodes, [edge('IN_DOMAIN', 'equipment:ct', 'domain:imaging')]), gold).domainLinks,
    ).toEqual({ found: 1, total: 1 });
    expect(
      scoreText(graphOf(nodes, [edge('PART_OF', 'equipment:ct', 'domain:imaging')]), gold).domainLinks,
    ).toEqual({
      found: 0,
      total: 1,
    });
  });

  it('counts an issuer only with an ISSUED edge to the text’s plan node', () => {
    const nodes: NodeSpec[] = [{ id: 'department:nmpa', label: 'Department', name: '国家药品监督管理局' }];
    const issued = scoreText(graphOf(nodes, [edge('ISSUED', 'department:nmpa', `plan:${PLAN}`)]), goldOf());
    expect(issued.issuers).toEqual({ found: 1, total: 1 });
    expect(issued.departments).toEqual({ found: 1, total: 1 });
    const named = scoreText(graphOf(nodes), goldOf());
    expect(named.issuers).toEqual({ found: 0, total: 1 });
    expect(named.missed).toContain('issuer:国家药品监督管理局');
    const otherPlan = graphOf(
      [...nodes, { id: 'plan:meq-2021', label: 'Plan', name: '医疗装备产业发展规划', mentioned: false }],
      [edge('ISSUED', 'department:nmpa', 'plan:meq-2021')],
    );
    expect(scoreText(otherPlan, goldOf()).issuers).toEqual({ found: 0, total: 1 });
  });

  it('counts as noise only new nodes mentioned in the text that match no gold entity or acceptable term', () => {
    const g = graphOf([
      { id: 'component:tube', label: 'Component', name: 'CT球管', discovered: true },
      { id: 'domain:medical-equipment', label: 'Domain', name: '医学装备', discovered: true },
      { id: 'equipment:united-imaging', label: 'Equipment', name: '联影', discovered: true },
      { id: 'equipment:curated-mri', label: 'Equipment', name: 'MRI' },
      { id: 'equipment:elsewhere', label: 'Equipment', name: '别处', discovered: true, mentioned: false },
    ]);
    const s = scoreText(g, goldOf(), { curatedIds: new Set(['equipment:curated-mri']) });
    expect(s.noise).toEqual({ found: 1, total: 3 });
    expect(s.noiseNodes).toEqual(['Equipment:联影']);
  });

  it('treats a node missing from the curated ids as new even without the discovered flag', () => {
    const g = graphOf([{ id: 'technology:blockchain', label: 'Technology', name: '区块链' }]);
    expect(scoreText(g, goldOf(), { curatedIds: new Set() }).noise).toEqual({ found: 1, total: 1 });
    expect(scoreText(g, goldOf()).noise).toEqual({ found: 0, total: 0 });
  });
});

describe('judged nodes and candidates (the reliability table)', () => {
  it('judges each new node gold, acceptable or noise, with its confidence and rule', () => {
    const g = graphFileSchema.parse({
      ...graphOf([]),
      nodes: [
        ...graphOf([]).nodes,
        ...[
          { id: 'component:tube', label: 'Component', name: 'CT球管', conf: 0.8 },
          { id: 'domain:medical-equipment', label: 'Domain', name: '医学装备', conf: 0.7 },
          { id: 'equipment:united-imaging', label: 'Equipment', name: '联影', conf: 0.7 },
        ].map((n) => ({
          ...node({ ...n, discovered: true }),
          props: { confidence: n.conf, foundBy: 'head-noun' },
        })),
      ],
    });
    expect(scoreText(g, goldOf()).judged).toEqual([
      { label: 'Component', name: 'CT球管', confidence: 0.8, foundBy: 'head-noun', verdict: 'gold' },
      { label: 'Domain', name: '医学装备', confidence: 0.7, foundBy: 'head-noun', verdict: 'acceptable' },
      { label: 'Equipment', name: '联影', confidence: 0.7, foundBy: 'head-noun', verdict: 'noise' },
    ]);
  });

  it('counts a candidate gold only when it names a gold entity the graph misses', () => {
    const g = graphOf([{ id: 'equipment:ct', label: 'Equipment', name: 'CT' }]);
    const c = (name: string) => ({ label: 'Component', name, confidence: 0.5, foundBy: 'head-noun' });
    const verdicts = judgeCandidates(g, goldOf(), [c('球管'), c('CT'), c('医学装备'), c('联影')]);
    expect(verdicts.map((v) => v.verdict)).toEqual(['gold', 'acceptable', 'acceptable', 'noise']);
  });
});

describe('share and meanShare', () => {
  it('skip texts with nothing to find', () => {
    expect(share({ found: 0, total: 0 })).toBeNaN();
    expect(
      meanShare([
        { found: 1, total: 2 },
        { found: 0, total: 0 },
        { found: 1, total: 1 },
      ]),
    ).toBe(0.75);
  });
});

describe('the held-out gold files', () => {
  const root = join(import.meta.dirname, '../../fixtures/heldout');
  const golds = ['dev', 'test'].flatMap((split) =>
    readdirSync(join(root, split))
      .filter((f) => f.endsWith('.gold.json'))
      .map((f) => join(split, f)),
  );

  it('are there, in both splits', () => {
    expect(golds.filter((g) => g.startsWith('dev')).length).toBeGreaterThan(0);
    expect(golds.filter((g) => g.startsWith('test')).length).toBeGreaterThan(0);
  });

  // A gold the extractor refuses (a plan id without its year) drops its text from the bench silently.
  it.each(golds)('%s follows the gold schema, with a plan id the extractor accepts', (g) => {
    const parsed = goldSchema.safeParse(JSON.parse(readFileSync(join(root, g), 'utf8')));
    expect(parsed.error?.issues ?? []).toEqual([]);
  });
});
