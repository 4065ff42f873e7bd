import { BrowserWindow } from 'electron';
import { fail, ok } from '../../shared/result.ts';
import type { ReportPrinter } from '../mainDeps.ts';
import { appOrigin } from './trustedSender.ts';
import { mainWindowOptions } from './windowOptions.ts';

const readyTimeoutMs = 20_000;

/**
 * Prints a report view with webContents.printToPDF in a hidden window that has the same hardened settings as the
 * main window. The view sets data-print-ready on <html> once its data is drawn (or data-print-error), so the print
 * waits for the report and not for a guessed delay.
 */
export function createDesktopPrinter(preloadPath: string): ReportPrinter {
  return async (route) => {
    const window = new BrowserWindow({ ...mainWindowOptions(preloadPath), show: false });
    try {
      await window.loadURL(`${appOrigin}/index.html#${route}`);
      const state = await waitForPrintView(window);
      if (state !== 'ready') return fail('PRINT_FAILED', `The report could not be drawn: ${state}`);
      const pdf = await window.webContents.printToPDF({
        pageSize: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
      });
      return ok(new Uint8Array(pdf));
    } catch (cause) {
      return fail(
        'PRINT_FAILED',
        `The report could not be printed (${cause instanceof Error ? cause.message : String(cause)}).`,
      );
    } finally {
      window.destroy();
    }
  };
}

async function waitForPrintView(window: BrowserWindow): Promise<string> {
  const deadline = Date.now() + readyTimeoutMs;
  while (Date.now() < deadline) {
    const state: unknown = await window.webContents.executeJavaScript(
      `document.documentElement.dataset.printReady === 'true' ? 'ready' : (document.documentElement.dataset.printError ?? '')`,
    );
    if (typeof state === 'string' && state !== '') return state;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return 'it did not finish within 20 s';
}
