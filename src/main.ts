import { mount } from 'svelte';
import { AppUpdate } from './services/app-update.svelte';
import LockGate from './ui/lock/LockGate.svelte';
import './ui/app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
const update = new AppUpdate();
// The app starts behind the lock screen when a passphrase lock is set up (ADR 0018).
mount(LockGate, { target, props: { update } });
void update.register();
