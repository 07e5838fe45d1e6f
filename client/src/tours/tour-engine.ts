// Moving through a tour, as pure functions: which step the URL names, the next and previous step,
// which keys move (arrows and a presenter's clicker, which sends PageUp/PageDown).

export type TourMove = 'next' | 'prev' | 'first' | 'last';

/** Keys a presenter uses: arrows, a clicker's PageDown/PageUp, Home/End. */
export const keyMove = (key: string): TourMove | null => {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
};

/** The step index the URL names (`m.step`, 1-based for people), clamped into the tour. */
export const stepFromParam = (raw: string | undefined, steps: number): number => {
  const n = Number.parseInt(raw ?? '1', 10);
  if (!Number.isFinite(n) || steps <= 0) return 0;
  return Math.min(steps - 1, Math.max(0, n - 1));
};

export const moveStep = (index: number, steps: number, move: TourMove): number => {
  if (steps <= 0) return 0;
  switch (move) {
    case 'next':
      return Math.min(steps - 1, index + 1);
    case 'prev':
      return Math.max(0, index - 1);
    case 'first':
      return 0;
    case 'last':
      return steps - 1;
  }
};

/** The mode params of a step: each step has its own URL (`#mode=tour&m.tour=...&m.step=2`). */
export const stepParams = (tourId: string, index: number): Record<string, string> => ({
  tour: tourId,
  step: String(index + 1),
});
