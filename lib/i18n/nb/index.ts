import { claims } from './claims';
import { ui } from './ui';

export const nb: Record<string, string> = { ...claims, ...ui };
