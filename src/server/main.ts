// Entry point of `npm start`: PWA, REST API and sync on http://localhost:8080 (PORT to change); see docs/operations.md.
import { configFromEnv } from './config';
import { DEMO_TEAMLEIDER_EMAIL } from './demo';
import { startServer } from './server';

const config = configFromEnv();
const server = await startServer(config);
console.log(
  `Samenspraak is running: ${server.url} (store: ${server.db.kind}${config.redisUrl ? ', redis' : ''})`,
);
if (server.demoLogin) {
  console.log(
    `Demo login (not for production): ${server.demoLogin.email} / ${server.demoLogin.password}`,
  );
  console.log(`Demo teamleider (back office), same password: ${DEMO_TEAMLEIDER_EMAIL}`);
}

const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
