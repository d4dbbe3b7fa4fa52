/**
 * "Start my organisation" (ORG-1): the first-time setup guide — the plan overview (what will be created), the
 * terms to accept, then the start. Once started, the way into the partner's own organisation.
 */
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  List,
  Paper,
  ScrollArea,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBuildingSkyscraper, IconCircleCheck, IconExternalLink } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type MyOrganisationResponse, startMyOrganisationRequest } from '../../../domain/contracts/my-organisation.ts';
import { generalErrorOf, useContractForm } from '../../components/forms/useContractForm.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { countryName, useFormatters } from '../../i18n/format.ts';
import { useProductName } from '../catalogue/api.ts';
import { consolePath, customerPath } from '../customers/detail/paths.ts';
import { myOrganisationQueryKey, startMyOrganisation, useMyOrganisation } from './api.ts';

function Started({ data }: { data: MyOrganisationResponse }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const id = data.customerId ?? '';
  return (
    <Paper withBorder radius="md" p="xl" data-testid="my-organisation-started">
      <Stack align="center" gap="sm">
        <ThemeIcon size={56} radius="xl" color="green" variant="light" aria-hidden="true">
          <IconCircleCheck size={32} stroke={1.6} />
        </ThemeIcon>
        <Title order={2} fz="lg">
          {t('myOrganisation.startedTitle', { name: data.plan.organisationName })}
        </Title>
        {data.startedAt ? (
          <Text size="sm" c="dimmed">
            {t('myOrganisation.startedOn', { date: fmt.date(data.startedAt) })}
          </Text>
        ) : null}
        <Group gap="sm" mt="xs">
          <Button component={Link} to={consolePath(id)} leftSection={<IconExternalLink size={16} aria-hidden="true" />}>
            {t('myOrganisation.openConsole')}
          </Button>
          <Button component={Link} to={customerPath(id)} variant="default">
            {t('myOrganisation.openCustomer')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function PlanOverview({ plan }: { plan: MyOrganisationResponse['plan'] }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const product = useProductName();
  const rows: [string, string][] = [
    [t('myOrganisation.plan.name'), plan.organisationName],
    [t('myOrganisation.plan.country'), plan.country ? countryName(fmt.locale, plan.country) : '—'],
    [t('myOrganisation.plan.dataRegion'), plan.dataRegion ?? '—'],
    [t('myOrganisation.plan.timeZone'), plan.timeZone],
    [t('myOrganisation.plan.administrator'), plan.administratorEmail],
    [t('myOrganisation.plan.administration'), t('customerDetail.adminLevel.full')],
  ];
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <Paper withBorder radius="md" p="md">
        <Title order={3} fz="sm" mb="xs">
          {t('myOrganisation.plan.organisation')}
        </Title>
        <Table withRowBorders={false} verticalSpacing={4} horizontalSpacing={0}>
          <Table.Tbody>
            {rows.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th w="45%" fw={500} c="dimmed" fz="sm">
                  {label}
                </Table.Th>
                <Table.Td fz="sm">{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <Paper withBorder radius="md" p="md">
        <Title order={3} fz="sm" mb="xs">
          {t('myOrganisation.plan.services')}
        </Title>
        <Text size="sm" c="dimmed" mb="xs">
          {t('myOrganisation.plan.servicesIntro')}
        </Text>
        <Group gap={6}>
          {plan.services.map((service) => (
            <Badge key={service.id} variant="light" color={service.trialable ? 'brand' : 'gray'} radius="sm">
              {product(service.id)}
            </Badge>
          ))}
        </Group>
      </Paper>
    </SimpleGrid>
  );
}

function Guide({ data }: { data: MyOrganisationResponse }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { form, field, onSubmit, placeServerError } = useContractForm({
    schema: startMyOrganisationRequest,
    initialValues: { acceptTerms: false },
  });
  const accepted = form.getValues().acceptTerms;
  const start = useMutation({
    mutationFn: startMyOrganisation,
    onSuccess: (next) => {
      queryClient.setQueryData(myOrganisationQueryKey, next);
      notifications.show({ color: 'brand', message: t('myOrganisation.startedToast') });
    },
    onError: (error) => placeServerError(error),
  });
  const generalError = generalErrorOf(start.error, form.getValues(), t('myOrganisation.failed'));
  return (
    <form noValidate onSubmit={onSubmit((request) => start.mutate(request.acceptTerms))}>
      <Stack gap="lg">
        <section aria-labelledby="plan-heading">
          <Title order={2} fz="md" mb="sm" id="plan-heading">
            {t('myOrganisation.step1')}
          </Title>
          <PlanOverview plan={data.plan} />
        </section>
        <section aria-labelledby="terms-heading">
          <Title order={2} fz="md" mb="sm" id="terms-heading">
            {t('myOrganisation.step2')}
          </Title>
          <Paper withBorder radius="md" p="md">
            <ScrollArea.Autosize mah={160} type="auto" mb="md">
              <List size="sm" spacing={4}>
                <List.Item>{t('myOrganisation.terms.point1')}</List.Item>
                <List.Item>{t('myOrganisation.terms.point2')}</List.Item>
                <List.Item>{t('myOrganisation.terms.point3')}</List.Item>
              </List>
            </ScrollArea.Autosize>
            <Checkbox
              label={t('myOrganisation.terms.accept')}
              {...field('acceptTerms', { type: 'checkbox' })}
              disabled={!data.mayStart}
              data-testid="accept-terms"
            />
          </Paper>
        </section>
        {!data.mayStart ? (
          <Alert variant="light" color="gray">
            {t('myOrganisation.onlyFullAdmins')}
          </Alert>
        ) : null}
        {generalError ? (
          <Alert color="red" variant="light" role="alert">
            {generalError}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button
            type="submit"
            size="md"
            disabled={!data.mayStart || !accepted}
            loading={start.isPending}
            data-testid="start-my-organisation"
          >
            {t('myOrganisation.start')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export default function MyOrganisationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('myOrganisation.title'));
  const query = useMyOrganisation();
  return (
    <>
      <PageHeader
        title={
          <Group gap="sm">
            <IconBuildingSkyscraper size={26} stroke={1.6} aria-hidden="true" />
            {t('myOrganisation.title')}
          </Group>
        }
        description={t('myOrganisation.intro')}
      />
      {query.isPending ? <Skeleton height={320} radius="md" /> : null}
      {query.isError ? (
        <LoadError error={query.error} what={t('myOrganisation.title')} back={{ to: '/overview', label: undefined }} />
      ) : null}
      {query.data ? (
        query.data.status === 'started' ? (
          <Started data={query.data} />
        ) : (
          <Guide data={query.data} />
        )
      ) : null}
    </>
  );
}
