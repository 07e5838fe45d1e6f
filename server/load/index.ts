// The loader's public surface: what the CLI, `npm start` and the tests call.
export { loadGraph, loadGraphStream } from './load-graph';
export { readCurrentGraph } from './current-graph';
export { applySchema } from './schema';
export { validateGraph } from './validate-graph';
export type { CurrentGraph, GraphStream, LoadOptions, LoadPhase, LoadProgress, LoadSummary } from './types';
