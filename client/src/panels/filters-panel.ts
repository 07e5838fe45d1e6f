// Filters by label, plan and basis, as checkboxes (checked = shown). Changes go through the store.
import { BASES, NODE_LABELS } from '../../../core/model/graph-model';
import type { Translate } from '../i18n/i18n';
import type { Filters } from '../state/view-state';
import { fill, h } from './dom';

export interface FiltersPanelInput {
  filters: Filters;
  plans: { id: string; title: string }[];
  t: Translate;
  onChange: (next: Filters) => void;
}

const toggle = <T>(list: readonly T[], item: T, hidden: boolean): T[] =>
  hidden ? [...new Set([...list, item])] : list.filter((x) => x !== item);

export const renderFilters = (
  host: HTMLElement,
  { filters, plans, t, onChange }: FiltersPanelInput,
): void => {
  const box = (name: string, label: string, checked: boolean, set: (hidden: boolean) => Filters) =>
    h(
      'label',
      { class: 'check' },
      h('input', {
        type: 'checkbox',
        name,
        checked,
        onchange: (e: Event) => onChange(set(!(e.target as HTMLInputElement).checked)),
      }),
      label,
    );
  fill(
    host,
    h('h3', {}, t('filters')),
    h(
      'fieldset',
      {},
      h('legend', {}, t('filterLabels')),
      NODE_LABELS.map((l) =>
        box(`label-${l}`, t(`label.${l}`), !filters.hiddenLabels.includes(l), (hidden) => ({
          ...filters,
          hiddenLabels: toggle(filters.hiddenLabels, l, hidden),
        })),
      ),
    ),
    plans.length
      ? h(
          'fieldset',
          {},
          h('legend', {}, t('filterPlans')),
          plans.map((p) =>
            box(`plan-${p.id}`, p.title, !filters.hiddenPlans.includes(p.id), (hidden) => ({
              ...filters,
              hiddenPlans: toggle(filters.hiddenPlans, p.id, hidden),
            })),
          ),
        )
      : null,
    h(
      'fieldset',
      {},
      h('legend', {}, t('filterBasis')),
      BASES.map((b) =>
        box(
          `basis-${b}`,
          b === 'stated' ? t('basisStated') : t('basisInferred'),
          !filters.hiddenBasis.includes(b),
          (hidden) => ({
            ...filters,
            hiddenBasis: toggle(filters.hiddenBasis, b, hidden),
          }),
        ),
      ),
    ),
  );
};
