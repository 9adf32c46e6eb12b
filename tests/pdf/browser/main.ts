/** A bare page with only the attachment panel, for the real-browser check. */
import { mount } from 'svelte';
import AttachmentPanel from '../../../src/ui/attachments/AttachmentPanel.svelte';
import { Locale } from '../../../src/ui/i18n/locale.svelte';

const locale = new Locale();
locale.set('en');
const out = document.getElementById('value')!;
mount(AttachmentPanel, {
  target: document.getElementById('app')!,
  props: { locale, onChange: (value) => (out.textContent = JSON.stringify(value)) },
});
