/**
 * The signed-in frame (UI.md, Shell): a top bar (product, organisation, command palette, demo clock, language,
 * colour scheme, user menu) and a collapsible left navigation; the page renders in <main>.
 */
import {
  ActionIcon,
  Anchor,
  AppShell,
  Badge,
  Burger,
  Button,
  Divider,
  Group,
  Kbd,
  NavLink,
  ScrollArea,
  Stack,
  Text,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure, useLocalStorage, useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { spotlight } from '@mantine/spotlight';
import { IconLayoutSidebarLeftCollapse, IconLayoutSidebarLeftExpand, IconSearch } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import type { Locale } from '../../domain/contracts/common.ts';
import { BrandMark } from '../components/BrandMark.tsx';
import { ColorSchemeToggle } from '../components/ColorSchemeToggle.tsx';
import { LanguageMenu } from '../components/LanguageMenu.tsx';
import { PageSkeleton } from '../components/PageSkeleton.tsx';
import { updateLocale } from '../features/auth/api.ts';
import { audienceOf, sessionQueryKey, useSession } from '../features/auth/session.ts';
import { DemoClock } from '../features/demo-clock/DemoClock.tsx';
import { switchLocale } from '../i18n/index.ts';
import { CommandPalette } from './CommandPalette.tsx';
import { type Area, areaOfPath, areasFor } from './navigation.ts';
import classes from './Shell.module.css';
import { UserMenu } from './UserMenu.tsx';

const NAV_WIDTH = 248;
const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);
const NAV_WIDTH_COLLAPSED = 72;

export function Shell() {
  const { t } = useTranslation();
  const [mobileOpened, { toggle: toggleMobile, close: closeMobile }] = useDisclosure(false);
  const [collapsed, setCollapsed] = useLocalStorage({
    key: 'channel-hub.nav-collapsed',
    defaultValue: false,
    getInitialValueInEffect: false,
  });
  const isMobile = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const iconsOnly = collapsed && !isMobile;

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{
        width: iconsOnly ? NAV_WIDTH_COLLAPSED : NAV_WIDTH,
        breakpoint: 'sm',
        collapsed: { mobile: !mobileOpened },
      }}
      padding={0}
    >
      <Anchor href="#main-content" className={classes.skipLink}>
        {t('common.skipToContent')}
      </Anchor>
      <AppShell.Header>
        <TopBar mobileOpened={mobileOpened} onToggleMobile={toggleMobile} />
      </AppShell.Header>
      <AppShell.Navbar aria-label={t('shell.mainNavigation')} data-testid="main-nav">
        <Navigation iconsOnly={iconsOnly} onNavigate={closeMobile} />
        <AppShell.Section visibleFrom="sm" p="sm" className={classes.navFooter}>
          <Tooltip label={collapsed ? t('shell.expandNavigation') : t('shell.collapseNavigation')} position="right">
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              onClick={() => setCollapsed((c) => !c)}
              aria-label={collapsed ? t('shell.expandNavigation') : t('shell.collapseNavigation')}
              aria-expanded={!collapsed}
              data-testid="nav-collapse"
            >
              {collapsed ? (
                <IconLayoutSidebarLeftExpand size={20} stroke={1.6} />
              ) : (
                <IconLayoutSidebarLeftCollapse size={20} stroke={1.6} />
              )}
            </ActionIcon>
          </Tooltip>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1} className={classes.main}>
        <div className={classes.page}>
          <Suspense fallback={<PageSkeleton />}>
            <Outlet />
          </Suspense>
        </div>
      </AppShell.Main>
      <CommandPalette />
    </AppShell>
  );
}

