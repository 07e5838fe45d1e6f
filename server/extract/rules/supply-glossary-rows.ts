// A glossary's table (`序号	中文术语	英文术语	缩写	释义`) defines the term of each row in its definition cell,
// whose clauses leave the term unsaid: `属能量外科设备，由主机、换能器和刀头组成` (the term's parts),
// `将X射线转换为数字图像的部件，用于DR和DSA` (the term is a part of DR and DSA), `…的闪烁晶体，原料为氧化镥、
// 氧化钇和二氧化硅` (the graph holds no materials of materials), `…的部件，核心为压电陶瓷堆叠` (a part's core
// material).
import type { NodeId } from '../../../core/model/ids';
import { pipeRows } from '../pipe-rows';
import { gapText } from '../plan-model';
import { sentenceAt } from '../sentences';
import { GLOSSARY_TERM_HEADER } from '../terms/name-columns';
import type { Occurrence } from '../types';
import type { RuleContext } from './context';
import { occurrencesIn, outermost, supplyOccurrences, type SupplyReader } from './supply-lists';

export const GLOSSARY_ROW_RULE = 'table:glossary-definition';

/** Headers of a glossary's definition column. */
const DEFINITION_HEADER = /^(?:释义|定义|含义|解释|说明|术语释义|定义与说明)$/;
/** Hedges that may open a clause before its verb (`主要由`, `通常由`, `一般用于`). */
const HEDGE = '(?:主要|通常|一般|多|常|大多|均)?';
/** A clause that opens with the term's make-up: `由B、C和D组成` (its end is checked on the list). */
const MADE_OF = new RegExp(`^${HEDGE}由$`);
/** What closes a make-up list: its verb, then the clause's end. */
const MADE_OF_END =
  /^(?:等)?(?:[0-9一二三四五六七八九十几]+(?:部分|大部分|个部分))?(?:组成|构成)(?:$|[，,。；;])/;
/** A clause that says what the term is used in: `用于A和B`, `主要用于A`. */
const USED_FOR = new RegExp(`^${HEDGE}(?:用于|应用于)$`);
/** A clause that names the term's raw materials or core: `原料为P、Q和R`, `核心为P`. */
const RAW_OF = /^(?:其)?(?:原料|原材料|主要原料|核心材料|核心)(?:为|是|包括)$/;
/**
 * What may close a list of users or materials: a gloss, 等, the stack a material is laid in (`压电陶瓷堆叠`),
 * then the clause's end; never more words (`用于CT的图像重建` names no user).
 */
const LIST_END = /^(?:\([^()]*\))?(?:等)?(?:堆叠|叠层)?(?:$|[，,。；;])/;
/** What joins two items of a list. */
const JOIN = /^(?:\([^()]*\))?(?:、|和|与|及|以及|或)$/;

interface GlossaryRow {
  readonly term: readonly [number, number];
  readonly definition: readonly [number, number];
}

/**
 * The rows of the glossary tables in `text`: a header row with a term column and a definition column, then
 * rows with as many cells; a line without cells ends the table.
 */
const glossaryRows = (text: string): GlossaryRow[] => {
  const out: GlossaryRow[] = [];
  let table: { term: number; definition: number; width: number } | undefined;
  for (const { cells } of pipeRows(text)) {
    if (!cells) {
      table = undefined;
      continue;
    }
    const cellText = (c: readonly [number, number]): string => text.slice(c[0], c[1]);
    const term = cells.findIndex((c) => GLOSSARY_TERM_HEADER.test(cellText(c)));
    const definition = cells.findIndex((c) => DEFINITION_HEADER.test(cellText(c)));
    if (term >= 0 && definition > term) {
      table = { term, definition, width: cells.length };
      continue;
    }
    if (cells.length !== table?.width) {
      table = undefined;
      continue;
    }
    const t = cells[table.term];
    const d = cells[table.definition];
    if (t && d && t[1] > t[0] && d[1] > d[0]) out.push({ term: t, definition: d });
  }
  return out;
};

