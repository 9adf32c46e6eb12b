/** A bare page with only the attachment panel, for the real-browser check. */
import { mount } from 'svelte';
import AttachmentPanel from '../../../src/ui/attachments/AttachmentPanel.svelte';
import { language } from '../../../src/ui/i18n/language.svelte';

language.set('en');
const out = document.getElementById('value')!;
mount(AttachmentPanel, {
  target: document.getElementById('app')!,
  props: { onChange: (value) => (out.textContent = JSON.stringify(value)) },
});
