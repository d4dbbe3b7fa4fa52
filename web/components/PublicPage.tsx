/**
 * The frame of every page reached without signing in (first run, invitation, forgotten password, reset link): brand,
 * language, colour scheme, one card.
 */
import { Box, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { switchLocale } from '../i18n/index.ts';
import { BrandMark } from './BrandMark.tsx';
import { ColorSchemeToggle } from './ColorSchemeToggle.tsx';
import { LanguageMenu } from './LanguageMenu.tsx';

export function PublicPage({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <Box mih="100vh" style={{ display: 'flex', flexDirection: 'column' }}>
      <Group justify="space-between" p="md" component="header">
        <BrandMark />
        <Group gap="xs">
          <LanguageMenu onChange={(locale) => void switchLocale(locale)} />
          <ColorSchemeToggle />
        </Group>
      </Group>
      <Box component="main" id="main" px="md" pb={64} style={{ flex: 1, display: 'flex', justifyContent: 'center' }}>
        <Stack w="100%" maw={560} gap="lg" mt="xl">
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
