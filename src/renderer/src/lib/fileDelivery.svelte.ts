import type { ExportFile } from '../../../shared/exportFile.ts';
import type { Result } from '../../../shared/result.ts';
import { deliverFile } from './deliverFile.ts';

// One row of export buttons: which one is making its file, and a short sentence afterwards ("Saved
// crossread-answers-2026-11-23.csv") or why it failed. One at a time, so two PDFs are never printed at once.

export interface ExportAction {
  label: string;
  /** Said on the button while main makes the file: "Making the PDF…". */
  busyLabel: string;
  make: () => Promise<Result<ExportFile>>;
}

export class FileDelivery {
  /** The label of the action under way. */
  busy: string | undefined = $state();
  status: string | undefined = $state();
  problem: string | undefined = $state();

  async run(action: ExportAction): Promise<void> {
    if (this.busy) return;
    this.busy = action.label;
    this.status = undefined;
    this.problem = undefined;
    const made = await action.make();
    const delivered = made.ok ? await deliverFile(made.value) : made;
    this.busy = undefined;
    if (delivered.ok) this.status = delivered.value;
    else this.problem = delivered.error.message;
  }
}
