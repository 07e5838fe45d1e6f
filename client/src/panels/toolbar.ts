// The toolbar: undo/redo, fit, reset, layout, export, language, full screen, help.
import type { Translate } from '../i18n/i18n';
import type { LayoutName } from '../state/view-state';
import { fill, h } from './dom';

export interface ToolbarInput {
  t: Translate;
  canUndo: boolean;
  canRedo: boolean;
  layout: LayoutName;
  fullscreen: boolean;
  on: {
    undo: () => void;
    redo: () => void;
    fit: () => void;
    reset: () => void;
    layout: (next: LayoutName) => void;
    exportPng: () => void;
    exportSvg: () => void;
    exportCsv: () => void;
    exportJson: () => void;
    lang: () => void;
    fullscreen: () => void;
    help: () => void;
  };
}

export const renderToolbar = (
  host: HTMLElement,
  { t, canUndo, canRedo, layout, fullscreen, on }: ToolbarInput,
): void => {
  const b = (
    testid: string,
    label: string,
    onclick: () => void,
    attrs: Record<string, string | boolean> = {},
  ) => h('button', { type: 'button', 'data-testid': testid, title: label, onclick, ...attrs }, label);
  fill(
    host,
    h(
      'div',
      { class: 'group', role: 'group' },
      b('undo', `↶ ${t('undo')}`, on.undo, { disabled: !canUndo, 'aria-label': t('undo') }),
      b('redo', `↷ ${t('redo')}`, on.redo, { disabled: !canRedo, 'aria-label': t('redo') }),
      b('fit', t('fit'), on.fit),
      b('reset', t('reset'), on.reset),
    ),
    h(
      'div',
      { class: 'group', role: 'group', 'aria-label': t('layout') },
      b('layout-force', t('layoutForce'), () => on.layout('force'), {
        'aria-pressed': String(layout === 'force'),
      }),
      b('layout-layered', t('layoutLayered'), () => on.layout('layered'), {
        'aria-pressed': String(layout === 'layered'),
      }),
      b('layout-clusters', t('layoutClusters'), () => on.layout('clusters'), {
        'aria-pressed': String(layout === 'clusters'),
      }),
    ),
    h(
      'div',
      { class: 'group', role: 'group', 'aria-label': t('export') },
      b('export-png', 'PNG', on.exportPng, { 'aria-label': t('exportPng') }),
      b('export-svg', 'SVG', on.exportSvg, { 'aria-label': t('exportSvg') }),
      b('export-csv', 'CSV', on.exportCsv, { 'aria-label': t('exportCsv') }),
      b('export-json', 'JSON', on.exportJson, { 'aria-label': t('exportJson') }),
    ),
    h(
      'div',
      { class: 'group', role: 'group' },
      b('lang-toggle', t('language'), on.lang, { 'aria-label': t('languageLabel') }),
      b('fullscreen', t('fullscreen'), on.fullscreen, { 'aria-pressed': String(fullscreen) }),
      b('help', '?', on.help, { 'aria-label': t('help') }),
    ),
  );
};
