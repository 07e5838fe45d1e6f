// Measures from the task headings of any plan: chapters, subsections, 专栏 boxes and their item
// lines in task chapters (meq-2021 四-八, hist-2017 4-5), and task-like headings anywhere, become
// Measure nodes with SUBMEASURE_OF along the structure, and TARGETS every entity in their own scope.
import type { NodeId } from '../../../core/model/ids';
import { ancestry } from '../structure';
import { normalizeTerm } from '../normalize';
import { taskField } from '../terms/heading-domains';
import { headingSentence, mentionAt, sentenceEvidence } from '../plan-model';
import { measureId } from '../node-ids';
import { pinyinSlug } from '../slug';
import { VIEW_PAD } from '../simplified-view';
import type { Section } from '../types';
import type { RuleContext } from './context';
import type { RuleOutput } from './output';

export const SUBMEASURE_RULE = 'structure:heading';
export const TARGETS_RULE = 'structure:measure-scope';
/**
 * Task-like titles: with 任务/措施/行动/工程, opening with an action verb (`六、优化产业生态`,
 * `七、培育新型医疗健康服务`) or ending in a task noun (`专栏 1 医疗装备创新能力建设`). 发展 is not
 * such a verb here: `一、发展现状与面临形势`, `3 发展目标` are context.
 */
export const TASK_TITLE =
  /任务|措施|行动|工程|^(?:推进|推动|加强|加快|完善|提升|提高|优化|培育|促进|强化|深化|构建|实施|营造|打造|引领|着力|健全|攻关|突破|开展|建立|建设|支持|鼓励|夯实|拓展|扩大|组织)|(?:建设|攻关|专项)$/;
/**
 * Chapters that set the context rather than tasks: the situation, guiding ideas, principles, goals
 * and the list of key fields (`一、发展现状与面临形势`, `二、总体部署`, `三、重点发展领域`). Every
 * other chapter is a task chapter (`四、跨界融合创新`, `五、医工协同发展`, `组织实施`).
 */
export const CONTEXT_CHAPTER =
  /现状|形势|背景|需求|意义|基础|总体|总则|指导思想|原则|目标|愿景|思路|定位|布局|领域|方向|范围|附则|附件|说明|术语|概述|前言|引言|序言/;

/**
 * Headings that name a field of products rather than a task: a class noun at the end and no 发展
 * (`一、医疗器械`, `1、医学影像设备`, `3、治疗设备` in the 2016 guide; `重点发展三类产品` is a task).
 */
export const isFieldTitle = (title: string): boolean =>
  /(?:装备|设备|器械|产品|仪器|耗材|材料|药物|药品|试剂)$/.test(title) && !title.includes('发展');

/**
 * A question (`一、脊柱植入物由哪些部件组成？`, `三、3D打印改变了什么？`) heads an explainer's answer,
 * never a task of a plan.
 */
export const isQuestionTitle = (title: string): boolean => /[？?]\s*$|什么|哪些|为何|为什么|如何/.test(title);

/** True for a chapter of tasks: task-like, or neither about context nor a field of products. */
export const isTaskChapter = (title: string): boolean =>
  !isQuestionTitle(title) &&
  (TASK_TITLE.test(title) || !(CONTEXT_CHAPTER.test(title) || isFieldTitle(title)));
const TARGETABLE = new Set(['Domain', 'Equipment', 'Component', 'Material', 'Technology']);

export interface MeasureIndex {
  /** The measure node of each measure section (by section index). */
  readonly bySection: ReadonlyMap<number, NodeId>;
  /** The innermost measure whose scope holds a section, if any. */
  readonly innermost: (section: Section) => NodeId | undefined;
}

export const indexMeasures = (ctx: RuleContext): MeasureIndex => {
  const { model, curated } = ctx;
  const names = curated.measures[model.plan.id] ?? {};
  // seeds/measures.json names measures (slug, English); which headings are measures is read from the plan.
  const isMeasure = (s: Section): boolean => {
    if (!['chapter', 'subsection', 'box', 'item'].includes(s.kind)) return false;
    // A heading that names a field (`## 医学影像` among fields) is no measure.
    if (ctx.resolveTitle(s.title) !== undefined || isQuestionTitle(s.title)) return false;
    // A task heading that names its field (`（一）发展高端医学影像装备`) is a measure all the same.
    if ((taskField(normalizeTerm(s.title))?.at ?? 0) > 0) return true;
    if (model.headingDomains.has(s.index)) return false;
    if (TASK_TITLE.test(s.title)) return true;
    if (isFieldTitle(s.title)) return false;
    return ancestry(model.sections, s).some((a) => a.kind === 'chapter' && isTaskChapter(a.title));
  };
  const bySection = new Map<number, NodeId>();
  for (const s of model.sections)
    if (isMeasure(s))
      bySection.set(s.index, measureId(model.plan.id, names[s.title]?.slug ?? pinyinSlug(s.title)));
  const innermost = (section: Section): NodeId | undefined => {
    for (const a of ancestry(model.sections, section)) {
      const id = bySection.get(a.index);
      if (id) return id;
    }
    return undefined;
  };
  return { bySection, innermost };
};

export const measures = (ctx: RuleContext, index: MeasureIndex): RuleOutput => {
  const { model } = ctx;
  const names = ctx.curated.measures[model.plan.id] ?? {};
  const out: RuleOutput = { nodes: [], mentions: [], edges: [] };
  for (const [sectionIndex, id] of index.bySection) {
    const s = model.sections[sectionIndex];
    if (!s) continue;
    // Without the blanks the view pads a Traditional heading with, as its label is shown.
    const name = s.title.replaceAll(VIEW_PAD, '');
    out.nodes.push({
      id,
      label: 'Measure',
      name,
      nameEn: names[name]?.nameEn ?? '',
      props: { section: s.path },
    });
    out.mentions.push({ id, mention: mentionAt(model.plan.id, s.path, s.titleStart, s.titleEnd) });
    // A box elaborates the subsection it follows (meq-2021 专栏 3 after 四（二）); otherwise the parent.
    const followed = s.follows === null ? undefined : index.bySection.get(s.follows);
    const parentSection = s.parent === null ? undefined : model.sections[s.parent];
    const parent = followed ?? (parentSection ? index.innermost(parentSection) : undefined);
    if (parent && parent !== id)
      out.edges.push({
        type: 'SUBMEASURE_OF',
        source: id,
        target: parent,
        basis: 'stated',
        rule: SUBMEASURE_RULE,
        evidence: [sentenceEvidence(model, headingSentence(model, s))],
      });
  }
  for (const o of model.occurrences) {
    if (!TARGETABLE.has(ctx.labelOf(o.nodeId) ?? '')) continue;
    const section = model.sections[model.sentences[o.sentence]?.section ?? -1];
    const m = section ? index.innermost(section) : undefined;
    if (m)
      out.edges.push({
        type: 'TARGETS',
        source: m,
        target: o.nodeId,
        basis: 'stated',
        rule: TARGETS_RULE,
        evidence: [sentenceEvidence(model, o.sentence)],
      });
  }
  return out;
};
