// Owns the layout worker: one run at a time; a new run while one is in flight kills it and respawns
// the worker (graphology's supervisor pattern), so a stale layout never lands on a newer view. An
// idle worker is kept, so ELK is loaded once.
import type { ElementDefinition } from 'cytoscape';
import type { ElkNode } from 'elkjs/lib/elk-api';

type Positions = Record<string, { x: number; y: number }>;

export interface LayoutSupervisor {
  /** fcose over these elements; null when a newer run superseded it. */
  run(elements: ElementDefinition[], options: Record<string, unknown>): Promise<Positions | null>;
  /** ELK layered over this graph: the top-left corner of each child; null when superseded. */
  layered(graph: ElkNode): Promise<Positions | null>;
  dispose(): void;
}

export const createLayoutSupervisor = (): LayoutSupervisor => {
  let worker: Worker | null = null;
  let seq = 0;
  let pending: ((p: Positions | null) => void) | null = null;
  const kill = (): void => {
    worker?.terminate();
    worker = null;
    pending?.(null);
    pending = null;
  };
  const request = (message: Record<string, unknown>): Promise<Positions | null> => {
    if (pending) kill();
    const id = ++seq;
    worker ??= new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
    const w = worker;
    return new Promise((resolve, reject) => {
      pending = resolve;
      w.onmessage = (e: MessageEvent<{ id: number; positions?: Positions; error?: string }>) => {
        if (e.data.id !== id) return;
        pending = null;
        if (e.data.positions) resolve(e.data.positions);
        else reject(new Error(`layout: ${e.data.error ?? 'failed'}`));
      };
      w.onerror = (e) => {
        pending = null;
        worker = null;
        w.terminate();
        reject(new Error(`layout: worker failed (${e.message})`));
      };
      w.postMessage({ ...message, id });
    });
  };
  return {
    run: (elements, options) =>
      request({ elements, options: JSON.parse(JSON.stringify(options)) as unknown }),
    layered: (graph) => request({ kind: 'elk', graph }),
    dispose: kill,
  };
};
