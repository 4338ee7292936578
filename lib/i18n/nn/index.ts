import { claims } from './claims';
import { ui } from './ui';

export const nn: Record<string, string> = { ...claims, ...ui };
