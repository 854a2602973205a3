import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { Dashboard } from './state/app.svelte.js';
import { setupI18n } from './i18n/index.js';

// Translations first: components read them as they mount.
setupI18n(new URLSearchParams(location.search).get('lang'));

// The composition root: the one place the browser clock is read.
const dashboard = new Dashboard({ today: () => new Date().toISOString().slice(0, 10) });

// The timeline is requested first, while the page is still being built.
dashboard.start();

const target = document.getElementById('app');
if (!target) throw new Error('missing #app element');
mount(App, { target, props: { dashboard } });
