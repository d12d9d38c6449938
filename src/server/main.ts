// Entry point of `npm start`: serves the built PWA on http://localhost:8080 (PORT to change).
import { buildApp } from './app';

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '0.0.0.0';
const distDir = process.env.DIST_DIR ?? 'dist';

const app = await buildApp({ distDir });
await app.listen({ port, host });
console.log(`Samenspraak is running: http://localhost:${port}`);

const stop = async () => {
  await app.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
