import { describe, expect, it } from 'vitest';
import { checkPhotoDataUrl, PHOTO_MAX_BYTES } from './photo.js';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
const dataUrl = (mime: string, buf: Buffer) => `data:${mime};base64,${buf.toString('base64')}`;

describe('checkPhotoDataUrl', () => {
  it('accepts PNG, JPEG, WebP and plain SVG', () => {
    expect(checkPhotoDataUrl(dataUrl('image/png', PNG))).toEqual({ ok: true, mime: 'image/png', bytes: PNG.length });
    expect(checkPhotoDataUrl(dataUrl('image/jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2]))).ok).toBe(true);
    const webp = Buffer.concat([Buffer.from('RIFF'), Buffer.from([0, 0, 0, 0]), Buffer.from('WEBPVP8 ')]);
    expect(checkPhotoDataUrl(dataUrl('image/webp', webp)).ok).toBe(true);
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect/></svg>');
    expect(checkPhotoDataUrl(dataUrl('image/svg+xml', svg)).ok).toBe(true);
  });

  it('rejects other types, non-base64 and non-data URLs', () => {
    expect(checkPhotoDataUrl(dataUrl('image/gif', Buffer.from('GIF89a')))).toMatchObject({ ok: false });
    expect(checkPhotoDataUrl('data:image/png,rawtext')).toMatchObject({ ok: false });
    expect(checkPhotoDataUrl('https://example.com/a.png')).toMatchObject({ ok: false });
    expect(checkPhotoDataUrl('data:image/png;base64,')).toMatchObject({ ok: false, reason: '照片内容为空' });
  });

  it('rejects bytes that are not the declared type', () => {
    expect(checkPhotoDataUrl(dataUrl('image/png', Buffer.from([0xff, 0xd8, 0xff, 0xe0])))).toEqual({
      ok: false,
      reason: '照片内容与声明的图片格式不符',
    });
  });

  it('rejects SVG with scripts or event handlers', () => {
    for (const s of ['<svg><script>alert(1)</script></svg>', '<svg onload="alert(1)"></svg>']) {
      expect(checkPhotoDataUrl(dataUrl('image/svg+xml', Buffer.from(s)))).toMatchObject({ ok: false });
    }
  });

  it('enforces 512 KB on the decoded size', () => {
    const atLimit = Buffer.concat([PNG, Buffer.alloc(PHOTO_MAX_BYTES - PNG.length)]);
    expect(checkPhotoDataUrl(dataUrl('image/png', atLimit))).toMatchObject({ ok: true, bytes: PHOTO_MAX_BYTES });
    const over = Buffer.concat([atLimit, Buffer.alloc(1)]);
    expect(checkPhotoDataUrl(dataUrl('image/png', over))).toEqual({ ok: false, reason: '照片不能超过 512 KB' });
  });
});
