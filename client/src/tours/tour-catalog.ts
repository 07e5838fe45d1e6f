// The tours shipped with the page: every JSON file in ./data, validated when the tour mode loads.
// A broken file is reported by name instead of hiding the others.
import { parseTour, type Tour } from './tour-schema';

const files = import.meta.glob<unknown>('./data/*.json', { eager: true, import: 'default' });

export interface Catalog {
  tours: Tour[];
  problems: string[];
}

export const loadCatalog = (raw: Record<string, unknown> = files): Catalog => {
  const tours: Tour[] = [];
  const problems: string[] = [];
  for (const [file, data] of Object.entries(raw).sort(([a], [b]) => a.localeCompare(b))) {
    try {
      tours.push(parseTour(data));
    } catch (err) {
      problems.push(`${file.replace('./data/', '')}: ${(err as Error).message}`);
    }
  }
  return { tours, problems };
};
