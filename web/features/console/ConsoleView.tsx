/** One console page: the chosen section, with tabs between sections when the shell's navigation has none. */
import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CustomerConsole } from './api.ts';
import { ConsoleLicences, ConsoleOverview, ConsoleTrialRequests, ConsoleUsers } from './ConsoleSections.tsx';
import { type ConsoleSection, consoleSections, isConsoleSection, sectionPath } from './sections.ts';

const views = {
  overview: ConsoleOverview,
  licences: ConsoleLicences,
  users: ConsoleUsers,
  'trial-requests': ConsoleTrialRequests,
} as const;

export function ConsoleView({
  data,
  section,
  base,
  withTabs,
}: {
  data: CustomerConsole;
  section: ConsoleSection;
  /** Where the console lives: /console, or /customers/:id/console. */
  base: string;
  withTabs: boolean;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const View = views[section];
  if (!withTabs) return <View data={data} base={base} />;
  return (
    // Every tab's panel is in the page, for its aria-controls; only the chosen one renders its section.
    <Tabs
      value={section}
      onChange={(next) => isConsoleSection(next) && navigate(sectionPath(base, next))}
      keepMounted={false}
    >
      <Tabs.List mb="md">
        {consoleSections.map((value) => (
          <Tabs.Tab key={value} value={value} data-testid={`console-tab-${value}`}>
            {t(`console.sections.${value}`)}
            {value === 'trial-requests' && data.pendingTrialRequests.length > 0
              ? ` (${data.pendingTrialRequests.length})`
              : ''}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {consoleSections.map((value) => {
        const SectionView = views[value];
        return (
          <Tabs.Panel key={value} value={value}>
            <SectionView data={data} base={base} />
          </Tabs.Panel>
        );
      })}
    </Tabs>
  );
}
