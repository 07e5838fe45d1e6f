// Shared shapes of the extraction pipeline: curated inputs (lexicon, departments, plans) and the
// intermediate text model (sections, sentences, mentions) that the rules read.
import type { NodeLabel } from '../../core/model/graph-model';
import type { NodeId, PlanId } from '../../core/model/ids';

/** One curated entity of `seeds/lexicon.json`. */
export interface LexiconEntry {
  readonly id: NodeId;
  readonly label: Exclude<NodeLabel, 'Plan' | 'Department' | 'Target' | 'Measure'>;
  readonly name: string;
  readonly nameEn: string;
  readonly aliases: readonly string[];
  /** Forms that stand for this entity only right before 用 (`放射用...` = radiotherapy equipment). */
  readonly userForms?: readonly string[];
  readonly note?: string;
}

/** Curated English names and slugs for measures and targets, keyed by plan id and heading title or target text. */
export type MeasureNames = Readonly<
  Record<string, Readonly<Record<string, { slug: string; nameEn: string }>>>
>;

/** One clause of a department's remit, as its defining document words it (or a marked summary). */
export interface RemitClause {
  /** Short slug, unique within the department (`registration`): the inferred rule is `remit:nmpa:registration`. */
  readonly id: string;
  readonly zh: string;
  readonly en: string;
  /** Whole terms a measure must itself be about for the clause to reach it (`注册`, `医保支付`). */
  readonly terms: readonly string[];
  /** True when `zh` quotes the source verbatim (ellipses mark cuts); false for a summary. */
  readonly quoted: boolean;
  /** The document the clause comes from, when it differs from the department's `remitSource`. */
  readonly source?: string;
}

export type DepartmentKind =
  | 'state-council'
  | 'ministry'
  | 'commission'
  | 'directly-affiliated'
  | 'administered-bureau'
  | 'office'
  | 'former';

/** One department of `seeds/departments.json`. */
export interface DepartmentEntry {
  readonly id: NodeId;
  readonly name: string;
  readonly nameEn: string;
  readonly kind: DepartmentKind;
  /** Official short names matched anywhere (科技部, 发展改革委, 国家卫健委, 卫计委). */
  readonly aliases: readonly string[];
  /** Bare forms used only inside a department list ending in 等(N)部门 (工信、发改、药监). */
  readonly shortForms: readonly string[];
  /** Prefixes of the department's document numbers (工信部 of 工信部联规〔2021〕NNN号, 国科发). */
  readonly docPrefixes?: readonly string[];
  /** The ministry that administers a bureau (国家药监局 -> 国家市场监督管理总局). */
  readonly administeredBy?: NodeId;
  readonly successor?: NodeId;
  readonly successionNote?: string;
  readonly remit: readonly RemitClause[];
  readonly remitSource: string;
}

/** Plan metadata of `seeds/plans.json` plus what the extractor needs beyond the interchange fields. */
export interface PlanSeed {
  readonly id: PlanId;
  readonly title: string;
  readonly titleEn: string;
  readonly file: string;
  readonly year: number;
  /** Last year of the plan period: the year of a target that names none (十三五 ends 2020). */
  readonly periodEnd?: number;
  readonly issuers?: readonly NodeId[];
  /** True when the plan's text names its issuers (a notice header); false for metadata only. */
  readonly issuersInText?: boolean;
  readonly sha256?: string;
}

export interface PlanInput {
  readonly meta: PlanSeed;
  readonly text: string;
}

/** Heads that make an unknown term look like an entity (docs/extraction.md, "Discovery"). */
export interface DiscoveryConfig {
  readonly heads: Readonly<Record<'Equipment' | 'Component' | 'Material', readonly string[]>>;
  readonly leadingVerbs: readonly string[];
  readonly genericModifiers: readonly string[];
  readonly stopTerms: readonly string[];
  /** Endings that look like heads but are other words (监管, 血管). */
  readonly notHeads: readonly string[];
  readonly maxLength: number;
  /** Words whose head would mislabel them (瓣膜 ends in 膜 but is an implant: Equipment). */
  readonly labelOverrides?: Readonly<Record<string, 'Equipment' | 'Component' | 'Material'>>;
  /** Words between 等 and a list's shared head that are not part of it (系列, 各类). */
  readonly listQuantifiers?: readonly string[];
  /** Words that end a term on the left besides verbs: pronoun-like and discourse words (我国, 确保, 比起). */
  readonly stopWords?: readonly string[];
  /** Modifiers that travel with a shared head (`骨科和腹腔镜手术机器人`: 手术). */
  readonly sharedModifiers?: readonly string[];
}

export interface Curated {
  readonly lexicon: readonly LexiconEntry[];
  readonly measures: MeasureNames;
  readonly departments: readonly DepartmentEntry[];
  readonly discovery: DiscoveryConfig;
  /** Word pieces of the field and their English (seeds/glossary.json): names for discovered terms. */
  readonly glossary?: Readonly<Record<string, string>>;
}

export type SectionKind = 'front' | 'toc' | 'title' | 'chapter' | 'subsection' | 'box' | 'item';

/** A heading and the text it governs, with offsets into the plan text. */
export interface Section {
  readonly index: number;
  readonly kind: SectionKind;
  readonly level: number;
  /** The heading with numbering and marks removed (`跨界融合创新`, `医疗装备产业链优化升级`). */
  readonly title: string;
  /** The heading as shown in a path (`四、跨界融合创新`, `专栏 3`, `攻关先进基础材料`). */
  readonly label: string;
  /** Readable path from the top (`四、跨界融合创新 > 专栏 3`). */
  readonly path: string;
  readonly parent: number | null;
  /** The section that a box follows (its subject) when boxes sit beside the text (meq-2021). */
  readonly follows: number | null;
  /** Offsets of the title inside the heading line. */
  readonly titleStart: number;
  readonly titleEnd: number;
  /** Scope: from the heading to the next heading of the same or a higher level. */
  readonly start: number;
  end: number;
  /**
   * A classification catalogue's category (`06 医用成像器械` over `06-01 X射线诊断设备`, `一级产品类别：X`)
   * or product class (`01 摄影X射线机` under `06-01 X射线诊断设备`, `二级产品类别：血液透析设备`): a
   * category is a field, a product class names products of its category and never a field.
   */
  readonly catalogue?: 'category' | 'product';
}

export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly section: number;
}

/** An occurrence of a known or discovered entity in a plan. */
export interface Occurrence {
  readonly nodeId: NodeId;
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
}
