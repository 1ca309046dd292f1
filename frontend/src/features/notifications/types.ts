import type { Schemas } from '../../lib/api';

export type Category = Schemas['Category'];
export type Frequency = Schemas['Frequency'];
export const categories: Category[] = ['FOLLOW_UP', 'STATUS_REPORT', 'MEETING', 'ACTION_ITEM', 'AGREEMENT', 'SURVEY'];
export const frequencies: Frequency[] = ['IMMEDIATELY', 'DAILY', 'WEEKLY', 'OFF'];
