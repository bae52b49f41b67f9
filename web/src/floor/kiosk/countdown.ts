import { useEffect, useRef, useState } from 'react';

/** Seconds left before `onDone` runs; restarts when `key` changes. */
export function useCountdown(seconds: number, onDone: () => void, key: unknown): number {
  const [left, setLeft] = useState(seconds);
  const done = useRef(onDone);
  done.current = onDone;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` restarts the countdown on purpose
  useEffect(() => {
    setLeft(seconds);
    const started = Date.now();
    const id = setInterval(() => {
      const remaining = seconds - Math.floor((Date.now() - started) / 1000);
      setLeft(Math.max(0, remaining));
      if (remaining <= 0) {
        clearInterval(id);
        done.current();
      }
    }, 250);
    return () => clearInterval(id);
  }, [seconds, key]);
  return left;
}

/** Runs `onIdle` after `ms` without a touch or key press while `active`. */
export function useIdle(active: boolean, ms: number, onIdle: () => void) {
  const idle = useRef(onIdle);
  idle.current = onIdle;
  useEffect(() => {
    if (!active) return;
    let timer = setTimeout(() => idle.current(), ms);
    const reset = () => {
      clearTimeout(timer);
      timer = setTimeout(() => idle.current(), ms);
    };
    window.addEventListener('pointerdown', reset);
    window.addEventListener('keydown', reset);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pointerdown', reset);
      window.removeEventListener('keydown', reset);
    };
  }, [active, ms]);
}
