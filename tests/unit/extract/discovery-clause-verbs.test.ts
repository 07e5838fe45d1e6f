// A prototype (`工程样机`, `教学样机`) is one machine built or shown, no kind of machine.
import { describe, expect, it } from 'vitest';
import { contextOf } from './seed-data';

const terms = (text: string): string[] => contextOf(text).model.discovered.map((d) => d.name);

describe('discoverTerms: prototypes', () => {
  it('reads no 光子计数CT工程样机 and no 教学样机', () => {
    const found = terms(
      '重点发展3.0T及以上超导磁共振成像系统、256排及以上宽体CT，加快光子计数CT工程样机研制。文中提及的设备为教学样机。',
    );
    expect(found).not.toContain('光子计数CT工程样机');
    expect(found).not.toContain('教学样机');
  });
});
