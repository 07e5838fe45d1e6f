// The impact list as CSV: every equipment and domain hit when a part is unavailable, with hops and
// the path, for a spreadsheet. Pure. Excel reads UTF-8 Chinese when the file starts with a BOM.
import type { ImpactResponse } from '../../../core/contract';
import { csvCell } from '../graph/table-export';

const HEADER = ['kind', 'id', 'name', 'nameEn', 'hops', 'path'];

/**
 * One row per hit, equipment first, then domains; `path` names the nodes from the unavailable one
 * to the hit, joined with " > ".
 * @example impactCsv(answer, (id) => names.get(id) ?? id)
 */
export const impactCsv = (
  answer: Pick<ImpactResponse, 'equipment' | 'domains'>,
  nameOf: (id: string) => string,
): string =>
  [
    HEADER,
    ...answer.equipment.map((e) => [
      'Equipment',
      e.id,
      e.name,
      e.nameEn,
      e.hops,
      e.path.map(nameOf).join(' > '),
    ]),
    ...answer.domains.map((d) => ['Domain', d.id, d.name, d.nameEn, d.hops, d.path.map(nameOf).join(' > ')]),
  ]
    .map((row) => row.map(csvCell).join(','))
    .join('\r\n') + '\r\n';
