// Who issued a plan: ISSUED edges from a notice header (`A B C关于印发《...》的通知`), its document
// number (工信部联规〔2021〕NNN号), a signature block, and sentences such as
// `工业和信息化部联合国家卫生健康委等十部门印发《...》`; issuers the text does not name come from the
// plan's metadata or `--issuer` (inferred). Co-issuing is ISSUED, never RESPONSIBLE_FOR.
import type { NodeId } from '../../../core/model/ids';
import { planNodeId } from '../node-ids';
import { sentenceEvidence, spanEvidence, type PlanModel } from '../plan-model';
import type { Evidence } from '../../../core/model/interchange';
import type { DepartmentEntry } from '../types';
import { docNumberLines, inlineDocNumbers, nameBlocks, type NameBlock } from './departments-blocks';
import { cityIssuerOfPrefix, localIssuerOfPrefix } from './departments-doc-prefixes';
import { departmentForms } from './departments-registry';
import { parseCount } from './departments-lists';
import type { DepartmentScan, FoundList } from './departments-scan';
import { discoveredDepartmentId, sentenceBreaks, sentenceNorm } from './departments-scan';
import type { RuleOutput } from './output';

export const ISSUER_RULE = 'text:notice-header';
export const ISSUE_SENTENCE_RULE = 'text:issue-sentence';
export const DOC_NUMBER_RULE = 'text:document-number';
export const METADATA_ISSUER_RULE = 'plan-metadata:issuer';

/** Sentences this close to the top may report the plan's issue (a news item, a notice). */
const OPENING_SENTENCES = 12;
/**
 * `等十部门`, `等有关部门`, `等部门和单位`, `会同有关部门和单位`, also with a pause before the verb
 * (`等十部门，近日联合印发`).
 */
const BODIES = '(?:有关|相关)?(?:部门|部委|单位|机构)';
const COUNT = `(?:[（(]以下(?:简称|称)[^）)]{1,12}[）)])?(?:(?:会同|联合)?(?:等|共|共计)?(?:\\d+|[一二两三四五六七八九十]+)?个?${BODIES}(?:(?:和|及|与|、)${BODIES})?)?[，,]?`;
/**
 * When and where news puts between the list and its verb: `等10部门于12月28日联合印发`,
 * `于2023年11月公布`, `日前在官网公示`, `近日对外发布`.
 */
const WHEN =
  // `今日（十二月三日）` (Hong Kong press), `今（3）日` (Taiwan press).
  '(?:今日?[（(][\\d一二三四五六七八九十〇月日号星期]{1,12}[）)]日?|(?:于|在)?(?:\\d{4}年(?:\\d{1,2}月(?:\\d{1,2}日)?)?|\\d{1,2}月(?:\\d{1,2}日)?|\\d{1,2}日|[一二三]?十?[一二三四五六七八九十]日)(?:上旬|中旬|下旬|初|底|末)?|近日|日前|不久前|前不久|前些天|前几天|近期|最近|此前|今天|今日|昨天|昨日|本周|上周|本月|上月|今年|年初|最新|新近|刚刚|正式|已经|已|再次|首次|专门|公开|对外|向社会|(?:在|于)?其?(?:官方网站|门户网站|官网|网站)上?|' +
  // `以浙政办发〔2012〕16号文件印发`: the document number between the issuer and its verb.
  '以[^，,。；]{2,12}?[〔\\[(（【]\\d{4}[〕\\])）】]第?\\d+号(?:文件?)?(?:形式)?|' +
  // `以2017年第104号公告发布`, `（国家食品药品监督管理总局2017年第104号公告发布）`: a regulator's numbered
  // announcement of the year.
  '(?:以\\d{4}年(?:第\\d+号)?|\\d{4}年第\\d+号)(?:公告|通告|令)(?:形式)?)';
/**
 * What a body issued besides the plan, named as a class: `此前已出台相关政策`, `出台了一系列支持政策`,
 * `印发多项配套文件`. The text's plan is one document, named or referred to (`本规划`).
 */
const OTHER_PAPERS =
  '了?(?:相关|有关|一系列|系列|多项|多个|一批|若干|各项|配套|支持|扶持|优惠)[^，,。；;]{0,6}?(?:政策|文件|措施|规定|意见|办法|举措)';
/**
 * `召开新闻发布会，发布《…》`, `在杭州召开发布会，正式发布`: the body publishes at its own press
 * conference (a conference alone, `发布会上介绍了`, is no issue: the verb must follow).
 */
const PRESS = '(?:(?:在[^，,。；;]{1,8})?召开(?:新闻)?发布会[，,]?)';
/** Drafting joined to the verb: `制定出台`, `研究制定并印发`, `编制印发` (never `起草`: drafting for another body). */
const DRAFTED = '(?:(?:研究|组织)?(?:制定|制订|编制)(?:完成|完毕)?(?:并|和|、)?)?';
/**
 * `…等十部门联合印发`, `…近日印发`, `…于12月28日联合发布了`, `…公示了…名单`: the departments published
 * the document the text is about. Not a press conference (`发布会`) nor figures they released
 * (`公布的数据显示`, `发布的注册审批情况显示`): those documents are not the text's plan.
 */
const ISSUE_VERB = new RegExp(
  `^${COUNT}${WHEN}{0,3}${PRESS}?(?:联合|共同)?${WHEN}?${DRAFTED}(?:印发|发布|出台|颁布|下发|公布|公示|制发|推出了?(?=《)|发表了?(?=《)|发出了?(?:《|通知)|发文[，,]?(?:印发|发布|公布))(?!会|的?(?:数据|统计|信息显示)|的[^，,。；;《]{0,24}?(?:显示|表明)|${OTHER_PAPERS})`,
);
/**
 * `由工业和信息化部组织开展的……揭榜挂帅`: a programme the departments run, which the text reports on
 * (its shortlist, its results). Only in the opening sentences: further down, a text may name another
 * body's programme in passing.
 */
const ORGANISED_BY = /^(?:共同|联合)?(?:组织开展|组织实施|牵头组织|组织|主办|发起)的/;
/**
 * Whom the maker put to the drafting and how long it took, between the maker and its verb:
 * `由省经信委组织有关专家编制`, `由该委会同有关部门历时一年编制完成`.
 */
const HANDS =
  '(?:(?:组织|邀请)(?:有关|相关)?(?:专家|单位|机构|力量)?|研究)?(?:(?:历时|历经|用时|经过)[^，,。；;]{1,6}?)?';
