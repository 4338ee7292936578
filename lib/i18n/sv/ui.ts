export const ui: Record<string, string> = {};
