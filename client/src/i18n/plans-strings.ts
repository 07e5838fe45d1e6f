// The words of the Plans panel and of the preview dialog before a plan is loaded, in Chinese and
// English (same keys in both; a unit test checks). Some are functions of the API's answer, which
// carries the counts they state.
import type { PlanConfirmResponse, PlanPreviewResponse } from '../../../core/contract/plan-preview';

/** The Plans panel (panels/plans-panel.ts). */
export const PLANS_PANEL_TEXT = {
  zh: {
    plans: '规划',
    seed: '内置',
    added: '已添加',
    add: '预览并添加规划',
    file: '文件',
    id: '编号（如 forum-2022）',
    title: '标题',
    year: '年份',
    issuers: '发布部门（逗号分隔）',
    remove: '移除',
    previewing: '正在抽取（尚未加载）…',
    working: '正在抽取并加载…',
    done: (r: PlanConfirmResponse) =>
      `已添加 ${r.id}：${r.nodes} 个节点，${r.mentions} 处提及；接受 ${r.accepted.length} 个术语，拒绝 ${r.rejected.length} 个`,
    reload: '刷新页面查看',
    terms: '你对术语的决定',
    termAccepted: '已接受（用户词表）',
    termRejected: '已拒绝（不加载）',
  },
  en: {
    plans: 'Plans',
    seed: 'seed',
    added: 'added',
    add: 'Preview and add a plan',
    file: 'File',
    id: 'Id (e.g. forum-2022)',
    title: 'Title',
    year: 'Year',
    issuers: 'Issuers (comma-separated)',
    remove: 'Remove',
    previewing: 'Extracting (nothing is loaded yet)…',
    working: 'Extracting and loading…',
    done: (r: PlanConfirmResponse) =>
      `Added ${r.id}: ${r.nodes} nodes, ${r.mentions} mentions; ${r.accepted.length} terms accepted, ${r.rejected.length} rejected`,
    reload: 'Reload the page to explore it',
    terms: 'Your decisions on terms',
    termAccepted: 'accepted (user lexicon)',
    termRejected: 'rejected (not loaded)',
  },
};

/** The preview dialog (panels/plan-preview-dialog.ts). */
export const PLAN_PREVIEW_TEXT = {
  zh: {
    title: (p: PlanPreviewResponse) => `预览：${p.id}（${p.encoding}，${p.characters} 字）`,
    counts: (p: PlanPreviewResponse) =>
      `${p.nodes} 个节点，${p.mentions} 处提及，${p.edges} 条有依据的关系；尚未加载`,
    byLabel: '按类别',
    discovered: (n: number, c: number) => `发现的新术语（${n} 个；另有 ${c} 个低于置信阈值，不会加载）`,
    none: '无',
    accept: '接受',
    reject: '拒绝',
    undo: '撤销',
    accepted: '已接受',
    rejected: '已拒绝',
    nameEn: '英文名（可选）',
    duplicates: '可能重复：',
    rejectedEarlier: '之前拒绝过的术语（不加载）：',
    departments: '文中提到的部门：',
    issuers: '发布部门：',
    forwarders: '转发部门（转发他人文件，不是发布者）：',
    confirm: '确认并加载',
    cancel: '取消',
    loading: (s: number) => `正在抽取并加载… ${s} 秒`,
    term: '术语',
    label: '类别',
    rule: '规则',
    confidence: '置信度',
    sentence: '所在句子',
    decision: '决定',
  },
  en: {
    title: (p: PlanPreviewResponse) => `Preview: ${p.id} (${p.encoding}, ${p.characters} characters)`,
    counts: (p: PlanPreviewResponse) =>
      `${p.nodes} nodes, ${p.mentions} mentions, ${p.edges} edges with evidence; not loaded yet`,
    byLabel: 'By label',
    discovered: (n: number, c: number) =>
      `Discovered terms (${n}; ${c} more below the confidence threshold, never loaded)`,
    none: 'none',
    accept: 'Accept',
    reject: 'Reject',
    undo: 'Undo',
    accepted: 'accepted',
    rejected: 'rejected',
    nameEn: 'English name (optional)',
    duplicates: 'Probable duplicate of: ',
    rejectedEarlier: 'Terms rejected earlier (not loaded): ',
    departments: 'Departments named: ',
    issuers: 'Issuers: ',
    forwarders: "Forwarded by (passes on another body's plan, not an issuer): ",
    confirm: 'Confirm and load',
    cancel: 'Cancel',
    loading: (s: number) => `Extracting and loading… ${s} s`,
    term: 'Term',
    label: 'Label',
    rule: 'Rule',
    confidence: 'Confidence',
    sentence: 'Sentence',
    decision: 'Decision',
  },
};
