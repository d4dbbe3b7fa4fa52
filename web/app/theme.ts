/** The one design system: Mantine with Channel Hub's brand colour. Light and dark schemes (UI.md). */
import { createTheme, type MantineColorsTuple } from '@mantine/core';

/** Brand blue; shade 7 is the primary in light mode (white text on it: contrast 5.8:1, WCAG AA). */
const brand: MantineColorsTuple = [
  '#e7f2ff',
  '#d0e2fb',
  '#a1c2f2',
  '#6ea0ea',
  '#4483e3',
  '#2a71df',
  '#1a68de',
  '#0b57c6',
  '#004db2',
  '#00429e',
];

export const theme = createTheme({
  primaryColor: 'brand',
  primaryShade: { light: 7, dark: 6 },
  colors: { brand },
  autoContrast: true,
  defaultRadius: 'md',
  fontFamily:
    'Inter, "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif',
  headings: {
    fontFamily:
      'Inter, "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif',
    fontWeight: '650',
  },
  cursorType: 'pointer',
  focusRing: 'auto',
  components: {
    Tooltip: { defaultProps: { openDelay: 300, withArrow: true } },
    Badge: { defaultProps: { tt: 'none' } },
  },
});
