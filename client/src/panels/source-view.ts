// The plan text beside the graph, scrolled to the evidence sentence and highlighted; other
// entity mentions in the text are links back into the graph. Headings and bold are drawn as such;
// their Markdown marks stay in the page, hidden, so offsets are those of the text.
import type { PlanText } from '../api/wire';
import type { Translate } from '../i18n/i18n';
import { fill, h } from './dom';
import type { EvidenceItem } from './evidence-list';
import { markdownStyles, segmentText, type Segment } from './text-segments';

/** A run's text in the elements its Markdown asks for. */
const styled = (s: Segment, content: Node | string): Node | string => {
  let out = content;
  if (s.strong) out = h('strong', {}, out);
  if (s.heading) out = h('span', { class: `md-h md-h${s.heading}` }, out);
  if (s.markup) out = h('span', { class: 'md-mark', 'aria-hidden': 'true' }, out);
  return out;
};

export interface SourceViewOptions {
  t: () => Translate;
  load: (plan: string) => Promise<PlanText>;
  onPickNode: (id: string) => void;
  onClose: () => void;
}

export interface SourceView {
  open(e: EvidenceItem): Promise<void>;
  close(): void;
  isOpen(): boolean;
}

export const createSourceView = (host: HTMLElement, o: SourceViewOptions): SourceView => {
  const title = h('h2', { id: 'source-title' });
  const meta = h('p', { class: 'source-meta' });
  const body = h('div', { class: 'source-text', tabindex: '0' });
  const closeBtn = h('button', { type: 'button', class: 'close', onclick: () => o.onClose() }, '×');
  const panel = h(
    'aside',
    {
      class: 'source-view',
      'data-testid': 'source-view',
      role: 'dialog',
      'aria-labelledby': 'source-title',
      hidden: true,
    },
    h('header', {}, title, closeBtn),
    meta,
    body,
  );
  host.append(panel);
  return {
    async open(e) {
      const t = o.t();
      panel.hidden = false;
      closeBtn.setAttribute('aria-label', t('close'));
      title.textContent = t('sourceView');
      meta.textContent = `${e.section}`;
      fill(body, h('p', { class: 'muted', role: 'status' }, t('loading')));
      try {
        const doc = await o.load(e.plan);
        title.textContent = `${t('sourceView')} · ${doc.plan.title}`;
        const segments = segmentText(
          doc.text,
          { start: e.start, end: e.end },
          doc.mentions,
          markdownStyles(doc.text),
        );
        fill(
          body,
          segments.map((s) => {
            const content = styled(
              s,
              s.mention
                ? h(
                    'button',
                    {
                      type: 'button',
                      class: 'mention',
                      'data-node-id': s.mention,
                      onclick: () => o.onPickNode(s.mention!),
                    },
                    s.text,
                  )
                : s.text,
            );
            return s.highlighted ? h('mark', { 'data-start': s.start }, content) : content;
          }),
        );
        const mark = body.querySelector('mark');
        mark?.scrollIntoView({ block: 'center' });
        mark?.setAttribute('tabindex', '-1');
      } catch (err) {
        fill(body, h('p', { class: 'error', role: 'alert' }, `${t('apiError')}${(err as Error).message}`));
      }
    },
    close() {
      panel.hidden = true;
    },
    isOpen: () => !panel.hidden,
  };
};
