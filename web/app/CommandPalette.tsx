/** Ctrl+K (Cmd+K on a Mac): jump to any area the user may open (BEY-4). */
import { Spotlight, type SpotlightActionData } from '@mantine/spotlight';
import { IconBuildingSkyscraper, IconSearch } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { audienceOf, useSession } from '../features/auth/session.ts';
import { areasFor } from './navigation.ts';

export function CommandPalette() {
  const session = useSession();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const audience = audienceOf(session);

  const actions = useMemo<SpotlightActionData[]>(
    () => [
      ...areasFor(audience).map(({ id, path, icon: Icon }) => ({
        id,
        label: t(`areas.${id}.title`),
        description: t(`areas.${id}.description`),
        leftSection: <Icon size={22} stroke={1.6} />,
        onClick: () => navigate(path),
      })),
      // ORG-1: not an area of the navigation, but reachable from here and from the Overview page.
      ...(audience === 'partner'
        ? [
            {
              id: 'my-organisation',
              label: t('myOrganisation.title'),
              description: t('myOrganisation.paletteDescription'),
              leftSection: <IconBuildingSkyscraper size={22} stroke={1.6} />,
              onClick: () => navigate('/my-organisation'),
            },
          ]
        : []),
    ],
    [audience, navigate, t],
  );

  return (
    <Spotlight
      actions={actions}
      shortcut="mod + K"
      nothingFound={t('shell.searchNothingFound')}
      highlightQuery
      limit={20}
      scrollable
      maxHeight={460}
      searchProps={{
        leftSection: <IconSearch size={20} stroke={1.6} aria-hidden="true" />,
        placeholder: t('shell.searchPlaceholder'),
        'aria-label': t('shell.search'),
        // Enter with nothing highlighted opens the first match, so "type, Enter" is enough.
        onKeyDown: (event) => {
          if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
          const root = event.currentTarget.closest('[role="dialog"]') ?? document;
          if (root.querySelector('[data-action][data-selected]')) return;
          root.querySelector<HTMLElement>('[data-action]')?.click();
        },
      }}
    />
  );
}
