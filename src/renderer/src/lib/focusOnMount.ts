import type { Attachment } from 'svelte/attachments';

// For a heading that opens a new screen or a new item: focus moves there so a screen reader reads it, and the next
// Tab continues from it. The heading needs tabindex="-1" to take focus without entering the Tab order.
export const focusOnMount: Attachment<HTMLElement> = (element) => {
  element.focus({ preventScroll: false });
};
