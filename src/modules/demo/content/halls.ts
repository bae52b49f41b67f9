import type { Place } from './departments.js';

/** The demo hall tree: 清源市 (city) with 东岭县 (county A) and 西川县 (county B), their townships and two community stations. */

export type HallKey = 'city' | 'countyA' | 'countyB' | 'townA1' | 'townA2' | 'townB1' | 'townB2' | 'commA1' | 'commA2';

export type HoursProfile = 'city' | 'county' | 'township' | 'community';

export interface HallSpec {
  key: HallKey;
  parent: HallKey | null;
  name: string;
  shortName: string;
  level: 'city' | 'county' | 'township' | 'community';
  /** GB/T 2260 six digits for city and county; 9 (township) and 12 (village/community) digits below */
  divisionCode: string;
  code: string;
  address: string;
  phone: string;
  hours: HoursProfile;
  /** the day the hall opened (first residency rows) */
  openedOn: string;
  place: Place;
  /** landline prefix of the place, for department phones */
  phonePrefix: string;
  /** bank running the fee window 收费窗口 */
  bank: string;
}

export const HALLS: HallSpec[] = [
  {
    key: 'city',
    parent: null,
    name: '清源市政务服务中心',
    shortName: '市中心',
    level: 'city',
    divisionCode: '359900',
    code: 'QY',
    address: '清源市新城区市民广场东路 1 号',
    phone: '0599-82312345',
    hours: 'city',
    openedOn: '2021-09-28',
    place: { level: 'city', full: '清源市', short: '清源', county: '清源市' },
    phonePrefix: '0599-823',
    bank: '中国建设银行清源分行',
  },
  {
    key: 'countyA',
    parent: 'city',
    name: '东岭县政务服务中心',
    shortName: '东岭县中心',
    level: 'county',
    divisionCode: '359921',
    code: 'DL',
    address: '东岭县东城街道振兴大道 168 号',
    phone: '0599-6612345',
    hours: 'county',
    openedOn: '2023-05-18',
    place: { level: 'county', full: '东岭县', short: '东岭', county: '东岭县' },
    phonePrefix: '0599-66',
    bank: '中国农业银行东岭支行',
  },
  {
    key: 'countyB',
    parent: 'city',
    name: '西川县政务服务中心',
    shortName: '西川县中心',
    level: 'county',
    divisionCode: '359922',
    code: 'XC',
    address: '西川县城关镇滨江路 29 号',
    phone: '0599-6812345',
    hours: 'county',
    openedOn: '2022-11-08',
    place: { level: 'county', full: '西川县', short: '西川', county: '西川县' },
    phonePrefix: '0599-68',
    bank: '西川农村商业银行',
  },
  {
    key: 'townA1',
    parent: 'countyA',
    name: '东岭县石桥镇便民服务中心',
    shortName: '石桥镇',
    level: 'township',
    divisionCode: '359921101',
    code: 'DL01',
    address: '东岭县石桥镇石桥街 52 号',
    phone: '0599-6653101',
    hours: 'township',
    openedOn: '2024-03-01',
    place: { level: 'township', full: '石桥镇', short: '石桥', county: '东岭县' },
    phonePrefix: '0599-665',
    bank: '东岭农村商业银行石桥支行',
  },
  {
    key: 'townA2',
    parent: 'countyA',
    name: '东岭县白沙乡便民服务中心',
    shortName: '白沙乡',
    level: 'township',
    divisionCode: '359921201',
    code: 'DL02',
    address: '东岭县白沙乡白沙村文化路 8 号',
    phone: '0599-6672201',
    hours: 'township',
    openedOn: '2024-03-01',
    place: { level: 'township', full: '白沙乡', short: '白沙', county: '东岭县' },
    phonePrefix: '0599-667',
    bank: '东岭农村商业银行白沙分理处',
  },
  {
    key: 'townB1',
    parent: 'countyB',
    name: '西川县河口镇便民服务中心',
    shortName: '河口镇',
    level: 'township',
    divisionCode: '359922101',
    code: 'XC01',
    address: '西川县河口镇河口大道 16 号',
    phone: '0599-6851101',
    hours: 'township',
    openedOn: '2023-06-01',
    place: { level: 'township', full: '河口镇', short: '河口', county: '西川县' },
    phonePrefix: '0599-685',
    bank: '西川农村商业银行河口支行',
  },
  {
    key: 'townB2',
    parent: 'countyB',
    name: '西川县柳溪乡便民服务中心',
    shortName: '柳溪乡',
    level: 'township',
    divisionCode: '359922201',
    code: 'XC02',
    address: '西川县柳溪乡柳溪村 3 组 21 号',
    phone: '0599-6863201',
    hours: 'township',
    openedOn: '2023-06-01',
    place: { level: 'township', full: '柳溪乡', short: '柳溪', county: '西川县' },
    phonePrefix: '0599-686',
    bank: '西川农村商业银行柳溪分理处',
  },
  {
    key: 'commA1',
    parent: 'townA1',
    name: '石桥镇新街社区便民服务站',
    shortName: '新街社区',
    level: 'community',
    divisionCode: '359921101001',
    code: 'DL0101',
    address: '东岭县石桥镇新街 12 号',
    phone: '0599-6653188',
    hours: 'community',
    openedOn: '2024-06-01',
    place: { level: 'community', full: '石桥镇', short: '石桥', county: '东岭县' },
    phonePrefix: '0599-665',
    bank: '',
  },
  {
    key: 'commA2',
    parent: 'townA2',
    name: '白沙乡白沙村便民服务站',
    shortName: '白沙村',
    level: 'community',
    divisionCode: '359921201201',
    code: 'DL0201',
    address: '东岭县白沙乡白沙村村委会一楼',
    phone: '0599-6672288',
    hours: 'community',
    openedOn: '2024-06-01',
    place: { level: 'community', full: '白沙乡', short: '白沙', county: '东岭县' },
    phonePrefix: '0599-667',
    bank: '',
  },
];

type Session = { start: string; end: string };
const weekdays = (sessions: Session[]) => [1, 2, 3, 4, 5].map((weekday) => ({ weekday, sessions }));

/** Opening hours (winter schedule 冬季作息) as stored in `halls.opening_hours`. */
export const OPENING_HOURS: Record<HoursProfile, { weekday: number; sessions: Session[] }[]> = {
  city: [
    ...weekdays([
      { start: '08:30', end: '12:00' },
      { start: '14:30', end: '17:30' },
    ]),
    { weekday: 6, sessions: [{ start: '09:00', end: '12:00' }] },
  ],
  county: weekdays([
    { start: '08:30', end: '12:00' },
    { start: '14:30', end: '17:30' },
  ]),
  township: weekdays([
    { start: '08:30', end: '12:00' },
    { start: '14:30', end: '17:00' },
  ]),
  community: weekdays([
    { start: '09:00', end: '11:30' },
    { start: '15:00', end: '17:00' },
  ]),
};

/** The same hours as the guide's 办理时间 text. */
export const HOURS_TEXT: Record<HoursProfile, string> = {
  city: '周一至周五 上午8:30—12:00，下午14:30—17:30；周六上午9:00—12:00（延时服务，法定节假日除外）',
  county: '周一至周五 上午8:30—12:00，下午14:30—17:30（法定节假日除外）',
  township: '周一至周五 上午8:30—12:00，下午14:30—17:00（法定节假日除外）',
  community: '周一至周五 上午9:00—11:30，下午15:00—17:00（法定节假日除外）',
};
