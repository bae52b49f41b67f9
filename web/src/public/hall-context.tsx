import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';

/** The hall the visitor last chose; `/` goes back to it. */
export const LAST_HALL_KEY = 'yz.public.hall';

const CurrentHallContext = createContext<{ hallId: string | null; setHallId: (id: string) => void }>({
  hallId: null,
  setHallId: () => undefined,
});

export function readLastHall(): string | null {
  try {
    return localStorage.getItem(LAST_HALL_KEY);
  } catch {
    return null;
  }
}

/** The hall shown in the header: set by the page (from the URL, or from the guide being read). */
export function CurrentHallProvider({ children }: { children: ReactNode }) {
  const [hallId, setHallIdState] = useState<string | null>(readLastHall);
  const value = useMemo(
    () => ({
      hallId,
      setHallId: (id: string) => {
        setHallIdState(id);
        try {
          localStorage.setItem(LAST_HALL_KEY, id);
        } catch {
          // storage unavailable: only the redirect from "/" forgets the hall
        }
      },
    }),
    [hallId],
  );
  return <CurrentHallContext.Provider value={value}>{children}</CurrentHallContext.Provider>;
}

export function useCurrentHallId(): string | null {
  return useContext(CurrentHallContext).hallId;
}

/** Pages call this with the hall they show, so the header picker and search follow. */
export function useSetCurrentHall(hallId: string | undefined | null) {
  const { setHallId, hallId: current } = useContext(CurrentHallContext);
  useEffect(() => {
    if (hallId && hallId !== current) setHallId(hallId);
  }, [hallId, current, setHallId]);
}
