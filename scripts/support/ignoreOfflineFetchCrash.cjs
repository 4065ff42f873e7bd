// electronegativity fetches translations over the network before it scans. Offline, got's retry throws from a
// timer after the request already failed (a p-cancelable misuse), killing the scan midway. That one error is
// harmless here; any other uncaught error still ends the process.
process.on('uncaughtException', (error) => {
  if (String(error && error.message).includes('handler was attached after the promise settled')) return;
  console.error(error);
  process.exit(70);
});