/**
 * The passive and the maker of a named document, in the opening sentences: `《规划》由浙江省经信委
 * 编制印发`, `由A、B联合发布`, `A制定的《…》`, `A近日编制了《…》`, `A会同B制定了本规划`. Drafting for another body
 * (`起草`) is not issuing.
 */
/** `由A牵头，会同B、C共同编制`: the bodies the lead joins, named before the verb (they issue with it). */
const LEAD_JOINS =
  '(?:[，,]?(?:会同|联合)[^。；;：:《》]{2,60}?(?:等(?:有关|相关)?(?:部门|单位))?(?:共同|联合)?)';
const PASSIVE = new RegExp(
  `^${COUNT}${WHEN}{0,2}(?:联合|共同)?(?:牵头${LEAD_JOINS}?)?${HANDS}(?:编制|制定|制订|印发|发布|出台|颁布|发表|公布)`,
);
/**
 * The document as the subject of the passive: `《规划》由`, `该规划由`, `名单由`, a chain list's or a
 * handbook's `本清单由`, `本图谱由` (not `由A牵头制定标准`).
 */
const DOCUMENT_BY =
  /(?:》|规划|方案|通知|意见|计划|指南|纲要|办法|名单|清单|目录|图谱|手册)[^，,。；]{0,6}由$/;
const MADE = new RegExp(
  `^${COUNT}${WHEN}{0,2}(?:联合|共同)?(?:牵头)?(?:组织|研究)?(?:编制|制定|制订)(?:完成|完毕)?(?:了|的|并印发了?)?(?:《|(?:本|该|此|这一)(?:规划|方案|计划|意见|措施|办法|纲要|指南|行动计划|实施方案))`,
);
/**
 * `A会同B组织编制了“…”重点专项2026年度项目申报指南`: the maker of a document written without title
 * marks, in the opening sentences. The words after the verb must be the plan's own title: an unmarked
 * object may be anything the body drew up (`编制了三年行动方案`, `制定了一批标准`).
 */
const MADE_UNMARKED = new RegExp(
  `^${COUNT}${WHEN}{0,2}(?:联合|共同)?(?:牵头)?(?:组织|研究)?(?:编制|制定|制订)(?:完成|完毕)?(?:了|并印发了?)?`,
);
const madeUnmarked = (after: string, planTitle: string): boolean => {
  const verb = MADE_UNMARKED.exec(after)?.[0];
  if (verb === undefined || planTitle.length < SHARED_NAME) return false;
  const fold = (t: string): string => t.replace(/[“”"「」『』]/g, '');
  return fold(after.slice(verb.length)).startsWith(fold(planTitle));
};
/**
 * News citing its source, then the plan: `记者从省经信委获悉，《…规划》近日正式出台`, `据省经信委消息，《…》
 * 日前印发`. The source is the maker: no body stands between it and the title or the verb (else that
 * body's own list issues), and the title must name the plan.
 */
const SOURCED = /(?:从|(?:^|[^根依证数收占])据)$/;
const SOURCE_OF_NEWS =
  /^(?:获悉|了解到|得悉|消息)[，,：:]?[^《。；;厅委局部府办署院]{0,10}《[^》]{4,80}》(?:[（(][^）)]{0,30}[）)])?[^。；;，,厅委局部府办署院]{0,12}?(?:印发|出台|发布|公布|颁布|下发)/;
/** The same with the plan named without title marks: `了解到，我省医疗器械产业发展规划已编制完成并正式发布`. */
const SOURCE_OF_UNMARKED =
  /^(?:获悉|了解到|得悉|消息)[，,：:]?([^《。；;，,厅委局部府办署院]{6,40}?(?:规划|方案|计划|纲要|指南))[^。；;，,厅委局部府办署院]{0,16}?(?:印发|出台|发布|公布|颁布|下发)/;

/**
 * A body's spokesman on the plan, in the opening sentences: `据浙江省经信委介绍，《…规划》已于近日正式出台`,
 * `省经信委有关负责人表示，新近出台的《…规划》将…`. The body speaks of its own plan when no other body stands
 * between it and the title, and the title names the plan; the verb of issue is before or after the title.
 */
const SPOKEN =
  /^(?:有关|相关)?(?:主要)?(?:负责人|负责同志|(?:新闻)?发言人)?(?:介绍|透露|表示|称|指出|说)[，,：:]?[^《。；;厅委局部府办署院]{0,14}?(?:(?:印发|出台|发布|公布|颁布|下发)的)?《[^》]{4,80}》(?:[（(][^）)]{0,30}[）)])?(?:[^。；;，,厅委局部府办署院]{0,12}?(?:印发|出台|发布|公布|颁布|下发))?/;
const SPOKEN_ISSUED = /(?:印发|出台|发布|公布|颁布|下发)/;
/**
 * An interpretation: `工业和信息化部有关负责人就《…行动计划》答记者问`. The body that explains a plan in
 * its own name issued it; a regulation or a law (`《…条例》`) is the State Council's or the legislature's,
 * which a ministry only explains.
 */
const INTERPRETS =
  /^(?:有关|相关)?(?:司局)?(?:主要)?(?:负责人|负责同志|(?:新闻)?发言人)?就《([^》]{4,80})》(?:有关|相关)?(?:问题|情况)?(?:答记者问|回答了?记者(?:的)?提问|接受(?:[^，,。]{0,8})?采访|进行解读)/;
const NOT_ITS_OWN = /(?:条例|法|决定|规定)(?:[（(][^）)]*[）)])?$/;

/** True when `named` shares with the plan's title a run of `shared` characters or more ending in a kind of document. */
const sharesTitle = (named: string, planTitle: string, shared: number): boolean => {
  const written = withoutPeriod(named);
  const title = withoutPeriod(planTitle);
  for (let from = 0; written.length - from >= shared; from++)
    if (title.includes(written.slice(from))) return true;
  return false;
};
/** `关于`, also with 于 lost to a reprint's encoding (`关?;a组织开展`). */
const HEADER = /^(?:关|関)(?:于|於|[?？][^\u4e00-\u9fff]{0,3}(?=[\u4e00-\u9fff]))/;
/** What a header's 关于 clause ends in: the kind of document (`…的通知`, `…的实施意见`, `…规划`). */
const DOCUMENT_KIND =
  /(?:通知|意见|决定|批复|复函|函|公告|通告|办法|规定|规划|方案|计划|指南|纲要|细则|目录|名单|措施|要点|通报|报告)/;
