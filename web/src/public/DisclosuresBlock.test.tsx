// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DISCLOSURE_LABELS, DISCLOSURE_KEYS as DOMAIN_KEYS } from '../../../src/domain/guide';
import { I18nProvider } from '../shared/i18n';
import { DisclosuresBlock } from './DisclosuresBlock';
import { fixtureGuide } from './test-fixtures';
import { installDomMocks } from './test-utils';
import { DISCLOSURE_KEYS } from './types';

beforeAll(installDomMocks);
afterEach(cleanup);

const CONTRACT_ORDER = [
  '服务事项',
  '申请材料',
  '办理流程',
  '办理时限',
  '收费标准',
  '收费依据',
  '办理地点',
  '咨询电话',
  '责任人员',
];

describe('DisclosuresBlock', () => {
  it('shows the nine disclosure labels in the contract order, each with its text', () => {
    render(
      <I18nProvider>
        <DisclosuresBlock disclosures={fixtureGuide.disclosures} />
      </I18nProvider>,
    );
    const block = screen.getByRole('region', { name: /九公开/ });
    const labels = within(block)
      .getAllByRole('term')
      .map((dt) => dt.textContent?.replace(/^\d/, ''));
    expect(labels).toEqual(CONTRACT_ORDER);
    const values = within(block)
      .getAllByRole('definition')
      .map((dd) => dd.textContent);
    expect(values).toEqual(DISCLOSURE_KEYS.map((k) => fixtureGuide.disclosures[k]));
    expect(values[3]).toBe('承诺时限：自受理之日起5个工作日内办结；法定时限：20个工作日');
  });

  it('uses the same keys and labels as the server-side guide rules', () => {
    expect([...DISCLOSURE_KEYS]).toEqual([...DOMAIN_KEYS]);
    expect(DOMAIN_KEYS.map((k) => DISCLOSURE_LABELS[k])).toEqual(CONTRACT_ORDER);
  });

  it('marks an empty disclosure as not disclosed instead of leaving a blank', () => {
    render(
      <I18nProvider>
        <DisclosuresBlock disclosures={{ ...fixtureGuide.disclosures, feeBasis: '  ' }} />
      </I18nProvider>,
    );
    const row = screen.getByText('收费依据').closest('div') as HTMLElement;
    expect(within(row).getByRole('definition').textContent).toBe('未公开');
  });
});
