import { describe, expect, it, vi } from 'vitest';
import {
  type AnnouncerOptions,
  callAnnouncement,
  chooseVoice,
  createAnnouncer,
  type UtteranceLike,
} from './speech-queue';

/** A fake `speechSynthesis`: records what is spoken; `end()` finishes the current utterance. */
function fakeSynth(
  voices = [
    { lang: 'en-US', name: 'English' },
    { lang: 'zh-CN', name: 'Xiaoxiao' },
  ],
) {
  const spoken: UtteranceLike[] = [];
  const synth = {
    speak: vi.fn((u: UtteranceLike) => {
      spoken.push(u);
    }),
    cancel: vi.fn(),
    getVoices: () => voices,
    resume: vi.fn(),
    paused: false,
  };
  const end = (i: number) => spoken[i].onend?.();
  const fail = (i: number) => spoken[i].onerror?.();
  return { synth, spoken, end, fail };
}

function manualTimers() {
  const timers = new Map<number, () => void>();
  let n = 0;
  return {
    setTimer: (fn: () => void) => {
      timers.set(++n, fn);
      return n;
    },
    clearTimer: (h: unknown) => {
      timers.delete(h as number);
    },
    fireAll: () => {
      for (const [k, fn] of [...timers]) {
        timers.delete(k);
        fn();
      }
    },
    count: () => timers.size,
  };
}

function setup(extra: Partial<AnnouncerOptions> = {}) {
  const f = fakeSynth();
  const timers = manualTimers();
  const announcer = createAnnouncer({
    synth: f.synth,
    makeUtterance: (text) => ({ text, lang: '', rate: 1, voice: null, onend: null, onerror: null }),
    setTimer: timers.setTimer,
    clearTimer: timers.clearTimer,
    ...extra,
  });
  return { ...f, timers, announcer };
}

describe('announcement queue', () => {
  it('speaks three calls made in quick succession one after another, in order, none cancelled', () => {
    const { announcer, spoken, end, synth } = setup();
    announcer.enqueue('请 A 0 0 1 号，到 3 号窗口办理');
    announcer.enqueue('请 B 0 0 7 号，到 5 号窗口办理');
    announcer.enqueue('请 A 0 0 2 号，到 1 号窗口办理');
    // only the first is handed to the engine; the others wait for its end
    expect(spoken.map((u) => u.text)).toEqual(['请 A 0 0 1 号，到 3 号窗口办理']);
    expect(announcer.pending()).toHaveLength(3);
    end(0);
    expect(spoken.map((u) => u.text)).toEqual(['请 A 0 0 1 号，到 3 号窗口办理', '请 B 0 0 7 号，到 5 号窗口办理']);
    end(1);
    end(2);
    expect(spoken.map((u) => u.text)).toEqual([
      '请 A 0 0 1 号，到 3 号窗口办理',
      '请 B 0 0 7 号，到 5 号窗口办理',
      '请 A 0 0 2 号，到 1 号窗口办理',
    ]);
    expect(synth.cancel).not.toHaveBeenCalled();
    expect(announcer.pending()).toEqual([]);
  });

  it('speaks in Mandarin with a Chinese voice when the browser has one', () => {
    const { announcer, spoken } = setup();
    announcer.enqueue('请 A 0 0 1 号，到 3 号窗口办理');
    expect(spoken[0].lang).toBe('zh-CN');
    expect(spoken[0].voice?.name).toBe('Xiaoxiao');
  });

  it('moves on after an error, and after a timeout when the browser never reports the end', () => {
    const { announcer, spoken, fail, timers, synth } = setup();
    announcer.enqueue('one');
    announcer.enqueue('two');
    announcer.enqueue('three');
    fail(0);
    expect(spoken.map((u) => u.text)).toEqual(['one', 'two']);
    timers.fireAll(); // "two" never ended
    expect(spoken.map((u) => u.text)).toEqual(['one', 'two', 'three']);
    // a late onend of "two" does not skip "three"'s turn or start anything twice
    spoken[1].onend?.();
    expect(spoken).toHaveLength(3);
    expect(announcer.pending()).toEqual(['three']);
    expect(synth.cancel).not.toHaveBeenCalled();
  });

  it('a call arriving after the queue ran empty is spoken at once', () => {
    const { announcer, spoken, end } = setup();
    announcer.enqueue('one');
    end(0);
    announcer.enqueue('two');
    expect(spoken.map((u) => u.text)).toEqual(['one', 'two']);
  });

  it('dispose drops what was not spoken yet', () => {
    const { announcer, spoken, end } = setup();
    announcer.enqueue('one');
    announcer.enqueue('two');
    announcer.dispose();
    end(0);
    announcer.enqueue('three');
    expect(spoken.map((u) => u.text)).toEqual(['one']);
  });

  it('resumes a paused engine before speaking', () => {
    const f = setup();
    f.synth.paused = true;
    f.announcer.enqueue('one');
    expect(f.synth.resume).toHaveBeenCalled();
  });
});

describe('call text', () => {
  it('spells the ticket and names the window, nothing else', () => {
    expect(callAnnouncement('A001', '3')).toBe('请 A 0 0 1 号，到 3 号窗口办理');
    expect(callAnnouncement('b012', '12')).toBe('请 B 0 1 2 号，到 12 号窗口办理');
  });

  it('chooses zh-CN, then any Chinese voice, else leaves it to the browser', () => {
    expect(
      chooseVoice(
        [
          { lang: 'zh-TW', name: 't' },
          { lang: 'zh_CN', name: 'c' },
        ],
        'zh-CN',
      )?.name,
    ).toBe('c');
    expect(chooseVoice([{ lang: 'zh-HK', name: 'h' }], 'zh-CN')?.name).toBe('h');
    expect(chooseVoice([{ lang: 'en-US', name: 'e' }], 'zh-CN')).toBeNull();
  });
});
