/** Staff badge photos (工作牌照片) arrive as base64 data URLs; check the declared type, the real bytes and the size. */

export const PHOTO_MAX_BYTES = 512 * 1024;
export const PHOTO_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/svg+xml'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];

export type PhotoCheck = { ok: true; mime: PhotoType; bytes: number } | { ok: false; reason: string };

const DATA_URL = /^data:([a-z+/.-]+);base64,([A-Za-z0-9+/]*={0,2})$/;

function startsWith(buf: Buffer, bytes: number[], at = 0): boolean {
  return bytes.every((b, i) => buf[at + i] === b);
}

/** Whether the decoded bytes really are the declared image type (magic numbers; SVG by its root element). */
function contentMatches(mime: PhotoType, buf: Buffer): boolean {
  switch (mime) {
    case 'image/png':
      return startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    case 'image/jpeg':
      return startsWith(buf, [0xff, 0xd8, 0xff]);
    case 'image/webp':
      return startsWith(buf, [0x52, 0x49, 0x46, 0x46]) && startsWith(buf, [0x57, 0x45, 0x42, 0x50], 8);
    case 'image/svg+xml':
      return /<svg[\s>]/i.test(buf.toString('utf8', 0, Math.min(buf.length, 4096)));
  }
}

/** SVG may carry scripts; a badge photo has no business doing so. */
function svgIsActive(buf: Buffer): boolean {
  const text = buf.toString('utf8');
  return /<script|<foreignObject|\son[a-z]+\s*=|javascript:|<!ENTITY/i.test(text);
}

/** Validate a photo data URL: PNG, JPEG, WebP or (script-free) SVG, base64-encoded, at most 512 KB decoded. */
export function checkPhotoDataUrl(dataUrl: string): PhotoCheck {
  const m = DATA_URL.exec(dataUrl);
  if (!m) return { ok: false, reason: '照片须为 base64 编码的图片 data URL' };
  const mime = m[1] as string;
  if (!(PHOTO_TYPES as readonly string[]).includes(mime)) {
    return { ok: false, reason: '照片格式须为 PNG、JPEG、WebP 或 SVG' };
  }
  const payload = m[2] as string;
  if (payload.length % 4 !== 0) return { ok: false, reason: '照片数据不是有效的 base64 编码' };
  const bytes = (payload.length / 4) * 3 - (payload.endsWith('==') ? 2 : payload.endsWith('=') ? 1 : 0);
  if (bytes === 0) return { ok: false, reason: '照片内容为空' };
  if (bytes > PHOTO_MAX_BYTES) return { ok: false, reason: '照片不能超过 512 KB' };
  const buf = Buffer.from(payload, 'base64');
  const type = mime as PhotoType;
  if (!contentMatches(type, buf)) return { ok: false, reason: '照片内容与声明的图片格式不符' };
  if (type === 'image/svg+xml' && svgIsActive(buf)) return { ok: false, reason: 'SVG 照片不能包含脚本或外部实体' };
  return { ok: true, mime: type, bytes };
}
