import { QuestionCircleOutlined } from '@ant-design/icons';
import { Button, Popover, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useDeskT } from '../lib/use-desk';
import { ACTION_IDS, type ActionId, SHORTCUTS } from './actions';

export interface ActionState {
  enabled: boolean;
  /** why the action is unavailable, shown as a tooltip */
  hint?: string;
  label: string;
  danger?: boolean;
  primary?: boolean;
}

/** The workbench's action buttons, each showing its keyboard shortcut, plus a shortcut help popover. */
export function ActionBar(props: {
  actions: Record<ActionId, ActionState>;
  busy: ActionId | null;
  onAction: (id: ActionId) => void;
}) {
  const t = useDeskT();
  const keys = (id: ActionId) => SHORTCUTS[id].map((k) => (k === 'Space' ? t('key.space') : k)).join(' / ');
  return (
    <div className="yz-wb-actions">
      {ACTION_IDS.map((id) => {
        const a = props.actions[id];
        const button = (
          <Button
            key={id}
            size="large"
            type={a.primary ? 'primary' : 'default'}
            danger={a.danger}
            disabled={!a.enabled}
            loading={props.busy === id}
            onClick={(e) => {
              // A mouse click must not leave focus here: the next Space would press this button, not 叫号.
              if (e.detail > 0) e.currentTarget.blur();
              props.onAction(id);
            }}
            className={`yz-wb-action yz-wb-action-${id}`}
          >
            <span>{a.label}</span>
            <kbd className="yz-kbd">{keys(id)}</kbd>
          </Button>
        );
        return a.hint && !a.enabled ? (
          <Tooltip key={id} title={a.hint}>
            {button}
          </Tooltip>
        ) : (
          button
        );
      })}
      <ShortcutHelp>
        <ul className="yz-wb-help">
          {ACTION_IDS.map((id) => (
            <li key={id}>
              <kbd className="yz-kbd">{keys(id)}</kbd>{' '}
              {id === 'pause' ? t('action.pauseResume') : props.actions[id].label}
            </li>
          ))}
          <li className="yz-muted">{t('wb.shortcutNote')}</li>
        </ul>
      </ShortcutHelp>
    </div>
  );
}

function ShortcutHelp({ children }: { children: ReactNode }) {
  const t = useDeskT();
  return (
    <Popover title={t('wb.shortcuts')} content={children} trigger={['hover', 'click']} placement="bottomRight">
      <Button size="large" type="text" icon={<QuestionCircleOutlined />} aria-label={t('wb.shortcuts')}>
        {t('wb.shortcuts')}
      </Button>
    </Popover>
  );
}
