import { describe, expect, it } from 'vitest';
import { createStore, type ChangeCause } from '../../../../client/src/state/store';
import { hideNodes, showNodes } from '../../../../client/src/state/view-ops';
import { initialViewState } from '../../../../client/src/state/view-state';

describe('store', () => {
  it('undoes and redoes every committed view change in order', () => {
    const store = createStore(initialViewState('zh'));
    store.commit((s) => showNodes(s, ['equipment:ecmo']));
    store.commit((s) => showNodes(s, ['material:hollow-fiber-membrane']));
    store.commit((s) => hideNodes(s, ['equipment:ecmo']));
    expect(store.get().nodes).toEqual(['material:hollow-fiber-membrane']);
    store.undo();
    expect(store.get().nodes).toEqual(['equipment:ecmo', 'material:hollow-fiber-membrane']);
    store.undo();
    store.undo();
    expect(store.get().nodes).toEqual([]);
    expect(store.canUndo()).toBe(false);
    store.redo();
    expect(store.get().nodes).toEqual(['equipment:ecmo']);
  });

  it('does not record a change that changes nothing, nor a replace', () => {
    const store = createStore(initialViewState('zh'));
    store.commit((s) => ({ ...s }));
    store.replace((s) => ({ ...s, lang: 'en' }));
    expect(store.canUndo()).toBe(false);
    expect(store.get().lang).toBe('en');
  });

  it('tells listeners why the state changed', () => {
    const store = createStore(initialViewState('zh'));
    const causes: ChangeCause[] = [];
    store.subscribe((_s, _p, cause) => causes.push(cause));
    store.commit((s) => showNodes(s, ['a:b']));
    store.undo();
    store.redo();
    store.replace((s) => ({ ...s, selected: 'a:b' }));
    store.restore(initialViewState('en'));
    expect(causes).toEqual(['commit', 'undo', 'redo', 'replace', 'restore']);
  });

  it('forgets the redo branch after a new change', () => {
    const store = createStore(initialViewState('zh'));
    store.commit((s) => showNodes(s, ['a:b']));
    store.undo();
    store.commit((s) => showNodes(s, ['c:d']));
    expect(store.canRedo()).toBe(false);
  });
});
