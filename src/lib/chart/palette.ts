/**
 * Colours of the charts: Okabe–Ito hues darkened until each reaches 3:1 against white (WCAG 1.4.11),
 * so lines and points stay distinguishable for colour-blind readers. Achievement is never shown by
 * colour alone: the table and the tooltip say it in words.
 */
export const SERIES_COLOURS = ['#0072B2', '#6A3D9A', '#505050', '#A0326E', '#8A5A00', '#1F5F8B'] as const;
export const ACHIEVED = '#00734D';
export const NOT_ACHIEVED = '#C4420A';
export const TARGET = '#1b1f24';
export const GRID = '#d5dae1';
export const INK = '#1b1f24';
export const MUTED = '#4a5563';

export function seriesColour(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length]!;
}
