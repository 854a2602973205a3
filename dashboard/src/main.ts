import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { Dashboard } from './state/app.svelte.js';

// The composition root: the one place the browser clock is read.
const dashboard = new Dashboard({ today: () => new Date().toISOString().slice(0, 10) });

// The timeline is requested first, while the page is still being built.
dashboard.start();

const target = document.getElementById('app');
if (!target) throw new Error('missing #app element');
mount(App, { target, props: { dashboard } });
