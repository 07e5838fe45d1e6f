// An R&D programme's project entry (a 重点专项 call, a 揭榜 task list): a heading that names what the
// project builds (`1.1 光子计数能谱CT研发`, `2.1 腔镜手术机器人核心部件研发`) over a line that says what
// the project develops (`研究内容：研制基于碲锌镉（CZT）晶体的光子计数探测器，突破专用读出芯片（ASIC）、高热容量
// X射线管和高频高压发生器等关键部件`). The parts and materials that line names are the heading thing's.
import type { NodeId } from '../../../core/model/ids';
import { headingSentence } from '../plan-model';
import type { Occurrence } from '../types';
import type { RuleContext } from './context';
import { lineRest } from './supply-headed';
import { supplyOccurrences, type SupplyReader } from './supply-lists';

export const PROJECT_RULE = 'grammar:项目A研发，研究内容：研制B';
export const BASED_ON_RULE = 'grammar:研制基于M的P';

/** What follows the material of `基于M的P` up to the part: its short name in brackets, a word of its form, 的. */
const BASED_ON_GAP = /^(?:[（(][^（）()]*[）)])?(?:晶体|材料|薄膜|涂层)?的/;

/**
 * A project's title: what it builds, then what the project does with it (研发, 研制, 关键技术研究…),
 * with `核心部件`/`关键部件` between when the project builds the thing's parts.
 */
const PROJECT_TITLE =
  /^(.+?)(?:的)?(?:核心部件|关键部件|关键零部件|核心零部件)?(?:研发|研制|开发|关键技术研究|研发与产业化|研发及产业化|研制与应用|研制及应用|攻关)$/;
/** The label of the line that says what the project develops (not its indicators, `考核指标：`). */
const CONTENT_LABEL = /^(?:主要)?(?:研究内容|研究任务|攻关内容|攻关任务|任务内容)[:：]/;
/** A title with a short name in brackets before a device's head (`体外膜肺氧合（ECMO）系统`). */
const GLOSSED_TITLE = /^[\u4e00-\u9fff]{2,12}（[A-Za-z0-9-]{2,8}）(?:系统|设备|装置|装备)$/;
const WHOLE_LABELS = new Set(['Equipment', 'Component']);
const LINE_ITEMS = new Set(['Component', 'Material']);

/** The one Equipment or Component the title of the section holding `sentence` builds, or none. */
const projectWhole = (ctx: RuleContext, sentence: number): { id: NodeId; sentence: number } | undefined => {
  const { model, labelOf } = ctx;
  const s = model.sentences[sentence];
  const section = s && model.sections[s.section];
  if (!section || section.titleEnd <= section.titleStart) return undefined;
  if (s.start < section.start || s.start >= section.end) return undefined;
  const m = PROJECT_TITLE.exec(model.text.slice(section.titleStart, section.titleEnd));
  if (!m?.[1]) return undefined;
  const at = headingSentence(model, section);
  if (at === sentence) return undefined;
  const end = section.titleStart + m[1].length;
  const title = model.text.slice(section.titleStart, end);
  const named = (supplyOccurrences(model).get(at) ?? []).filter(
    (o: Occurrence) =>
      o.start >= section.titleStart && o.end <= end && WHOLE_LABELS.has(labelOf(o.nodeId) ?? ''),
  );
  // The whole title (`光子计数能谱CT`), or the short name glossed inside it (`体外膜肺氧合（ECMO）系统`, whose
  // full name the reading did not make a node).
  const whole = named.filter((o) => o.start === section.titleStart && o.end === end);
  const glossed = named.filter(
    (o) =>
      model.text.charAt(o.start - 1) === '（' &&
      model.text.charAt(o.end) === '）' &&
      GLOSSED_TITLE.test(title),
  );
  const ids = new Set(
    (whole.length > 0 ? whole : named.length === glossed.length ? glossed : []).map((o) => o.nodeId),
  );
  const [only] = ids;
  return ids.size === 1 && only ? { id: only, sentence: at } : undefined;
};

