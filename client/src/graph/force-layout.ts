// fcose options for exploring: a force layout that keeps pinned nodes in place and, when most
// nodes already have a place, refines instead of starting over (so an expand does not reshuffle).
export interface ForceInput {
  pinned: { nodeId: string; position: { x: number; y: number } }[];
  /** True when the nodes already have sensible positions (incremental run). */
  incremental: boolean;
  nodeCount: number;
  /** Distances scale with the label font (1; 1.6 in stage mode). */
  spacing?: number;
}

export const fcoseOptions = ({
  pinned,
  incremental,
  nodeCount,
  spacing = 1,
}: ForceInput): Record<string, unknown> => ({
  name: 'fcose',
  quality: incremental ? 'proof' : 'default',
  randomize: !incremental,
  animate: nodeCount < 300,
  animationDuration: 400,
  fit: true,
  padding: 40,
  nodeDimensionsIncludeLabels: true,
  // Generous spacing: labels are long Chinese names and overlap easily. Node boxes include their
  // labels; the distances grow with the font so stage mode keeps the same picture, larger.
  nodeRepulsion: 6500 * spacing * spacing,
  idealEdgeLength: 85 * spacing,
  edgeElasticity: 0.35,
  nodeSeparation: 90 * spacing,
  numIter: nodeCount > 1000 ? 800 : 2500,
  fixedNodeConstraint: pinned.length ? pinned : undefined,
});
