/** The frame of the pages reached without signing in (forgot password, reset link): brand, language, one card. */
import { Box, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { BrandMark } from '../../components/BrandMark.tsx';
import { ColorSchemeToggle } from '../../components/ColorSchemeToggle.tsx';
import { LanguageMenu } from '../../components/LanguageMenu.tsx';
import { switchLocale } from '../../i18n/index.ts';

export function PublicLayout({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <Box mih="100vh" style={{ display: 'flex', flexDirection: 'column' }}>
      <Group justify="space-between" p="md" component="header">
        <BrandMark />
        <Group gap="xs">
          <LanguageMenu onChange={(locale) => void switchLocale(locale)} />
          <ColorSchemeToggle />
        </Group>
      </Group>
      <Box
        component="main"
        style={{ flex: 1, display: 'flex', alignItems: 'flex-start', justifyContent: 'center' }}
        px="md"
        pt={48}
        pb={64}
      >
        <Stack w="100%" maw={460} gap="lg">
          <Stack gap={6}>
            <Title order={1} fz={26}>
              {title}
            </Title>
            {intro ? (
              <Text c="dimmed" size="sm">
                {intro}
              </Text>
            ) : null}
          </Stack>
          <Paper withBorder shadow="sm" radius="md" p="xl">
            {children}
          </Paper>
        </Stack>
      </Box>
    </Box>
  );
}
