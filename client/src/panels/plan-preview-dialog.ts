// The preview of a plan before it is loaded (docs/plans.md "From the page"): counts, each discovered
// term with its sentence (the term marked in it), rule and confidence, probable duplicates,
// departments and issuers. The user accepts or rejects terms, then confirms (load, with progress) or
// cancels (nothing changes).
import type {
  PlanConfirmResponse,
  PlanPreviewResponse,
  PreviewTerm,
  TermDecision,
} from '../../../core/contract/plan-preview';
import type { PlansApi } from '../api/plans-api';
import { translator } from '../i18n/i18n';
import { PLAN_PREVIEW_TEXT } from '../i18n/plans-strings';
import { ruleLabel } from './discovery-note';
import { fill, h } from './dom';

export interface PreviewDialogOptions {
  readonly api: PlansApi;
  readonly lang: () => 'zh' | 'en';
  /** After the plan was loaded and the store written. */
  readonly onConfirmed: (answer: PlanConfirmResponse) => void;
}

const alert = (message: string) => h('p', { class: 'plans-error', role: 'alert' }, message);

/** The sentence with the term's quote marked (its first occurrence in the sentence). */
const markedSentence = (t: PreviewTerm) => {
  const at = t.sentence.indexOf(t.quote);
  if (at < 0 || t.quote === '') return h('q', {}, t.sentence);
  return h(
    'q',
    {},
    t.sentence.slice(0, at),
    h('mark', {}, t.sentence.slice(at, at + t.quote.length)),
    t.sentence.slice(at + t.quote.length),
  );
};

