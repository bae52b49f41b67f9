// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DISCLOSURE_KEYS } from '../../../../src/domain/guide';
import { mockBrowserApis, Providers } from '../test-utils';
import { CompletenessPanel } from './CompletenessPanel';

function rows(container: HTMLElement) {
  return [...container.querySelectorAll<HTMLLIElement>('li[data-disclosure]')].map((li) => ({
    key: li.dataset.disclosure,
    state: li.dataset.state,
    mark: li.querySelector('.yz-mark')?.textContent,
    text: li.textContent ?? '',
  }));
}

describe('CompletenessPanel (九公开)', () => {
  beforeEach(mockBrowserApis);
  afterEach(cleanup);

  it('marks the missing disclosures ✗ and the others ✓, in the fixed order', () => {
    const { container, getByText } = render(
      <Providers>
        <CompletenessPanel missing={['feeBasis', 'responsiblePerson']} disclosures={{ location: '一楼 5 号窗口' }} />
      </Providers>,
    );
    const r = rows(container);
    expect(r.map((x) => x.key)).toEqual([...DISCLOSURE_KEYS]);
    const missing = r.filter((x) => x.mark === '✗').map((x) => x.key);
    expect(missing).toEqual(['feeBasis', 'responsiblePerson']);
    expect(r.filter((x) => x.mark === '✓')).toHaveLength(7);
    expect(r.find((x) => x.key === 'feeBasis')?.text).toContain('收费依据');
    expect(r.find((x) => x.key === 'feeBasis')?.text).toContain('缺失');
    expect(r.find((x) => x.key === 'responsiblePerson')?.text).toContain('责任人员');
    expect(r.find((x) => x.key === 'location')?.text).toContain('一楼 5 号窗口');
    expect(getByText('已公开 7/9 项')).toBeTruthy();
  });

  it('says the guide may be published when nothing is missing', () => {
    const { container, getByText } = render(
      <Providers>
        <CompletenessPanel missing={[]} />
      </Providers>,
    );
    expect(rows(container).every((x) => x.mark === '✓' && x.state === 'ok')).toBe(true);
    expect(getByText('九项内容齐全，可以发布')).toBeTruthy();
  });
});