function TopBar({ mobileOpened, onToggleMobile }: { mobileOpened: boolean; onToggleMobile: () => void }) {
  const session = useSession();
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { organisation } = session;

  const saveLocale = useMutation({
    mutationFn: updateLocale,
    onSuccess: (next) => {
      queryClient.setQueryData(sessionQueryKey, next);
      notifications.show({ color: 'brand', message: t('languages.saved') });
    },
    onError: () => {
      notifications.show({ color: 'red', message: t('languages.saveFailed') });
      void switchLocale(session.user.locale);
    },
  });

  const onLanguage = (locale: Locale) => {
    void switchLocale(locale);
    saveLocale.mutate(locale);
  };

  const kindLabel =
    organisation.kind === 'partner' && organisation.partnerTier
      ? t(`partnerTiers.${organisation.partnerTier}`)
      : t(`orgKinds.${organisation.kind}`);

  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="md">
      <Group gap="md" wrap="nowrap" style={{ minWidth: 0 }}>
        <Burger
          opened={mobileOpened}
          onClick={onToggleMobile}
          hiddenFrom="sm"
          size="sm"
          aria-label={mobileOpened ? t('shell.closeNavigation') : t('shell.openNavigation')}
        />
        <Link to="/" className={classes.brandLink} aria-label={t('app.name')}>
          <BrandMark />
        </Link>
        <Divider orientation="vertical" visibleFrom="sm" my={14} />
        <Group gap={8} wrap="nowrap" visibleFrom="sm" style={{ minWidth: 0 }} data-testid="organisation-name">
          <Text fw={600} size="sm" truncate="end" title={organisation.name} maw={260}>
            {organisation.name}
          </Text>
          {kindLabel.toLowerCase() !== organisation.name.toLowerCase() ? (
            <Badge variant="light" color="gray" radius="sm" visibleFrom="lg" style={{ flexShrink: 0 }}>
              {kindLabel}
            </Badge>
          ) : null}
        </Group>
      </Group>

      <Group gap="sm" wrap="nowrap">
        <Button
          variant="default"
          size="sm"
          w={{ base: 'auto', lg: 280 }}
          justify="space-between"
          leftSection={<IconSearch size={16} stroke={1.7} aria-hidden="true" />}
          rightSection={
            <Group gap={2} visibleFrom="lg" aria-hidden="true">
              <Kbd size="xs">{IS_MAC ? '⌘' : 'Ctrl'}</Kbd>
              <Kbd size="xs">K</Kbd>
            </Group>
          }
          onClick={() => spotlight.open()}
          aria-keyshortcuts={IS_MAC ? 'Meta+K' : 'Control+K'}
          data-testid="command-palette-button"
          classNames={{ label: classes.searchLabel }}
        >
          {/* The visible words are the button's name (WCAG 2.5.3); below lg only the icon shows, and they stay for screen readers. */}
          <Text span size="sm" c="dimmed" visibleFrom="lg">
            {t('shell.searchButton')}
          </Text>
          <VisuallyHidden hiddenFrom="lg">{t('shell.searchButton')}</VisuallyHidden>
        </Button>
        <DemoClock />
        <LanguageMenu onChange={onLanguage} />
        <ColorSchemeToggle />
        <UserMenu />
      </Group>
    </Group>
  );
}

function Navigation({ iconsOnly, onNavigate }: { iconsOnly: boolean; onNavigate: () => void }) {
  const session = useSession();
  const { t } = useTranslation();
  const location = useLocation();
  const audience = audienceOf(session);
  const visible = areasFor(audience);
  const current = areaOfPath(location.pathname);
  const main = visible.filter((a) => a.section === 'main');
  const vendor = visible.filter((a) => a.section === 'vendor');

  const item = (area: Area) => {
    const label = t(`areas.${area.id}.title`);
    const active = current?.id === area.id;
    const Icon = area.icon;
    if (iconsOnly) {
      return (
        <Tooltip key={area.id} label={label} position="right">
          <ActionIcon
            component={Link}
            to={area.path}
            size={44}
            variant={active ? 'light' : 'subtle'}
            color={active ? 'brand' : 'gray'}
            aria-label={label}
            aria-current={active ? 'page' : undefined}
            data-testid={`nav-${area.id}`}
            onClick={onNavigate}
            mx="auto"
          >
            <Icon size={22} stroke={1.6} />
          </ActionIcon>
        </Tooltip>
      );
    }
    return (
      <NavLink
        key={area.id}
        component={Link}
        to={area.path}
        label={label}
        leftSection={<Icon size={20} stroke={1.6} aria-hidden="true" />}
        active={active}
        aria-current={active ? 'page' : undefined}
        variant="light"
        className={classes.navLink}
        data-testid={`nav-${area.id}`}
        onClick={onNavigate}
      />
    );
  };

  return (
    <AppShell.Section grow component={ScrollArea} p="sm">
      <Stack gap={iconsOnly ? 6 : 2}>
        {audience === 'customer' && !iconsOnly ? (
          <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt={4} pb={6}>
            {t('shell.consoleSection')}
          </Text>
        ) : null}
        {main.map(item)}
        {vendor.length > 0 ? (
          <>
            {iconsOnly ? (
              <Divider my="xs" />
            ) : (
              <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="md" pb={6}>
                {t('shell.vendorSection')}
              </Text>
            )}
            {vendor.map(item)}
          </>
        ) : null}
      </Stack>
    </AppShell.Section>
  );
}
