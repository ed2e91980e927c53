// Three tiers by suffix (STYLE.md): *.spec.ts pure, *.int-spec.ts real Postgres/Kafka,
// test/*.e2e-spec.ts the running service. NestJS 12 ships ESM only, so @nestjs is transformed.
const swc = [
  '@swc/jest',
  {
    swcrc: false,
    sourceMaps: 'inline',
    module: { type: 'commonjs' },
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
    },
  },
];
const libs = ['domain', 'extraction', 'event-store', 'messaging', 'projections', 'config', 'platform'];
const moduleNameMapper = Object.fromEntries(
  libs.flatMap((l) => [
    [`^@dyad/${l}$`, `<rootDir>/libs/${l}/src`],
    [`^@dyad/${l}/(.*)$`, `<rootDir>/libs/${l}/src/$1`],
  ]),
);
const common = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j|mj)s$': swc },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs)/)'],
  moduleNameMapper,
};
module.exports = {
  // Global option: integration and e2e tests wait for real consumer groups and processes.
  testTimeout: 90_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,scripts}/**/*.spec.ts'] },
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/{apps,libs}/**/*.int-spec.ts'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'] },
  ],
};
