// The picture gate cleans SVGs with DOMPurify, which needs a DOM: a browser has one, the node test
// run gets jsdom's window, as `window` only (nothing else of the DOM is made global).
import { JSDOM } from 'jsdom';

if (typeof window === 'undefined') Object.assign(globalThis, { window: new JSDOM('').window });
