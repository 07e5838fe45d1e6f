// The tab bar of modes (explore, supply chain, responsibilities, compare, tours).
import type { Translate } from '../i18n/i18n';
import type { ModeTab } from '../modes/common/registry';
import { fill, h } from './dom';

export const renderModeTabs = (
  host: HTMLElement,
  tabs: readonly ModeTab[],
  active: string,
  t: Translate,
  onPick: (id: string) => void,
): void => {
  host.setAttribute('role', 'tablist');
  host.setAttribute('aria-label', t('modes'));
  fill(
    host,
    tabs.map((tab) =>
      h(
        'button',
        {
          type: 'button',
          role: 'tab',
          'data-testid': tab.testId,
          'aria-selected': String(tab.id === active),
          tabindex: tab.id === active ? '0' : '-1',
          onclick: () => onPick(tab.id),
        },
        t(tab.titleKey),
      ),
    ),
  );
};
