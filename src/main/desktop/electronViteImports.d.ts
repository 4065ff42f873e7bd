// The `?modulePath` imports electron-vite understands (index.ts uses one for the article generation worker).
/// <reference types="electron-vite/node" />
