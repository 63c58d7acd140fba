import { SessionSchema, type Session } from '@mse/shared/identite/session.schema';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, ApiError, setCsrfToken } from '../../../lib/api';

export async function fetchSession(): Promise<Session | null> {
  try {
    const session = SessionSchema.parse(await api<Session>('/api/session'));
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken('');
      return null;
    }
    throw error;
  }
}

export const sessionQuery = queryOptions({ queryKey: ['session'], queryFn: fetchSession, staleTime: 60_000 });

export function useSession() {
  return useQuery(sessionQuery);
}
