// Domains from the headings of any plan's "key fields" sections: a short noun heading ending in a
// class noun (`1、医学影像设备。`, `（二）体外诊断产品`) over a body that names equipment is a field.
import type { NodeId } from '../../model/ids';
import { normalizeTerm } from '../normalize';
import type { DiscoveryConfig, Section } from '../types';
import { tagWords } from './segmenter';

export interface HeadingDomain {
  readonly section: number;
  readonly name: string;
  readonly titleStart: number;
  readonly titleEnd: number;
}

/** Class nouns that end a field's name. */
const DOMAIN_HEAD = /(?:装备|设备|器械|产品|仪器|耗材)$/;
/** A field's name: a few characters with no punctuation. */
const SHORT_NAME = /^[\u4e00-\u9fffA-Za-z0-9]{3,12}$/;
/** Names of things in the body: the field must name at least two. */
const THING = /装备|设备|仪|机|系统|器械|支架|导管|机器人|软件|装置|探头|探测器|试剂|材料/g;
const SKIP_KINDS = new Set(['front', 'toc', 'title', 'box']);

/** Headings that name a field of the plan, when no curated domain or other name resolves them. */
export const headingDomains = (
  text: string,
  sections: readonly Section[],
  known: (title: string) => NodeId | undefined,
  config: DiscoveryConfig,
): HeadingDomain[] => {
  const stops = new Set([...config.leadingVerbs, ...config.stopTerms]);
  const out: HeadingDomain[] = [];
  for (const s of sections) {
    if (SKIP_KINDS.has(s.kind)) continue;
    const title = normalizeTerm(s.title).replace(/[。.：:]$/, '');
    if (!SHORT_NAME.test(title) || !DOMAIN_HEAD.test(title) || known(title) || stops.has(title)) continue;
    // `发展应急医疗装备` is a measure, `治疗设备` a field: only a leading verb of the plans' own list tells.
    const first = tagWords(title)[0];
    if (!first || stops.has(first.word)) continue;
    const body = text.slice(s.titleEnd, s.end);
    if ((body.match(THING) ?? []).length < 2) continue;
    out.push({ section: s.index, name: title, titleStart: s.titleStart, titleEnd: s.titleEnd });
  }
  return out;
};
