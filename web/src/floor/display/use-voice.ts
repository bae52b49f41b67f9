import { useCallback, useEffect, useRef, useState } from 'react';
import { type Announcer, browserAnnouncer } from '../speech-queue';

/** ask: waiting for the one click browsers require before sound; on/off: chosen; unsupported: no engine. */
export type VoiceState = 'ask' | 'on' | 'off' | 'unsupported';

/** Spoken once when enabled: proves the sound works, inside the click that unlocks audio. */
export const VOICE_READY_TEXT = '语音播报已启用';

export function useVoice(initiallyOff: boolean, makeAnnouncer: () => Announcer | null = browserAnnouncer) {
  const [state, setState] = useState<VoiceState>(() => {
    if (typeof window === 'undefined' || !('speechSynthesis' in window)) return 'unsupported';
    return initiallyOff ? 'off' : 'ask';
  });
  const announcer = useRef<Announcer | null>(null);
  const on = useRef(false);

  useEffect(
    () => () => {
      announcer.current?.dispose();
      announcer.current = null;
    },
    [],
  );

  /** Must run inside a click handler: the first utterance unlocks audio for the page. */
  const enable = useCallback(() => {
    announcer.current ??= makeAnnouncer();
    if (!announcer.current) return setState('unsupported');
    on.current = true;
    announcer.current.enqueue(VOICE_READY_TEXT);
    setState('on');
  }, [makeAnnouncer]);

  const skip = useCallback(() => {
    on.current = false;
    setState('off');
  }, []);

  /** Queues a text; ignored while voice is not on (no backlog is spoken on enabling). */
  const announce = useCallback((text: string) => {
    if (on.current) announcer.current?.enqueue(text);
  }, []);

  return { state, enable, skip, announce };
}
