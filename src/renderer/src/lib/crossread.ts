import type { CrossreadApi } from '../../../shared/contract.ts';
import { createHttpClient } from './httpClient.ts';

/** The renderer's only way to main: the preload's IPC bridge in the desktop app, HTTP in browser mode. */
export const crossread: CrossreadApi = window.crossread ?? createHttpClient();
