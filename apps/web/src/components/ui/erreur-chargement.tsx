import { Alert, Button, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

export function ErreurChargement({ erreur, onRetry }: { erreur: Error; onRetry?: () => void }) {
  return (
    <Stack p="md" maw={640} mx="auto">
      <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title="Chargement impossible" role="alert">
        {erreur.message}
      </Alert>
      {onRetry && (
        <Button onClick={onRetry} variant="light" w="fit-content">
          Réessayer
        </Button>
      )}
    </Stack>
  );
}
