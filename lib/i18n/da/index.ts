import { claims } from './claims';
import { ui } from './ui';

export const da: Record<string, string> = { ...claims, ...ui };