/**
 * Each part and material the content line of a project names goes into the thing its heading builds.
 * A clause that names a device of its own (`研制可降解冠状动脉支架及外周血管支架`, `面向腹腔镜手术机器人`) is
 * left out, as is a name another reading has given a user in the same sentence (`谐波减速器的柔轮采用合金钢`:
 * the steel is the flexspline's) and a name inside a longer one.
 */
export const projectEdges = (ctx: RuleContext, reader: SupplyReader): void => {
  const { model, labelOf } = ctx;
  const text = model.text;
  for (const [sentence, s] of model.sentences.entries()) {
    const label = CONTENT_LABEL.exec(text.slice(s.start, s.end));
    if (!label) continue;
    const whole = projectWhole(ctx, sentence);
    if (!whole) continue;
    const from = s.start + label[0].length;
    const { occs, end, sentenceOf, clauseOf } = lineRest(model, sentence, from);
    // A clause that names a device of its own and no part is about that device (`研制可降解冠状动脉支架及外周
    // 血管支架`, `面向腹腔镜和经自然腔道手术机器人`); a list of parts that holds an instrument as well (`研制谐波减速器、
    // 空心杯电机和绳驱手术器械`) is still the project's.
    const clauses = (label: string) =>
      new Set(occs.filter((o) => labelOf(o.nodeId) === label && o.nodeId !== whole.id).map(clauseOf));
    const devices = clauses('Equipment');
    const parts = clauses('Component');
    const items = occs.filter((o) => {
      const clause = clauseOf(o);
      const item = labelOf(o.nodeId) ?? '';
      return (
        LINE_ITEMS.has(item) &&
        !(devices.has(clause) && !parts.has(clause)) &&
        // A material beside a part in its clause is that part's (`基于碲锌镉晶体的光子计数探测器`, `柔轮采用合金钢`).
        !(item === 'Material' && parts.has(clause)) &&
        !occs.some(
          (x) => x !== o && x.start <= o.start && x.end >= o.end && x.end - x.start > o.end - o.start,
        ) &&
        !reader.generic(o.nodeId)
      );
    });
    // Read before any edge is drawn: which names other readings already gave a user in their sentence.
    const placed = new Set(
      items.filter((o) =>
        reader.hasEvidence(o.nodeId, model.sentences[sentenceOf.get(o) ?? -1]?.start ?? -1),
      ),
    );
    // `研制基于碲锌镉（CZT）晶体的光子计数探测器`: the material a developed part is built on is that part's (and so is
    // its short name in brackets).
    for (const o of occs) {
      if (labelOf(o.nodeId) !== 'Material' || reader.generic(o.nodeId)) continue;
      const lead = '（('.includes(text.charAt(o.start - 1))
        ? occs.find((x) => x.end === o.start - 1 && labelOf(x.nodeId) === 'Material')
        : undefined;
      const base = lead ?? o;
      if (!text.slice(Math.max(from, base.start - 2), base.start).endsWith('基于')) continue;
      const gap = BASED_ON_GAP.exec(text.slice(base.end, end));
      const part = gap
        ? occs.find((x) => x.start === base.end + gap[0].length && labelOf(x.nodeId) === 'Component')
        : undefined;
      const k = sentenceOf.get(o);
      if (!part || k === undefined || clauseOf(part) !== clauseOf(o) || reader.linked(o.nodeId, part.nodeId))
        continue;
      reader.edge(o.nodeId, part.nodeId, BASED_ON_RULE, k, whole.sentence);
    }
    for (const o of items) {
      const k = sentenceOf.get(o);
      if (k === undefined || placed.has(o) || reader.linked(o.nodeId, whole.id)) continue;
      reader.edge(o.nodeId, whole.id, PROJECT_RULE, k, whole.sentence);
    }
  }
};
