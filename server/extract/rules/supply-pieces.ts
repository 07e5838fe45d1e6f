// A bare piece of a thing said to be made of a material (`接收刺激器的外壳采用钛合金`, `柔性传感器的基底多采用
// PDMS`): the piece is no thing a reader looks up, so the material is the owner's too, with the same sentence.
import type { NodeId } from '../../../core/model/ids';
import { sentenceAt } from '../sentences';
import type { RuleContext } from './context';
import { OWNED_RULE } from './supply-composition';
import type { SupplyReader } from './supply-lists';

export const PIECE_MATERIAL_RULE = 'grammar:A的外壳采用M';

/**
 * Words for a piece that every kind of thing has, written bare: what they are made of says what the thing
 * is made of (a `外壳` of titanium makes a titanium implant; a `电极` or `球囊` is a part in its own right).
 */
export const PIECES: ReadonlySet<string> = new Set([
  '外壳',
  '壳体',
  '基底',
  '基材',
  '衬底',
  '骨架',
  '外层',
  '内层',
  '表层',
  '主体',
  '本体',
  '镜体',
  '管身',
  '外皮',
  '护套',
  '框架',
  '内核',
  '基板',
]);

/** Edges from the materials of a bare piece to the thing the same sentence says owns the piece. */
export const pieceMaterialEdges = (ctx: RuleContext, reader: SupplyReader): void => {
  const { model } = ctx;
  const names = new Map<NodeId, string>(ctx.curated.lexicon.map((e) => [e.id, e.name]));
  for (const d of model.discovered) names.set(d.id, d.name);
  const owned = reader.edges.filter(
    (e) => e.rule === OWNED_RULE && PIECES.has(names.get(e.source) ?? '') && e.evidence.length === 1,
  );
  for (const piece of owned) {
    const at = piece.evidence[0]?.start;
    const made = reader.edges.filter(
      (e) => e.type === 'USED_IN' && e.target === piece.source && e.evidence.at(-1)?.start === at,
    );
    for (const m of made)
      if (at !== undefined && !reader.linked(m.source, piece.target))
        reader.edge(m.source, piece.target, PIECE_MATERIAL_RULE, sentenceAt(model.sentences, at));
  }
};
