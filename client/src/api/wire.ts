// The shapes the page reads from the API: the wire contract's types (core/contract/),
// imported type-only so none of its zod schemas reach the bundle.
export type {
  ApiNode as WireNode,
  ApiEdge as WireEdge,
  ApiGraph as WireGraph,
  SearchResult,
  NodeDetailsResponse as NodeDetails,
  NeighborsResponse as NeighboursAnswer,
  SupplyChainResponse,
  ImpactResponse,
  PlanTextResponse as PlanText,
  PlanSummary,
  CompareResponse,
  HealthResponse,
} from '../../../core/contract';
