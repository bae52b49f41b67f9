import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { post, setCsrfToken } from '../shared/api';
import { useLocale } from '../shared/i18n';
import { problemText } from './lib/problem';
import { useAdminT } from './lib/use-admin';
import type { Me } from './types';

interface LoginValues {
  username: string;
  password: string;
}

/** Staff sign-in 工作人员登录; shows the server's problem detail (wrong password, locked account). */
export function LoginPage({ onLoggedIn }: { onLoggedIn: (me: Me) => void }) {
  const t = useAdminT();
  const { locale, setLocale } = useLocale();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (v: LoginValues) => {
    setBusy(true);
    setError(null);
    try {
      const res = await post<{ user: Me; csrfToken: string }>('/api/v1/auth/login', {
        username: v.username.trim(),
        password: v.password,
      });
      setCsrfToken(res.csrfToken);
      onLoggedIn(res.user);
    } catch (e) {
      setError(problemText(e, t('common.networkError')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="yz-login">
      <Card className="yz-login-card">
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' }}>
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            {t('login.title')}
          </Typography.Title>
          <Segmented
            size="small"
            value={locale}
            onChange={(v) => setLocale(v === 'en' ? 'en' : 'zh')}
            options={[
              { label: '中文', value: 'zh' },
              { label: 'EN', value: 'en' },
            ]}
          />
        </div>
        <Typography.Paragraph type="secondary">{t('login.subtitle')}</Typography.Paragraph>
        {error && (
          <Alert type="error" showIcon title={t('login.failed')} description={error} style={{ marginBottom: 16 }} />
        )}
        <Form<LoginValues> name="login" layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item
            label={t('login.username')}
            name="username"
            rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            label={t('login.password')}
            name="password"
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('login.submit')}
          </Button>
        </Form>
        <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0, textAlign: 'center' }}>
          <a href="/">{t('login.publicSite')}</a>
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