/** Glossary-row edges of the whole text, gathered by `reader`. */
export const glossaryRowEdges = (ctx: RuleContext, reader: SupplyReader): void => {
  const { model, labelOf } = ctx;
  const text = model.text;
  if (!text.includes('\t') && !text.includes('|')) return;
  const rows = glossaryRows(text);
  if (rows.length === 0) return;
  const byOffset = supplyOccurrences(model);
  const label = (o: Occurrence | undefined): string => (o ? (labelOf(o.nodeId) ?? '') : '');
  /** The items of a list opening at `occs[i]` of `labels`, when the list closes as `end` says. */
  const listAt = (
    occs: readonly Occurrence[],
    i: number,
    labels: readonly string[],
    clauseEnd: number,
    end: RegExp,
  ): NodeId[] => {
    const out: Occurrence[] = [];
    for (let k = i; k < occs.length; k++) {
      const o = occs[k];
      if (!o || o.start >= clauseEnd || !labels.includes(label(o)) || reader.broad(o.nodeId)) break;
      const prev = out.at(-1);
      if (prev && !JOIN.test(gapText(model, prev.end, o.start))) break;
      out.push(o);
    }
    const last = out.at(-1);
    if (!last || !end.test(gapText(model, last.end, clauseEnd) + text.slice(clauseEnd, clauseEnd + 1)))
      return [];
    return out.filter((o) => !reader.generic(o.nodeId)).map((o) => o.nodeId);
  };
  for (const { term, definition } of rows) {
    // The row's term: one thing the cell names whole (a gloss in brackets after it at most).
    const named = outermost(occurrencesIn(model, byOffset, term[0], term[1]));
    const [thing] = named;
    if (
      named.length !== 1 ||
      thing?.start !== term[0] ||
      !/^(?:\([^()]*\))?$/.test(gapText(model, thing.end, term[1])) ||
      !['Equipment', 'Component', 'Material'].includes(label(thing)) ||
      reader.broad(thing.nodeId)
    )
      continue;
    const termSentence = sentenceAt(model.sentences, thing.start);
    const occs = outermost(occurrencesIn(model, byOffset, definition[0], definition[1]));
    // Each clause of the definition, parted by commas and semicolons.
    for (let cs = definition[0]; cs < definition[1];) {
      const mark = text.slice(cs, definition[1]).search(/[，,；;。]/);
      const ce = mark === -1 ? definition[1] : cs + mark;
      const clauseStart = cs;
      cs = ce + 1;
      const first = occs.findIndex((o) => o.start >= clauseStart);
      const opening = occs[first];
      if (!opening || opening.end > ce) continue;
      const lead = gapText(model, clauseStart, opening.start);
      const sentence = sentenceAt(model.sentences, opening.start);
      if (MADE_OF.test(lead) && label(thing) !== 'Material') {
        for (const p of listAt(occs, first, ['Component', 'Material'], ce, MADE_OF_END))
          reader.edge(p, thing.nodeId, GLOSSARY_ROW_RULE, sentence, termSentence);
      } else if (USED_FOR.test(lead) && label(thing) !== 'Equipment') {
        // A part or a material used in machines and parts (`用于DR和DSA`, `用于光子计数CT探测器和SPECT探测器`).
        for (const u of listAt(occs, first, ['Equipment', 'Component'], ce, LIST_END))
          reader.edge(thing.nodeId, u, GLOSSARY_ROW_RULE, sentence, termSentence);
      } else if (RAW_OF.test(lead) && label(thing) === 'Component') {
        // Only a part has materials in the graph: a material's raw materials (`原料为氧化镥…`) give nothing.
        for (const m of listAt(occs, first, ['Material'], ce, LIST_END))
          reader.edge(m, thing.nodeId, GLOSSARY_ROW_RULE, sentence, termSentence);
      }
    }
  }
};
