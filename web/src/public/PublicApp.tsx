import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { HallChooser, RootRedirect } from './HallChooser';
import { HallHome } from './HallHome';
import { CurrentHallProvider } from './hall-context';
import { DepartmentPage, EventPage, SearchPage } from './ItemListPages';
import { Layout } from './Layout';
import { LargeTextProvider } from './large-text';
import { Loading, NotFoundPage } from './StatusViews';
import './public.css';

const ItemGuidePage = lazy(() => import('./ItemGuidePage').then((m) => ({ default: m.ItemGuidePage })));
const BookingPage = lazy(() => import('./booking/BookingPage').then((m) => ({ default: m.BookingPage })));
const MyBookingPage = lazy(() => import('./booking/MyBookingPage').then((m) => ({ default: m.MyBookingPage })));
const CaseLookupPage = lazy(() => import('./cases/CaseLookupPage').then((m) => ({ default: m.CaseLookupPage })));
const CompletedCasesPage = lazy(() =>
  import('./cases/CompletedCasesPage').then((m) => ({ default: m.CompletedCasesPage })),
);

/** The citizen-facing service-guide site 政务服务网 (no login). */
export default function PublicApp() {
  return (
    <LargeTextProvider>
      <CurrentHallProvider>
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<RootRedirect />} />
            <Route path="halls" element={<HallChooser />} />
            <Route path="halls/:hallId" element={<HallHome />} />
            <Route path="halls/:hallId/search" element={<SearchPage />} />
            <Route path="halls/:hallId/departments/:departmentId" element={<DepartmentPage />} />
            <Route path="halls/:hallId/events/:eventCode" element={<EventPage />} />
            <Route
              path="halls/:hallId/booking"
              element={
                <Suspense fallback={<Loading />}>
                  <BookingPage />
                </Suspense>
              }
            />
            <Route
              path="halls/:hallId/booking/mine"
              element={
                <Suspense fallback={<Loading />}>
                  <MyBookingPage />
                </Suspense>
              }
            />
            <Route
              path="cases/lookup"
              element={
                <Suspense fallback={<Loading />}>
                  <CaseLookupPage />
                </Suspense>
              }
            />
            <Route
              path="halls/:hallId/cases/lookup"
              element={
                <Suspense fallback={<Loading />}>
                  <CaseLookupPage />
                </Suspense>
              }
            />
            <Route
              path="halls/:hallId/cases/completed"
              element={
                <Suspense fallback={<Loading />}>
                  <CompletedCasesPage />
                </Suspense>
              }
            />
            <Route
              path="items/:itemId"
              element={
                <Suspense fallback={<Loading />}>
                  <ItemGuidePage />
                </Suspense>
              }
            />
            <Route
              path="items/:itemId/v/:version"
              element={
                <Suspense fallback={<Loading />}>
                  <ItemGuidePage />
                </Suspense>
              }
            />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </CurrentHallProvider>
    </LargeTextProvider>
  );
}
