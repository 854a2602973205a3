import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';

// The API reference at /api/docs: Swagger UI (swagger-ui-dist) rendering /api/openapi.json,
// served from the package itself (no CDN) under the service's CSP: no inline script or style,
// so the page loads the bundle, its stylesheet and the start-up script below as files.

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>kroniek API reference</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/api/docs/swagger-ui.css" />
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="/api/docs/swagger-ui-bundle.js"></script>
    <script src="/api/docs/init.js"></script>
  </body>
</html>
`;

// BaseLayout without the standalone preset: no top bar that would fetch other documents.
const INIT = `window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: '/api/openapi.json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
    validatorUrl: null,
    tryItOutEnabled: false,
  });
});
`;

/** GET /api/docs and the files it loads. */
export function apiDocsRoutes() {
  const dist = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  const file = (name: string) => serveStatic({ path: join(dist, name) });
  return new Hono()
    .get('/', (c) => c.html(PAGE))
    .get('/init.js', (c) => c.body(INIT, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }))
    .get('/swagger-ui.css', file('swagger-ui.css'))
    .get('/swagger-ui-bundle.js', file('swagger-ui-bundle.js'));
}
