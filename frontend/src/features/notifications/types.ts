import type { components } from '../../lib/api';

export type Category = components['schemas']['Category'];
export type Frequency = components['schemas']['Frequency'];
export const categories: Category[] = ['FOLLOW_UP', 'STATUS_REPORT', 'MEETING', 'ACTION_ITEM', 'AGREEMENT', 'SURVEY'];
export const frequencies: Frequency[] = ['IMMEDIATELY', 'DAILY', 'WEEKLY', 'OFF'];
