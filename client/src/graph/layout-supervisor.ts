// Owns the layout worker: one run at a time; a new run kills the one in flight and respawns the
// worker (graphology's supervisor pattern), so a stale layout never lands on a newer view.
import type { ElementDefinition } from 'cytoscape';

type Positions = Record<string, { x: number; y: number }>;

export interface LayoutSupervisor {
  run(elements: ElementDefinition[], options: Record<string, unknown>): Promise<Positions | null>;
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
  return {
    run: (elements, options) => {
      kill();
      const id = ++seq;
      worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
      return new Promise((resolve, reject) => {
        pending = resolve;
        worker!.onmessage = (e: MessageEvent<{ id: number; positions?: Positions; error?: string }>) => {
          if (e.data.id !== id) return;
          pending = null;
          if (e.data.positions) resolve(e.data.positions);
          else reject(new Error(`layout: ${e.data.error ?? 'failed'}`));
        };
        worker!.onerror = (e) => {
          pending = null;
          reject(new Error(`layout: worker failed (${e.message})`));
        };
        worker!.postMessage({ id, elements, options: JSON.parse(JSON.stringify(options)) as unknown });
      });
    },
    dispose: kill,
  };
};
