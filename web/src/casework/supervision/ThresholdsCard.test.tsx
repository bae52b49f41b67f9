// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, mockBrowserApis } from '../../admin/test-utils';
import type { Me } from '../../admin/types';
import { DeskProviders, HALLS } from '../../staff-desk/test-utils';
import { HALL, SUPERVISOR_ME } from '../test-fixtures';
import { type ColourThresholds, ThresholdsCard } from './ThresholdsCard';

const MANAGER_ME: Me = {
  ...SUPERVISOR_ME,
  id: 'u-mgr',
  username: 'county.manager',
  displayName: '王主任',
  roles: ['hall_manager'],
  permissions: ['hall.read', 'case.read', 'ledger.read', 'supervision.respond', 'supervision.configure'],
};

const DEFAULTS: ColourThresholds = {
  hallId: HALL,
  yellowDaysLeft: 1,
  yellowSharePercent: 80,
  isDefault: true,
  defaults: { yellowDaysLeft: 1, yellowSharePercent: 80 },
  limits: { yellowDaysLeft: { min: 0, max: 10 }, yellowSharePercent: { min: 50, max: 99 } },
  updatedAt: null,
  updatedByName: null,
};

function serve(answerPut?: (body: unknown) => { status: number; body?: unknown }) {
  let current = DEFAULTS;
  const { fetchImpl, calls } = fakeFetch((method, url, body) => {
    if (url === '/api/v1/halls') return { status: 200, body: HALLS };
    if (url !== `/api/v1/halls/${HALL}/supervision/thresholds`) return undefined;
    if (method === 'GET') return { status: 200, body: current };
    const r = answerPut?.(body);
    if (r) return r;
    current = {
      ...current,
      ...(body as object),
      isDefault: false,
      updatedAt: '2026-11-26T02:00:00Z',
      updatedByName: '王主任',
    };
    return { status: 200, body: current };
  });
  vi.stubGlobal('fetch', fetchImpl);
  return calls;
}

function renderCard(me: Me, onSaved = vi.fn()) {
  render(
    <DeskProviders path="/desk/casework/supervision" route="/desk/casework/supervision" me={me}>
      <ThresholdsCard hallId={HALL} onSaved={onSaved} />
    </DeskProviders>,
  );
  return onSaved;
}

describe('ThresholdsCard', () => {
  beforeEach(() => mockBrowserApis());
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows the rule in force; only supervision.configure may edit', async () => {
    serve();
    renderCard(SUPERVISOR_ME);
    expect((await screen.findByTestId('threshold-rule')).textContent).toBe(
      '黄灯：剩余 ≤ 1 个工作日，或已用时限 ≥ 80%；红灯：超过承诺期限',
    );
    expect(screen.getByText('默认规则（未单独设置）')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /修改/ })).toBeNull();
  });

  it('lets the hall manager save new thresholds, shows them at once, then reloads the lights', async () => {
    const calls = serve();
    const onSaved = renderCard(MANAGER_ME);
    fireEvent.click(await screen.findByRole('button', { name: /修改/ }));
    fireEvent.change(screen.getByLabelText('剩余工作日不超过'), { target: { value: '2' } });
    fireEvent.change(screen.getByLabelText('已用时限达到'), { target: { value: '70' } });
    fireEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    const put = calls.filter((c) => c.method === 'PUT');
    expect(put).toHaveLength(1);
    expect(put[0].body).toEqual({ yellowDaysLeft: 2, yellowSharePercent: 70 });
    // the saved rule is on the card as soon as the save is confirmed (from the PUT's answer), never the old one
    await screen.findByText('预警规则已保存');
    expect(screen.getByTestId('threshold-rule').textContent).toBe(
      '黄灯：剩余 ≤ 2 个工作日，或已用时限 ≥ 70%；红灯：超过承诺期限',
    );
    expect(screen.getByText('2026-11-26 由 王主任 设置')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'GET' && c.url.endsWith('/thresholds'))).toHaveLength(1);
  });

  it('shows the server’s refusal and keeps the form open', async () => {
    serve(() => ({
      status: 400,
      body: {
        type: 'about:blank',
        title: '请求参数不正确',
        status: 400,
        code: 'VALIDATION_FAILED',
        detail: '已用时限比例应为 50%–99%',
      },
    }));
    const onSaved = renderCard(MANAGER_ME);
    fireEvent.click(await screen.findByRole('button', { name: /修改/ }));
    fireEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('已用时限比例应为 50%–99%')).toBeTruthy();
    expect(onSaved).not.toHaveBeenCalled();
    expect(screen.getByLabelText('已用时限达到')).toBeTruthy();
  });
});
