/** The one design system: Mantine with Channel Hub's brand colour. Light and dark schemes (UI.md). */
import { type CSSVariablesResolver, createTheme, type MantineColorsTuple } from '@mantine/core';

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
  // Every control shows the focus ring when reached by keyboard (WCAG 2.4.7), never on a mouse click.
  focusRing: 'auto',
  // Dialogs, menus and popovers appear and leave without their fade or slide when the system asks for reduced motion.
  respectReducedMotion: true,
  components: {
    Tooltip: { defaultProps: { openDelay: 300, withArrow: true } },
    Badge: { defaultProps: { tt: 'none' } },
  },
});

/**
 * Coloured text in the light scheme (`c="red"`, light badges, alerts and buttons): Mantine's shades 6 to 9 are
 * below 4.5:1 on white or on their own tint for several colours (red-6 3.3:1, yellow-9 2.9:1); shade 9 darkened by
 * 30% passes for every colour (yellow, the faintest, at 5.2:1 on its tint).
 */
function darkenedTextColours(colours: readonly string[]): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const colour of colours) {
    const text = `color-mix(in srgb, var(--mantine-color-${colour}-9) 70%, black)`;
    variables[`--mantine-color-${colour}-text`] = text;
    variables[`--mantine-color-${colour}-light-color`] = text;
  }
  return variables;
}

/**
 * Text colours at WCAG AA contrast (4.5:1) on every surface they sit on, in both schemes. Dimmed: Mantine's
 * default (#868e96 on white, 3.32:1; dark-2 on dark-6, 3.5:1) is too faint; light #646b72 is 4.55:1 on gray-2
 * and 5.4:1 on white, dark-1 is 5.07:1 on dark-4. Placeholders get the same colour (the only hint in some fields).
 * Brand-coloured text (links, light buttons and badges, the active navigation entry) in the dark scheme: brand-4
 * is 3.6:1 on dark-6, brand-3 5.1:1; in the light scheme brand-7 (6.6:1 on white).
 */

export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    ...darkenedTextColours(Object.keys(t.colors)),
    '--mantine-color-dimmed': '#646b72',
    '--mantine-color-placeholder': '#646b72',
    '--mantine-color-anchor': brand[7],
    '--mantine-color-brand-text': brand[7],
    '--mantine-color-brand-light-color': brand[7],
    '--mantine-color-error': 'var(--mantine-color-red-text)',
  },
  dark: {
    '--mantine-color-dimmed': t.colors.dark[1],
    '--mantine-color-placeholder': t.colors.dark[1],
    '--mantine-color-anchor': brand[3],
    '--mantine-color-brand-text': brand[3],
    '--mantine-color-brand-light-color': brand[3],
    // Mantine's red-8 is 3.9:1 on the dark body; red-text (red-4) is 7:1.
    '--mantine-color-error': 'var(--mantine-color-red-text)',
  },
});
