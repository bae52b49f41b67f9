import { describe, expect, it } from 'vitest';
import { checkUpload, cleanFilename, contentDisposition } from './file-rules.js';
import { MAX_FILE_BYTES } from './schema.js';

const PDF = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n');
const b64 = (b: Buffer) => b.toString('base64');

describe('checkUpload', () => {
  it('accepts a PDF and cleans its name', () => {
    const r = checkUpload({ filename: 'C:\\temp\\申请书.PDF', mime: 'application/pdf', contentBase64: b64(PDF) });
    expect(r).toMatchObject({ ok: true, mime: 'application/pdf', filename: '申请书.PDF' });
    if (r.ok) expect(r.bytes.equals(PDF)).toBe(true);
  });

  it('accepts docx/xlsx/zip by the zip signature and maps MIME aliases', () => {
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    expect(checkUpload({ filename: 'a.docx', mime: docx, contentBase64: b64(zip) }).ok).toBe(true);
    expect(
      checkUpload({ filename: 'a.zip', mime: 'application/x-zip-compressed', contentBase64: b64(zip) }),
    ).toMatchObject({ ok: true, mime: 'application/zip' });
  });

  it('accepts text without NUL bytes, GBK included', () => {
    const gbk = Buffer.from([0xc9, 0xea, 0xc7, 0xeb]); // "申请" in GBK
    expect(checkUpload({ filename: 'x.txt', mime: 'text/plain; charset=gbk', contentBase64: b64(gbk) }).ok).toBe(true);
    expect(
      checkUpload({ filename: 'x.txt', mime: 'text/plain', contentBase64: b64(Buffer.from([65, 0, 66])) }).ok,
    ).toBe(false);
  });

  it('rejects types outside the whitelist', () => {
    const r = checkUpload({ filename: 'x.html', mime: 'text/html', contentBase64: b64(Buffer.from('<b>')) });
    expect(r).toMatchObject({ ok: false });
    if (!r.ok) expect(r.message).toContain('不支持的文件类型');
  });

  it('rejects a wrong extension or a content that does not match the type', () => {
    expect(checkUpload({ filename: 'a.exe', mime: 'application/pdf', contentBase64: b64(PDF) })).toMatchObject({
      ok: false,
    });
    expect(
      checkUpload({ filename: 'a.png', mime: 'image/png', contentBase64: b64(Buffer.from('MZ not a png')) }),
    ).toEqual({ ok: false, message: '文件内容与声明的文件类型不符' });
  });

  it('rejects bad base64, empty and oversized content', () => {
    expect(checkUpload({ filename: 'a.pdf', mime: 'application/pdf', contentBase64: 'not base64!' }).ok).toBe(false);
    expect(checkUpload({ filename: 'a.pdf', mime: 'application/pdf', contentBase64: '' }).ok).toBe(false);
    const big = Buffer.alloc(MAX_FILE_BYTES + 1);
    PDF.copy(big);
    expect(checkUpload({ filename: 'a.pdf', mime: 'application/pdf', contentBase64: b64(big) })).toEqual({
      ok: false,
      message: '文件大小不能超过 5 MB',
    });
    const max = Buffer.alloc(MAX_FILE_BYTES);
    PDF.copy(max);
    expect(checkUpload({ filename: 'a.pdf', mime: 'application/pdf', contentBase64: b64(max) }).ok).toBe(true);
  });
});

describe('cleanFilename', () => {
  it('drops paths, quotes and control characters', () => {
    expect(cleanFilename('../../etc/"pass\u0000wd".txt')).toBe('passwd.txt');
  });
});

describe('contentDisposition', () => {
  it('sends an ASCII fallback and the UTF-8 name', () => {
    expect(contentDisposition('申请表(样表).pdf')).toBe(
      `attachment; filename="___(__).pdf"; filename*=UTF-8''%E7%94%B3%E8%AF%B7%E8%A1%A8%28%E6%A0%B7%E8%A1%A8%29.pdf`,
    );
    expect(contentDisposition('a"b.txt')).toBe(`attachment; filename="a_b.txt"; filename*=UTF-8''a%22b.txt`);
  });
});
