/**
 * A resource's Markdown body, rendered safely (RES-1): react-markdown builds React elements, never HTML strings,
 * and raw HTML in the source is dropped (skipHtml); only http(s) and mailto links are kept (react-markdown's
 * default URL transform), and each opens in a new tab without giving that page a handle on this one.
 */
import { Anchor, Box, Code, List, Text, Title } from '@mantine/core';
import Markdown, { type Components } from 'react-markdown';

const components: Components = {
  a: ({ href, children }) => (
    <Anchor href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </Anchor>
  ),
  // The page's own title is the h1: headings of the body start one level below it.
  h1: ({ children }) => (
    <Title order={2} fz="xl" mt="md" mb="xs">
      {children}
    </Title>
  ),
  h2: ({ children }) => (
    <Title order={2} fz="lg" mt="md" mb="xs">
      {children}
    </Title>
  ),
  h3: ({ children }) => (
    <Title order={3} fz="md" mt="sm" mb="xs">
      {children}
    </Title>
  ),
  p: ({ children }) => (
    <Text size="sm" mb="sm">
      {children}
    </Text>
  ),
  ul: ({ children }) => (
    <List size="sm" mb="sm" withPadding>
      {children}
    </List>
  ),
  ol: ({ children }) => (
    <List type="ordered" size="sm" mb="sm" withPadding>
      {children}
    </List>
  ),
  li: ({ children }) => <List.Item>{children}</List.Item>,
  code: ({ children }) => <Code>{children}</Code>,
  img: ({ alt }) => <Text span>{alt}</Text>,
};

export function ResourceMarkdown({ source }: { source: string }) {
  return (
    <Box data-testid="resource-body">
      <Markdown skipHtml components={components}>
        {source}
      </Markdown>
    </Box>
  );
}
