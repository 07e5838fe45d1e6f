// The keyboard shortcuts, shown with `?` and closed with Escape.
import type { Translate } from '../i18n/i18n';
import { fill, h } from './dom';

export const renderHelp = (dialog: HTMLDialogElement, t: Translate): void => {
  const row = (keys: string, what: string) =>
    h('tr', {}, h('th', { scope: 'row' }, h('kbd', {}, keys)), h('td', {}, what));
  fill(
    dialog,
    h('h2', {}, t('helpTitle')),
    h(
      'table',
      {},
      h(
        'tbody',
        {},
        row('/', t('keySearch')),
        row('Esc', t('keyEscape')),
        row('f', t('keyFit')),
        row('Ctrl+Z / Ctrl+Shift+Z', t('keyUndo')),
        row('?', t('keyHelp')),
      ),
    ),
    h('form', { method: 'dialog' }, h('button', { type: 'submit' }, t('close'))),
  );
};
