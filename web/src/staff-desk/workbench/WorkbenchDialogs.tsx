import { useDeskT } from '../lib/use-desk';
import type { StaffTicket } from '../types';
import { type ActionId, deskApi } from './actions';
import { ReasonDialog } from './ReasonDialog';
import { TransferDialog } from './TransferDialog';

/** The dialog open on the workbench, with the ticket it acts on. */
export type Dialog =
  | { kind: 'noShow'; ticket: StaffTicket }
  | { kind: 'priority'; ticket: StaffTicket }
  | { kind: 'transfer'; ticket: StaffTicket }
  | { kind: 'pause' }
  | null;

/** The call in flight. */
export type Busy = ActionId | 'priority' | 'signIn' | 'signOut' | 'resume';

/** The workbench's reason and transfer dialogs (过号, 绿色通道, 暂停服务, 转移); `run` performs and reports the call. */
export function WorkbenchDialogs(props: {
  dialog: Dialog;
  busy: Busy | null;
  windowId: string;
  hallId: string | null;
  run: (key: Busy, call: () => Promise<unknown>, done?: (r: unknown) => string) => unknown;
  onClose: () => void;
}) {
  const t = useDeskT();
  const { dialog, busy, windowId, hallId, run, onClose } = props;
  const dialogTicket = dialog && 'ticket' in dialog ? dialog.ticket : null;
  return (
    <>
      <ReasonDialog
        open={dialog?.kind === 'noShow'}
        title={t('noShow.title', { number: dialogTicket?.number ?? '' })}
        okText={t('action.noShow')}
        presets={[t('noShow.preset1'), t('noShow.preset2'), t('noShow.preset3')]}
        busy={busy === 'noShow'}
        onCancel={onClose}
        onOk={(reason) => dialogTicket && run('noShow', () => deskApi.noShow(dialogTicket.id, reason))}
      />
      <ReasonDialog
        open={dialog?.kind === 'priority'}
        title={t('priority.title', { number: dialogTicket?.number ?? '' })}
        okText={t('action.priority')}
        presets={[t('priority.preset1'), t('priority.preset2'), t('priority.preset3'), t('priority.preset4')]}
        busy={busy === 'priority'}
        onCancel={onClose}
        onOk={(reason) =>
          dialogTicket &&
          run(
            'priority',
            () => deskApi.priority(dialogTicket.id, reason),
            () => t('wb.priorityDone', { number: dialogTicket.number }),
          )
        }
      />
      <ReasonDialog
        open={dialog?.kind === 'pause'}
        title={t('pause.title')}
        okText={t('action.pause')}
        presets={[t('pause.preset1'), t('pause.preset2'), t('pause.preset3')]}
        busy={busy === 'pause'}
        onCancel={onClose}
        onOk={(reason) =>
          run(
            'pause',
            () => deskApi.pause(windowId, reason),
            () => t('wb.paused'),
          )
        }
      />
      <TransferDialog
        ticket={dialog?.kind === 'transfer' ? dialog.ticket : null}
        hallId={hallId}
        fromWindowId={windowId}
        busy={busy === 'transfer'}
        onCancel={onClose}
        onOk={(target) =>
          dialogTicket &&
          run(
            'transfer',
            () => deskApi.transfer(dialogTicket.id, target),
            () => t('wb.transferred', { number: dialogTicket.number }),
          )
        }
      />
    </>
  );
}
