/** The one part of jsdom the specs use: a window for DOMPurify to sanitise with in Node. */
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: Window & typeof globalThis;
  }
}
