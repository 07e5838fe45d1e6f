// The plan store's calls for the Plans panel (docs/api.md "Plans"), from the route table: preview a
// file, decide on its discovered terms, confirm or cancel, remove a plan, read the term decisions.
import type { TermDecisionsBody } from '../../../core/contract/plan-preview';
import type { HttpOptions } from './http';
import { callRoute, type RouteAnswer } from './route-call';

/** Extraction and a load take seconds to a minute on a busy machine; a hung request still ends. */
const SLOW_MS = 5 * 60_000;

export interface NewPlanQuery {
  readonly id: string;
  readonly title: string;
  readonly titleEn?: string;
  readonly year?: string;
  readonly issuers?: string;
}

export interface PlansApi {
  preview(file: Blob, plan: NewPlanQuery): Promise<RouteAnswer<'planPreview'>>;
  decide(token: string, body: TermDecisionsBody): Promise<RouteAnswer<'planPreviewDecisions'>>;
  confirm(token: string): Promise<RouteAnswer<'planPreviewConfirm'>>;
  cancel(token: string): Promise<RouteAnswer<'planPreviewCancel'>>;
  remove(id: string): Promise<RouteAnswer<'planRemove'>>;
  terms(): Promise<RouteAnswer<'planTerms'>>;
}

export const createPlansApi = (http: Omit<HttpOptions, 'timeoutMs'>): PlansApi => {
  const slow: HttpOptions = { ...http, timeoutMs: SLOW_MS };
  const quick: HttpOptions = { ...http, timeoutMs: 30_000 };
  return {
    preview: (file, plan) => callRoute(slow, 'planPreview', { query: { ...plan }, body: file }),
    decide: (token, body) => callRoute(quick, 'planPreviewDecisions', { params: { token }, body }),
    confirm: (token) => callRoute(slow, 'planPreviewConfirm', { params: { token } }),
    cancel: (token) => callRoute(quick, 'planPreviewCancel', { params: { token } }),
    remove: (id) => callRoute(slow, 'planRemove', { params: { id } }),
    terms: () => callRoute(quick, 'planTerms'),
  };
};
