import { SoundOutlined } from '@ant-design/icons';
import { useT } from '../../shared/i18n';
import { messages } from '../messages';
import type { VoiceState } from './use-voice';

/** The one-time overlay: browsers play no sound before a user gesture on the page. */
export function VoiceGate({ onEnable, onSkip }: { onEnable: () => void; onSkip: () => void }) {
  const t = useT(messages);
  return (
    <div className="yz-fl-gate" role="dialog" aria-modal="true" aria-labelledby="voice-gate-title">
      <button type="button" className="yz-fl-gate-button" onClick={onEnable} id="voice-gate-title">
        <SoundOutlined aria-hidden /> {t('voice.enable')}
      </button>
      <p className="yz-fl-gate-hint">{t('voice.hint')}</p>
      <button type="button" className="yz-fl-gate-skip" onClick={onSkip}>
        {t('voice.skip')}
      </button>
    </div>
  );
}

/** Header badge: voice on, or a button to turn it on later. */
export function VoiceBadge({ state, onEnable }: { state: VoiceState; onEnable: () => void }) {
  const t = useT(messages);
  if (state === 'on') return <span className="yz-fl-voice yz-fl-voice-on">{t('voice.on')}</span>;
  if (state === 'unsupported') return <span className="yz-fl-voice">{t('voice.unsupported')}</span>;
  return (
    <button type="button" className="yz-fl-voice yz-fl-voice-off" onClick={onEnable}>
      {t('voice.off')}
    </button>
  );
}
