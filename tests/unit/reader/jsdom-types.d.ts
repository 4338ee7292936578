// The few jsdom APIs the reader tests use (the project has jsdom but not @types/jsdom).
declare module 'jsdom' {
  export class VirtualConsole {
    constructor();
  }
  export interface JSDOMOptions {
    url?: string;
    runScripts?: 'dangerously' | 'outside-only';
    pretendToBeVisual?: boolean;
    virtualConsole?: VirtualConsole;
  }
  export class JSDOM {
    constructor(html?: string, options?: JSDOMOptions);
    readonly window: Window & typeof globalThis;
  }
}
