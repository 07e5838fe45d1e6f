// The Plans panel: lists the loaded plans and adds one from a file (POST /api/plans, docs/plans.md),
// showing what the extractor found in it; an added plan can be removed. Seeds cannot.
import type { PlanSummary, PlanUploadResponse } from '../../../core/contract';
import { fill, h } from './dom';

export interface PlansPanelOptions {
  /** The API's base URL, `./api` on a served page. */
  baseUrl: string;
  lang: () => 'zh' | 'en';
  /** Called after a plan was added or removed (the page reloads to show the new graph). */
  onChanged: () => void;
  fetchImpl?: typeof fetch;
}

const TEXT = {
  zh: {
    plans: '规划',
    seed: '内置',
    added: '已添加',
    add: '添加规划',
    file: '文件',
    id: '编号（如 forum-2022）',
    title: '标题',
    year: '年份',
    issuers: '发布部门（逗号分隔）',
    remove: '移除',
    working: '正在抽取并加载…',
    found: (r: PlanUploadResponse) =>
      `已添加 ${r.id}（${r.encoding}）：${r.nodes} 个节点，${r.mentions} 处提及，发现 ${r.discovered.length} 个新术语`,
    reload: '刷新页面查看',
  },
  en: {
    plans: 'Plans',
    seed: 'seed',
    added: 'added',
    add: 'Add a plan',
    file: 'File',
    id: 'Id (e.g. forum-2022)',
    title: 'Title',
    year: 'Year',
    issuers: 'Issuers (comma-separated)',
    remove: 'Remove',
    working: 'Extracting and loading…',
    found: (r: PlanUploadResponse) =>
      `Added ${r.id} (${r.encoding}): ${r.nodes} nodes, ${r.mentions} mentions, ${r.discovered.length} terms discovered`,
    reload: 'Reload the page to explore it',
  },
};

const errorMessage = async (res: Response): Promise<string> => {
  const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
  return body?.error?.message ?? `HTTP ${res.status}`;
};

/** Renders the panel into `host`; `show(plans)` lists the loaded plans. */
export function createPlansPanel(
  host: HTMLElement,
  options: PlansPanelOptions,
): { show(plans: PlanSummary[]): void } {
  const doFetch = options.fetchImpl ?? window.fetch.bind(window);
  const tx = () => TEXT[options.lang()];
  const list = h('ul', { class: 'plans-list', 'data-testid': 'plans-list' });
  const result = h('div', { class: 'plans-result', 'data-testid': 'plans-result', 'aria-live': 'polite' });
  const field = (name: string, label: string, attrs: Record<string, string | boolean> = {}) =>
    h('label', {}, label, h('input', { name, ...attrs }));
  const form = h(
    'form',
    { class: 'plans-form', 'data-testid': 'plans-form' },
    field('file', tx().file, { type: 'file', accept: '.txt,text/plain', required: true }),
    field('id', tx().id, { required: true, pattern: '[a-z][a-z0-9]*(-[a-z0-9]+)*-[0-9]{4}' }),
    field('title', tx().title, { required: true, maxlength: '300' }),
    field('year', tx().year, { inputmode: 'numeric', pattern: '[0-9]{4}' }),
    field('issuers', tx().issuers),
    h('button', { type: 'submit' }, tx().add),
  );

  const report = (r: PlanUploadResponse): void =>
    fill(
      result,
      h('p', {}, tx().found(r)),
      h(
        'ul',
        {},
        r.discovered.map((d) =>
          h('li', {}, h('b', {}, d.name), ` ${d.label} ${d.confidence.toFixed(2)} — 「${d.sentence}」`),
        ),
      ),
      h('button', { type: 'button', onclick: () => options.onChanged() }, tx().reload),
    );

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const file = data.get('file');
    if (!(file instanceof File)) return;
    const params = new URLSearchParams();
    for (const k of ['id', 'title', 'year', 'issuers']) {
      const raw = data.get(k);
      const v = typeof raw === 'string' ? raw.trim() : '';
      if (v !== '') params.set(k, v);
    }
    fill(result, tx().working);
    void doFetch(`${options.baseUrl}/plans?${params.toString()}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', accept: 'application/json' },
      body: file,
    })
      .then(async (res) => {
        if (!res.ok)
          return fill(result, h('p', { class: 'plans-error', role: 'alert' }, await errorMessage(res)));
        report((await res.json()) as PlanUploadResponse);
      })
      .catch((err: unknown) => fill(result, h('p', { class: 'plans-error', role: 'alert' }, String(err))));
  });

  const remove = (id: string): void => {
    fill(result, tx().working);
    void doFetch(`${options.baseUrl}/plans/${encodeURIComponent(id)}/remove`, { method: 'POST' }).then(
      async (res) => {
        if (!res.ok)
          return fill(result, h('p', { class: 'plans-error', role: 'alert' }, await errorMessage(res)));
        options.onChanged();
      },
    );
  };

  const details = h(
    'details',
    { class: 'plans-panel', 'data-testid': 'plans-panel' },
    h('summary', {}, tx().plans),
    list,
    form,
    result,
  );
  host.append(details);
  return {
    show(plans) {
      fill(
        list,
        plans.map((p) => {
          const seed = p.file.startsWith('seeds/');
          return h(
            'li',
            { 'data-plan': p.id },
            `${p.id} · ${p.year} · ${options.lang() === 'zh' ? p.title : p.titleEn} · ${p.entities} `,
            h('small', {}, seed ? tx().seed : tx().added),
            seed ? null : h('button', { type: 'button', onclick: () => remove(p.id) }, tx().remove),
          );
        }),
      );
    },
  };
}
