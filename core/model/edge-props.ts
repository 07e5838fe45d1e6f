// Reading the extras of a RESPONSIBLE_FOR edge (interchange `props`): its role and its reason in
// words. Shared by the API and the offline snapshot so both answer the same cells. Pure.
import type { GraphEdge } from './interchange';

export interface ResponsibilityExtras {
  role?: 'lead' | 'participant';
  reasonZh?: string;
  reasonEn?: string;
}

/** The role and reason of a cell from its edge's props (strings only; anything else is left out). */
export const responsibilityExtras = (props: GraphEdge['props']): ResponsibilityExtras => {
  const out: ResponsibilityExtras = {};
  if (props?.role === 'lead' || props?.role === 'participant') out.role = props.role;
  if (typeof props?.reasonZh === 'string') out.reasonZh = props.reasonZh;
  if (typeof props?.reasonEn === 'string') out.reasonEn = props.reasonEn;
  return out;
};
