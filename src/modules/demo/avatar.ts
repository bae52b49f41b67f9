/** Badge photo placeholders 工作牌照片: a coloured circle with the surname, as a small SVG data URL. */

const COLOURS = ['#1677ff', '#13a8a8', '#52c41a', '#fa8c16', '#eb2f96', '#722ed1', '#2f54eb', '#d4380d'];

/** Two-character compound surnames that should be shown whole. */
const COMPOUND = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙'];

export function surnameOf(name: string): string {
  const two = name.slice(0, 2);
  return COMPOUND.includes(two) ? two : name.slice(0, 1);
}

function colourOf(name: string): string {
  let h = 0;
  for (const ch of name) h = (h * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return COLOURS[h % COLOURS.length] as string;
}

/** SVG avatar for a staff member (≈ 400 bytes as base64). */
export function avatarDataUrl(name: string): string {
  const surname = surnameOf(name);
  const size = surname.length > 1 ? 34 : 46;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96">` +
    `<circle cx="48" cy="48" r="48" fill="${colourOf(name)}"/>` +
    `<text x="48" y="50" dy="0.35em" text-anchor="middle" font-size="${size}" ` +
    `font-family="PingFang SC,Microsoft YaHei,Noto Sans CJK SC,sans-serif" fill="#fff">${surname}</text></svg>`;
  return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
}
