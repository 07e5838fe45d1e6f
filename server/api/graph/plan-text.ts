// A plan's sections for the source viewer, from the extractor's own section parser, so the paths
// match the evidence's `section` (the answer itself is core/query/plan-text.ts). Pure.
import type { PlanTextResponse } from '../../../core/contract';
import { parseSections } from '../../extract/structure';

export const planSections = (text: string): PlanTextResponse['sections'] =>
  parseSections(text)
    .filter((s) => s.kind !== 'front')
    .map((s) => ({ path: s.path, title: s.label, level: s.level, start: s.start, end: s.end }));
