/** Helpers for the staff desk's jsdom tests (only *.test.tsx import this file). */
import { configure } from '@testing-library/react';
import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import { SessionProvider } from '../admin/lib/session';
import { Providers } from '../admin/test-utils';
import type { Me } from '../admin/types';
import { HALL, STAFF_ME } from './test-fixtures';

// antd pages render slowly in jsdom on a busy machine; the default 1 s for findBy/waitFor flakes.
configure({ asyncUtilTimeout: 5000 });

export const MONITOR_ME: Me = {
  ...STAFF_ME,
  id: 'u9',
  username: 'county.manager',
  displayName: '张主任',
  roles: ['hall_manager'],
  permissions: ['hall.read', 'org.read', 'queue.configure', 'queue.monitor'],
  windowIds: [],
};

export const HALLS = [
  {
    id: HALL,
    name: '清源县政务服务中心',
    level: 'county',
    parentId: null,
    divisionCode: '350100',
    address: '',
    phone: '',
    openingHours: [],
    code: 'qy',
    shortName: null,
    createdAt: '',
    updatedAt: '',
  },
];

/** A page at `path` matched by `route`, inside a signed-in session of `me` (GET /api/v1/halls must be faked). */
export function DeskProviders(props: { path: string; route: string; me?: Me; children: ReactNode }) {
  return (
    <Providers path={props.path}>
      <SessionProvider me={props.me ?? MONITOR_ME} onExpired={() => undefined} onLogout={async () => undefined}>
        <Routes>
          <Route path={props.route} element={props.children} />
        </Routes>
      </SessionProvider>
    </Providers>
  );
}
