import { claims } from './claims';
import { ui } from './ui';

export const sv: Record<string, string> = { ...claims, ...ui };