/** Opens the preview as a modal dialog under `host`; it removes itself when confirmed or cancelled. */
export function openPreviewDialog(
  host: HTMLElement,
  preview: PlanPreviewResponse,
  o: PreviewDialogOptions,
): HTMLDialogElement {
  const tx = () => PLAN_PREVIEW_TEXT[o.lang()];
  const decisions = new Map<string, TermDecision>();
  for (const t of preview.discovered) if (t.decision) decisions.set(t.id, t.decision);
  const status = h('div', {
    class: 'plan-preview-status',
    'data-testid': 'plan-preview-status',
    'aria-live': 'polite',
  });
  const dialog = h('dialog', { class: 'help plan-preview', 'data-testid': 'plan-preview' });
  let working = false;

  const decide = (t: PreviewTerm, row: HTMLElement, decision: TermDecision | null): void => {
    const nameEn = row.querySelector<HTMLInputElement>('input[name=nameEn]')?.value.trim() ?? '';
    void o.api
      .decide(preview.token, {
        decisions: [{ id: t.id, decision, ...(decision === 'accept' && nameEn !== '' ? { nameEn } : {}) }],
      })
      .then((r) => {
        decisions.clear();
        for (const id of r.accepted) decisions.set(id, 'accept');
        for (const id of r.rejected) decisions.set(id, 'reject');
        // Only this row: an English name typed in another row stays.
        row.replaceWith(termRow(t));
      })
      .catch((e: unknown) => fill(status, alert(e instanceof Error ? e.message : String(e))));
  };

  const termRow = (t: PreviewTerm) => {
    const d = decisions.get(t.id) ?? null;
    const row: HTMLElement = h('tr', { 'data-term': t.id, 'data-decision': d ?? 'none' });
    const buttons = d
      ? [
          h('span', {}, d === 'accept' ? tx().accepted : tx().rejected, ' '),
          h(
            'button',
            { type: 'button', 'data-action': 'undo', onclick: () => decide(t, row, null) },
            tx().undo,
          ),
        ]
      : [
          h('input', {
            name: 'nameEn',
            // The composed English name is offered, to be kept or corrected before accepting.
            value: t.nameEn ?? '',
            placeholder: tx().nameEn,
            'aria-label': tx().nameEn,
            maxlength: '200',
          }),
          h(
            'button',
            { type: 'button', 'data-action': 'accept', onclick: () => decide(t, row, 'accept') },
            tx().accept,
          ),
          h(
            'button',
            { type: 'button', 'data-action': 'reject', onclick: () => decide(t, row, 'reject') },
            tx().reject,
          ),
        ];
    fill(
      row,
      h('td', {}, h('b', {}, t.name)),
      h('td', {}, t.label),
      // The rule in words, its id kept as the tooltip for a curator who greps the report.
      h('td', { title: t.foundBy }, ruleLabel(t.foundBy, translator(o.lang()))),
      h('td', {}, t.confidence.toFixed(2)),
      h(
        'td',
        {},
        markedSentence(t),
        h('small', {}, ` @${t.start}-${t.end}`),
        t.probableDuplicates.length
          ? h(
              'div',
              { class: 'muted' },
              tx().duplicates,
              t.probableDuplicates.map((p) => `${p.name} (${p.reason})`).join('、'),
            )
          : null,
      ),
      h('td', {}, buttons),
    );
    return row;
  };

  const close = (): void => {
    dialog.close();
    dialog.remove();
  };

  const confirm = (): void => {
    if (working) return;
    working = true;
    const started = Date.now();
    const progress = h('progress', { 'data-testid': 'plan-preview-progress' });
    const label = h('span', {}, tx().loading(0));
    const tick = window.setInterval(
      () => fill(label, tx().loading(Math.round((Date.now() - started) / 1000))),
      1000,
    );
    fill(status, progress, ' ', label);
    for (const b of dialog.querySelectorAll('button')) b.disabled = true;
    void o.api
      .confirm(preview.token)
      .then((answer) => {
        close();
        o.onConfirmed(answer);
      })
      .catch((e: unknown) => {
        working = false;
        fill(status, alert(e instanceof Error ? e.message : String(e)));
        for (const b of dialog.querySelectorAll('button')) b.disabled = false;
      })
      .finally(() => window.clearInterval(tick));
  };

  const cancel = (): void => {
    if (working) return;
    // Forgotten on the server either way (it expires); the page does not wait for the answer.
    void o.api.cancel(preview.token).catch(() => undefined);
    close();
  };

  const render = (): void => {
    const p = preview;
    const t = tx();
    const byLabel = Object.entries(p.byLabel).sort(([a], [b]) => a.localeCompare(b));
    fill(
      dialog,
      h('h2', {}, t.title(p)),
      h('p', { 'data-testid': 'plan-preview-counts' }, t.counts(p)),
      h('p', {}, `${t.byLabel}: `, byLabel.map(([k, v]) => `${k} ${v}`).join(', ') || t.none),
      h('h3', {}, t.discovered(p.discovered.length, p.candidates)),
      p.discovered.length
        ? h(
            'table',
            { class: 'plan-preview-terms', 'data-testid': 'plan-preview-terms' },
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                [t.term, t.label, t.rule, t.confidence, t.sentence, t.decision].map((c) => h('th', {}, c)),
              ),
            ),
            h('tbody', {}, p.discovered.map(termRow)),
          )
        : h('p', {}, t.none),
      p.rejectedEarlier.length
        ? h('p', {}, t.rejectedEarlier, p.rejectedEarlier.map((r) => r.name).join('、'))
        : null,
      h(
        'p',
        { 'data-testid': 'plan-preview-departments' },
        t.departments,
        p.departments.join('、') || t.none,
      ),
      h('p', { 'data-testid': 'plan-preview-issuers' }, t.issuers, p.issuers.join('、') || t.none),
      p.forwarders.length
        ? h('p', { 'data-testid': 'plan-preview-forwarders' }, t.forwarders, p.forwarders.join('、'))
        : null,
      status,
      h(
        'p',
        {},
        h('button', { type: 'button', 'data-testid': 'plan-preview-confirm', onclick: confirm }, t.confirm),
        ' ',
        h('button', { type: 'button', 'data-testid': 'plan-preview-cancel', onclick: cancel }, t.cancel),
      ),
    );
  };

  // Escape cancels like the button (nothing is loaded), except while the load runs.
  dialog.addEventListener('cancel', (e) => {
    e.preventDefault();
    cancel();
  });
  render();
  host.append(dialog);
  dialog.showModal();
  return dialog;
}
