/** Masking helpers for personal data shown on screens, lists and printouts (PIPL, GB/T 35273 §7.2). */

/** 3501**********123X: first 4 and last 4 kept. */
export function maskIdNumber(id: string | null | undefined): string {
  if (!id) return '';
  const s = id.trim();
  if (s.length <= 8) return '*'.repeat(s.length);
  return `${s.slice(0, 4)}${'*'.repeat(s.length - 8)}${s.slice(-4)}`;
}

/** 138****5678 for mobiles; landlines keep the area code and last 2 digits. */
export function maskPhone(phone: string | null | undefined): string {
  if (!phone) return '';
  const s = phone.trim();
  if (/^1\d{10}$/.test(s)) return `${s.slice(0, 3)}****${s.slice(-4)}`;
  if (s.length <= 4) return '*'.repeat(s.length);
  const dash = s.indexOf('-');
  const keepHead = dash > 0 ? dash + 1 : 3;
  return `${s.slice(0, keepHead)}${'*'.repeat(Math.max(0, s.length - keepHead - 2))}${s.slice(-2)}`;
}

/** 张*; 欧阳** ; two-character names keep the surname. */
export function maskName(name: string | null | undefined): string {
  if (!name) return '';
  const chars = [...name.trim()];
  if (chars.length <= 1) return chars.join('');
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}
