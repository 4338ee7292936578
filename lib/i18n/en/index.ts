import { claims } from './claims';
import { ui } from './ui';

export const en: Record<string, string> = { ...claims, ...ui };
