import { useT } from '../shared/i18n';
import { stepDaysText } from './format';
import { messages } from './messages';
import type { GuideStep } from './types';

function Arrow() {
  return (
    <svg className="yz-flow-arrow" viewBox="0 0 24 32" width="24" height="32" aria-hidden focusable="false">
      <line x1="12" y1="0" x2="12" y2="22" stroke="currentColor" strokeWidth="2.5" />
      <polygon points="4,20 20,20 12,31" fill="currentColor" />
    </svg>
  );
}

/**
 * 办理流程 as a flowchart: start → one box per step (name, role, days) → end, joined by SVG arrows.
 * Boxes and arrows are borders and strokes, so the chart prints without background graphics.
 */
export function Flowchart({ steps }: { steps: GuideStep[] }) {
  const t = useT(messages);
  if (steps.length === 0) return <p className="yz-muted">{t('flow.none')}</p>;
  const total = steps.reduce((sum, s) => sum + s.days, 0);
  return (
    <figure className="yz-flow" aria-label={t('flow.label', { n: steps.length })}>
      <div className="yz-flow-terminal" aria-hidden>
        {t('flow.start')}
      </div>
      <Arrow />
      <ol className="yz-flow-steps">
        {steps.map((s, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, never reordered; names may repeat
          <li key={`${i}-${s.name}`} className="yz-flow-item">
            <div className="yz-flow-box">
              <div className="yz-flow-head">
                <span className="yz-flow-no" aria-hidden>
                  {i + 1}
                </span>
                <span className="yz-visually-hidden">{t('flow.stepNo', { n: i + 1 })}</span>
                <strong className="yz-flow-name">{s.name}</strong>
              </div>
              <div className="yz-flow-meta">
                <span>
                  {t('flow.role')}
                  {t('colon')}
                  {s.role}
                </span>
                <span>
                  {t('flow.days')}
                  {t('colon')}
                  {stepDaysText(t, s.days)}
                </span>
              </div>
              {s.description ? <p className="yz-flow-desc">{s.description}</p> : null}
            </div>
            <Arrow />
          </li>
        ))}
      </ol>
      <div className="yz-flow-terminal" aria-hidden>
        {t('flow.end')}
      </div>
      <figcaption className="yz-flow-total">
        {total === 0 ? t('flow.totalSameDay') : t('flow.total', { n: total })}
      </figcaption>
    </figure>
  );
}
