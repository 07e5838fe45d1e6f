// The one wire contract of the HTTP API (docs/design.md "HTTP API"), split by resource: limits,
// zod schemas for every request and response with the types inferred from them, and the route table.
// Server, page and offline snapshot import it; nothing here may touch Node or the DOM.
export * from './limits';
export * from './fields';
export * from './graph';
export * from './error';
export * from './health';
export * from './search';
export * from './nodes';
export * from './supply-chain';
export * from './paths';
export * from './bottlenecks';
export * from './responsibilities';
export * from './plans';
export * from './plan-preview';
export * from './compare';
export * from './cypher';
export * from './route-paths';
export * from './routes';
