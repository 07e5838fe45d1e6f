// Loading, empty and error states over the graph: a message, and a retry when something failed.
import type { Translate } from '../i18n/i18n';
import { fill, h } from './dom';

export type Status =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'empty' }
  | { kind: 'error'; message: string; retry: () => void };

export const renderStatus = (host: HTMLElement, status: Status, t: Translate): void => {
  host.hidden = status.kind === 'idle';
  host.className = `status status-${status.kind}`;
  if (status.kind === 'idle') return fill(host);
  if (status.kind === 'loading') return fill(host, h('p', { role: 'status' }, t('loading')));
  if (status.kind === 'empty') return fill(host, h('p', { role: 'status' }, t('emptyGraph')));
  fill(
    host,
    h('p', { role: 'alert' }, status.message),
    h('button', { type: 'button', 'data-testid': 'retry', onclick: status.retry }, t('retry')),
  );
};
