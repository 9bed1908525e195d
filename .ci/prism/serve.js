// Starts Prism's mock server (request validation on, `--errors` behaviour) the way
// `prism mock` does (prism-cli's createPrismServerWithLogger), minus one step: after listening,
// the CLI logs an example URL per operation and, building it, percent-encodes the query
// parameters' names in the very objects the server validates with (prism-cli 5.16.0,
// dist/util/paths.js, createQueryUriTemplate), so `labels[]`, `statuses[]`, `channel[name]`
// are never validated again. Skipping that log keeps every parameter checked.
//
//   node .ci/prism/serve.js <spec> <host> <port>
'use strict';
const { getHttpOperationsFromSpec } = require('@stoplight/prism-http');
const { createServer } = require('@stoplight/prism-http-server');
const { createLogger } = require('@stoplight/prism-core');

async function main() {
  const [spec, host, port] = process.argv.slice(2);
  const operations = await getHttpOperationsFromSpec(spec);
  if (operations.length === 0) throw new Error(`no operations in ${spec}`);
  const logger = createLogger('CONTRACT', { level: 'warn' });
  const server = createServer(operations, {
    cors: false,
    config: {
      validateRequest: true,
      validateResponse: true,
      checkSecurity: true,
      errors: true,
      upstreamProxy: undefined,
      mock: { dynamic: false },
      isProxy: false,
    },
    components: { logger },
  });
  const address = await server.listen(Number(port), host);
  console.log(`Prism is listening on ${address} (${operations.length} operations)`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
