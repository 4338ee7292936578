export const claims: Record<string, string> = {};
