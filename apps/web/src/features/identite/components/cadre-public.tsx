import { Container, Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** Frame of the pages reached before signing in (login, forgotten password, sign-up). */
export function CadrePublic({ children }: { children: ReactNode }) {
  return (
    <main>
      <Container size={480} py={48}>
        <Text component={Link} to="/" fw={700} size="lg" c="opco.8" mb="md" style={{ display: 'block', textDecoration: 'none' }}>
          Mes services en ligne
        </Text>
        <Paper withBorder shadow="sm" p="xl">
          {children}
        </Paper>
      </Container>
    </main>
  );
}
