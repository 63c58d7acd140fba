import { Title } from '@mantine/core';
import { useEffect } from 'react';

/** The page's visible heading, also used as the document title so screen readers announce the page. */
export function TitrePage({ children }: { children: string }) {
  useEffect(() => {
    document.title = `${children} – Mes services en ligne`;
  }, [children]);
  return <Title order={1} mb="md">{children}</Title>;
}
