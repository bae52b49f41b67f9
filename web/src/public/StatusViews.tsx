import { Button, Result, Spin } from 'antd';
import { useEffect } from 'react';
import { Link } from 'react-router-dom';
import type { Problem } from '../shared/api';
import { useT } from '../shared/i18n';
import { messages } from './messages';

/** Loading placeholder announced to screen readers. */
export function Loading() {
  const t = useT(messages);
  return (
    <div className="yz-loading" role="status" aria-live="polite">
      <Spin />
      <span>{t('loading')}</span>
    </div>
  );
}

/** An API failure: "not found" for 404, a general error otherwise; always shows the problem's Chinese detail. */
export function ErrorState({ problem, onRetry }: { problem: Problem; onRetry?: () => void }) {
  const t = useT(messages);
  const notFound = problem.status === 404;
  return (
    <div role="alert" className="yz-error">
      <Result
        status={notFound ? '404' : problem.status >= 500 || problem.status === 0 ? '500' : 'warning'}
        title={notFound ? t('error.notFound') : t('error.failed')}
        subTitle={problem.detail || problem.title}
        extra={[
          onRetry && !notFound ? (
            <Button key="retry" type="primary" onClick={onRetry}>
              {t('error.retry')}
            </Button>
          ) : null,
          <Link key="home" to="/" className="yz-link-button">
            {t('error.home')}
          </Link>,
        ]}
      />
    </div>
  );
}

/** Route fallback. */
export function NotFoundPage() {
  const t = useT(messages);
  useDocumentTitle(t('error.pageNotFound'));
  return (
    <ErrorState
      problem={{
        type: 'about:blank',
        title: 'Not Found',
        status: 404,
        code: 'NOT_FOUND',
        detail: t('error.pageNotFound'),
      }}
    />
  );
}

/** Sets the browser tab title: "<page> - 一站 · 政务服务网". */
export function useDocumentTitle(title: string | undefined) {
  const t = useT(messages);
  useEffect(() => {
    document.title = title ? `${title} - ${t('brand')}` : t('brand');
  }, [title, t]);
}
