/// <reference types="svelte" />
import type { CrossreadApi } from '../../shared/contract.ts';

declare global {
  interface Window {
    /** Present in the desktop app, put there by the preload; absent in browser mode. */
    crossread?: CrossreadApi;
  }
}
