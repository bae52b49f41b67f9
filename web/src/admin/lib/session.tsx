import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { get } from '../../shared/api';
import type { Hall, Me } from '../types';

export interface Session {
  me: Me;
  /** halls the user may see (a city manager sees the whole subtree), in tree order */
  halls: Hall[];
  /** the hall the console currently works on (header selector) */
  hallId: string;
  hall: Hall | undefined;
  setHallId: (id: string) => void;
  can: (permission: string) => boolean;
  reloadHalls: () => Promise<void>;
  /** the session is gone (401): back to the login page */
  expire: () => void;
  logout: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/** Halls ordered parent-first, each with its depth, for selectors and the tree. */
export function hallsInTreeOrder(halls: Hall[]): { hall: Hall; depth: number }[] {
  const ids = new Set(halls.map((h) => h.id));
  const children = new Map<string | null, Hall[]>();
  for (const h of halls) {
    const parent = h.parentId && ids.has(h.parentId) ? h.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), h]);
  }
  const out: { hall: Hall; depth: number }[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const h of children.get(parent) ?? []) {
      out.push({ hall: h, depth });
      walk(h.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

export function SessionProvider(props: {
  me: Me;
  onExpired: () => void;
  onLogout: () => Promise<void>;
  children: ReactNode;
}) {
  const { me, onExpired, onLogout } = props;
  const hallKey = `yz.admin.hall.${me.id}`;
  const [halls, setHalls] = useState<Hall[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [hallId, setHallIdState] = useState<string>(() => localStorage.getItem(hallKey) ?? me.hallId);

  const reloadHalls = useCallback(async () => {
    try {
      const list = await get<Hall[]>('/api/v1/halls');
      setHalls(hallsInTreeOrder(list).map((x) => x.hall));
      setHallIdState((cur) => (list.some((h) => h.id === cur) ? cur : me.hallId));
    } catch {
      setHalls([]);
    } finally {
      setLoaded(true);
    }
  }, [me.hallId]);

  useEffect(() => {
    void reloadHalls();
  }, [reloadHalls]);

  const setHallId = useCallback(
    (id: string) => {
      localStorage.setItem(hallKey, id);
      setHallIdState(id);
    },
    [hallKey],
  );

  const value = useMemo<Session>(() => {
    const perms = new Set(me.permissions);
    return {
      me,
      halls,
      // pages wait for the hall list, so a hall remembered from an earlier session is never queried unchecked
      hallId: loaded ? hallId : '',
      hall: halls.find((h) => h.id === hallId),
      setHallId,
      can: (p) => perms.has(p),
      reloadHalls,
      expire: onExpired,
      logout: onLogout,
    };
  }, [me, halls, loaded, hallId, setHallId, reloadHalls, onExpired, onLogout]);

  return <SessionContext.Provider value={value}>{props.children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}

/** The session when there is one (components rendered in tests may have none). */
export function useOptionalSession(): Session | null {
  return useContext(SessionContext);
}
