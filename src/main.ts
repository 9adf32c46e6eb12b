import { mount } from 'svelte';
import { AppUpdate } from './services/app-update.svelte';
import App from './ui/App.svelte';
import './ui/app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
const update = new AppUpdate();
mount(App, { target, props: { update } });
void update.register();
