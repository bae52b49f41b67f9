import { Input, Segmented } from 'antd';
import { useEffect, useRef } from 'react';
import { Link, Outlet, useLocation, useMatch, useNavigate, useNavigationType, useSearchParams } from 'react-router-dom';
import { type Locale, useLocale, useT } from '../shared/i18n';
import { HallPicker } from './HallPicker';
import { useCurrentHallId } from './hall-context';
import { LargeTextToggle } from './large-text';
import { messages } from './messages';
import type { PublicHall } from './types';
import { usePublicGet } from './use-public-get';

/** Search box of a hall; `/halls/:hallId/search?q=` shows the results. */
export function HallSearch({ hallId, size, id }: { hallId: string; size?: 'large'; id?: string }) {
  const t = useT(messages);
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const q = params.get('q') ?? '';
  return (
    <search aria-label={t('search.label')} className="yz-search">
      <Input.Search
        id={id}
        key={q}
        defaultValue={q}
        size={size}
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        enterButton={t('search.button')}
        allowClear
        onSearch={(value) => navigate(`/halls/${hallId}/search?q=${encodeURIComponent(value.trim())}`)}
      />
    </search>
  );
}

/** Page frame: skip link, header (brand, hall picker, search, language, large text, admin link), main, footer. */
export function Layout() {
  const t = useT(messages);
  const { locale, setLocale } = useLocale();
  const halls = usePublicGet<PublicHall[]>('/api/v1/public/halls');
  const chosen = useCurrentHallId();
  // a remembered hall that no longer exists is ignored
  const hallId = chosen && halls.data?.some((h) => h.id === chosen) ? chosen : null;
  const location = useLocation();
  const navigationType = useNavigationType();
  // the hall home has its own large search box
  const onHallHome = useMatch('/halls/:hallId') !== null;
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After a link or back/forward, move focus to the new content so screen readers start there;
  // not on the first page and not on redirects (REPLACE), where the skip link must stay first.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every path change
  useEffect(() => {
    if (firstRender.current || navigationType === 'REPLACE') {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: false });
    window.scrollTo(0, 0);
  }, [location.pathname]);

  useEffect(() => {
    document.documentElement.lang = locale === 'en' ? 'en' : 'zh-CN';
  }, [locale]);

  return (
    <>
      <a className="yz-skip" href="#main">
        {t('skip')}
      </a>
      <header className="yz-header no-print">
        <div className="yz-band">
          <div className="yz-wrap yz-band-inner">
            <Link to={hallId ? `/halls/${hallId}` : '/'} className="yz-brand">
              <span className="yz-brand-mark" aria-hidden>
                一
              </span>
              {t('brand')}
            </Link>
            <nav className="yz-tools" aria-label={t('header.tools')}>
              <Segmented<Locale>
                aria-label={t('header.language')}
                size="small"
                value={locale}
                onChange={(v) => setLocale(v)}
                options={[
                  { label: <span lang="zh-CN">中文</span>, value: 'zh' },
                  { label: <span lang="en">English</span>, value: 'en' },
                ]}
              />
              <LargeTextToggle />
              <Link className="yz-admin-link" to="/admin">
                {t('header.admin')}
              </Link>
            </nav>
          </div>
        </div>
        <div className="yz-subbar">
          <div className="yz-wrap yz-subbar-inner">
            <HallPicker hallId={hallId} />
            {hallId && !onHallHome ? <HallSearch hallId={hallId} /> : null}
          </div>
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="yz-main">
        <div className="yz-wrap">
          <Outlet />
        </div>
      </main>
      <footer className="yz-footer no-print">
        <div className="yz-wrap">
          <p>{t('footer.line')}</p>
          <p>
            <Link to="/halls">{t('footer.allHalls')}</Link>
          </p>
        </div>
      </footer>
    </>
  );
}
