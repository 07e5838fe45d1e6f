// The caption over the graph while a tour plays: the step's words in the page's language (the
// other language below), previous/next buttons and the progress. Large in stage mode (modes.css).
import type { Lang } from '../i18n/i18n';
import { fill, h } from '../panels/dom';
import type { ModeTranslate } from '../i18n/mode-strings';
import type { Tour } from './tour-schema';

export interface CaptionInput {
  tour: Tour;
  index: number;
  lang: Lang;
  t: ModeTranslate;
  busy: boolean;
  on: { prev: () => void; next: () => void };
}

export const renderCaption = (box: HTMLElement, c: CaptionInput): void => {
  const step = c.tour.steps[c.index];
  if (!step) return;
  const [main, other] =
    c.lang === 'zh' ? [step.caption.zh, step.caption.en] : [step.caption.en, step.caption.zh];
  box.setAttribute('aria-busy', String(c.busy));
  box.dataset.step = String(c.index + 1);
  fill(
    box,
    h('p', { class: 'tour-title' }, c.lang === 'zh' ? c.tour.title.zh : c.tour.title.en),
    h('p', { class: 'tour-text', lang: c.lang === 'zh' ? 'zh-CN' : 'en' }, main),
    h('p', { class: 'other-lang', lang: c.lang === 'zh' ? 'en' : 'zh-CN' }, other),
    h(
      'div',
      { class: 'tour-controls' },
      h(
        'button',
        { type: 'button', 'data-testid': 'tour-prev', disabled: c.index === 0, onclick: c.on.prev },
        `← ${c.t('tourPrev')}`,
      ),
      h(
        'button',
        {
          type: 'button',
          'data-testid': 'tour-next',
          disabled: c.index >= c.tour.steps.length - 1,
          onclick: c.on.next,
        },
        `${c.t('tourNext')} →`,
      ),
      h(
        'span',
        { class: 'progress', 'aria-live': 'polite' },
        `${c.t('tourStep', { i: c.index + 1, n: c.tour.steps.length })} · ${c.t('tourKeys')}`,
      ),
    ),
  );
};
