import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { utiliserMessagesFrancais } from '@mse/shared/commun/zod-fr';
import { App } from './app/app';

utiliserMessagesFrancais();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
