/**
 * Voice announcements 语音播报 for the hall display. Calls are spoken one after another: the next one
 * starts from the previous one's `onend` (or `onerror`), never by cancelling it, so a burst of calls
 * from several windows is heard in full and in order.
 */

/** The part of `SpeechSynthesisUtterance` the queue uses. */
export interface UtteranceLike {
  text: string;
  lang: string;
  rate: number;
  voice: VoiceLike | null;
  onend: (() => void) | null;
  onerror: (() => void) | null;
}

export interface VoiceLike {
  lang: string;
  name: string;
}

/** The part of `window.speechSynthesis` the queue uses (a fake in tests). */
export interface SynthLike {
  speak(utterance: UtteranceLike): void;
  getVoices(): readonly VoiceLike[];
  resume?(): void;
  paused?: boolean;
}

export type UtteranceFactory = (text: string) => UtteranceLike;

export interface AnnouncerOptions {
  synth: SynthLike;
  makeUtterance: UtteranceFactory;
  lang?: string;
  rate?: number;
  /**
   * Longest time one announcement may take before the queue moves on anyway: some browsers drop
   * `onend` (e.g. when the audio device changes). Moving on does not cancel anything.
   */
  maxMs?: (text: string) => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export interface Announcer {
  /** Adds a text to the end of the queue; speaks at once when nothing is being spoken. */
  enqueue(text: string): void;
  /** Texts not yet finished (the one being spoken first). */
  pending(): string[];
  /** Stops taking new texts and drops the unspoken ones (the current one finishes by itself). */
  dispose(): void;
}

const defaultMaxMs = (text: string) => 6000 + text.length * 500;

/** Prefers a zh-CN voice, then any Chinese voice; null lets the browser choose from `lang`. */
export function chooseVoice(voices: readonly VoiceLike[], lang: string): VoiceLike | null {
  const norm = (s: string) => s.replace('_', '-').toLowerCase();
  const want = norm(lang);
  return (
    voices.find((v) => norm(v.lang) === want) ?? voices.find((v) => norm(v.lang).startsWith(want.split('-')[0])) ?? null
  );
}

export function createAnnouncer(opts: AnnouncerOptions): Announcer {
  const lang = opts.lang ?? 'zh-CN';
  const rate = opts.rate ?? 0.9;
  const maxMs = opts.maxMs ?? defaultMaxMs;
  const setTimer = opts.setTimer ?? ((fn: () => void, ms: number) => setTimeout(fn, ms));
  const clearTimer = opts.clearTimer ?? ((h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>));
  const queue: string[] = [];
  // the utterance being spoken is kept referenced: Chrome drops `onend` of garbage-collected utterances
  let current: { text: string; utterance: UtteranceLike; timer: unknown } | null = null;
  let disposed = false;

  function finish(utterance: UtteranceLike) {
    if (!current || current.utterance !== utterance) return; // a late onend after the timeout
    clearTimer(current.timer);
    current = null;
    next();
  }

  function next() {
    if (disposed || current) return;
    const text = queue.shift();
    if (text === undefined) return;
    const utterance = opts.makeUtterance(text);
    utterance.lang = lang;
    utterance.rate = rate;
    utterance.voice = chooseVoice(opts.synth.getVoices(), lang);
    utterance.onend = () => finish(utterance);
    utterance.onerror = () => finish(utterance);
    const timer = setTimer(() => finish(utterance), maxMs(text));
    current = { text, utterance, timer };
    // Chrome can leave the engine paused after the screen sleeps; resume never interrupts speech
    if (opts.synth.paused) opts.synth.resume?.();
    opts.synth.speak(utterance);
  }

  return {
    enqueue(text) {
      if (disposed) return;
      queue.push(text);
      next();
    },
    pending() {
      return current ? [current.text, ...queue] : [...queue];
    },
    dispose() {
      disposed = true;
      queue.length = 0;
      if (current) clearTimer(current.timer);
      current = null;
    },
  };
}

/** The browser's engine, or null where speech synthesis is missing. */
export function browserAnnouncer(): Announcer | null {
  if (typeof window === 'undefined' || !('speechSynthesis' in window) || !window.SpeechSynthesisUtterance) return null;
  const synth = window.speechSynthesis;
  // the utterances handed to `speak` are the real ones made below; the voices come from getVoices()
  return createAnnouncer({
    synth: {
      speak: (u) => synth.speak(u as unknown as SpeechSynthesisUtterance),
      getVoices: () => synth.getVoices(),
      resume: () => synth.resume(),
      get paused() {
        return synth.paused;
      },
    },
    makeUtterance: (text) => new window.SpeechSynthesisUtterance(text) as unknown as UtteranceLike,
  });
}

/**
 * The spoken call, e.g. "请 A 0 0 1 号，到 3 号窗口办理": the ticket is spelled character by character
 * so the voice does not read "001" as "一"; only the ticket and window numbers, never a name.
 */
export function callAnnouncement(ticketNumber: string, windowNumber: string): string {
  const spelled = ticketNumber.trim().toUpperCase().split('').join(' ');
  return `请 ${spelled} 号，到 ${windowNumber.trim()} 号窗口办理`;
}
