import { contextBridge, ipcRenderer } from 'electron';
import { callNames, ipcChannel } from '../shared/calls.ts';

// Sandboxed preload: one function per contract call and nothing else — no ipcRenderer, no Node.
const crossread = Object.freeze(
  Object.fromEntries(
    callNames.map((name) => [name, (args: unknown) => ipcRenderer.invoke(ipcChannel(name), args ?? {})]),
  ),
);

contextBridge.exposeInMainWorld('crossread', crossread);
