// The Plans panel: lists the loaded plans and adds one from a file (docs/plans.md "From the page"):
// the file is previewed first (plan-preview-dialog.ts), loaded only when the user confirms; an
// added plan can be removed, seeds cannot. Also lists the user's decisions on discovered terms.
import type { PlanSummary } from '../../../core/contract';
import type { PlanConfirmResponse, UserTermsResponse } from '../../../core/contract/plan-preview';
import { createPlansApi } from '../api/plans-api';
import { PLANS_PANEL_TEXT } from '../i18n/plans-strings';
import { fill, h } from './dom';
import { openPreviewDialog } from './plan-preview-dialog';

export interface PlansPanelOptions {
  /** The API's base URL, `./api` on a served page. */
  baseUrl: string;
  lang: () => 'zh' | 'en';
  /** Called after a plan was added or removed (the page reloads to show the new graph). */
  onChanged: () => void;
  fetchImpl?: typeof fetch;
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Renders the panel into `host`; `show(plans)` lists the loaded plans. */
export function createPlansPanel(
  host: HTMLElement,
  options: PlansPanelOptions,
): { show(plans: PlanSummary[]): void } {
  const api = createPlansApi({
    baseUrl: options.baseUrl,
    ...(options.fetchImpl ? { fetchImpl: options.fetchImpl } : {}),
  });
  const tx = () => PLANS_PANEL_TEXT[options.lang()];
  const list = h('ul', { class: 'plans-list', 'data-testid': 'plans-list' });
  const terms = h('div', { class: 'plans-terms', 'data-testid': 'plans-terms' });
  const result = h('div', { class: 'plans-result', 'data-testid': 'plans-result', 'aria-live': 'polite' });
  const alert = (text: string) => fill(result, h('p', { class: 'plans-error', role: 'alert' }, text));
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

  const confirmed = (r: PlanConfirmResponse): void =>
    fill(
      result,
      h('p', {}, tx().done(r)),
      h('button', { type: 'button', onclick: () => options.onChanged() }, tx().reload),
    );

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const file = data.get('file');
    if (!(file instanceof File)) return;
    const text = (k: string) => {
      const raw = data.get(k);
      return typeof raw === 'string' ? raw.trim() : '';
    };
    const optional = (k: 'year' | 'issuers') => (text(k) !== '' ? { [k]: text(k) } : {});
    fill(result, tx().previewing);
    void api
      .preview(file, { id: text('id'), title: text('title'), ...optional('year'), ...optional('issuers') })
      .then((preview) => {
        fill(result);
        openPreviewDialog(document.body, preview, {
          api,
          lang: options.lang,
          onConfirmed: (r) => {
            confirmed(r);
            options.onChanged();
          },
        });
      })
      .catch((err: unknown) => alert(message(err)));
  });

  const remove = (id: string): void => {
    fill(result, tx().working);
    void api
      .remove(id)
      .then(() => options.onChanged())
      .catch((err: unknown) => alert(message(err)));
  };

  const showTerms = (t: UserTermsResponse): void => {
    const items = [
      ...t.accepted.map((x) => ({ ...x, decision: 'accept', note: tx().termAccepted })),
      ...t.rejected.map((x) => ({ ...x, decision: 'reject', note: tx().termRejected })),
    ];
    fill(
      terms,
      items.length
        ? [
            h('h4', {}, tx().terms),
            h(
              'ul',
              {},
              items.map((x) =>
                h(
                  'li',
                  { 'data-term': x.id, 'data-decision': x.decision },
                  h('b', {}, x.name),
                  ` ${x.label} · `,
                  h('small', {}, x.note),
                ),
              ),
            ),
          ]
        : null,
    );
  };

  const details = h(
    'details',
    { class: 'plans-panel', 'data-testid': 'plans-panel' },
    h('summary', {}, tx().plans),
    list,
    terms,
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
      // The decisions are read from the plan store; a page without the API (a snapshot) has none.
      void api
        .terms()
        .then(showTerms)
        .catch(() => fill(terms));
    },
  };
}
