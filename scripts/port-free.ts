/**
 * `node scripts/port-free.ts 4321`: exits 0 when the port is free, and otherwise says so and
 * exits 1. `npm start` runs it first, so that it never quietly serves on another port (Vite's
 * preview moves to the next free one) while the README and the reader expect 4321.
 */
import { createServer } from 'node:net';

const port = Number(process.argv[2] ?? 4321);

function free(p: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    // No host: every address, IPv4 and IPv6, so a server on 127.0.0.1 or ::1 alone is found too.
    server.listen(p, () => server.close(() => resolve(true)));
  });
}

if (!(await free(port))) {
  console.error(
    [
      `npm start: port ${port} is already in use, so the course cannot be served at http://localhost:${port}/.`,
      `  If it is an earlier \`npm start\` or \`npm run preview\`, the course is already there; \`npx astro preview stop\` stops it.`,
      `  Otherwise stop the program that holds the port, or serve on another one: \`npm run build && npx astro preview --port ${port + 1}\`.`,
    ].join('\n'),
  );
  process.exit(1);
}