/**
 * Before a list, words that make its `A关于…` a document the text cites, not its own header:
 * `《国务院关于…》`, `根据工业和信息化部关于…的通知`, `为落实国务院和省政府关于…的部署`.
 */
const CITED =
  /(?:[《〈“"「]|根据|按照|依据|依照|贯彻|落实|参照|对照|执行|转发|结合|遵照|见)(?:[^。；;，,：:]{0,40}?(?:和|及|与|、))?$/;

/** `等十部门`, `等部门` before a header's 关于. */
const COUNTED = /^等(?:\d+|[一二两三四五六七八九十]+)?个?(?:部门|部委|单位)/;
/** `关于转发`: the header of a body that passes another's document on; it issued no plan of its own. */
const FORWARDING = /^(?:关|関)(?:于|於)转发/;
/**
 * `X转发Y关于印发……的通知`, `X关于转发Y印发的《…》的通知`: Y issued the document, X only forwards it.
 * A forwarded document is the text's own, not one it cites.
 */
const FORWARDED = /转发了?[《〈“"「]?$/;

/**
 * `X关于转发Y《“十三五”医疗器械科技创新专项规划》的通知`, `X近期转发了Y《…规划》。`,
 * `市政府办公厅日前转发市经济信息化委…制订的《…》`: the forwarded document by its own title, not its 关于
 * line; X's header (or the sentence) closes after it.
 */
const FORWARDED_TITLE =
  /^(?:(?:联合|共同)?(?:制订|制定|编制|研究制定|印发)的)?(?:《[^》]{2,60}》|[〈“"「][^〉”"」]{2,60}[〉”"」]|(?:“[^”]{2,8}”|[^，,。；;、《“”]){4,60}?(?:规划|方案|计划|纲要|指南|措施|意见))(?:[（(][^）)]{0,30}[）)])?(?:的?(?:通知|函)|[。；，,]|$)/;
/**
 * `现将Y《关于印发〈…〉的通知》（国科办社〔2017〕44号）转发给你们`, `现将Y印发的《…》转发给你们`: the
 * body of a forwarding notice names whose document it passes on.
 */
const PASSED_ON =
  /^(?:(?:印发|发布|制定|编制)的)?[《〈“"「][^。；;]{2,120}?[》〉”"」][^。；;，,]{0,30}?转发(?:给|至|到)?/;
const PASSING = /(?:现将|兹将|特将|现把)$/;
/**
 * `省经信委、省科技厅《关于加快医疗器械产业发展的意见》已经省人民政府同意，现转发给你们`: the body of a
 * government's forwarding notice names the makers of what it passes on, before their document.
 */
const MAKERS_PASSED_ON =
  /^[《〈“"「][^》〉”"」]{2,80}[》〉”"」](?:[（(][^）)]{0,30}[）)])?[^。；;]{0,24}?现(?:予以)?转发(?:给|至|到)?/;
/**
 * `现将《科技部办公厅关于印发〈…〉的通知》（国科办社〔2017〕44号）转发给你们`: the forwarded document's
 * issuer inside its title marks.
 */
const PASSING_MARKED = /(?:现将|兹将|特将|现把)[《〈“"「]$/;
const PASSED_ON_MARKED = /^(?:关|関)(?:于|於)[^。；;]{2,120}?[》〉”"」][^。；;，,]{0,30}?转发(?:给|至|到)?/;

/**
 * `X转发Y关于…`, `X关于转发《…》的通知`, `X近期转发了Y《…》`: X passes another body's document on. Not
 * `X转发的《…》` (a forwarded document the text cites).
 */
const FORWARDS_ON = new RegExp(`^${WHEN}{0,3}(?:(?:关|関)(?:于|於))?转发了?(?!的)`);

/** `A关于…的通知` as the text's own header: not a cited document, and its clause names a kind of document. */
const isHeader = (before: string, written: string): boolean => {
  // `工业和信息化部等十部门关于印发……的通知`: the count of the issuers may stand before 关于.
  // A forwarded document may stand in its title marks: `X转发Y《关于……的通知》`.
  const counted = written.replace(COUNTED, '');
  if (FORWARDED.test(before) && FORWARDED_TITLE.test(counted)) return true;
  const after = FORWARDED.test(before) ? counted.replace(/^[《〈“"「]/, '') : counted;
  return (
    HEADER.test(after) &&
    !FORWARDING.test(after) &&
    (!CITED.test(before) || FORWARDED.test(before)) &&
    DOCUMENT_KIND.test(after.split(/[。；;]/)[0] ?? '') &&
    !CITED_AFTER.test(after.split(/[。；;，,]/)[0] ?? '')
  );
};
/**
 * A `关于…` title the sentence goes on to cite, not a header: `A、B等10部门关于…的若干措施出台以来，…`, `…实施以来`,
 * `…的要求`, `…精神`.
 */
const CITED_AFTER = new RegExp(
  `${DOCUMENT_KIND.source}》?(?:出台|印发|发布|实施|施行|下发|以来|精神|要求|部署|中|后)`,
);

/** The title right after an issue verb: `印发了《浙江省医疗器械产业发展规划（2011-2015年）》`. */
const TITLE_AFTER_VERB = /^[^《。；;]{0,16}《([^》]{4,80})》/;
/** The shortest run of a title that names the document: `医疗器械产业发展规划` (a place and years apart). */
const SHARED_NAME = 6;

/**
 * True when the sentence names the plan: its title whole, or a title right after the verb that shares
 * with the plan's a run of six characters (or `shared`) or more ending in the kind of document (the headline
 * `浙江出台医疗器械产业发展规划` and `《浙江省医疗器械产业发展规划（2011-2015年）》`).
 */
/**
 * What a body did before, told as background in a news item's opening (`此前，国家卫生健康委印发了《…》`,
 * `去年，A曾发布…`): another document, unless its title names the plan.
 */
const EARLIER_BEFORE = /(?:此前|早前|早在|先前|之前|日前曾|去年|前年|上一轮)[^。；;]*$/;
const earlier = (before: string, after: string): boolean =>
  EARLIER_BEFORE.test(before) || /^[^。；;《]{0,8}曾(?:经)?/.test(after);

const namesThePlan = (after: string, planTitle: string, shared = SHARED_NAME): boolean => {
  if (planTitle !== '' && after.includes(planTitle)) return true;
  const written = TITLE_AFTER_VERB.exec(after)?.[1];
  if (!written || planTitle === '') return false;
  // `医疗器械产业“十二五”发展规划` is `…产业发展规划（2011-2015年）`: the period names no other plan.
  const named = withoutPeriod(written);
  const title = withoutPeriod(planTitle);
  for (let end = named.length; end >= shared; end--) {
    if (!/(?:规划|方案|计划|意见|措施|办法|纲要|指南|政策)$/.test(named.slice(0, end))) continue;
    for (let from = 0; end - from >= shared; from++) if (title.includes(named.slice(from, end))) return true;
  }
  return false;
};

/**
 * True when a title the sentence writes is the plan's: the same name, and no other period
 * (`《…行动计划（2017-2020年）》` is the plan before `（2021-2025年）`).
 */
const titledThePlan = (sentence: string, planTitle: string): boolean =>
  [...sentence.matchAll(/《([^》]{4,80})》/g)].some((m) => {
    const written = m[1] ?? '';
    const periods = (t: string): string => (t.match(PERIOD) ?? []).join('').replace(/[^\d一二三四五六]/g, '');
    const a = periods(written);
    const b = periods(planTitle);
    if (a !== '' && b !== '' && a !== b) return false;
    return namesThePlan(`《${written}》`, planTitle, 8);
  });

/** A plan's period in its title: `“十二五”`, `（2011-2015年）`, `2021—2025年`. */
const PERIOD = /[“"”]?十[一二三四五六]五[”"“]?|[（(]?\d{4}\s*[-—–－~～至到]\s*\d{4}年?[）)]?/g;
const withoutPeriod = (title: string): string => title.replace(PERIOD, '');

/** The kind a document's title ends in (`…白皮书（2026）` is a white paper); a notice only carries a document. */
const TITLE_KIND =
  /(规划|方案|计划|意见|措施|办法|纲要|指南|目录|名录|名单|清单|白皮书|蓝皮书|报告|标准|条例|细则|要点|指引|公告|通告)(?:[（(][^）)]{0,12}[）)])*$/;
const kindOf = (title: string): string | undefined =>
  TITLE_KIND.exec(title.replace(/(?:[》〉]?的?(?:通知|函))$/, '').trim())?.[1];
/** The years a title's period covers: `“十三五”` 2016-2020, `（2018—2020年）`, `（2023年）`, `（2026年版）`. */
const yearsOf = (title: string): readonly [number, number] | undefined => {
  const five = /十([一二三四五六])五/.exec(title)?.[1];
  if (five) {
    const from = 2006 + 5 * '一二三四五六'.indexOf(five);
    return [from, from + 4];
  }
  const range = /(\d{4})\s*[-—–－~～至到]\s*(\d{4})/.exec(title);
  if (range) return [Number(range[1]), Number(range[2])];
  const year = /[（(](\d{4})年?版?[）)]/.exec(title)?.[1];
  return year ? [Number(year), Number(year)] : undefined;
};
/** The title an issue sentence gives its document: after the verb, or before 由 in the passive (`《…》由A印发`). */
const ISSUED_TITLE_BEFORE = /《([^》]{4,80})》[^《》，,。；;]{0,12}由$/;
/**
 * True when the document an issue sentence names is not the plan: a white paper that says
 * `《“十四五”医疗装备产业发展规划》由A、B等十部门联合印发`, a plan citing `A发布的《…目录（2023年）》`, a
 * news item's background `更早的2017年，A印发《“十三五”…规划》`. Its title is of another kind than the
 * plan's (a plan, not a white paper) or of a period that shares no year with the plan's; a title that
 * names the plan, or one of a kind or period the plan's title does not give, tells nothing.
 */
const namesAnother = (before: string, after: string, planTitle: string): boolean => {
  const named = TITLE_AFTER_VERB.exec(after)?.[1] ?? ISSUED_TITLE_BEFORE.exec(before)?.[1];
  if (!named || planTitle === '' || namesThePlan(`《${named}》`, planTitle)) return false;
  const [kind, own] = [kindOf(named), kindOf(planTitle)];
  if (kind && own && kind.slice(-2) !== own.slice(-2)) return true;
  const [years, ownYears] = [yearsOf(named), yearsOf(planTitle)];
  return !!years && !!ownYears && (years[1] < ownYears[0] || ownYears[1] < years[0]);
};

/** Sentences of prose (this long at least) that open a text, past a page's short lines of navigation. */
const PROSE_CHARS = 20;
const OPENING_PROSE = 6;
/** However short its lines, a text's opening ends here (a plan's task list is no masthead). */
const OPENING_LIMIT = 2 * OPENING_SENTENCES;
const openingCache = new WeakMap<PlanModel, number>();
/**
 * The index below which sentences open the text: the first twelve, or more where a page's masthead,
 * navigation and by-lines come first, up to the sixth sentence of prose and never past the 24th.
 */
const openingEnd = (model: PlanModel): number => {
  let end = openingCache.get(model);
  if (end === undefined) {
    let prose = 0;
    end = model.sentences.length;
    for (const [i, s] of model.sentences.entries()) {
      if (s.end - s.start >= PROSE_CHARS) prose += 1;
      if (prose > OPENING_PROSE) {
        end = i;
        break;
      }
    }
    end = Math.min(OPENING_LIMIT, Math.max(OPENING_SENTENCES, end));
    openingCache.set(model, end);
  }
  return end;
};
const opening = (model: PlanModel, sentence: number): boolean => sentence < openingEnd(model);

const inFront = (model: PlanModel, sentence: number): boolean => {
  const kind = model.sections[model.sentences[sentence]?.section ?? -1]?.kind;
  return kind === 'front' || kind === 'title' || opening(model, sentence);
};

/** The sentence holding offset `at` (the last one starting at or before it). */
const sentenceAt = (model: PlanModel, at: number): number => {
  let lo = 0;
  let hi = model.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((model.sentences[mid]?.start ?? 0) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
};

const sectionPath = (model: PlanModel, sentence: number): string =>
  model.sections[model.sentences[sentence]?.section ?? -1]?.path ?? '';

/** A signature block: a sentence that is department names and a date, nothing else. */
const isSignature = (model: PlanModel, f: FoundList): boolean => {
  const { text } = sentenceNorm(model, f.sentence);
  const named = f.list.items.reduce((n, i) => n + i.to - i.from, 0);
  const undated = text.replace(
    /(?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日/,
    '',
  );
  // `江门市卫生健康局、江门市工业和信息化局：` opens a letter to its addressees; it signs nothing.
  const addressed = /^[：:]/.test(f.list.after);
  // Names run together with 、 and undated are a list the text gives (`调研组成员单位：A、B、C`), no signatures,
  // unless its label names who puts the document out (`主办单位：A、B、C` of a conference's agenda).
  const enumerated = f.list.items.some(
    (item, k) => k > 0 && text.slice(f.list.items[k - 1]?.to ?? 0, item.from).includes('、'),
  );
  return (
    f.list.items.length >= 2 &&
    named >= undated.length * 0.8 &&
    !addressed &&
    !DISTRIBUTION.test(f.list.before) &&
    !(enumerated && undated === text && !ORGANISERS.test(f.list.before))
  );
};
/** The field of a conference's or a programme's organisers: `主办单位：`, `联合主办：`. */
const ORGANISERS = /(?:主办单位|联合主办单位|主办|联合主办|发起单位)[:：]\s*$/;
/** A distribution line's field (`抄送：`, `报送：`, `分送：`): the bodies a document is sent to sign nothing. */
const DISTRIBUTION = /(?:抄送|抄报|报送|分送|发送|主送|印送|送阅|报|送)[:：]\s*$/;

/**
 * A notice that forwards another body's document (`X转发Y关于…`, `X关于转发…`): X signs it, but the
 * document the text is about is Y's, so a signature names no issuer.
 */
const forwards = (model: PlanModel, scan: DepartmentScan): boolean =>
  scan.lists.some(
    (f) =>
      inFront(model, f.sentence) &&
      (FORWARDED.test(f.list.before) || /^(?:(?:关|関)(?:于|於))?转发/.test(f.list.after)),
  ) ||
  // A header naming no body (`关于转发《…》的通知`) and a body that passes a document on (`现将…转发给你们`).
  model.sentences.some((_, i) => inFront(model, i) && FORWARDING_SENTENCE.test(sentenceNorm(model, i).text));
const FORWARDING_SENTENCE = /^(?:关|関)(?:于|於)转发|(?:现将|兹将|特将|现把)[^。；;]{2,160}?转发(?:给|至|到)/;

/**
 * `为……，A、B决定组织开展……。现将有关事项通知如下`: the opening of a notice whose header a reprint
 * dropped says who decided what it announces. Only with the notice's own `通知如下` in the sentence
 * or the next one: elsewhere `A决定` is news of another body's decision.
 */
const DECIDED =
  /^(?:联合|共同)?(?:研究)?(?:决定|拟于?|将于?)(?:[^，,。；;]{0,12}?)(?:联合|共同)?(?:组织|开展|实施|启动|举办|遴选|征集|评选|印发)/;
const NOTICE_FOLLOWS = /(?:通知如下|通知如下|特此通知|请遵照执行)/;
const announces = (model: PlanModel, sentence: number): boolean =>
  [sentence, sentence + 1].some(
    (i) => i < model.sentences.length && NOTICE_FOLLOWS.test(sentenceNorm(model, i).text),
  );

/**
 * A body's own document named by its kind right after its name, opening a line at the top:
 * `常州市人民政府工作报告（摘编）`, `国家药品监督管理局公告（2024年第12号）`, `广东省人民政府令`.
 */
const OWN_DOCUMENT = /^(?:(?:政府)?工作报告|(?:公告|通告|令)(?=$|[（(〔[【第\d]))/;

/** True when sentence `i` opens the text's first line (its headline) or is its title. */
const headline = (model: PlanModel, i: number): boolean => {
  const s = model.sentences[i];
  if (!s) return false;
  const kind = model.sections[s.section]?.kind;
  return kind === 'title' || s.start === model.text.length - model.text.trimStart().length;
};

/** A line opening with its day or month: `1月12日，`, `2025年3月，`, `12月上旬，`. */
const DATED = /^(?:(?:19|20)\d{2}年)?\d{1,2}月(?:\d{1,2}日|[上中下]旬|底|初)?[，,、\s]?/;
/** Dated lines, this many at least, make a chronicle (大事记) of entries, not news of one document. */
const CHRONICLE_ENTRIES = 3;
/** Where the lines of sentence `i` start in its normalised text. */
const lineStarts = (model: PlanModel, i: number): number[] => [0, ...sentenceBreaks(model, i)];
const chronicleCache = new WeakMap<PlanModel, boolean>();
const chronicle = (model: PlanModel): boolean => {
  let is = chronicleCache.get(model);
  if (is === undefined) {
    let dated = 0;
    for (let i = 0; i < model.sentences.length && dated < CHRONICLE_ENTRIES; i++) {
      const { text } = sentenceNorm(model, i);
      for (const at of lineStarts(model, i)) if (DATED.test(text.slice(at, at + 16))) dated += 1;
    }
    is = dated >= CHRONICLE_ENTRIES;
    chronicleCache.set(model, is);
  }
  return is;
};
/** True when list `f` is the subject of a chronicle's entry: only its date stands before it on its line. */
const chronicleEntry = (model: PlanModel, f: FoundList): boolean => {
  const before = f.list.before;
  const line = Math.max(...lineStarts(model, f.sentence).filter((at) => at <= before.length));
  const lead = before.slice(line);
  return lead !== '' && DATED.exec(lead)?.[0].length === lead.length && chronicle(model);
};

/** A line of a table of contents: a document's header, its leader and its page (`…的通知（川医保发〔2026〕18号）……（22）`). */
const CONTENTS_ENTRY = /(?:…+\s*[（(]\d{1,4}[）)]|(?:…{2,}|\.{4,}|·{4,}|．{4,})\s*[（(]?\d{1,4}[）)]?)\s*$/;
/**
 * True when the list opens an entry of a gazette's or a compilation's contents that is not the plan's:
 * the documents it lists are the gazette's, and only the one whose title is the plan's is the text's own.
 */
const othersEntry = (model: PlanModel, at: number | undefined): boolean => {
  if (at === undefined) return false;
  const from = model.text.lastIndexOf('\n', at - 1) + 1;
  const to = model.text.indexOf('\n', at);
  const line = model.text.slice(from, to < 0 ? model.text.length : to);
  return CONTENTS_ENTRY.test(line) && !namesThePlan(line.slice(at - from), model.plan.title);
};

/**
 * A government's press release opens on what it announces, naming the bureaus that act on it together
 * (`政府今日（十二月三日）宣布，医务卫生局与创新科技及工业局将联合推进一系列措施`): the release is theirs.
 */
const GOVERNMENT_ANNOUNCES = new RegExp(`政府${WHEN}{0,2}(?:宣布|公布)[，,：:]?$`);
const JOINTLY = /^(?:将|会|已)?(?:联合|共同|携手)/;

const issuesThePlan = (model: PlanModel, f: FoundList, forwarded: boolean): string | undefined => {
  const { after, before } = f.list;
  if (othersEntry(model, f.departments[f.departments.length - 1]?.end)) return undefined;
  const front = inFront(model, f.sentence);
  if (front && isHeader(before, after)) return ISSUER_RULE;
  if (before === '' && OWN_DOCUMENT.test(after) && headline(model, f.sentence)) return ISSUER_RULE;
  if (front && PASSING.test(before) && PASSED_ON.test(after)) return ISSUER_RULE;
  if (front && forwarded && MAKERS_PASSED_ON.test(after) && !CITED.test(before)) return ISSUER_RULE;
  if (front && PASSING_MARKED.test(before) && PASSED_ON_MARKED.test(after)) return ISSUER_RULE;
  // A reply to a proposal reports what its author and others did (`我厅会同省发展改革委出台了《…》`):
  // documents of its body are not the reply, whose author its header or signature names.
  if (replies(model)) return front && isHeader(before, after) ? ISSUER_RULE : signed(model, f, forwarded);
  // An entry of a chronicle (`3月5日，A、B联合印发《…》`) reports one of the year's documents: the text's
  // own is the one its title names, or none (a yearbook's chronicle is its editors').
  if (chronicleEntry(model, f))
    return ISSUE_VERB.test(after) && namesThePlan(after, model.plan.title) ? ISSUE_SENTENCE_RULE : undefined;
  if (opening(model, f.sentence) && DECIDED.test(after) && announces(model, f.sentence))
    return ISSUE_SENTENCE_RULE;
  // Past the opening, a text without headings is still its front section: there an issue names the
  // plan (`省科技厅近日印发了《…技术创新规划》` further down a news item is another body's plan).
  const top =
    front &&
    (opening(model, f.sentence) ||
      model.sections[model.sentences[f.sentence]?.section ?? -1]?.kind !== 'front');
  if (
    ISSUE_VERB.test(after) &&
    ((top && !earlier(before, after) && !namesAnother(before, after, model.plan.title)) ||
      namesThePlan(after, model.plan.title))
  )
    return ISSUE_SENTENCE_RULE;
  if (opening(model, f.sentence)) {
    if (GOVERNMENT_ANNOUNCES.test(before) && JOINTLY.test(after)) return ISSUE_SENTENCE_RULE;
    const by = f.list.before.endsWith('由');
    if (by && ORGANISED_BY.test(after)) return ISSUE_SENTENCE_RULE;
    if (
      DOCUMENT_BY.test(f.list.before) &&
      PASSIVE.test(after) &&
      !namesAnother(before, after, model.plan.title)
    )
      return ISSUE_SENTENCE_RULE;
    if (MADE.test(after) || madeUnmarked(after, model.plan.title)) return ISSUE_SENTENCE_RULE;
    if (SOURCED.test(before) && SOURCE_OF_NEWS.test(after) && namesThePlan(after, model.plan.title, 8))
      return ISSUE_SENTENCE_RULE;
    const unmarked = SOURCED.test(before) ? SOURCE_OF_UNMARKED.exec(after)?.[1] : undefined;
    if (unmarked && sharesTitle(unmarked, model.plan.title, 8)) return ISSUE_SENTENCE_RULE;
    const spoken = SPOKEN.exec(after)?.[0];
    if (
      spoken &&
      SPOKEN_ISSUED.test(spoken) &&
      namesThePlan(spoken.slice(spoken.indexOf('《') - 1), model.plan.title, 8)
    )
      return ISSUE_SENTENCE_RULE;
    const explained = INTERPRETS.exec(after)?.[1];
    if (
      explained &&
      !NOT_ITS_OWN.test(explained) &&
      (headline(model, f.sentence) || namesThePlan(`《${explained}》`, model.plan.title, 8))
    )
      return ISSUE_SENTENCE_RULE;
  }
  return signed(model, f, forwarded);
};

/** A signature block near the top or the end, unless the notice forwards another's document (its forwarder signs). */
const signed = (model: PlanModel, f: FoundList, forwarded: boolean): string | undefined => {
  if (forwarded) return undefined;
  const front = inFront(model, f.sentence);
  return isSignature(model, f) && (front || f.sentence >= model.sentences.length - 6)
    ? ISSUER_RULE
    : undefined;
};

/**
 * The body that passes another's document on: the X of a front `X转发Y…` or `X关于转发…`, and the
 * signature of a forwarding notice. It issued the text (the forwarding notice, with its own number),
 * not the plan the text carries, so its edge has `role: forwarder`, never lead.
 */
const forwardsThePlan = (model: PlanModel, f: FoundList, forwarded: boolean): string | undefined => {
  if (!forwarded) return undefined;
  const front = inFront(model, f.sentence);
  if (front && FORWARDS_ON.test(f.list.after) && !CITED.test(f.list.before)) return ISSUER_RULE;
  const end = f.sentence >= model.sentences.length - 6;
  return isSignature(model, f) && (front || end) ? ISSUER_RULE : undefined;
};

/** `关于省政协…第0345号提案的答复`, `对市人大代表建议的答复函`: a department's reply to a proposal. */
const REPLY = /(?:提案|建议|议案)(?:的|答复的)?(?:答复|复函|函)|答复函/;
const repliesCache = new WeakMap<PlanModel, boolean>();
const replies = (model: PlanModel): boolean => {
  let r = repliesCache.get(model);
  if (r === undefined) {
    const top = model.sentences.slice(0, 3).map((_, i) => sentenceNorm(model, i).text);
    r = [model.plan.title, ...top].some((t) => REPLY.test(t.split(/[。；;]/)[0] ?? ''));
    repliesCache.set(model, r);
  }
  return r;
};

/**
 * `近日联合`, `日前会同`, `于12月28日联合`: a time word parts a lead from the list it joins; so does the
 * lead's own 牵头 (`由A牵头，会同B、C制定了《…》`) and the count of the leads (`A、B、C等三部门会同D、E印发`).
 */
const TIMED_JOINER = new RegExp(
  `^(?:等?(?:\\d+|[一二两三四五六七八九十]+)?个?(?:部门|部委)[，,]?(?:${WHEN}{1,3}|牵头[，,]?)?|${WHEN}{1,3}|牵头[，,]?)(?:联合|会同)$`,
);
/**
 * `工业和信息化部近日联合国家卫生健康委、国家药监局等十部门印发《…》`: the list after the time word
 * issues, and the one before it leads that issue.
 */
const leadBeforeTime = (
  lists: readonly FoundList[],
  rules: readonly (string | undefined)[],
  k: number,
): string | undefined => {
  const f = lists[k];
  const next = lists[k + 1];
  const rule = rules[k + 1];
  if (!f || !next || !rule || next.sentence !== f.sentence) return undefined;
  const between = f.list.after.slice(
    0,
    f.list.after.length - next.list.after.length - (next.list.to - next.list.from),
  );
  // `A联同B、C等七個部門印發` (Hong Kong press): A leads the bodies it joins.
  return TIMED_JOINER.test(between) || between === '联同' ? rule : undefined;
};

/** `这七个部门分别是`, `上述七部门包括`, `七部门为：` right before a list. */
/** `此次联合印发《行动计划》的还有`, `参与制定的部门还包括` right before a list: more issuers of the plan. */
const ALSO_ISSUED =
  /(?:印发|发布|制定|出台|编制|发文)[^。；;，,]{0,24}?的(?:部门|部委|单位)?(?:还|也)?(?:有|包括)[：:]?$/;
const ENUMERATED =
  /(?:这|上述|以上|此|该)?(\d+|[一二两三四五六七八九十]+)个?(?:部门|部委)(?:还|也)?(?:分别)?(?:是|为|包括|有)[：:]?$/;
/**
 * `七部门联合印发《…》`, `《…》近日由七部门联合印发`, `七部委日前联合印发`: an issue stated by a count alone,
 * whose bodies a later sentence names (`这七个部门分别是…`, `参与发文的部门包括…`).
 */
const COUNTED_ISSUE =
  /(?:^|[^\d一二两三四五六七八九十])(\d+|[一二两三四五六七八九十]+)个?(?:部门|部委)[^。；;，,《]{0,10}?(?:印发|发布|出台|发文|颁布|制定)/;
/** `其余四个部门分别为`, `另外四部门是`: the issuers of the counted list that it did not name. */
const OTHERS_ENUMERATED =
  /(?:其余|其他|其它|另外|另)的?(\d+|[一二两三四五六七八九十]+)?个?(?:部门|部委)(?:分别)?(?:是|为|包括|有)[：:]?$/;

/** `A会同B、C编制了《…》`: the partners worked on the drafting (not `联合印发`, a joint issue). */
const COMPILED_WITH = /会同[^。；;《]{2,120}?(?:组织|研究)?(?:编制|制定|制订)/;
/** A page's source field near the top, before its view count or date: `来源：合肥市投资促进局 发布时间：…`. */
const SOURCE_LINE =
  /^(?:(?:发布|成文|更新)?(?:日期|时间)[:：][^来]{0,30})?(?:信息|文章)?来源[:：]\s*([^\s|｜【（(，,。]{4,40})/u;
/**
 * A web page whose source field (`来源：A`) and closing signature both name one body, the same: the
 * page is that body's publication, whoever it worked with. Not a notice with a masthead.
 */
const soleSignedPublisher = (
  text: string,
  blocks: readonly NameBlock[],
  planId: PlanModel['plan']['id'],
): NodeId | undefined => {
  if (blocks.some((b) => b.kind === 'header' || b.kind === 'forwarding')) return undefined;
  const signed = blocks.filter((b) => b.kind === 'signature').flatMap((b) => b.departments);
  const body = signed[0];
  if (!body || signed.some((d) => d.name !== body.name)) return undefined;
  const top = text.split(/\r?\n/).slice(0, 6);
  const sources = top.flatMap((l) => SOURCE_LINE.exec(l.trim())?.[1] ?? []);
  if (sources.length !== 1 || sources[0] !== body.name) return undefined;
  return body.id ?? discoveredDepartmentId(body.name, body.placeless ? planId : undefined);
};

/** `lead` (the first issuer), `co-issuer`, or `forwarder` (the body whose notice passes the plan on). */
type Role = 'lead' | 'co-issuer' | 'forwarder';

export interface IssuerFacts {
  readonly output: RuleOutput;
  readonly issuers: ReadonlySet<NodeId>;
}

export const issuers = (
  model: PlanModel,
  registry: readonly DepartmentEntry[],
  scan: DepartmentScan,
): IssuerFacts => {
  const out: RuleOutput = { nodes: [], mentions: [], edges: [] };
  const found = new Set<NodeId>();
  const readings = new Set<string>();
  const plan = planNodeId(model.plan.id);
  const issueAt = (id: NodeId, evidence: Evidence, rule: string, role: Role, f?: FoundList): void => {
    // One edge per department and rule: a header read as a sentence and as lines is one reading.
    const key = `${id}|${rule}`;
    if (readings.has(key)) return;
    readings.add(key);
    // A forwarder passes the plan on; it is not in charge of the plan's measures.
    if (role !== 'forwarder') found.add(id);
    // `等十部门` says how many issued it: kept for audit, with a flag when a closed list disagrees.
    const count = f?.list.claimed;
    out.edges.push({
      type: 'ISSUED',
      source: id,
      target: plan,
      basis: 'stated',
      rule,
      evidence: [evidence],
      props: {
        role,
        ...(count !== undefined ? { issuerCount: count } : {}),
        ...(f?.list.countMismatch ? { countMismatch: true } : {}),
      },
    });
  };
  // Names on lines of their own above 关于 or above a closing date (a header or a signature block),
  // read first so that their evidence is the whole block with its 关于 line or date.
  const known = new Set(scan.output.nodes.map((n) => n.id));
  const forwarded = forwards(model, scan);
  const blocks = nameBlocks(model.text, departmentForms(registry), scan.home);
  const publisher = soleSignedPublisher(model.text, blocks, model.plan.id);
  for (const b of blocks) {
    const sentence = sentenceAt(model, b.from);
    if (b.kind !== 'signature' && !inFront(model, sentence)) continue;
    if (b.kind === 'header' && othersEntry(model, b.to - 1)) continue;
    // A page's issuer or source field names the body whose site carries it: in a forwarding notice
    // that is the forwarder.
    const forwarder =
      b.kind === 'forwarding' || (forwarded && (b.kind === 'signature' || b.kind === 'field'));
    const evidence = spanEvidence(model, b.from, b.to, sectionPath(model, sentence));
    b.departments.forEach((d, k) => {
      const id = d.id ?? discoveredDepartmentId(d.name, d.placeless ? model.plan.id : undefined);
      const role = forwarder ? 'forwarder' : k === 0 ? 'lead' : 'co-issuer';
      // A page's field is a by-line, which no sentence reads: its body is named there only.
      if (!d.id && !known.has(id) && b.kind === 'field') {
        out.nodes.push({ id, label: 'Department', name: d.name, nameEn: '', discovered: true });
        known.add(id);
      }
      if (d.id || known.has(id)) issueAt(id, evidence, ISSUER_RULE, role);
    });
  }
  const rules = scan.lists.map((f) => issuesThePlan(model, f, forwarded));
  // `工业和信息化部等七部门联合印发《…》。这七个部门分别是A、B、…`: the issuing list named in full after its count.
  for (const [k, f] of scan.lists.entries()) {
    if (rules[k] || !opening(model, f.sentence)) continue;
    const others = OTHERS_ENUMERATED.exec(f.list.before);
    const counted = others ? undefined : ENUMERATED.exec(f.list.before)?.[1];
    const n = counted !== undefined ? parseCount(counted) : undefined;
    const also = n === undefined && !others && ALSO_ISSUED.test(f.list.before);
    if (n === undefined && !also && !others) continue;
    const rest = others?.[1] !== undefined ? parseCount(others[1]) : undefined;
    const earlier = (j: number): boolean =>
      rules[j] !== undefined && (scan.lists[j]?.sentence ?? 0) < f.sentence;
    // The rest of a counted list: as many as the count leaves (`等七部门` named three, `其余四个`).
    const completes = (g: FoundList): boolean =>
      g.list.claimed !== undefined && (rest === undefined || g.list.claimed - g.list.items.length === rest);
    // Or an earlier sentence at the top said how many issued the plan, naming none.
    const countedBefore = (): boolean =>
      !others &&
      model.sentences.slice(0, f.sentence).some((_, i) => {
        if (!opening(model, i)) return false;
        const text = sentenceNorm(model, i).text;
        const c = COUNTED_ISSUE.exec(text)?.[1];
        return c !== undefined && (also || parseCount(c) === n) && titledThePlan(text, model.plan.title);
      });
    if (
      scan.lists.some(
        (g, j) => j < k && earlier(j) && (also || (others ? completes(g) : g.list.claimed === n)),
      ) ||
      countedBefore()
    )
      rules[k] = ISSUE_SENTENCE_RULE;
  }
  const led = new Set<number>();
  // `由A牵头，会同B、C共同编制`: the bodies the issuing lead joins issue with it.
  for (const [k, f] of scan.lists.entries()) {
    const lead = scan.lists[k - 1];
    const rule = rules[k - 1];
    if (rules[k] || !lead || !rule || lead.sentence !== f.sentence) continue;
    const between = lead.list.after.slice(
      0,
      lead.list.after.length - f.list.after.length - (f.list.to - f.list.from),
    );
    if (/^牵头[，,]?(?:会同|联合)$/.test(between)) {
      rules[k] = rule;
      led.add(k);
    }
  }
  for (const [k, f] of scan.lists.entries()) {
    const timedLead = rules[k] ? undefined : leadBeforeTime(scan.lists, rules, k);
    const rule = rules[k] ?? timedLead;
    if (!rule) continue;
    if (timedLead) led.add(k + 1);
    // The first names (those before 联合/会同) lead; a header's first name is its lead issuer; the
    // names a timed lead joins (`A近日联合B、C`) are co-issuers.
    const leads = led.has(k) ? 0 : f.list.leadCount < f.list.items.length ? f.list.leadCount : 1;
    const evidence = sentenceEvidence(model, f.sentence);
    // `来源：A` above and A alone signing below: the bodies A worked with (`A会同B、C编制了《…》，现予发布`)
    // compiled the page with it; the page is A's.
    // The sentence's first issuing body (not `经合肥市人民政府同意` before it).
    const first = scan.lists.find((g, j) => g.sentence === f.sentence && (rules[j] !== undefined || j === k))
      ?.departments[0]?.id;
    const compiledWith =
      publisher !== undefined &&
      rule === ISSUE_SENTENCE_RULE &&
      first === publisher &&
      COMPILED_WITH.test(sentenceNorm(model, f.sentence).text);
    f.departments.forEach((d, i) => {
      if (compiledWith && d.id !== publisher) return;
      issueAt(d.id, evidence, rule, i < leads ? 'lead' : 'co-issuer', f);
    });
  }
  for (const f of scan.lists) {
    const rule = forwardsThePlan(model, f, forwarded);
    const evidence = sentenceEvidence(model, f.sentence);
    if (rule) for (const d of f.departments) issueAt(d.id, evidence, rule, 'forwarder', f);
  }
  // 工信部联规〔2021〕NNN号 on a line of its own near the top: the prefix names the lead issuer.
  for (const line of [...docNumberLines(model.text), ...inlineDocNumbers(model.text)]) {
    const sentence = sentenceAt(model, line.from);
    if (!inFront(model, sentence)) continue;
    const d = registry.find((r) => (r.docPrefixes ?? []).some((p) => line.prefix.startsWith(p)));
    const evidence = spanEvidence(model, line.from, line.to, sectionPath(model, sentence));
    if (d) issueAt(d.id, evidence, DOC_NUMBER_RULE, 'lead');
    // 浙政办发〔2012〕16号: a province's government, a department the registry lacks.
    const local = d
      ? undefined
      : (localIssuerOfPrefix(line.prefix) ?? cityIssuerOfPrefix(line.prefix, scan.home.city));
    if (local) {
      const id = discoveredDepartmentId(local);
      out.nodes.push({ id, label: 'Department', name: local, nameEn: '', discovered: true });
      issueAt(id, evidence, DOC_NUMBER_RULE, 'lead');
    }
  }
  // Issuers the text does not name (meq-2021's draft names none): from seeds/plans.json or --issuer.
  for (const id of model.plan.issuers ?? []) {
    if (found.has(id)) continue;
    found.add(id);
    out.edges.push({
      type: 'ISSUED',
      source: id,
      target: plan,
      basis: 'inferred',
      rule: METADATA_ISSUER_RULE,
      evidence: [],
      props: {
        reasonZh: '原文未写明发文部门，取自规划元数据（seeds/plans.json 或 --issuer）',
        reasonEn: 'The text names no issuer; taken from the plan metadata (seeds/plans.json or --issuer)',
      },
    });
  }
  return { output: out, issuers: found };
};
